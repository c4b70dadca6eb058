// Shared counting for staff.min-max-lestijden / staff.schoolopdracht / staff.36h (the regulations):
// lestijden per person and schoolopdracht minutes from a candidate (constraints/staff/load.ts).
import { describe, expect, it } from "vitest";
import { loadOf, plannedSpecialistPeriods, staffLoads, taughtSlots } from "../constraints/staff/load.js";
import { tinyCandidate, tinyInput, tinyScenario } from "./helpers/tiny.js";

describe("staff load (staff.min-max-lestijden, staff.schoolopdracht)", () => {
  it("counts lestijden and lesson minutes per person in the tiny week", () => {
    const s = tinyScenario();
    const loads = staffLoads(s, tinyCandidate());
    expect(loads.get("kt1")!.lestijden).toBe(26);
    expect(loads.get("kt1")!.lessonMinutes).toBe(1300);
    expect(loads.get("kt1")!.lestijdenPerDay).toEqual({ mon: 5, tue: 6, wed: 4, thu: 5, fri: 6 });
    expect(loads.get("lo1")!.lestijden).toBe(4);
  });

  it("counts a class merge once for the one teacher", () => {
    const s = tinyScenario();
    const c = tinyCandidate();
    // Friday first period: L1 and L2 merged under kt1.
    for (const l of c.lessons.filter((x) => x.day === "fri" && x.start === "08:30")) {
      l.staff = ["kt1"];
      l.mergedWith = l.group === "L1" ? "L2" : "L1";
    }
    // kt1 already taught L1 then: the merged L2 lesson is the same activity (26, not 27); kt2 is free.
    expect(staffLoads(s, c).get("kt1")!.lestijden).toBe(26);
    expect(staffLoads(s, c).get("kt2")!.lestijden).toBe(25);
    expect(taughtSlots(c, "kt1").filter((t) => t.day === "fri")).toHaveLength(6);
  });

  it("adds release, supervision and meeting minutes; overlapping releases count once", () => {
    const input = tinyInput();
    input.staff[0].supervision = [{ day: "mon", start: "08:15", end: "08:30" }];
    input.staff[0].meetingMinutesPerWeek = 60;
    const s = tinyScenario(input);
    const c = tinyCandidate();
    c.releases = [
      { goal: "a", day: "mon", start: "15:15", end: "16:15", staff: ["kt1"], externals: [], cover: [] },
      { goal: "b", day: "mon", start: "15:45", end: "16:45", staff: ["kt1", "kt2"], externals: [], cover: [] },
    ];
    const l = loadOf(s.staff[0], c);
    expect(l.releaseMinutes).toBe(90);
    expect(l.supervisionMinutes).toBe(15);
    expect(l.schoolopdrachtMinutes).toBe(1300 + 90 + 15 + 60);
    // Without a candidate only the fixed parts are known.
    expect(loadOf(s.staff[0]).schoolopdrachtMinutes).toBe(75);
  });

  it("gives each specialist periods × groups from the subject plan", () => {
    const p = plannedSpecialistPeriods(tinyScenario());
    expect(p.get("lo1")!.periods).toBe(4);
    expect(p.has("kt1")).toBe(false);
  });
});
