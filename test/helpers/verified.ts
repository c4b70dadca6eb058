// The rule verifier inside every encoded rule's own test (issue 9): `verified(rule)` is the rule whose
// check() also verifies each week it is given — the rule's encoded rows must be broken exactly when check()
// reports a hard violation of it. After the file, both a passing and a failing week must have been judged.
import { afterAll, expect } from "vitest";
import type { Rule } from "../../constraints/rule.js";
import { verifyWeek } from "../../solver/verify.js";

export function verified(rule: Rule): Rule {
  const judged = { pass: 0, fail: 0 };
  afterAll(() => {
    expect(judged.pass, `${rule.id}: no passing week was verified`).toBeGreaterThan(0);
    if (rule.severity === "hard") expect(judged.fail, `${rule.id}: no failing week was verified`).toBeGreaterThan(0);
  });
  return {
    ...rule,
    check(ctx) {
      const out = rule.check.call(rule, ctx);
      if (!ctx.candidate) return out;
      const v = verifyWeek(ctx.scenario, ctx.candidate, [rule]);
      expect(v.disagreements, v.report()).toEqual([]);
      for (const x of v.verdicts) {
        if (x.check.length > 0) judged.fail++;
        else judged.pass++;
      }
      return out;
    },
  };
}
