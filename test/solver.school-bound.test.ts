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
 * of Noord alone: "Overleg Noord", Bram Janssens (N2) and Carla Wuyts (N3), in `mode` (physical: at least 180
 * minutes, digital: at least 90).
 */
function twoSchools(mode: "physical" | "digital" = "physical"): Scenario {
  const input = JSON.parse(readFileSync("fixtures/group/two-schools.json", "utf8")) as ScenarioInput;
  input.releaseGoals!.push({
    id: "overleg-noord",
    name: "Overleg Noord",
    purpose: "team",
    members: ["kt-n2", "kt-n3"],
    mode,
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
  it("bounds a school by its own optimum where its LP relaxation meets a goal it cannot meet (by hand)", () => {
    const m = modelOf(twoSchools());
    const lpBefore = engine.solve(m.lp, { timeLimitSeconds: 30, relax: true }).objective;
    const bounds = addSchoolBounds(m, engine, 30);
    // By hand. Overleg Noord, physical, needs a block of 180 minutes without the lunch break: a morning, 08:30–12:05,
    // four lessons in which N2 and N3 both need cover (8 covers). Noord has its care teacher (one class a lesson: 4)
    // and the LO teacher (LO at most once a day per class: 2): 6 < 8, so Noord alone never meets it, and the rest of
    // Noord's part is cover costs (≤ 0): opt(P_noord) = 0. Its LP relaxation meets the goal anyway
    // (1,000,000 + 215 × 100 − 4). Zuid has no goal of its own (the PLG is over both schools, in neither part):
    // only cover costs, 0 at best, and its LP relaxation says no more: no row.
    expect(bounds.map((b) => [b.school, b.proof, b.result.objective, b.lpBound])).toEqual([
      ["noord", "optimal", 0, 1_021_496],
      ["zuid", "optimal", 0, 0],
    ]);
    // The right-hand side leaves only HiGHS' stopping gap (< 1 unit) and its tolerances on top.
    expect(bounds[0].rhs).toBeGreaterThanOrEqual(0);
    expect(bounds[0].rhs).toBeLessThan(1);
    expect(bounds[1].rhs).toBeUndefined();
    const rows = m.lp.constraints.filter((c) => c.tag.rule === SCHOOL_BOUND);
    expect(rows.map((r) => [r.tag.instance, r.tag.implied, r.op, r.tag.message])).toEqual([
      ["school:noord", true, "<=", "hoogstens wat VBS De Noordster op zich kan halen"],
    ]);
    // Noord's row holds Noord's goal and none of the PLG over both schools.
    expect(rows[0].expr.get("met_overleg-noord")).toBe(1_000_000);
    expect([...rows[0].expr.keys()].some((v) => v.includes("plg-rekenen"))).toBe(false);
    // The grid's LP bound no longer meets Overleg Noord.
    const lpAfter = engine.solve(m.lp, { timeLimitSeconds: 30, relax: true }).objective;
    expect(lpBefore - lpAfter).toBeGreaterThan(1_000_000);
  });

  it("adds no row where the LP relaxation only gains minutes (the digital Overleg Noord: 115 min, LP 215)", () => {
    const m = modelOf(twoSchools("digital"));
    const bounds = addSchoolBounds(m, engine, 30);
    // Two lessons at most (3 + 2 covers for three): 09:20–11:15 over the break, 1,000,000 + 115 × 100 − 2 care periods.
    expect(bounds.map((b) => [b.school, b.result.objective, b.lpBound, b.rhs])).toEqual([
      ["noord", 1_011_498, 1_021_496, undefined],
      ["zuid", 0, 0, undefined],
    ]);
    expect(m.lp.constraints.filter((c) => c.tag.rule === SCHOOL_BOUND)).toEqual([]);
  });

  it("cuts off no legal week: the same optimum with and without the rows (HiGHS)", () => {
    const s = twoSchools();
    const without = engine.solve(modelOf(s).lp, { timeLimitSeconds: 60 });
    const m = modelOf(s);
    expect(addSchoolBounds(m, engine, 30).filter((b) => b.rhs !== undefined)).toHaveLength(1);
    const withRows = engine.solve(m.lp, { timeLimitSeconds: 60 });
    expect(without.status).toBe("optimal");
    expect(withRows.status).toBe("optimal");
    expect(withRows.objective).toBe(without.objective);
    // The required PLG over both schools is in that optimum.
    expect(without.objective).toBeGreaterThan(1_000_000);
  });

  it("solves the group proven optimal; no rows before a first week, then rows on a grid still to solve", async () => {
    const s = twoSchools();
    const without = engine.solve(modelOf(s).lp, { timeLimitSeconds: 60 });
    const one = await solveHere(s);
    expect(one.status).toBe("optimal");
    expect(one.candidates[0].objective).toBe(without.objective);
    // One grid: its MILP only. Before a first week the rows would only cost (measured on groups of 3–6 schools).
    expect(one.stats!.solves).toBe(1);
    // A second day grid, the same as the first: its LP relaxation also meets Overleg Noord fractionally.
    s.dayGrids.push({ ...s.dayGrids[0], id: "kopie", name: "Dezelfde week" });
    const t = await solveHere(s);
    expect(t.status).toBe("optimal");
    expect(t.candidates[0].objective).toBe(without.objective);
    expect(t.candidates[0].dayGrid).toBe("gewoon");
    expect(t.candidates[0].metrics.goalsMet).toBe(1);
    // The second grid's LP bound (the first grid's own LP bound is its MILP's root); the first grid's MILP (the
    // week); then, as the second grid's LP bound is above that week, per school its LP relaxation and its MILP, and
    // the grid's LP bound again with Noord's row. Zuid gains only minutes (no row), so the bound stays a few minutes
    // above the week and the grid's MILP proves the rest.
    expect(t.stats!.solves).toBe(1 + 1 + 2 * 2 + 1 + 1);
    // Why Overleg Noord has no block is said in the rules' words, never by the bound row.
    const why = t.candidates[0].metrics.perGoal.find((g) => g.goal === "overleg-noord")!.why!;
    expect(why.length).toBeGreaterThan(0);
    expect(why.map((w) => w.rule)).not.toContain(SCHOOL_BOUND);
  });

  it("adds nothing to a scenario without schools", () => {
    const village = parseScenario(JSON.parse(readFileSync("fixtures/village-school.json", "utf8")));
    const m = modelOf(village);
    const rows = m.lp.constraints.length;
    expect(addSchoolBounds(m, engine, 30)).toEqual([]);
    expect(m.lp.constraints.length).toBe(rows);
  });
});
