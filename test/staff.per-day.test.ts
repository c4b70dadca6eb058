// staff.per-day (the regulations): no legal maximum per day; only the school's own settings.maxLessonsPerDay.
import { describe, expect, it } from "vitest";
import { staffPerDay } from "../constraints/staff/per-day.js";
import { verified } from "./helpers/verified.js";
import { tinyCandidate, tinyInput, tinyScenario } from "./helpers/tiny.js";

/** The rule, with the rule verifier run on every week it checks. */
const rule = verified(staffPerDay);

function withMax(max?: number) {
  const input = tinyInput();
  if (max !== undefined) input.settings = { maxLessonsPerDay: max };
  return tinyScenario(input);
}

describe("staff.per-day", () => {
  it("checks nothing without a setting (no legal maximum), and passes at 6 a day", () => {
    for (const s of [withMax(), withMax(6)])
      expect(rule.check({ scenario: s, candidate: tinyCandidate(), grid: s.dayGrids[0] })).toEqual([]);
  });

  it("fails on the days a teacher exceeds the school's own maximum of 5, saying no legal one exists", () => {
    const s = withMax(5);
    const v = rule.check({ scenario: s, candidate: tinyCandidate(), grid: s.dayGrids[0] });
    // kt1 and kt2 teach 6 on Tuesday and Friday (LO takes one period on Monday and Thursday).
    expect(v.map((x) => `${x.messageId} ${x.where.staff} ${x.where.day}`)).toEqual([
      "above-school-max kt1 tue",
      "above-school-max kt1 fri",
      "above-school-max kt2 tue",
      "above-school-max kt2 fri",
    ]);
    // The message says the maximum is the school's own, not the law's.
    expect(v[0].message).toContain("wettelijk maximum per dag bestaat niet");
  });
});
