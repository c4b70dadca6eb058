// staff.plage-cap (the regulations, decreet art. 164bis): unpaid plage in lager ≤ 10 % (informational).
import { describe, expect, it } from "vitest";
import { staffPlageCap as rule } from "../constraints/staff/plage-cap.js";
import { tinyCandidate, tinyScenario } from "./helpers/tiny.js";

describe("staff.plage-cap", () => {
  it("stays quiet at 4 plage periods of 56 (7,1 %)", () => {
    const s = tinyScenario();
    expect(rule.check({ scenario: s, candidate: tinyCandidate(), grid: s.dayGrids[0] })).toEqual([]);
  });

  it("warns (informational) when both class teachers teach 28: 8 of 48 = 16,7 % (the PE teacher teaches no lager lesson then)", () => {
    const s = tinyScenario();
    const c = tinyCandidate();
    for (const l of c.lessons.filter((x) => x.subject === "LO"))
      Object.assign(l, { subject: "KLAS", staff: l.group === "L1" ? ["kt1"] : ["kt2"] });
    const v = rule.check({ scenario: s, candidate: c, grid: s.dayGrids[0] });
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({ rule: "staff.plage-cap", messageId: "above-cap", severity: "warning", where: {} });
    // Who teaches the plage, and the share with a Dutch decimal comma (a decimal point in English).
    expect(v[0].message).toContain("An Peeters 4, Bram Janssens 4");
    expect(v[0].message).toContain("16,7 %");
    expect(v[0].messageEn).toContain("16.7 %");
  });
});
