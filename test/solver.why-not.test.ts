// A goal without a block never gets "een blok kan op zich" unless a week with such a block really exists: with
// the time to prove it, the clashing rules; with too little time, an honest "not found / not worked out".
import { describe, expect, it } from "vitest";
import { parseScenario } from "../src/model/index.js";
import { SolverModel } from "../solver/build.js";
import { encodeAll } from "../solver/encode/index.js";
import { loadHighs, makeHighsEngine } from "../solver/engines/highs.js";
import { whyGoalHasNoBlock, WHY_NOT_NARROWED, WHY_UNKNOWN } from "../solver/explain.js";
import { tinyInput } from "./helpers/tiny.js";

/** The tiny school where An Peeters (L1) is in two goals, each needing 100 minutes with L1 covered: L1 has only
 * two LO periods, so the required "Kernteam" takes both and the "PLG" gets nothing. No single row rules a PLG
 * block out (alone it fits), only the rows together do: the forced solve must prove that. */
function twoGoalsOneCover() {
  const input = tinyInput();
  input.releaseGoals = [
    { id: "kern", name: "Kernteam", members: ["kt1"], mode: "digital", minBlockMinutes: 100, required: true },
    { id: "plg", name: "PLG", members: ["kt1"], mode: "digital", minBlockMinutes: 100 },
  ];
  const s = parseScenario(input);
  const m = new SolverModel(s, s.dayGrids[0]);
  encodeAll(m);
  return m;
}

describe("why a goal has no block", () => {
  it("with time: the rules that clash, proven, not 'kan op zich'", async () => {
    const r = whyGoalHasNoBlock(twoGoalsOneCover(), "plg", makeHighsEngine(await loadHighs()), 30);
    // L1 needs a lesson every period, LO only twice, An in one place at a time, and the Kernteam must have its block.
    expect(r.map((x) => `${x.rule} ${x.instance}`).sort()).toEqual([
      "release.goal-met required:kern",
      "timetable.no-double-booking person:kt1",
      "timetable.one-activity group:L1",
      "timetable.subject-plan subject:LO@L1",
    ]);
  });

  it("with almost no time: says it did not narrow the rules down (or could not tell), never that a block fits", async () => {
    const r = whyGoalHasNoBlock(twoGoalsOneCover(), "plg", makeHighsEngine(await loadHighs()), 0.05);
    expect(r).toHaveLength(1);
    expect([WHY_NOT_NARROWED, WHY_UNKNOWN]).toContain(r[0].message);
    expect(r[0].message).not.toMatch(/kan op zich/);
  });
});
