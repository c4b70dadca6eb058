// timetable.time-preference (soft structural rule, README.md "The timetable format")
import { describe, expect, it } from "vitest";
import { timetableTimePreference } from "../constraints/structure/time-preference.js";
import { verified } from "./helpers/verified.js";
import type { Candidate, ScenarioInput } from "../src/model/index.js";
import { tinyCandidate, tinyInput, tinyScenario } from "./helpers/tiny.js";

/** The rule, with the rule verifier run on every week it checks. */
const rule = verified(timetableTimePreference);

const run = (input: ScenarioInput, c: Candidate) => rule.check({ scenario: tinyScenario(input), candidate: c });
const find = (c: Candidate, group: string, day: string, start: string) =>
  c.lessons.find((l) => l.group === group && l.day === day && l.start === start)!;
const prefer = (p: "morning" | "afternoon") => {
  const input = tinyInput();
  input.subjects![0].prefer = p;
  return input;
};

describe("timetable.time-preference", () => {
  it("passes for morning LO when mornings are preferred, or with no preference", () => {
    expect(run(prefer("morning"), tinyCandidate())).toEqual([]);
    const c = tinyCandidate();
    Object.assign(find(c, "L1", "thu", "08:30"), { subject: "KLAS", staff: ["kt1"] });
    Object.assign(find(c, "L1", "thu", "14:25"), { subject: "LO", staff: ["lo1"] });
    expect(run(tinyInput(), c)).toEqual([]);
  });
  it("reports (soft) an afternoon LO period when mornings are preferred", () => {
    const c = tinyCandidate();
    Object.assign(find(c, "L1", "thu", "08:30"), { subject: "KLAS", staff: ["kt1"] });
    Object.assign(find(c, "L1", "thu", "14:25"), { subject: "LO", staff: ["lo1"] });
    const v = run(prefer("morning"), c);
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({
      rule: "timetable.time-preference",
      severity: "soft",
      where: { group: "L1", day: "thu", start: "14:25" },
    });
    expect(v[0].message).toBe(
      "Bewegingsopvoeding van klas L1 staat op donderdag 14:25-15:15; bij voorkeur in de voormiddag.",
    );
  });
  it("reports every morning period when afternoons are preferred, and Wednesday has no afternoon", () => {
    expect(run(prefer("afternoon"), tinyCandidate())).toHaveLength(4);
    const c = tinyCandidate();
    Object.assign(find(c, "L1", "thu", "08:30"), { subject: "KLAS", staff: ["kt1"] });
    Object.assign(find(c, "L1", "wed", "11:15"), { subject: "LO", staff: ["lo1"] });
    const v = run(prefer("afternoon"), c);
    expect(v.some((x) => x.where.day === "wed")).toBe(true);
  });
});
