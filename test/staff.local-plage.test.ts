// staff.local-plage (the regulations; BaO/97/8, Flexio lines 1859–1866): the school's own agreed maximum.
import { describe, expect, it } from "vitest";
import { staffLocalPlage } from "../constraints/staff/local-plage.js";
import { verified } from "./helpers/verified.js";
import { tinyCandidate, tinyInput, tinyScenario } from "./helpers/tiny.js";

/** The rule, with the rule verifier run on every week it checks. */
const rule = verified(staffLocalPlage);

const ctx = (s = tinyScenario(), c = tinyCandidate()) => ({ scenario: s, candidate: c, grid: s.dayGrids[0] });

describe("staff.local-plage", () => {
  it("passes at the default plage 26 for an onderwijzer teaching 26", () => {
    expect(rule.check({ scenario: tinyScenario() })).toEqual([]);
    expect(rule.check(ctx())).toEqual([]);
  });

  it("fails when the school agreed 25 and says it is the school's own maximum", () => {
    const input = tinyInput();
    input.settings = { plageMax: { onderwijzer: 25 } };
    const v = rule.check(ctx(tinyScenario(input)));
    expect(v.map((x) => [x.messageId, x.where.staff, x.severity])).toEqual([
      ["week-above-agreed", "kt1", "hard"],
      ["week-above-agreed", "kt2", "hard"],
    ]);
    expect(v[0].message).toContain("het maximum dat de school zelf afsprak");
  });

  it("a per-person plageMax overrides the setting, and a teacher at 27 breaks plage 26 but not the law", () => {
    const c = tinyCandidate();
    for (const l of c.lessons.filter((x) => x.group === "L1" && x.subject === "LO" && x.day === "mon"))
      Object.assign(l, { subject: "KLAS", staff: ["kt1"] });
    const v = rule.check(ctx(undefined, c));
    expect(v.map((x) => [x.messageId, x.where.staff])).toEqual([["week-above-agreed", "kt1"]]);
    const input = tinyInput();
    input.staff[0].plageMax = 27;
    expect(rule.check(ctx(tinyScenario(input), c))).toEqual([]);
  });

  it("scenario: an agreed maximum above the legal one is a warning; a plan above the agreed one fails", () => {
    const input = tinyInput();
    input.staff[0].plageMax = 28;
    input.staff[2].fraction = "24/24";
    input.staff[2].plageMax = 3; // LO 2 × 2 = 4 planned
    const v = rule.check({ scenario: tinyScenario(input) });
    expect(v.map((x) => [x.messageId, x.where.staff, x.severity])).toEqual([
      ["agreed-above-legal", "kt1", "warning"],
      ["plan-above-agreed", "lo1", "hard"],
    ]);
    // The plan's parts that add up to the 4 lestijden.
    expect(v[1].message).toContain("LO 2 × 2 klassen");
  });
});
