// HiGHS (npm `highs`, WebAssembly): the default engine. The model goes in as arrays (`passModel`: bounds and a
// row-wise sparse matrix), in the very column order HiGHS' LP reader would give it, so HiGHS does exactly the same
// work as from the CPLEX LP text it used to read (toLpText: still there for writing a model down, e.g. a regression).
import { createRequire } from "node:module";
import v8 from "node:v8";
import type { ModelData } from "highs";
import type { LinearModel } from "../linear-model.js";
import type { Engine, EngineOptions, EngineResult } from "./engine.js";

const require = createRequire(import.meta.url);
export type Highs = Awaited<ReturnType<typeof import("highs").default>>;
let highsPromise: Promise<Highs> | undefined;

/**
 * Load the WebAssembly module once per thread. V8's baseline compiler only (--liftoff-only): our solves
 * are short, and on 2 cores the optimising tier-up competes with the solve itself. Measured on the city
 * school's 4+2 grid in a fresh process: 126 ms instead of 280–370 ms (README, Benchmarks).
 * VRIJROOSTER_WASM_TIERUP=1 keeps V8's default, better for solves of many seconds.
 */
export function loadHighs(): Promise<Highs> {
  if (!highsPromise && !process.env.VRIJROOSTER_WASM_TIERUP) v8.setFlagsFromString("--liftoff-only");
  highsPromise ??= (require("highs") as (o?: object) => Promise<Highs>)();
  return highsPromise;
}

let optimisedPromise: Promise<Highs> | undefined;

/**
 * A second HiGHS for a long solve, compiled anew with V8's optimising tier allowed: on solves of many seconds the
 * optimised code pays for its compilation many times over (96 classes 22–23 s → 16–17 s, whole processes on 2
 * cores), where on shorter ones it only competes for the cores (solver/worker.ts says from what size). Compiling it
 * costs ~0.2 s, once per worker. `--liftoff-only` implies no tier-up: both must be switched on again.
 */
export function loadOptimisedHighs(): Promise<Highs> {
  if (process.env.VRIJROOSTER_WASM_TIERUP) return loadHighs();
  optimisedPromise ??= (() => {
    v8.setFlagsFromString("--no-liftoff-only");
    v8.setFlagsFromString("--wasm-tier-up");
    v8.setFlagsFromString("--wasm-dynamic-tiering");
    return (require("highs") as (o?: object) => Promise<Highs>)();
  })();
  return optimisedPromise;
}

function term(c: number, v: string): string {
  return `${c < 0 ? "-" : "+"} ${Math.abs(c)} ${v}`;
}

export function toLpText(
  model: LinearModel,
  feasibilityOnly = false,
  relax = false,
): { text: string; names: string[] } {
  const names = [...model.variables.keys()];
  const idx = new Map(names.map((n, i) => [n, `v${i}`]));
  const lines: string[] = ["Maximize"];
  const obj = feasibilityOnly ? [] : [...model.objective].filter(([, c]) => c !== 0);
  lines.push(" obj: " + (obj.length ? obj.map(([v, c]) => term(c, idx.get(v)!)).join(" ") : "0 v0"));
  lines.push("Subject To");
  for (const c of model.constraints) {
    const lhs = [...c.expr].map(([v, k]) => term(k, idx.get(v)!)).join(" ") || "0 v0";
    lines.push(` ${c.name}: ${lhs} ${c.op === "=" ? "=" : c.op} ${c.rhs}`);
  }
  lines.push("Bounds");
  const binaries: string[] = [];
  for (const v of model.variables.values()) {
    if (v.type === "binary" && !relax) binaries.push(idx.get(v.name)!);
    else lines.push(` ${v.lb} <= ${idx.get(v.name)} <= ${v.ub}`);
  }
  if (binaries.length) {
    lines.push("Binaries");
    for (let i = 0; i < binaries.length; i += 20) lines.push(" " + binaries.slice(i, i + 20).join(" "));
  }
  lines.push("End");
  return { text: lines.join("\n"), names };
}

/**
 * The model as HiGHS' arrays, without any text in between: writing the LP text and HiGHS' LP reader cost 0.15 s a
 * solve on 48 classes (6,479 variables) and ~0.9 s the first time in a process, where V8 first compiles the reader's
 * WebAssembly; these arrays take 0.03–0.08 s (README, Benchmarks). The columns come in the order of their first
 * appearance in the objective, the rows, then the rest — the LP reader's order for toLpText's text — so HiGHS gets
 * the identical model (same columns, rows, coefficients and bounds: checked on the 48-class school) and does the
 * identical search (same nodes and simplex iterations).
 */
