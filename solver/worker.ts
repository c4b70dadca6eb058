// Worker thread entry: the engines are synchronous, so every solve runs here, off the main thread. The worker loads
// HiGHS as soon as it starts and then waits for its one job (a message from solver/index.ts): started ahead of time
// (solver/worker-pool.ts), its loading overlaps the caller's.
import { parentPort } from "node:worker_threads";
import type { Candidate, Locks, Scenario, Timetable } from "../src/model/index.js";
import { solveCore, type SolveProgress } from "./core.js";
import { loadHighs, makeHighsEngine } from "./engines/highs.js";
import { jslpEngine } from "./engines/jslp.js";
import { whatIf } from "./what-if.js";
import { timing } from "./worker-pool.js";

timing("worker: modules loaded");

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

// The WebAssembly compiles while the job is on its way.
const highsLoaded = loadHighs();
void highsLoaded.then(() => timing("worker: HiGHS loaded"));
highsLoaded.catch(() => {}); // a failed load is reported to the job that awaits it

async function run(job: Job) {
  timing("worker: job received");
  const highs = makeHighsEngine(await highsLoaded);
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

parentPort!.once("message", (msg: { type: "job"; job: Job }) =>
  run(msg.job).catch((e: Error) => parentPort!.postMessage({ type: "error", message: e.message, stack: e.stack })),
);
