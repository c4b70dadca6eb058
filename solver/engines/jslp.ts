// javascript-lp-solver: the second engine, for small models and the atelier LP. Guard rails from
// the design: accept an answer only when it is integral (on a timeout it returns the fractional
// relaxation marked feasible), and rely on the worker watchdog — its timeout does not cover the first
// relaxation. Column names are v0, v1, … so that no id clashes with its result keys ("result", "feasible").
import { createRequire } from "node:module";
import type { LinearModel } from "../linear-model.js";
import type { Engine, EngineOptions, EngineResult } from "./engine.js";

const require = createRequire(import.meta.url);
interface JslpResult {
  feasible: boolean;
  result: number;
  bounded?: boolean;
  isIntegral?: boolean;
  [k: string]: number | boolean | undefined;
}
const solver = require("javascript-lp-solver") as { Solve(model: unknown): JslpResult };

export function toJslpModel(model: LinearModel, options: EngineOptions) {
  const names = [...model.variables.keys()];
  const idx = new Map(names.map((n, i) => [n, `v${i}`]));
  const variables: Record<string, Record<string, number>> = {};
  const binaries: Record<string, 1> = {};
  const constraints: Record<string, { min?: number; max?: number; equal?: number }> = {};
  for (const v of model.variables.values()) {
    const id = idx.get(v.name)!;
    variables[id] = {};
    if (v.type === "binary" && !options.relax) binaries[id] = 1;
    else {
      constraints[`ub_${id}`] = { max: v.ub };
      variables[id][`ub_${id}`] = 1;
      if (v.lb !== 0) {
        constraints[`lb_${id}`] = { min: v.lb };
        variables[id][`lb_${id}`] = 1;
      }
    }
    if (!options.feasibilityOnly) variables[id].obj = model.objective.get(v.name) ?? 0;
  }
  for (const c of model.constraints) {
    constraints[c.name] = c.op === "<=" ? { max: c.rhs } : c.op === ">=" ? { min: c.rhs } : { equal: c.rhs };
    for (const [v, k] of c.expr) variables[idx.get(v)!][c.name] = k;
  }
  return {
    names,
    model: {
      optimize: "obj",
      opType: "max",
      constraints,
      variables,
      binaries,
      options: { timeout: Math.max(10, options.timeLimitSeconds * 1000), tolerance: 0 },
    },
  };
}

export const jslpEngine: Engine = {
  name: "jslp",
  solve(model: LinearModel, options: EngineOptions): EngineResult {
    const started = performance.now();
    const { names, model: json } = toJslpModel(model, options);
    const r = solver.Solve(json);
    const seconds = (performance.now() - started) / 1000;
    if (!r.feasible) {
      return seconds >= options.timeLimitSeconds
        ? { status: "timeout", objective: NaN, bound: Infinity, values: new Map(), seconds }
        : { status: "infeasible", objective: NaN, bound: NaN, values: new Map(), seconds };
    }
    if (r.isIntegral !== true && !options.relax)
      return {
        status: "timeout",
        objective: NaN,
        bound: r.result,
        values: new Map(),
        seconds,
        message: "javascript-lp-solver gaf enkel een fractionele oplossing",
      };
    const values = new Map<string, number>();
    names.forEach((n, i) => values.set(n, Number(r[`v${i}`] ?? 0)));
    // Branch and bound ran to the end unless the time limit was hit: only then is it proven.
    const proven = seconds < options.timeLimitSeconds;
    const objective = options.feasibilityOnly
      ? 0
      : [...model.objective].reduce((s, [v, c]) => s + c * (values.get(v) ?? 0), 0);
    return {
      status: proven ? "optimal" : "feasible",
      objective,
      bound: proven ? objective : Infinity,
      values,
      seconds,
    };
  },
};
