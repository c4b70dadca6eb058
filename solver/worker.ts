// Worker thread entry: the engines are synchronous, so every solve runs here, off the main thread.
import { parentPort, workerData } from "node:worker_threads";
import type { Candidate, Locks, Scenario, Timetable } from "../src/model/index.js";
import { solveCore, type SolveProgress } from "./core.js";
import { loadHighs, makeHighsEngine } from "./engines/highs.js";
import { jslpEngine } from "./engines/jslp.js";
import { whatIf } from "./what-if.js";

interface Job {
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

async function run(job: Job) {
  const highs = makeHighsEngine(await loadHighs());
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
  parentPort!.postMessage({ type: "result", result });
}

run(workerData as Job).catch((e: Error) =>
  parentPort!.postMessage({ type: "error", message: e.message, stack: e.stack }),
);
