// timetable.availability (structural rule, README.md "The timetable format")
import { describe, expect, it } from "vitest";
import { timetableAvailability } from "../constraints/structure/availability.js";
import { verified } from "./helpers/verified.js";
import type { Candidate, ScenarioInput } from "../src/model/index.js";
import { tinyCandidate, tinyInput, tinyReleaseCandidate, tinyReleaseInput, tinyScenario } from "./helpers/tiny.js";

/** The rule, with the rule verifier run on every week it checks. */
const rule = verified(timetableAvailability);

const run = (input: ScenarioInput, c: Candidate) => rule.check({ scenario: tinyScenario(input), candidate: c });
const find = (c: Candidate, group: string, day: string, start: string) =>
  c.lessons.find((l) => l.group === group && l.day === day && l.start === start)!;
const allDay = [{ from: "08:00", to: "17:00" }];

describe("timetable.availability", () => {
  it("passes for the valid tiny week and the valid release week", () => {
    expect(run(tinyInput(), tinyCandidate())).toEqual([]);
    expect(run(tinyReleaseInput(), tinyReleaseCandidate())).toEqual([]);
  });
  it("fails when a part-timer teaches on a day they are not at school", () => {
    const input = tinyInput();
    input.staff[1].availability = { mon: allDay, tue: allDay, thu: allDay, fri: allDay };
    const v = run(input, tinyCandidate());
    expect(v).toHaveLength(4); // the four Wednesday lessons of L2
    expect(v.every((x) => x.messageId === "staff-absent" && x.where.staff === "kt2" && x.where.day === "wed")).toBe(
      true,
    );
    expect(v[0].message).toContain("Bram Janssens");
  });
  it("checks the whole lesson against the window", () => {
    const input = tinyInput();
    input.staff[2].availability = { mon: [{ from: "08:45", to: "12:00" }], thu: allDay };
    const v = run(input, tinyCandidate());
    // lo1 teaches L1 Monday 08:30 (starts before 08:45); 09:20 is fine
    expect(v.map((x) => [x.messageId, `${x.where.day} ${x.where.start}`])).toEqual([["staff-absent", "mon 08:30"]]);
  });
  it("fails when an intern takes a class on a day they do not come", () => {
    const c = tinyReleaseCandidate();
    Object.assign(find(c, "L2", "wed", "08:30"), { staff: [], interns: ["i2"] });
    const v = run(tinyReleaseInput(), c);
    expect(v.map((x) => [x.messageId, x.where.staff, x.where.day])).toEqual([["intern-not-on-day", "i2", "wed"]]);
    expect(v[0].message).toMatch(/enkel op dinsdag\.$/);
  });
  it("fails when an external is not there for the whole release block", () => {
    const input = tinyReleaseInput();
    input.externals![0].availability = { tue: [{ from: "09:00", to: "12:00" }] };
    const v = run(input, tinyReleaseCandidate());
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({ messageId: "external-absent-part-of-block", where: { staff: "pb1", goal: "plg" } });
  });
  it("uses dated windows for an external without weekly availability", () => {
    const input = tinyReleaseInput();
    delete input.externals![0].availability;
    input.externals![0].dates = [{ date: "2026-10-06", from: "08:00", to: "12:00" }]; // a Tuesday
    expect(run(input, tinyReleaseCandidate())).toEqual([]);
    input.externals![0].dates = [{ date: "2026-10-07" }]; // a Wednesday
    expect(run(input, tinyReleaseCandidate()).map((x) => x.messageId)).toEqual(["external-absent-part-of-block"]);
  });
  it("fails for someone the scenario does not know (once)", () => {
    const c = tinyCandidate();
    find(c, "L1", "fri", "08:30").staff = ["ghost"];
    find(c, "L1", "fri", "09:20").staff = ["ghost"];
    const v = run(tinyInput(), c);
    expect(v.map((x) => [x.messageId, x.where.staff, x.where.start])).toEqual([["unknown-staff", "ghost", "08:30"]]);
  });
});
