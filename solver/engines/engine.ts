// One small interface for every MILP engine. Engines are synchronous: call them in a worker thread.
import type { LinearModel } from "../linear-model.js";

export interface EngineResult {
  status: "optimal" | "feasible" | "infeasible" | "timeout" | "error";
  objective: number;
  /** Best proven bound on the objective (maximisation: an upper bound). */
  bound: number;
  values: Map<string, number>;
  seconds: number;
  message?: string;
  /** Branch-and-bound nodes and simplex iterations the engine needed (HiGHS; for the benchmark). */
  nodes?: number;
  iterations?: number;
}

export interface EngineOptions {
  timeLimitSeconds: number;
  /** Stop at the first feasible point (feasibility checks while explaining). */
  feasibilityOnly?: boolean;
  /** Stop at the first feasible week found (its status is then `feasible`, unless it is proven optimal). */
  firstSolution?: boolean;
  /** Solve the LP relaxation (binaries as 0 ≤ x ≤ 1): a cheap upper bound. */
  relax?: boolean;
}

export interface Engine {
  name: "highs" | "jslp";
  solve(model: LinearModel, options: EngineOptions): EngineResult;
}
