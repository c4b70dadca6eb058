// Issue 9: every known disagreement between the solver's encoding and the checker, each as a case that
// failed before the fix. Assertions name rule ids, not Dutch prose.
import { describe, expect, it } from "vitest";
import { checkCandidate } from "../constraints/check.js";
import { timetableAtelier } from "../constraints/structure/atelier.js";
import { parseScenario, type Candidate, type ScenarioInput } from "../src/model/index.js";
import { solveHere } from "./helpers/solve.js";
import {
  SHORT_DAY,
  tinyCandidate,
  tinyInput,
  tinyReleaseCandidate,
  tinyReleaseInput,
  usualGrid,
} from "./helpers/tiny.js";

const hardRules = (input: ScenarioInput, c: Candidate) =>
  checkCandidate(parseScenario(input), c)
    .violations.filter((v) => v.severity === "hard")
    .map((v) => v.rule);
const lesson = (c: Candidate, group: string, day: string, start: string) =>
  c.lessons.find((l) => l.group === group && l.day === day && l.start === start)!;

describe("solver weeks that broke hard rules", () => {
  it("never places a staff-led atelier on a day its leader is not at school", async () => {
    const input = tinyInput();
    input.externals = ["v0", "v1"].map((id) => ({ id, name: `Vrijwilliger ${id}`, kind: "volunteer" as const }));
    input.staff.push({
      id: "at1",
      name: "Ann Atelier",
      ambt: "onderwijzer",
      fraction: "12/24",
      availability: { mon: [{ from: "08:00", to: "16:00" }], tue: [{ from: "08:00", to: "16:00" }] },
    });
    input.atelierPlans = [
      {
        id: "at",
        name: "Vrijdagateliers",
        candidateBlocks: [{ day: "fri", start: "13:20", end: "15:15" }],
        groups: ["L1", "L2"],
        ateliers: ["v0", "v1", "at1"].map((l, i) => ({
          id: `a${i}`,
          name: `Atelier ${i}`,
          leaders: [l],
          capacity: 15,
        })),
      },
    ];
    const t = await solveHere(parseScenario(input));
    expect(t.candidates.flatMap((c) => c.violations.filter((v) => v.severity === "hard"))).toEqual([]);
    expect(t.status).toBe("infeasible");
    expect(t.conflicts.map((c) => c.rule)).toContain("timetable.availability");
    expect(t.conflicts.find((c) => c.rule === "timetable.availability")!.messageId).toBe("encode-available");
  });

  it("never covers a class with a merge above its maxPupils (18 + 20 pupils, cap 30)", async () => {
    const input = tinyInput();
    input.cover = { merges: [{ groups: ["L1", "L2"], maxPupils: 30 }] };
    input.releaseGoals = [{ id: "visit", name: "Hospiteren", members: ["kt2"], mode: "digital", minBlockMinutes: 100 }];
    const t = await solveHere(parseScenario(input));
    const best = t.candidates[0];
    expect(best.violations.filter((v) => v.severity === "hard")).toEqual([]);
    expect(best.lessons.filter((l) => l.mergedWith)).toEqual([]);
    expect(best.releases).toEqual([]);
  });
});

