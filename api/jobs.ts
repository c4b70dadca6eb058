// Solve jobs (and rounds jobs, api/rounds-jobs.ts): a queue with a concurrency limit. The solver itself runs in a
// worker thread, so the event loop keeps serving requests. Job records live in SQLite; only the AbortControllers
// live in memory.
import { EventEmitter } from "node:events";
import { InputError } from "../src/model/index.js";
import { solve } from "./deps.js";
import type { JobOptions, JobProgress, JobRow, Store } from "./store.js";
import { runRoundsJob } from "./rounds-jobs.js";
import { parseStoredScenario } from "./stored.js";

const INTERRUPTED = {
  code: "interrupted",
  message: "De server stopte terwijl deze berekening liep; start ze opnieuw.",
  messageEn: "The server stopped while this job was running; submit it again.",
};
/** At most one progress write per job per interval (progress can arrive many times a second). */
const PROGRESS_WRITE_MS = 250;

interface Running {
  controller: AbortController;
  done: Promise<void>;
  progress?: JobProgress;
}

/** "progress": the job started or its progress changed (at most every PROGRESS_WRITE_MS); "end": it ended. */
export type JobEvent = "progress" | "end";

export class JobRunner {
  private queue: string[] = [];
  private running = new Map<string, Running>();
  private waiters = new Map<string, (() => void)[]>();
  private events = new EventEmitter().setMaxListeners(0);
  private closed = false;

  constructor(
    private readonly store: Store,
    readonly concurrency: number,
  ) {}

  /** After a restart: a job that was running when the server died failed; queued ones run again. */
  recover(): { interrupted: string[]; requeued: string[] } {
    const interrupted = this.store.jobsWithStatus("running");
    for (const id of interrupted) this.store.finishJob(id, "failed", { error: INTERRUPTED });
    const requeued = this.store.jobsWithStatus("queued");
    this.queue.push(...requeued);
    this.pump();
    return { interrupted, requeued };
  }

  submit(scenarioId: string, version: number, options: JobOptions): JobRow {
    const job = this.store.createJob(scenarioId, version, options);
    this.queue.push(job.id);
    this.pump();
    return this.get(job.id)!;
  }

  /** The stored job, with the freshest in-memory progress while it runs. */
  get(id: string): JobRow | null {
    const job = this.store.getJob(id);
    const r = this.running.get(id);
    if (job && r?.progress && job.status === "running") job.progress = r.progress;
    return job;
  }

  /** Cancel a queued or running job; false when it had already ended. */
  cancel(id: string): boolean {
    const ended = this.store.finishJob(id, "cancelled", {
      error: { code: "cancelled", message: "Geannuleerd", messageEn: "Cancelled" },
    });
    this.queue = this.queue.filter((q) => q !== id);
    this.running.get(id)?.controller.abort();
    if (ended) this.notify(id);
    return ended;
  }

  /** Resolves when the job has ended (done, failed or cancelled). */
  wait(id: string): Promise<JobRow> {
    const job = this.get(id);
    if (!job || !["queued", "running"].includes(job.status)) return Promise.resolve(job!);
    return new Promise((resolve) =>
      this.waiters.set(id, [...(this.waiters.get(id) ?? []), () => resolve(this.get(id)!)]),
    );
  }

  /** Listen to one job's events (read the job with get() in the listener); returns the unsubscribe function. */
  subscribe(id: string, listener: (event: JobEvent) => void): () => void {
    this.events.on(id, listener);
    return () => void this.events.off(id, listener);
  }

  get stats() {
    return { running: this.running.size, queued: this.queue.length, concurrency: this.concurrency };
  }

  /** Stop: running jobs are aborted and recorded as interrupted; queued ones stay queued for the next start. */
  async close(): Promise<void> {
    this.closed = true;
    this.queue = [];
    const all = [...this.running.entries()];
    for (const [id, r] of all) {
      this.store.finishJob(id, "failed", { error: INTERRUPTED });
      r.controller.abort();
    }
    await Promise.allSettled(all.map(([, r]) => r.done));
  }

  private notify(id: string): void {
    for (const w of this.waiters.get(id) ?? []) w();
    this.waiters.delete(id);
    this.events.emit(id, "end" satisfies JobEvent);
  }

  private pump(): void {
    while (!this.closed && this.running.size < this.concurrency && this.queue.length > 0) {
      const id = this.queue.shift()!;
      const controller = new AbortController();
      const entry: Running = { controller, done: Promise.resolve() };
      this.running.set(id, entry);
      this.store.markJobRunning(id); // synchronously: a crash from here on leaves a "running" record
      this.events.emit(id, "progress" satisfies JobEvent);
      entry.done = this.run(id, entry).finally(() => {
        this.running.delete(id);
        this.notify(id);
        this.pump();
      });
    }
  }

  private async run(id: string, entry: Running): Promise<void> {
    const job = this.store.getJob(id);
    if (!job || job.status !== "running") return; // cancelled or deleted while queued
    const stored = this.store.getScenario(job.scenarioId, job.scenarioVersion);
    if (!stored) return;
    let lastWrite = 0;
    const onProgress = (p: JobProgress) => {
      entry.progress = p;
      const t = Date.now();
      if (t - lastWrite >= PROGRESS_WRITE_MS) {
        lastWrite = t;
        this.store.setJobProgress(id, p);
        this.events.emit(id, "progress" satisfies JobEvent);
      }
    };
    try {
      if (job.options.rounds) {
        await runRoundsJob(this.store, job, { signal: entry.controller.signal, onProgress });
        return;
      }
      const scenario = parseStoredScenario(stored.body);
      const timetable = await solve(scenario, { ...job.options, signal: entry.controller.signal, onProgress });
      if (entry.progress) this.store.setJobProgress(id, entry.progress);
      this.store.finishJob(id, "done", {
        resultStatus: timetable.status,
        conflicts: timetable.conflicts,
        candidates: timetable.candidates,
        candidatesNote: timetable.candidatesNote,
      });
    } catch (e) {
      // A cancel or shutdown already wrote the final status; finishJob is a no-op then.
      if (entry.controller.signal.aborted || (e as Error).name === "AbortError") {
        this.store.finishJob(id, "cancelled", {
          error: { code: "cancelled", message: "Geannuleerd", messageEn: "Cancelled" },
        });
      } else if (e instanceof InputError) {
        this.store.finishJob(id, "failed", { error: { code: "invalid-input", message: e.message } });
      } else {
        if (process.env.VRIJROOSTER_DEBUG) console.error(e);
        this.store.finishJob(id, "failed", {
          error: { code: "solver-error", message: `De rekenmotor faalde: ${(e as Error).message}` },
        });
      }
    }
  }
}
