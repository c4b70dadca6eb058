// release.traject (the regulations, Flexio line 416): a trajectory of at least ~20 contact hours a year.
import { describe, expect, it } from "vitest";
import { releaseTraject as rule } from "../constraints/release/traject.js";
import { tinyCandidate, tinyInput, tinyScenario } from "./helpers/tiny.js";
import type { ScenarioInput } from "../src/model/index.js";

type GoalIn = NonNullable<ScenarioInput["releaseGoals"]>[number];
const scenario = (...goals: GoalIn[]) => {
  const i = tinyInput();
  i.releaseGoals = goals;
  return tinyScenario(i);
};

describe("release.traject", () => {
  it("passes for a weekly half day (36 × 180 min) and a monthly 180-min session (27 h)", () => {
    const s = scenario(
      { id: "w", name: "PLG wekelijks", members: ["kt1"] },
      { id: "m", name: "Team maandelijks", members: ["kt1", "kt2"], frequency: { kind: "monthly-pattern", week: 3 } },
      {
        id: "z",
        name: "Zorgoverleg",
        purpose: "zorg",
        members: ["kt1"],
        mode: "digital",
        frequency: { kind: "every-n-weeks", n: 12 },
      },
    );
    expect(rule.check({ scenario: s })).toEqual([]);
  });

  it("warns for a digital session every 12 weeks (3 × 90 min = 4,5 h) and a monthly 120-min one (18 h)", () => {
    const s = scenario(
      { id: "d", name: "Online PLG", members: ["kt1"], mode: "digital", frequency: { kind: "every-n-weeks", n: 12 } },
      {
        id: "m",
        name: "Kernteam",
        members: ["kt2"],
        minBlockMinutes: 120,
        frequency: { kind: "monthly-pattern", week: 2 },
      },
    );
    const v = rule.check({ scenario: s });
    expect(v.map((x) => [x.messageId, x.where.goal, x.severity])).toEqual([
      ["plan-too-few-hours", "d", "warning"],
      ["plan-too-few-hours", "m", "warning"],
    ]);
    // The hours a year: a decimal comma in Dutch, a point in English.
    expect(v[0].message).toContain("is dat 4,5 uur");
    expect(v[0].messageEn).toContain("is 4.5 hours");
    expect(v[1].message).toContain("is dat 18 uur");
  });

  it("in a candidate counts the goal's actual block: a 100-min monthly block gives 15 h", () => {
    const s = scenario({
      id: "m",
      name: "Team maandelijks",
      members: ["kt1", "kt2"],
      frequency: { kind: "monthly-pattern", week: 3 },
    });
    const c = tinyCandidate();
    c.releases = [
      { goal: "m", day: "mon", start: "15:15", end: "16:55", staff: ["kt1", "kt2"], externals: [], cover: [] },
    ];
    const v = rule.check({ scenario: s, candidate: c, grid: s.dayGrids[0] });
    expect(v.map((x) => [x.messageId, x.where])).toEqual([["week-too-few-hours", { goal: "m" }]]);
    expect(v[0].message).toContain("15 uur");
    c.releases[0].end = "18:15"; // 180 min → 27 h
    expect(rule.check({ scenario: s, candidate: c, grid: s.dayGrids[0] })).toEqual([]);
  });
});