describe("weeks the checker accepted although they break a hard rule", () => {
  it("a release block without the goal's required external (the adviser only comes on Thursdays)", () => {
    const input = tinyReleaseInput();
    input.externals![0].availability = { thu: [{ from: "08:00", to: "12:00" }] };
    const c = tinyReleaseCandidate();
    c.releases[0].externals = [];
    expect(hardRules(input, c)).toContain("timetable.release-frees");
  });

  /** Monday 08:30: L2 sits with L1 under kt1, outside any release block. */
  function mergedMonday(): Candidate {
    const c = tinyCandidate();
    Object.assign(lesson(c, "L1", "mon", "08:30"), { subject: "KLAS", staff: ["kt1"], mergedWith: "L2" });
    Object.assign(lesson(c, "L2", "mon", "08:30"), { subject: "KLAS", staff: ["kt1"], mergedWith: "L1" });
    // LO moves to Tuesday's first period for L1 and L2's first-period LO stays legal
    Object.assign(lesson(c, "L1", "tue", "08:30"), { subject: "LO", staff: ["lo1"] });
    return c;
  }

  it("a merge outside a release block while merges are switched off (none listed)", () => {
    expect(hardRules(tinyInput(), mergedMonday())).toContain("timetable.merge");
  });

  it("a merge outside a release block of a pair that is not listed", () => {
    const input = tinyInput();
    input.groups.push({ id: "L3", level: "lager", grades: [3], pupils: 10, classTeachers: ["kt3"] });
    input.staff.push({ id: "kt3", name: "Kim Claes", ambt: "onderwijzer" });
    input.cover = { merges: [{ groups: ["L1", "L3"], maxPupils: 40 }] };
    const c = mergedMonday();
    const base = tinyCandidate();
    for (const l of base.lessons.filter((x) => x.group === "L1"))
      c.lessons.push({ ...l, group: "L3", subject: "KLAS", staff: ["kt3"] });
    expect(hardRules(input, c)).toContain("timetable.merge");
  });

  it("a merge outside a release block above maxPupils", () => {
    const input = tinyInput();
    input.cover = { merges: [{ groups: ["L1", "L2"], maxPupils: 30 }] };
    expect(hardRules(input, mergedMonday())).toContain("timetable.merge");
    input.cover = { merges: [{ groups: ["L1", "L2"], maxPupils: 40 }] };
    expect(hardRules(input, mergedMonday())).not.toContain("timetable.merge");
  });

  it("a student teacher who is not independent takes the class alone (outside a release)", () => {
    const input = tinyReleaseInput();
    input.interns![0].independent = false;
    const c = tinyCandidate();
    Object.assign(lesson(c, "L2", "tue", "13:20"), { staff: [], interns: ["i2"] });
    expect(hardRules(input, c)).toContain("timetable.subject-plan");
    input.interns![0].independent = true;
    expect(hardRules(input, c)).not.toContain("timetable.subject-plan");
  });

  it("atelier leaders are counted from the week, not from the scenario", () => {
    const input = tinyInput();
    input.externals = ["v0", "v1", "v2"].map((id) => ({ id, name: `Vrijwilliger ${id}`, kind: "volunteer" as const }));
    input.atelierPlans = [
      {
        id: "at",
        name: "Vrijdagateliers",
        candidateBlocks: [{ day: "fri", start: "13:20", end: "15:15" }],
        groups: ["L1", "L2"],
        ateliers: ["v0", "v1", "v2"].map((l, i) => ({ id: `a${i}`, name: `Atelier ${i}`, leaders: [l], capacity: 20 })),
      },
    ];
    const week = (leaders: string[]) => {
      const c = tinyCandidate();
      for (const l of c.lessons)
        if (l.day === "fri" && l.start >= "13:20")
          Object.assign(l, { subject: "ATELIER", atelierPlan: "at", staff: [], externals: leaders });
      return c;
    };
    const s = parseScenario(input);
    expect(timetableAtelier.check({ scenario: s, candidate: week(["v0", "v1", "v2"]) })).toEqual([]);
    expect(timetableAtelier.check({ scenario: s, candidate: week(["v0"]) }).map((v) => v.rule)).toContain(
      "timetable.atelier",
    );
  });
});

describe("the two sides agree in meaning", () => {
  it("monthly-pattern goals meet in different weeks: the schoolopdracht counts one week (4/4 goals)", async () => {
    const input = tinyInput();
    const short = usualGrid("kort");
    short.days.tue = SHORT_DAY;
    input.dayGrids = [short];
    // 26 lestijden (1300 min) + 100 min meetings + one 120-minute block = 1520 ≤ 1560; two blocks would be 1640.
    for (const p of input.staff.slice(0, 2)) p.meetingMinutesPerWeek = 100;
    input.releaseGoals = [1, 2, 3, 4].map((week) => ({
      id: `w${week}`,
      name: `Week ${week}`,
      members: ["kt1", "kt2"],
      mode: "digital" as const,
      minBlockMinutes: 120,
      frequency: { kind: "monthly-pattern" as const, week },
    }));
    const t = await solveHere(parseScenario(input));
    const best = t.candidates[0];
    expect(best.violations.filter((v) => v.severity === "hard")).toEqual([]);
    expect(best.metrics.goalsMet).toBe(4);
  });

  it("one definition of who may cover a class: a paramedic care teacher may not (staff.paramedic, PWB)", () => {
    const input = tinyReleaseInput();
    const zorg = input.staff.find((p) => p.id === "zorg1")!;
    zorg.ambt = "paramedicus";
    const c = tinyReleaseCandidate();
    for (const l of c.lessons) if (l.group === "L1" && l.day === "tue" && l.start < "10:10") l.staff = ["zorg1"];
    c.releases[0].cover = [
      { group: "L1", by: "care:zorg1" },
      { group: "L2", by: "intern:i2" },
    ];
    expect(hardRules(input, c)).toContain("timetable.release-cover");
  });
});
