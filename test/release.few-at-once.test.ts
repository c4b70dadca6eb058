// release.few-at-once (the regulations, Flexio line 591): prefer one or two teachers released at once.
import { describe, expect, it } from "vitest";
import { releaseFewAtOnce as rule } from "../constraints/release/few-at-once.js";
import type { Release } from "../src/model/index.js";
import { tinyCandidate, tinyInput, tinyScenario } from "./helpers/tiny.js";

function scenario(max?: number) {
  const i = tinyInput();
  if (max !== undefined) i.settings = { maxReleasedAtOnce: max };
  return tinyScenario(i);
}
const rel = (goal: string, start: string, end: string, staff: string[]): Release => ({
  goal,
  day: "tue",
  start,
  end,
  staff,
  externals: [],
  cover: [],
});

describe("release.few-at-once", () => {
  it("passes without the setting, and for releases within the maximum or after school", () => {
    const c = tinyCandidate();
    c.releases = [
      rel("a", "08:30", "09:20", ["kt1"]),
      rel("b", "09:20", "10:10", ["kt2"]),
      rel("c", "15:15", "16:45", ["kt1", "kt2", "lo1"]),
    ];
    for (const s of [scenario(), scenario(1)])
      expect(rule.check({ scenario: s, candidate: c, grid: s.dayGrids[0] })).toEqual([]);
  });

  it("flags three teachers released at once during lessons when the school wants at most 2", () => {
    const s = scenario(2);
    const c = tinyCandidate();
    c.releases = [rel("a", "08:30", "10:10", ["kt1", "kt2"]), rel("b", "09:20", "10:10", ["lo1"])];
    const v = rule.check({ scenario: s, candidate: c, grid: s.dayGrids[0] });
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({
      rule: "release.few-at-once",
      messageId: "too-many-at-once",
      severity: "soft",
      where: { day: "tue", start: "09:20", end: "10:10" },
    });
    // Who is released at once.
    expect(v[0].message).toContain("(An Peeters, Bram Janssens, Chris Maes)");
  });
});
