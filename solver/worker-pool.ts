// The solver's worker threads, started before they are needed (issue 11: start-up is most of a small solve). A worker
// loads its modules and HiGHS' WebAssembly as soon as it starts and then waits for its job, so `prestartWorker()`
// at the very start of `vrijrooster solve` lets that loading overlap the command's own (reading and validating the
// scenario). Every job still runs in its own worker under the watchdog of solver/index.ts: a spare worker is taken
// by one job only and ends with it. This module imports nothing heavy, so the CLI can call it before anything else.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

const DEFAULT_MEMORY_MB = 1536;

/** Heap cap of a solve's worker: the caller's, else VRIJROOSTER_SOLVE_MEMORY_MB, else 1536 MB. */
export function memoryLimitMb(asked?: number): number {
  return asked ?? (Number(process.env.VRIJROOSTER_SOLVE_MEMORY_MB) || DEFAULT_MEMORY_MB);
}

/**
 * A compiled worker script beside the calling module (`moduleUrl` = its import.meta.url): dist/cli/<file> in the
 * bundled CLI, dist/<distDir>/<file> from tsc (tests run from TypeScript sources, a worker always runs compiled JS).
 */
export function compiledWorkerPath(moduleUrl: string, file: string, distDir: string): string {
  const here = fileURLToPath(moduleUrl);
  if (here.endsWith(".js")) return join(dirname(here), file);
  const compiled = join(dirname(here), "..", "dist", distDir, file);
  if (!existsSync(compiled)) throw new Error(`Build first (npm run build): dist/${distDir}/${file} is missing`);
  return compiled;
}

let spare: { worker: Worker; memoryMb: number; warmedUp?: Promise<void> } | undefined;
/** Keep a warmed-up spare worker at all times (keepWarmWorker): for long-lived processes only. */
let keepWarm: { memoryMb: number } | undefined;

function startWorker(memoryMb: number, warm = false): Worker {
  return new Worker(compiledWorkerPath(import.meta.url, "worker.js", "solver"), {
    resourceLimits: { maxOldGenerationSizeMb: memoryMb },
    workerData: { warm },
  });
}

/**
 * Start the next solve's worker now. It does not keep the process alive while it waits (a command that stops on bad
 * input exits as before), and a worker that fails to start is simply not used. `warm`: it also solves a tiny school
 * while it waits (solver/warm-up.ts) — worth it only where it would otherwise sit idle.
 */
export function prestartWorker(memoryMb = memoryLimitMb(), warm = false): void {
  if (spare) return;
  const worker = startWorker(memoryMb, warm);
  worker.unref();
  const drop = () => {
    if (spare?.worker === worker) spare = undefined;
  };
  worker.once("error", drop);
  worker.once("exit", drop);
  const warmedUp = warm
    ? new Promise<void>((resolve) => worker.on("message", (m: { type?: string }) => m.type === "warm" && resolve()))
    : undefined;
  spare = { worker, memoryMb, warmedUp };
}

/**
 * For a long-lived process (the API server): from now on a spare worker waits that has loaded everything and solved
 * a tiny school once, so a job starts on compiled code; when a job's worker ends, the next spare starts (not before:
 * its warm-up would take CPU from the job). `false` stops that and ends the idle spare (the server's close).
 */
export function keepWarmWorker(on: boolean, memoryMb = memoryLimitMb()): void {
  keepWarm = on ? { memoryMb } : undefined;
  if (on) prestartWorker(memoryMb, true);
  else if (spare) {
    void spare.worker.terminate();
    spare = undefined;
  }
}

/** The spare worker, if any: whether it warms up and when it has (for tests and the bench). */
export function spareWorker(): { warm: boolean; warmedUp: Promise<void> } | undefined {
  return spare && { warm: !!spare.warmedUp, warmedUp: spare.warmedUp ?? Promise.resolve() };
}

/** A worker for one job: the spare one when it has the same heap cap, else a new one. The caller terminates it. */
export function takeWorker(memoryMb: number): Worker {
  const ready = spare?.memoryMb === memoryMb ? spare.worker : undefined;
  spare = undefined;
  const worker = ready ?? startWorker(memoryMb);
  if (ready) {
    ready.removeAllListeners();
    ready.ref();
  }
  worker.once("exit", () => keepWarm && prestartWorker(keepWarm.memoryMb, true));
  return worker;
}

const TIMING = process.env.VRIJROOSTER_TIMING;
/** VRIJROOSTER_TIMING=<epoch ms> (e.g. `$(date +%s%3N)` in the shell): phases from then, the process's own start too. */
const ORIGIN = Number(TIMING) > 1e12 ? Number(TIMING) : Date.now() - process.uptime() * 1000;

/** VRIJROOSTER_TIMING=1: when each start-up phase of a solve ended, in ms since the process started (README, Benchmarks). */
export function timing(phase: string): void {
  if (TIMING) process.stderr.write(`[timing] ${String(Math.round(Date.now() - ORIGIN)).padStart(5)} ms ${phase}\n`);
}
