// Honest candidates (issue 10 item 5): the no-good cut holds across all day grids, later candidates never meet
// 0 goals unless every week does, each candidate is labelled with what was proven, and fewer are returned —
// with the reason — when fewer meaningful ones exist.
import { describe, expect, it } from "vitest";
import { parseScenario, type ScenarioInput } from "../src/model/index.js";
import { solveHere } from "./helpers/solve.js";
import { tinyInput, usualGrid } from "./helpers/tiny.js";

const blocks = (c: { releases: { goal: string; day: string; start: string; end: string }[] }) =>
  c.releases.map((r) => `${r.goal} ${r.day} ${r.start}-${r.end}`).join(",");

/** kt1 (L1) visits a colleague ≥ 100 min; the PE teacher has L1 for 2 periods, up to 2 a day. */
function visit(goal: Partial<NonNullable<ScenarioInput["releaseGoals"]>[number]> = {}): ScenarioInput {
  const input = tinyInput();
  input.subjects![0].maxPerDay = 2;
  input.releaseGoals = [
    { id: "visit", name: "Hospiteren", members: ["kt1"], mode: "digital", minBlockMinutes: 100, ...goal },
  ];
  return input;
}

describe("candidates", () => {
  // Two identical grids: every week exists twice. The 9 best weeks are the 115-minute blocks (09:20–11:15 on
  // each day, 13:20–15:15 on the four full days, see solver.small.test.ts); a cut on one grid only would let
  // the second candidate be the first one's block on the other grid.
  it("never repeat the same release blocks on another grid, and each of the 9 equal best is proven optimal", async () => {
    const input = visit();
    input.dayGrids = [usualGrid("a"), { ...usualGrid("b"), name: "Dezelfde week, andere naam" }];
    const t = await solveHere(parseScenario(input), { candidates: 5 });
    expect(t.candidates).toHaveLength(5);
    const seen = t.candidates.map((c) => blocks(c).replace(/^visit /, ""));
    expect(new Set(seen).size).toBe(5);
    for (const b of seen) expect(b).toMatch(/09:20-11:15|13:20-15:15/);
    expect(t.candidates.map((c) => c.status)).toEqual(["optimal", "optimal", "optimal", "optimal", "optimal"]);
    expect(t.candidates.map((c) => c.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(t.candidates[0].label).toEqual({ nl: "de beste week", en: "the best week" });
    expect(t.candidates[1].label!.en).toBe(
      "the best week with Hospiteren at another time than the candidates before it",
    );
    expect(t.candidatesNote).toBeUndefined();
  });

  it("returns one candidate, and says why, when only one block is possible", async () => {
    const input = visit({ when: [{ days: ["mon"], from: "09:20", to: "11:15" }] });
    const t = await solveHere(parseScenario(input), { candidates: 3 });
    expect(t.candidates.map(blocks)).toEqual(["visit mon 09:20-11:15"]);
    expect(t.candidates[0].status).toBe("optimal");
    expect(t.candidatesNote!.en).toBe("Only 1 week with different release blocks exists.");
  });

  // A (kt1, Monday 09:20–11:15 only) and B (kt1, Thursday 09:20–11:15 only, 2 blocks a week: never met) both
  // need L1's two LO periods. The best week meets A; the only other week gives B its block and meets nothing.
  it("never returns a week that meets no goal after one that meets a goal", async () => {
    const input = visit({ when: [{ days: ["mon"], from: "09:20", to: "11:15" }] });
    input.releaseGoals!.push({
      id: "b",
      name: "Intervisie",
      members: ["kt1"],
      mode: "digital",
      minBlockMinutes: 100,
      blocksPerWeek: 2,
      when: [{ days: ["thu"], from: "09:20", to: "11:15" }],
    });
    const t = await solveHere(parseScenario(input), { candidates: 3 });
    expect(t.candidates.map(blocks)).toEqual(["visit mon 09:20-11:15"]);
    expect(t.candidates[0].metrics.goalsMet).toBe(1);
    expect(t.candidatesNote!.en).toBe("After 1 candidate no other week meets any goal; those are not shown.");
  });
});
