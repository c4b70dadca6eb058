// release.digital-min (the regulations, Flexio lines 2811–2813): a digital meeting, default block 90 min.
import { describe, expect, it } from "vitest";
import { releaseDigitalMin as rule } from "../constraints/release/digital-min.js";
import { tinyCandidate, tinyInput, tinyScenario } from "./helpers/tiny.js";

function scenario(minBlockMinutes?: number) {
  const i = tinyInput();
  i.releaseGoals = [
    { id: "dig", name: "Online intervisie", members: ["kt1", "kt2"], mode: "digital", minBlockMinutes },
    { id: "fys", name: "Fysieke PLG", members: ["kt1"], mode: "physical", minBlockMinutes: 100 }, // not this rule's business
  ];
  return tinyScenario(i);
}

describe("release.digital-min", () => {
  it("passes for the default and a 100-min block", () => {
    const s = scenario();
    expect(rule.check({ scenario: s })).toEqual([]);
    const c = tinyCandidate();
    c.releases = [
      { goal: "dig", day: "mon", start: "15:15", end: "16:55", staff: ["kt1", "kt2"], externals: [], cover: [] },
    ];
    expect(rule.check({ scenario: s, candidate: c, grid: s.dayGrids[0] })).toEqual([]);
  });

  it("accepts a goal set at 60 min on purpose (issue 10) and flags a 50-min block", () => {
    expect(rule.check({ scenario: scenario(60) })).toEqual([]);
    const s = scenario();
    const c = tinyCandidate();
    c.releases = [
      { goal: "dig", day: "mon", start: "15:15", end: "16:05", staff: ["kt1", "kt2"], externals: [], cover: [] },
    ];
    const v = rule.check({ scenario: s, candidate: c, grid: s.dayGrids[0] });
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({
      rule: "release.digital-min",
      messageId: "block-too-short",
      severity: "soft",
      where: { goal: "dig", day: "mon", start: "15:15", end: "16:05" },
    });
    expect(v[0].message).toContain("een digitale bijeenkomst vraagt minstens 90 min");
  });
});
