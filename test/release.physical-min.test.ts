// release.physical-min (the regulations, Flexio lines 2811–2813): a physical meeting needs ≥ half a day (180 min).
import { describe, expect, it } from "vitest";
import { releasePhysicalMin as rule } from "../constraints/release/physical-min.js";
import type { Release } from "../src/model/index.js";
import { tinyCandidate, tinyInput, tinyScenario } from "./helpers/tiny.js";

function scenario(minBlockMinutes?: number) {
  const i = tinyInput();
  i.releaseGoals = [{ id: "plg", name: "PLG lezen", members: ["kt1", "kt2"], mode: "physical", minBlockMinutes }];
  return tinyScenario(i);
}
const rel = (start: string, end: string): Release => ({
  goal: "plg",
  day: "thu",
  start,
  end,
  staff: ["kt1", "kt2"],
  externals: [],
  cover: [],
});

describe("release.physical-min", () => {
  it("passes for the default and for a 215-min Thursday morning (two touching entries are one block)", () => {
    const s = scenario();
    expect(rule.check({ scenario: s })).toEqual([]);
    const c = tinyCandidate();
    c.releases = [rel("08:30", "10:10"), rel("10:10", "12:05")];
    expect(rule.check({ scenario: s, candidate: c, grid: s.dayGrids[0] })).toEqual([]);
  });

  it("does not nag a school that set a shorter block on purpose (issue 10), but holds the week to it", () => {
    const s = scenario(100);
    expect(rule.check({ scenario: s })).toEqual([]);
    const c = tinyCandidate();
    c.releases = [rel("08:30", "09:20")];
    const v = rule.check({ scenario: s, candidate: c, grid: s.dayGrids[0] });
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({
      rule: "release.physical-min",
      messageId: "block-too-short",
      severity: "soft",
      where: { goal: "plg" },
    });
    expect(v[0].message).toContain("minstens 100 min");
  });

  it("flags a 100-min block in a candidate", () => {
    const s = scenario();
    const c = tinyCandidate();
    c.releases = [rel("08:30", "10:10")];
    const v = rule.check({ scenario: s, candidate: c, grid: s.dayGrids[0] });
    expect(v.map((x) => [x.messageId, x.where])).toEqual([
      ["block-too-short", { goal: "plg", day: "thu", start: "08:30", end: "10:10" }],
    ]);
    expect(v[0].message).toContain("minstens 180 min");
  });
});
