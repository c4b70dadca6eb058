// The solve of one job inside the worker thread (solver/worker.ts loads this module while HiGHS compiles).
import { parentPort } from "node:worker_threads";
import type { Candidate, Locks, Scenario, Timetable } from "../src/model/index.js";
import { solveCore, type SolveProgress } from "./core.js";
import { makeHighsEngine, type Highs } from "./engines/highs.js";
import { jslpEngine } from "./engines/jslp.js";
import { whatIf } from "./what-if.js";
import { timing } from "./worker-pool.js";

export interface Job {
  scenario: Scenario;
  candidates: number;
  timeLimitSeconds: number;
  /** When the result must be back (Date.now() scale), set by solve() when it was asked. */
  deadline: number;
  engine: "highs" | "jslp";
  locks?: Locks;
  /** "What would it take?" after the solve (or, with `baseline`, instead of it): its budget in seconds. */
  whatIf?: { seconds: number; goal?: string; baseline?: Candidate };
}

/** Solve one job (or answer "what would it take?" for a given week) and post the result to the caller. */
export function runJob(job: Job, loaded: Highs): void {
  const highs = makeHighsEngine(loaded);
  const onProgress = (p: SolveProgress) => parentPort!.postMessage({ type: "progress", progress: p });
  const engine = job.engine === "jslp" ? jslpEngine : highs;
  const asked = job.whatIf;
  if (asked?.baseline) {
    const w = whatIf(job.scenario, asked.baseline, {
      ...asked,
      engine,
      explainEngine: highs,
      onProgress,
      locks: job.locks,
    });
    parentPort!.postMessage({ type: "result", result: w });
    return;
  }
  const result: Timetable = solveCore(job.scenario, {
    candidates: job.candidates,
    timeLimitSeconds: job.timeLimitSeconds,
    deadline: job.deadline,
    locks: job.locks,
    engine,
    // Explaining takes dozens of small solves: javascript-lp-solver is too slow for it (README, Engines).
    explainEngine: highs,
    onProgress,
  });
  const best = result.candidates[0];
  if (asked && best)
    result.whatIf = whatIf(job.scenario, best, {
      ...asked,
      engine,
      explainEngine: highs,
      onProgress,
      locks: job.locks,
    });
  timing(`worker: solved (build ${result.stats?.buildMs} ms, engine ${result.stats?.solveMs} ms)`);
  parentPort!.postMessage({ type: "result", result });
}
