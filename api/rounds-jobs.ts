// Rounds jobs (issue 14): a rounds file planned against a candidate week, as a job of the existing queue (same
// progress, cancel and SSE as a solve). The planner runs in a worker thread; cancel terminates it. The plan is
// stored with the job's end in one transaction, so a cancelled job never leaves a plan behind.
import { Worker } from "node:worker_threads";
import { compiledWorkerPath } from "../solver/worker-pool.js";
import { InputError, type Candidate, type InputProblem, type Scenario } from "../src/model/index.js";
import { parseRounds, type Rounds, type RoundsPlan } from "../src/rounds/index.js";
import type { JobProgress, JobRow, Store } from "./store.js";
import { parseStoredScenario } from "./stored.js";

/** Past the limit (HiGHS, the greedy fallback and the checker): then the watchdog stops the worker. */
const WATCHDOG_GRACE_MS = 30_000;
const TICK_MS = 500;

class AbortError extends Error {
  constructor() {
    super("Geannuleerd");
    this.name = "AbortError";
  }
}

export function planInWorker(
  input: { rounds: Rounds; scenario: Scenario; week: Candidate; timeLimitSeconds?: number },
  opts: { signal: AbortSignal; onProgress: (p: JobProgress) => void },
): Promise<RoundsPlan> {
  const limit = input.timeLimitSeconds ?? input.rounds.settings.timeLimitSeconds;
  const t0 = Date.now();
  return new Promise((resolve, reject) => {
    if (opts.signal.aborted) return reject(new AbortError());
    const worker = new Worker(compiledWorkerPath(import.meta.url, "rounds-worker.js", "api"), { workerData: input });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearInterval(tick);
      clearTimeout(watchdog);
      opts.signal.removeEventListener("abort", onAbort);
      void worker.terminate();
      fn();
    };
    // The planner reports nothing while HiGHS works: the elapsed time against the limit is the progress.
    const progress = () => {
      const elapsedMs = Date.now() - t0;
      opts.onProgress({
        phase: "plan",
        message: "De sessies worden op datums en uren gezet (HiGHS)…",
        messageEn: "Placing the sessions on dates and times (HiGHS)…",
        elapsedMs,
        fraction: Math.min(0.99, elapsedMs / (limit * 1000)),
      });
    };
    progress();
    const tick = setInterval(progress, TICK_MS);
    const watchdog = setTimeout(
      () => finish(() => reject(new Error(`de planner stopte niet binnen ${limit} s (+ marge)`))),
      limit * 1000 + WATCHDOG_GRACE_MS,
    );
    const onAbort = () => finish(() => reject(new AbortError()));
    opts.signal.addEventListener("abort", onAbort);
    worker.on("message", (msg: { type: string; plan?: RoundsPlan; message?: string; problems?: InputProblem[] }) => {
      if (msg.type === "result") finish(() => resolve(msg.plan!));
      else if (msg.problems) finish(() => reject(new InputError(msg.message!, msg.problems)));
      else finish(() => reject(new Error(msg.message)));
    });
    worker.on("error", (e) => finish(() => reject(e)));
    worker.on("exit", (code) => finish(() => reject(new Error(`De planner stopte onverwacht (exit ${code})`))));
  });
}

/** Runs a rounds job to its end: the plan is stored and the job done, or an error is thrown (JobRunner records it). */
export async function runRoundsJob(
  store: Store,
  job: JobRow,
  opts: { signal: AbortSignal; onProgress: (p: JobProgress) => void },
): Promise<void> {
  const r = job.options.rounds!;
  const file = store.getRounds(r.id, r.version);
  const cand = store.getCandidate(r.candidate);
  const stored = cand && store.getScenario(cand.scenarioId, cand.scenarioVersion);
  if (!file || !cand || !stored)
    throw new InputError("Het rondebestand of het voorstel bestaat niet meer; plan opnieuw.");
  const rounds = parseRounds(file.body);
  const scenario = parseStoredScenario(stored.body);
  const plan = await planInWorker(
    { rounds, scenario, week: cand.candidate, timeLimitSeconds: job.options.timeLimitSeconds },
    opts,
  );
  store.db.transaction(() => {
    if (store.finishJob(job.id, "done", { resultStatus: plan.status }))
      store.insertRoundsPlan({
        roundsId: r.id,
        roundsVersion: r.version,
        scenarioId: cand.scenarioId,
        candidateId: cand.id,
        jobId: job.id,
        plan,
      });
  })();
}