export function toModelData(
  highs: Highs,
  model: LinearModel,
  feasibilityOnly = false,
  relax = false,
): { data: ModelData; names: string[] } {
  const names: string[] = [];
  const col = new Map<string, number>();
  const see = (v: string) => {
    if (!col.has(v) && model.variables.has(v)) col.set(v, names.push(v) - 1);
  };
  // toLpText writes "0 v0" (the model's first variable) for an empty objective or row: the reader meets it there.
  const first = model.variables.keys().next().value;
  const obj = feasibilityOnly ? [] : [...model.objective].filter(([v, c]) => c !== 0 && model.variables.has(v));
  if (obj.length === 0 && first !== undefined) see(first);
  for (const [v] of obj) see(v);
  let nonzeros = 0;
  for (const c of model.constraints) {
    if (c.expr.size === 0 && first !== undefined) see(first);
    for (const v of c.expr.keys()) see(v);
    nonzeros += c.expr.size;
  }
  // Then the Bounds section (continuous variables; every one when relaxed), then the Binaries section.
  const binary = (v: { type: string }) => v.type === "binary" && !relax;
  for (const v of model.variables.values()) if (!binary(v)) see(v.name);
  for (const v of model.variables.values()) if (binary(v)) see(v.name);
  const n = names.length;
  const m = model.constraints.length;
  const colCost = new Float64Array(n);
  const colLower = new Float64Array(n);
  const colUpper = new Float64Array(n);
  const integrality = new Int32Array(n);
  names.forEach((name, j) => {
    const v = model.variables.get(name)!;
    colLower[j] = v.lb;
    colUpper[j] = v.ub;
    if (binary(v)) integrality[j] = highs.constants.variableType.integer;
  });
  for (const [v, c] of obj) colCost[col.get(v)!] += c;
  const rowLower = new Float64Array(m);
  const rowUpper = new Float64Array(m);
  const starts = new Int32Array(m + 1);
  const indices = new Int32Array(nonzeros);
  const values = new Float64Array(nonzeros);
  let k = 0;
  model.constraints.forEach((c, i) => {
    starts[i] = k;
    for (const [v, a] of c.expr) {
      indices[k] = col.get(v)!;
      values[k++] = a;
    }
    rowLower[i] = c.op === "<=" ? -highs.infinity : c.rhs;
    rowUpper[i] = c.op === ">=" ? highs.infinity : c.rhs;
  });
  starts[m] = k;
  const data: ModelData = {
    numCols: n,
    numRows: m,
    sense: highs.constants.objectiveSense.maximize,
    colCost,
    colLower,
    colUpper,
    rowLower,
    rowUpper,
    matrix: { format: "csr", numRows: m, numCols: n, starts, indices, values },
    integrality,
  };
  return { data, names };
}

export function makeHighsEngine(highs: Highs): Engine {
  return {
    name: "highs",
    solve(model: LinearModel, options: EngineOptions): EngineResult {
      const started = performance.now();
      const { data, names } = toModelData(highs, model, options.feasibilityOnly, options.relax);
      // An objective with integer coefficients over binaries takes integer values only: once the dual bound is
      // less than 1 above the incumbent, nothing better exists — that is still a proof, and it spares HiGHS the
      // search for the last fraction of a unit on large schools (issue 11).
      const integral =
        !options.feasibilityOnly &&
        !options.relax &&
        [...model.objective].every(([v, c]) => Number.isInteger(c) && model.variables.get(v)?.type === "binary");
      return solveHighs(highs, { data, names, options, started, integral });
    },
  };
}

/**
 * Solve a model given as arrays (toModelData) or as CPLEX LP text. HiGHS' presolve fails now and then on a model it
 * can solve (status -1, "run failed"; seen on a generated infeasible all-kleuter school while explaining it): then
 * the same model once more without presolve.
 */
export function solveHighs(highs: Highs, run: Run): EngineResult {
  try {
    return solveOnce(highs, run);
  } catch (e) {
    if (!/status -1/.test((e as Error).message)) throw e;
    return solveOnce(highs, { ...run, extra: { ...run.extra, presolve: "off" } });
  }
}

