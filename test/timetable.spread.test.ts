// timetable.spread (structural rule, README.md "The timetable format")
import { describe, expect, it } from "vitest";
import { timetableSpread } from "../constraints/structure/spread.js";
import { verified } from "./helpers/verified.js";
import type { Candidate, ScenarioInput } from "../src/model/index.js";
import { tinyCandidate, tinyInput, tinyScenario } from "./helpers/tiny.js";

/** The rule, with the rule verifier run on every week it checks. */
const rule = verified(timetableSpread);

const run = (input: ScenarioInput, c: Candidate) => rule.check({ scenario: tinyScenario(input), candidate: c });
const find = (c: Candidate, group: string, day: string, start: string) =>
  c.lessons.find((l) => l.group === group && l.day === day && l.start === start)!;
const withLo = (patch: object) => {
  const input = tinyInput();
  Object.assign(input.subjects![0], patch);
  return input;
};
/** Move L1's Thursday LO period to another day/time. */
function moveL1Lo(day: string, start: string): Candidate {
  const c = tinyCandidate();
  Object.assign(find(c, "L1", "thu", "08:30"), { subject: "KLAS", staff: ["kt1"] });
  Object.assign(find(c, "L1", day, start), { subject: "LO", staff: ["lo1"] });
  return c;
}

describe("timetable.spread", () => {
  it("passes for LO on Monday and Thursday (default: 1 a day)", () => {
    expect(run(tinyInput(), tinyCandidate())).toEqual([]);
    expect(run(withLo({ minDaysApart: 3 }), tinyCandidate())).toEqual([]);
  });
  it("fails for two LO periods on one day with maxPerDay 1, passes with maxPerDay 2", () => {
    const c = moveL1Lo("mon", "09:20");
    const v = run(tinyInput(), c);
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({ messageId: "too-many-per-day", severity: "hard", where: { group: "L1", day: "mon" } });
    expect(v[0].message).toContain("2 lestijden Bewegingsopvoeding");
    expect(run(withLo({ maxPerDay: 2 }), c)).toEqual([]);
  });
  it("fails when lesson days are closer than minDaysApart", () => {
    // L1 and L2: Monday–Thursday is 3
    expect(run(withLo({ minDaysApart: 4 }), tinyCandidate()).map((x) => [x.messageId, x.where.group])).toEqual([
      ["days-too-close", "L1"],
      ["days-too-close", "L2"],
    ]);
    const v = run(withLo({ minDaysApart: 2 }), moveL1Lo("tue", "13:20"));
    expect(v.map((x) => [x.messageId, x.where.group, x.where.day])).toEqual([["days-too-close", "L1", "tue"]]);
  });
});
