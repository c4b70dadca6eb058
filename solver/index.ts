// The solver's public API: solve(scenario) → Timetable, in a worker thread, with a time limit, progress
// and cancellation. Callers: the CLI (`vrijrooster solve`), the API's job queue, the benchmark.
import type { Candidate, LocksInput, Scenario, Timetable } from "../src/model/index.js";
import type { WhatIf } from "../src/model/what-if.js";
import type { SolveProgress } from "./core.js";
import { memoryLimitMb, takeWorker, timing } from "./worker-pool.js";

export type { SolveProgress } from "./core.js";
export { prestartWorker } from "./worker-pool.js";

export interface SolveOptions {
  /** Number of diverse candidates (default 3). */
  candidates?: number;
  /** Wall-clock budget for the whole solve in seconds (default 30). */
  timeLimitSeconds?: number;
  engine?: "highs" | "jslp";
  onProgress?: (p: SolveProgress) => void;
  signal?: AbortSignal;
  /** Parts of the week to keep or keep free (docs/locks.md); invalid locks reject with an InputError. */
  locks?: LocksInput;
  /**
   * Heap cap of the solve's worker in MB (default VRIJROOSTER_SOLVE_MEMORY_MB or 1536): a school too large for
   * the server stops with a clear reason instead of taking the server's memory.
   */
  memoryLimitMb?: number;
  /**
   * "What would it take?" (solver/what-if.ts): after the solve, re-solve single relaxations for every unmet goal
   * and for more shared minutes, within this many seconds on top of the time limit (`result.whatIf`).
   */
  whatIfSeconds?: number;
  /**
   * When the time limit started (Date.now() scale; default: now). The CLI passes its process start, so the limit
   * holds for the whole command, start-up included.
   */
  startedAt?: number;
}

/** A solve stopped because it needed more memory than allowed. */
export class SolveMemoryError extends Error {
  constructor(readonly limitMb: number) {
    super(
      `De berekening had meer dan ${limitMb} MB geheugen nodig en werd gestopt. Verklein de school (minder klassen of ` +
        `kandidaat-blokken) of geef de berekening meer geheugen (VRIJROOSTER_SOLVE_MEMORY_MB).`,
    );
    this.name = "SolveMemoryError";
  }
}

export class AbortError extends Error {
  constructor() {
    super("De berekening werd geannuleerd");
    this.name = "AbortError";
  }
}

/**
 * Extra time past the limit before the watchdog stops an engine that ignores its own limit: 5 % of the limit
 * (at least 0.2 s), so that every limit is honoured within 10 % (issue 11); the worker itself keeps a reserve
 * before the limit for what follows the engine, so the watchdog only fires on an engine that overran.
 */
export function watchdogGraceMs(timeLimitSeconds: number): number {
  return Math.max(200, Math.round(timeLimitSeconds * 50));
}

/** Extra time for "what would it take?" past its budget before the watchdog stops it. */
const WHAT_IF_GRACE_SECONDS = 10;

export async function solve(scenario: Scenario, opts: SolveOptions = {}): Promise<Timetable> {
  const timeLimitSeconds = opts.timeLimitSeconds ?? 30;
  const deadline = (opts.startedAt ?? Date.now()) + timeLimitSeconds * 1000;
  // The rule registry behind the locks loads only for a solve with locks (start-up, issue 11).
  const locks = opts.locks === undefined ? undefined : (await import("./locks.js")).parseLocks(opts.locks, scenario);
  const whatIf = opts.whatIfSeconds ? { seconds: opts.whatIfSeconds } : undefined;
  const job = {
    scenario,
    candidates: opts.candidates ?? 3,
    timeLimitSeconds,
    deadline,
    engine: opts.engine ?? "highs",
    locks,
    whatIf,
  };
  const timeout: Timetable = { status: "timeout", scenario: scenario.name, candidates: [], conflicts: [] };
  // What-if runs after the solve, on its own budget: the watchdog waits for it too.
  const whatIfMs = opts.whatIfSeconds ? (opts.whatIfSeconds + WHAT_IF_GRACE_SECONDS) * 1000 : 0;
  return runWorker<Timetable>(job, deadline + watchdogGraceMs(timeLimitSeconds) + whatIfMs, () => timeout, opts);
}

/**
 * "What would it take?" for one week of a scenario (the API's POST /api/candidates/{id}/what-if): single
 * relaxations re-solved within `seconds`, compared with that week; `goal` limits it to one goal.
 */
export function whatIfFor(
  scenario: Scenario,
  week: Candidate,
  opts: Pick<SolveOptions, "engine" | "onProgress" | "signal" | "memoryLimitMb"> & { seconds: number; goal?: string },
): Promise<WhatIf> {
  const deadline = Date.now() + opts.seconds * 1000;
  const job = {
    scenario,
    candidates: 1,
    timeLimitSeconds: opts.seconds,
    deadline,
    engine: opts.engine ?? "highs",
    whatIf: { seconds: opts.seconds, goal: opts.goal, baseline: week },
  };
  const empty: WhatIf = {
    compared: {
      rank: week.rank,
      goalsMet: week.metrics.goalsMet,
      releaseMinutes: week.metrics.releaseMinutes,
      proven: false,
    },
    targets: [],
    seconds: opts.seconds,
    budgetSeconds: opts.seconds,
    note: {
      nl: `De herberekeningen raakten niet klaar binnen ${opts.seconds} seconden: er is nog geen antwoord.`,
      en: `The re-solves did not finish within ${opts.seconds} seconds: there is no answer yet.`,
    },
  };
  // A last re-solve may overrun its share while its model is built: the watchdog gives it that time.
  return runWorker<WhatIf>(job, deadline + WHAT_IF_GRACE_SECONDS * 1000, () => empty, opts);
}

/** One job in a worker thread, with a watchdog at `watchdogAt` (Date.now() scale), cancellation and a memory cap. */
function runWorker<T>(
  job: object,
  watchdogAt: number,
  onWatchdog: () => T,
  opts: Pick<SolveOptions, "onProgress" | "signal" | "memoryLimitMb">,
): Promise<T> {
  return new Promise((resolve, reject) => {
    if (opts.signal?.aborted) return reject(new AbortError());
    const memoryMb = memoryLimitMb(opts.memoryLimitMb);
    // A worker started ahead (prestartWorker) has loaded its modules and HiGHS already; it gets the job now.
    const worker = takeWorker(memoryMb);
    worker.postMessage({ type: "job", job });
    timing("main: job posted");
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(watchdog);
      opts.signal?.removeEventListener("abort", onAbort);
      void worker.terminate();
      fn();
    };
    const watchdog = setTimeout(() => finish(() => resolve(onWatchdog())), Math.max(0, watchdogAt - Date.now()));
    const onAbort = () => finish(() => reject(new AbortError()));
    opts.signal?.addEventListener("abort", onAbort);
    worker.on("message", (msg: { type: string; progress?: SolveProgress; result?: T; message?: string }) => {
      if (msg.type === "progress" && msg.progress) opts.onProgress?.(msg.progress);
      else if (msg.type === "result") finish(() => (timing("main: result received"), resolve(msg.result!)));
      else if (msg.type === "error") finish(() => reject(new Error(msg.message)));
    });
    worker.on("error", (e: Error & { code?: string }) =>
      finish(() => reject(e.code === "ERR_WORKER_OUT_OF_MEMORY" ? new SolveMemoryError(memoryMb) : e)),
    );
    worker.on("exit", (code) => finish(() => reject(new Error(`Solver stopped unexpectedly (exit ${code})`))));
  });
}
