// Per-school bound rows (issue 11, solver/school-bound.ts): in a school group each school's own optimum bounds its
// part of the objective. The rows must be valid (the optimum is the same with and without them), exact on a case
// small enough to compute by hand, and absent from a one-school scenario.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { parseScenario, type Scenario, type ScenarioInput } from "../src/model/index.js";
import { auditCover, SolverModel } from "../solver/build.js";
import { encodeAll } from "../solver/encode/index.js";
import type { Engine } from "../solver/engines/engine.js";
import { loadHighs, makeHighsEngine } from "../solver/engines/highs.js";
import { addSchoolBounds, SCHOOL_BOUND } from "../solver/school-bound.js";
import { solveHere } from "./helpers/solve.js";

/**
 * fixtures/group/two-schools.json (Noord: N1–N3, care teacher Hilde Maes; Zuid: Z1–Z3, care teacher Ines Vermeulen
 * on Tue and Thu; LO teacher Gert Willems in both; one required PLG of kt-n1 and kt-z1 over both schools) plus a goal
 * of Noord alone: "Overleg Noord", Bram Janssens (N2) and Carla Wuyts (N3), online (at least 90 minutes).
 */
function twoSchools(): Scenario {
  const input = JSON.parse(readFileSync("fixtures/group/two-schools.json", "utf8")) as ScenarioInput;
  input.releaseGoals!.push({
    id: "overleg-noord",
    name: "Overleg Noord",
    purpose: "team",
    members: ["kt-n2", "kt-n3"],
    mode: "digital",
  } as never);
  return parseScenario(input);
}

/** The model core.ts builds for the scenario's first grid (cover cells, audited). */
function modelOf(s: Scenario): SolverModel {
  let m = new SolverModel(s, s.dayGrids[0]);
  encodeAll(m);
  const unsafe = auditCover(m);
  if (unsafe.size > 0) {
    m = new SolverModel(s, m.grid, { coverEverywhere: unsafe });
    encodeAll(m);
  }
  return m;
}

let engine: Engine;
beforeAll(async () => {
  engine = makeHighsEngine(await loadHighs());
});

describe("per-school bound rows (school group)", () => {
  it("bounds each school by its own optimum, computed by hand for the two-school fixture", () => {
    const m = modelOf(twoSchools());
    const bounds = addSchoolBounds(m, engine, 30);
    // By hand. Noord's own part: Overleg Noord needs N2 and N3 covered in every lesson of its block. Noord has one
    // care teacher (one class a lesson) and the LO teacher (LO at most once a day per class), so three lessons in a
    // row (6 covers) get at most 3 + 2: the block has two lessons, the longest over the break 09:20–11:15 = 115 min.
    // Two of its four covers are LO lessons (no cost), two are the care teacher (cost 1 each):
    //   1,000,000 (goal met) + 115 × 100 (minutes) − 2 = 1,011,498.
    // Zuid has no goal of its own (the PLG is over both schools, in neither part): only cover costs, at best 0.
    expect(bounds.map((b) => [b.school, b.proof, b.result.objective])).toEqual([
      ["noord", "optimal", 1_011_498],
      ["zuid", "optimal", 0],
    ]);
    // The right-hand side leaves only HiGHS' stopping gap (< 1 unit) and its tolerances on top.
    expect(bounds[0].rhs).toBeGreaterThanOrEqual(1_011_498);
    expect(bounds[0].rhs).toBeLessThan(1_011_501);
    const rows = m.lp.constraints.filter((c) => c.tag.rule === SCHOOL_BOUND);
    expect(rows.map((r) => [r.tag.instance, r.tag.implied, r.op])).toEqual([
      ["school:noord", true, "<="],
      ["school:zuid", true, "<="],
    ]);
    // Noord's row holds Noord's goal and none of the PLG over both schools.
    const noord = rows[0].expr;
    expect(noord.get("met_overleg-noord")).toBe(1_000_000);
    expect([...noord.keys()].some((v) => v.includes("plg-rekenen"))).toBe(false);
  });

  it("cuts off no legal week: the same optimum with and without the rows (HiGHS)", () => {
    const s = twoSchools();
    const without = engine.solve(modelOf(s).lp, { timeLimitSeconds: 60 });
    const m = modelOf(s);
    expect(addSchoolBounds(m, engine, 30).filter((b) => b.rhs !== undefined)).toHaveLength(2);
    const withRows = engine.solve(m.lp, { timeLimitSeconds: 60 });
    expect(without.status).toBe("optimal");
    expect(withRows.status).toBe("optimal");
    expect(withRows.objective).toBe(without.objective);
    // Overleg Noord's 115 minutes and the required PLG are both in that optimum.
    expect(without.objective).toBeGreaterThan(2_000_000);
  });

  it("solves the group proven optimal with the rows in place, at the optimum of the model without them", async () => {
    const s = twoSchools();
    const without = engine.solve(modelOf(s).lp, { timeLimitSeconds: 60 });
    const t = await solveHere(s);
    expect(t.status).toBe("optimal");
    expect(t.candidates[0].objective).toBe(without.objective);
    expect(t.candidates[0].metrics.goalsMet).toBe(2);
    // One solve per school's sub-problem, then the grid's MILP.
    expect(t.stats!.solves).toBe(3);
  });

  it("adds nothing to a scenario without schools", () => {
    const village = parseScenario(JSON.parse(readFileSync("fixtures/village-school.json", "utf8")));
    const m = modelOf(village);
    const rows = m.lp.constraints.length;
    expect(addSchoolBounds(m, engine, 30)).toEqual([]);
    expect(m.lp.constraints.length).toBe(rows);
  });
});
