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
  /**
   * The MILP stopped right after its root LP because the bound there was below `options.stopBelowAtRoot`: no week,
   * `bound` is that root bound (an upper bound on this model's objective). Only engines that support it set it.
   */
  stoppedAtRoot?: boolean;
}

export interface EngineOptions {
  timeLimitSeconds: number;
  /** Stop at the first feasible point (feasibility checks while explaining). */
  feasibilityOnly?: boolean;
  /** Stop at the first feasible week found (its status is then `feasible`, unless it is proven optimal). */
  firstSolution?: boolean;
  /** Solve the LP relaxation (binaries as 0 ≤ x ≤ 1): a cheap upper bound. */
  relax?: boolean;
  /**
   * Stop a MILP right after its root LP when the bound there is below this: another model promises more (the
   * caller solves that one first, and this one later if its bound still can beat the week found). Optional to honour.
   */
  stopBelowAtRoot?: number;
}

export interface Engine {
  name: "highs" | "jslp";
  solve(model: LinearModel, options: EngineOptions): EngineResult;
}
