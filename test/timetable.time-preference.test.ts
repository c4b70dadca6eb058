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
      messageId: "not-in-morning",
      severity: "soft",
      where: { group: "L1", day: "thu", start: "14:25" },
    });
  });
  it("reports every morning period when afternoons are preferred, and Wednesday has no afternoon", () => {
    expect(run(prefer("afternoon"), tinyCandidate()).map((x) => x.messageId)).toEqual(
      Array(4).fill("not-in-afternoon"),
    );
    const c = tinyCandidate();
    Object.assign(find(c, "L1", "thu", "08:30"), { subject: "KLAS", staff: ["kt1"] });
    Object.assign(find(c, "L1", "wed", "11:15"), { subject: "LO", staff: ["lo1"] });
    const v = run(prefer("afternoon"), c);
    expect(v.map((x) => [x.messageId, x.where.day])).toContainEqual(["not-in-afternoon", "wed"]);
  });
});
