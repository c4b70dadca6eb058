// staff.min-max-lestijden (the regulations, Noemers): 24 minimum, max 26/27/28 by ambt, × fraction.
import { describe, expect, it } from "vitest";
import { staffMinMaxLestijden } from "../constraints/staff/min-max-lestijden.js";
import { verified } from "./helpers/verified.js";
import { tinyCandidate, tinyInput, tinyScenario } from "./helpers/tiny.js";

/** The rule, with the rule verifier run on every week it checks. */
const rule = verified(staffMinMaxLestijden);

const ctx = (s = tinyScenario(), c = tinyCandidate()) => ({ scenario: s, candidate: c, grid: s.dayGrids[0] });

describe("staff.min-max-lestijden", () => {
  it("passes for the tiny school and week (kt1 26, lo1 4 of max 9)", () => {
    expect(rule.check({ scenario: tinyScenario() })).toEqual([]);
    expect(rule.check(ctx())).toEqual([]);
  });

  it("scenario: the subject plan alone gives the 8/24 PE teacher more than 28 × 8/24 = 9", () => {
    const input = tinyInput();
    input.subjects![0].periods = 5; // 5 × 2 classes = 10
    const v = rule.check({ scenario: tinyScenario(input) });
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({
      rule: "staff.min-max-lestijden",
      messageId: "plan-above-max",
      severity: "hard",
      where: { staff: "lo1" },
    });
    expect(v[0].message).toContain("maximum is 9");
  });

  it("candidate: a class teacher who teaches all 28 periods exceeds the onderwijzer maximum 27", () => {
    const c = tinyCandidate();
    for (const l of c.lessons.filter((x) => x.group === "L1" && x.subject === "LO"))
      Object.assign(l, { subject: "KLAS", staff: ["kt1"] });
    const v = rule.check(ctx(undefined, c));
    expect(v.map((x) => [x.messageId, x.where.staff, x.severity])).toEqual([["week-above-max", "kt1", "hard"]]);
  });

  it("candidate: the maximum scales with a 12/24 fraction", () => {
    const input = tinyInput();
    input.staff[1].fraction = "12/24";
    const v = rule.check(ctx(tinyScenario(input)));
    expect(v.map((x) => [x.messageId, x.where.staff])).toEqual([["week-above-max", "kt2"]]);
    expect(v[0].message).toContain("het wettelijke maximum is 13");
  });

  it("candidate: a full-time teacher below 24 is a warning", () => {
    const c = tinyCandidate();
    const klas = c.lessons.filter((x) => x.group === "L1" && x.day === "fri");
    for (const l of klas.slice(0, 3)) Object.assign(l, { staff: [], interns: ["i1"] });
    const v = rule.check(ctx(undefined, c));
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({ messageId: "week-below-min", severity: "warning", where: { staff: "kt1" } });
  });
});