export interface Run {
  /** CPLEX LP text with columns v0, v1, … (names[i] is vi's variable), or */
  text?: string;
  /** the arrays of toModelData (names[j] is column j's variable). */
  data?: ModelData;
  names: string[];
  options: EngineOptions;
  started: number;
  integral: boolean;
  /** HiGHS options on top of ours (e.g. presolve off for the retry). */
  extra?: Record<string, unknown>;
}

function solveOnce(highs: Highs, { text, data, names, options, started, integral, extra }: Run): EngineResult {
  const m = highs.createModel(data ?? { format: "lp", data: text ?? "" });
  try {
    m.options.set({
      ...extra,
      output_flag: false,
      // Writing and reading the LP text is part of the limit (on a 216-class school it takes about a second).
      time_limit: Math.max(0.01, options.timeLimitSeconds - (performance.now() - started) / 1000),
      mip_rel_gap: 0,
      mip_abs_gap: integral ? 0.999 : 1e-6,
      random_seed: 1,
      // No restart after the root node (issue 11). HiGHS restarts the search when reduced-cost fixing at the root
      // fixed a few % of the binaries, and then redoes the root's cut rounds on the smaller model. Measured on the
      // generated schools' MILPs alone: 48 classes 12,048 → 9,648 simplex iterations, CPU 6.3–8.3 → 3.6–5.9 s;
      // 96 classes 47,037 → 43,171 iterations, CPU 48 → 24–31 s (a busy machine). Schools whose root fixes too little to restart (the example schools, 24 and 36
      // classes) solve exactly as before. Optimality is proven either way.
      mip_allow_restart: false,
      ...(options.firstSolution ? { mip_max_improving_sols: 1 } : {}),
    } as never);
    // The MILP's first finite dual bound is its root LP's (HiGHS checks its callbacks a few dozen times a solve).
    let rootBound: number | undefined;
    const below = options.stopBelowAtRoot;
    m.run(
      below === undefined
        ? undefined
        : {
            [highs.constants.callbackType.mipInterrupt]: (e) => {
              const b = e.data.mip_dual_bound;
              if (rootBound !== undefined || b === undefined || !Number.isFinite(b)) return;
              rootBound = b;
              if (b < below) e.interrupt();
            },
          },
    );
    const status = m.getModelStatus();
    const K = highs.constants.modelStatus;
    const seconds = (performance.now() - started) / 1000;
    const work = {
      // HiGHS reports -1 for what a solve did not do (an LP has no nodes).
      nodes: Math.max(0, Number(m.info.get("mip_node_count")) || 0),
      iterations: Math.max(0, Number(m.info.get("simplex_iteration_count")) || 0),
    };
    const result = (r: Omit<EngineResult, "nodes" | "iterations">): EngineResult => ({ ...r, ...work });
    if (status === K.interrupted && rootBound !== undefined && below !== undefined && rootBound < below)
      return result({
        status: "timeout",
        objective: NaN,
        bound: rootBound,
        values: new Map(),
        seconds,
        stoppedAtRoot: true,
      });
    if (status === K.infeasible)
      return result({ status: "infeasible", objective: NaN, bound: NaN, values: new Map(), seconds });
    const hasSolution = Number(m.info.get("primal_solution_status")) === 2;
    const values = new Map<string, number>();
    if (hasSolution) {
      const col = m.getSolution().colValue;
      for (let j = 0; j < col.length; j++)
        values.set(data ? names[j] : names[Number(m.getColName(j).slice(1))], col[j]);
    }
    const objective = hasSolution ? m.getObjectiveValue() : NaN;
    const rawBound = Number(m.info.get("mip_dual_bound"));
    const bound = status === K.optimal ? objective : Number.isFinite(rawBound) ? rawBound : Infinity;
    if (status === K.optimal) return result({ status: "optimal", objective, bound, values, seconds });
    if (hasSolution)
      return result({
        status: options.feasibilityOnly ? "optimal" : "feasible",
        objective,
        bound,
        values,
        seconds,
      });
    if (status === K.timeLimit) return result({ status: "timeout", objective: NaN, bound, values, seconds });
    return result({
      status: "error",
      objective: NaN,
      bound: NaN,
      values,
      seconds,
      message: `HiGHS status ${status}`,
    });
  } finally {
    m.dispose();
  }
}
