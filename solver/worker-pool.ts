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

let spare: { worker: Worker; memoryMb: number } | undefined;

function startWorker(memoryMb: number): Worker {
  return new Worker(compiledWorkerPath(import.meta.url, "worker.js", "solver"), {
    resourceLimits: { maxOldGenerationSizeMb: memoryMb },
  });
}

/**
 * Start the next solve's worker now. It does not keep the process alive while it waits (a command that stops on bad
 * input exits as before), and a worker that fails to start is simply not used.
 */
export function prestartWorker(memoryMb = memoryLimitMb()): void {
  if (spare) return;
  const worker = startWorker(memoryMb);
  worker.unref();
  const drop = () => {
    if (spare?.worker === worker) spare = undefined;
  };
  worker.once("error", drop);
  worker.once("exit", drop);
  spare = { worker, memoryMb };
}

/** A worker for one job: the spare one when it has the same heap cap, else a new one. The caller terminates it. */
export function takeWorker(memoryMb: number): Worker {
  const ready = spare?.memoryMb === memoryMb ? spare.worker : undefined;
  spare = undefined;
  if (!ready) return startWorker(memoryMb);
  ready.removeAllListeners();
  ready.ref();
  return ready;
}

const TIMING = process.env.VRIJROOSTER_TIMING;
/** VRIJROOSTER_TIMING=<epoch ms> (e.g. `$(date +%s%3N)` in the shell): phases from then, the process's own start too. */
const ORIGIN = Number(TIMING) > 1e12 ? Number(TIMING) : Date.now() - process.uptime() * 1000;

/** VRIJROOSTER_TIMING=1: when each start-up phase of a solve ended, in ms since the process started (README, Benchmarks). */
export function timing(phase: string): void {
  if (TIMING) process.stderr.write(`[timing] ${String(Date.now() - ORIGIN).padStart(5)} ms ${phase}\n`);
}
