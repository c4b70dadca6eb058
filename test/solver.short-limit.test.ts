// A short time limit (issue 11): the week comes first, the grids' LP bounds (which only prune) after it, and a week
// found before the limit comes back with its gap. The budget policy is a pure function of the time left and the
// models' sizes, tested without a clock; the real solve below has a limit several times what its week needs.
import { execFileSync } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { parseScenario, type Scenario } from "../src/model/index.js";
import { liftRewards, lpBoundShare, solveCore } from "../solver/core.js";
import { LinearModel } from "../solver/linear-model.js";
import { loadHighs, makeHighsEngine } from "../solver/engines/highs.js";
import type { Engine } from "../solver/engines/engine.js";
import { expectCleanWeek } from "./helpers/solve.js";

/** The engine's start-up overhead core.ts assumes for a model of this many variables (30 µs each). */
const overhead = (variables: number) => variables * 3e-5;

describe("the grids' LP bounds never take the time the first week needs", () => {
  it("with ample time each grid's bound gets a quarter of what is left, as before", () => {
    expect(lpBoundShare(60, 2, overhead(3130), overhead(3188))).toBe(15);
    expect(lpBoundShare(300, 2, overhead(16248), overhead(16248))).toBe(75);
  });

  it("96 classes with 7 s left: no bound before the first week (the old share, 1.75 s each, left the MILP too little)", () => {
    expect(7 / (2 * 2)).toBeGreaterThan(2 * overhead(16248)); // what the old rule did: it started both bounds
    expect(lpBoundShare(7, 2, overhead(15870), overhead(16248))).toBeUndefined();
  });

  it("48 classes with 3.5 s left: a shorter bound, so that the MILP keeps the time its first week needs", () => {
    const share = lpBoundShare(3.5, 2, overhead(6347), overhead(6479))!;
    expect(share).toBeLessThan(3.5 / 4);
    expect(share).toBeGreaterThanOrEqual(2 * overhead(6347));
    expect(3.5 - 2 * share).toBeGreaterThanOrEqual(12 * overhead(6479));
  });

  it("a bound that cannot even start in its share is skipped", () => {
    expect(lpBoundShare(0.3, 2, overhead(3130), overhead(3130))).toBeUndefined();
  });
});

describe("a week found in a hurry counts every reward its rows allow", () => {
  const tag = { rule: "test", instance: "t", message: "t" };
  const map = (o: Record<string, number>) => new Map(Object.entries(o));
  /** A model with `met` (a goal, worth 10⁶) allowed only with `block` on, and the week's values. */
  const model = (block: number) => {
    const lp = new LinearModel();
    for (const v of ["met", "minutes", "fixed", "block"]) lp.addVar(v);
    lp.addObjective(map({ met: 1e6, minutes: 100, fixed: 5 }));
    lp.addConstraint(map({ met: 1, minutes: 1 }), "<=", 1, tag); // not both
    lp.addConstraint(map({ met: 1, block: -1 }), "<=", 0, tag); // met only with its block
    lp.addConstraint(map({ fixed: 1 }), "=", 0, tag);
    return { lp, values: map({ met: 0, minutes: 0, fixed: 0, block }) };
  };

  it("sets a rewarded binary left at 0 where every row still holds, the largest reward first", () => {
    const { lp, values } = model(1);
    expect(liftRewards(lp, values)).toBe(1e6);
    expect(Object.fromEntries(values)).toEqual({ met: 1, minutes: 0, fixed: 0, block: 1 });
  });

  it("changes nothing a row forbids (the goal without its block takes the minutes instead)", () => {
    const { lp, values } = model(0);
    expect(liftRewards(lp, values)).toBe(100);
    expect(Object.fromEntries(values)).toEqual({ met: 0, minutes: 1, fixed: 0, block: 0 });
  });
});

let engine: Engine;
let school: Scenario;
beforeAll(async () => {
  engine = makeHighsEngine(await loadHighs());
  school = parseScenario(
    JSON.parse(
      execFileSync(process.execPath, ["scripts/make-big-school.mjs", "--classes", "24"], {
        encoding: "utf8",
        maxBuffer: 1 << 26,
      }),
    ),
  );
});

describe("a week found within a short limit comes back, checked, with its gap", () => {
  it("a 24-class school (two grids) with a 3 s limit: a week, `feasible` with a gap above 0 or proven `optimal`", () => {
    expect(school.groups.length).toBe(24);
    expect(school.dayGrids.length).toBe(2);
    // Every engine call is given only what is left before the limit less core.ts's reserve (5 %): its start plus its
    // budget never passes 3 s. This holds on a busy machine too; the wall time of whole solves under a limit is
    // measured by the bench (`BENCH_PARTS=limits npm run bench`), never in a unit test.
    const calls: { startMs: number; budgetMs: number }[] = [];
    const started = performance.now();
    const counted: Engine = {
      name: engine.name,
      solve: (model, options) => {
        calls.push({ startMs: performance.now() - started, budgetMs: options.timeLimitSeconds * 1000 });
        return engine.solve(model, options);
      },
    };
    const t = solveCore(school, { candidates: 1, timeLimitSeconds: 3, engine: counted });
    expect(calls.length).toBeGreaterThan(0);
    for (const c of calls) expect(c.startMs + c.budgetMs).toBeLessThanOrEqual(3000);
    expect(["feasible", "optimal"]).toContain(t.status);
    expect(t.candidates).toHaveLength(1);
    const c = t.candidates[0];
    expect(c.lessons.length).toBeGreaterThan(0);
    expectCleanWeek(school, c);
    if (c.status === "optimal") expect(c.gap).toBe(0);
    else {
      // A grid that proved nothing in the time still bounds the week by its objective's ceiling: the gap is known.
      expect(c.gap).toBeGreaterThan(0);
      expect(c.bound).toBeGreaterThan(c.objective);
    }
  });

  it("the same school with ample time: proven optimal, at least as good as the short limit's week", () => {
    const short = solveCore(school, { candidates: 1, timeLimitSeconds: 3, engine });
    const t = solveCore(school, { candidates: 1, timeLimitSeconds: 120, engine });
    expect(t.status).toBe("optimal");
    expect(t.candidates[0].gap).toBe(0);
    expect(t.candidates[0].objective).toBeGreaterThanOrEqual(short.candidates[0]?.objective ?? -Infinity);
  });
});
