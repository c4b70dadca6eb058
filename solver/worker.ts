// Worker thread entry: the engines are synchronous, so every solve runs here, off the main thread. The worker starts
// compiling HiGHS' WebAssembly first (on V8's background threads), loads the solve's modules meanwhile, and then
// waits for its one job (a message from solver/index.ts): started ahead of time (solver/worker-pool.ts), all this
// overlaps the caller's own loading (issue 11).
import { parentPort, workerData } from "node:worker_threads";
import { loadHighs, loadOptimisedHighs } from "./engines/highs.js";
import type { Job } from "./worker-job.js";
import { timing } from "./worker-pool.js";

const highsLoaded = loadHighs();
void highsLoaded.then(() => timing("worker: HiGHS loaded"));
highsLoaded.catch(() => {}); // a failed load is reported to the job that awaits it
const jobModule = import("./worker-job.js");
void jobModule.then(() => timing("worker: modules loaded"));

// A spare worker of a long-lived process (the API server) warms up while it waits: see solver/warm-up.ts.
const warmed: Promise<void> = (workerData as { warm?: boolean } | undefined)?.warm
  ? Promise.all([highsLoaded, import("./warm-up.js")]).then(([highs, { warmUp }]) => {
      warmUp(highs);
      timing("worker: warmed up");
      parentPort!.postMessage({ type: "warm" });
    })
  : Promise.resolve();
warmed.catch(() => {});

/**
 * Classes from which a solve takes long enough for V8's optimised HiGHS to pay (solver/engines/highs.ts). Measured
 * on the generated schools, whole processes: 36 classes 2.7 s without it, 3.3 s with it; 48 classes 5.0 s / 5.1 s;
 * 96 classes 22–23 s / 16.6 s.
 */
const LONG_SOLVE_CLASSES = 60;
const isLongSolve = (job: Job) => job.scenario.groups.length >= LONG_SOLVE_CLASSES;

async function run(job: Job) {
  timing("worker: job received");
  const { runJob } = await jobModule;
  await warmed.catch(() => {});
  runJob(job, await (isLongSolve(job) ? loadOptimisedHighs() : highsLoaded));
}

parentPort!.once("message", (msg: { type: "job"; job: Job }) =>
  run(msg.job).catch((e: Error) => parentPort!.postMessage({ type: "error", message: e.message, stack: e.stack })),
);
