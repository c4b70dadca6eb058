// Worker thread entry: the engines are synchronous, so every solve runs here, off the main thread.
import { parentPort, workerData } from "node:worker_threads";
import type { Locks, Scenario } from "../src/model/index.js";
import { solveCore } from "./core.js";
import { loadHighs, makeHighsEngine } from "./engines/highs.js";
import { jslpEngine } from "./engines/jslp.js";

interface Job {
  scenario: Scenario;
  candidates: number;
  timeLimitSeconds: number;
  /** When the result must be back (Date.now() scale), set by solve() when it was asked. */
  deadline: number;
  engine: "highs" | "jslp";
  locks?: Locks;
}

async function run(job: Job) {
  const highs = makeHighsEngine(await loadHighs());
  const result = solveCore(job.scenario, {
    candidates: job.candidates,
    timeLimitSeconds: job.timeLimitSeconds,
    deadline: job.deadline,
    locks: job.locks,
    engine: job.engine === "jslp" ? jslpEngine : highs,
    // Explaining takes dozens of small solves: javascript-lp-solver is too slow for it (README, Engines).
    explainEngine: highs,
    onProgress: (p) => parentPort!.postMessage({ type: "progress", progress: p }),
  });
  parentPort!.postMessage({ type: "result", result });
}

run(workerData as Job).catch((e: Error) =>
  parentPort!.postMessage({ type: "error", message: e.message, stack: e.stack }),
);
