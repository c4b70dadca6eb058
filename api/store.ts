// Data access: small synchronous functions over the SQLite file (one statement or one transaction each).
import type { Candidate, Conflict } from "../src/model/index.js";
import type { RoundsPlan } from "../src/rounds/index.js";
import { newId, now, type Db } from "./db.js";

export interface ScenarioRow {
  id: string;
  version: number;
  name: string;
  createdAt: string;
  updatedAt: string;
  /** The scenario this one was duplicated from (a variant), else null. */
  derivedFrom: string | null;
}
export type JobStatus = "queued" | "running" | "done" | "failed" | "cancelled";
export interface JobProgress {
  phase: string;
  message: string;
  messageEn?: string;
  elapsedMs: number;
  fraction?: number;
}
export interface JobOptions {
  /** A rounds job (issue 14): plan this version of a rounds file against this candidate week. */
  rounds?: { id: string; version: number; candidate: string };
  candidates?: number;
  timeLimitSeconds?: number;
  engine?: "highs" | "jslp";
  locks?: import("../src/model/index.js").Locks;
}
export interface JobError {
  code: string;
  message: string;
  messageEn?: string;
}
export interface JobRow {
  id: string;
  /** "solve": a school week; "rounds": a round of meetings planned into a solved week. */
  kind: "solve" | "rounds";
  scenarioId: string;
  scenarioVersion: number;
  options: JobOptions;
  status: JobStatus;
  progress: JobProgress | null;
  error: JobError | null;
  resultStatus: string | null;
  conflicts: Conflict[];
  candidates: string[];
  /** Why fewer candidates came back than asked (the timetable's candidatesNote), else null. */
  candidatesNote: { nl: string; en: string } | null;
  /** The plan a finished rounds job made, else null. */
  roundsPlan: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}
export interface CandidateRow {
  id: string;
  scenarioId: string;
  scenarioVersion: number;
  jobId: string | null;
  rank: number;
  createdAt: string;
  candidate: Candidate;
}
export interface FeedRow {
  id: string;
  tokenHash: string;
  scenarioId: string;
  candidateId: string;
  view: string;
  name: string;
  ics: string;
  etag: string;
  createdAt: string;
  updatedAt: string;
  revokedAt: string | null;
  /** The token itself (null for feeds made before tokens were kept, and for revoked feeds). */
  token: string | null;
}

export interface RoundsRow {
  id: string;
  scenarioId: string;
  version: number;
  latestVersion: number;
  name: string;
  createdAt: string;
  updatedAt: string;
}
export interface RoundsPlanRow {
  id: string;
  roundsId: string;
  roundsVersion: number;
  scenarioId: string;
  candidateId: string;
  jobId: string | null;
  createdAt: string;
  plan: RoundsPlan;
}

const json = <T>(s: string | null): T | null => (s == null ? null : (JSON.parse(s) as T));

export class Store {
  constructor(readonly db: Db) {}

  // ---------- scenarios (versioned: every PUT adds a version) ----------

  createScenario(name: string, body: unknown, derivedFrom: string | null = null): ScenarioRow {
    const id = newId("sc");
    const t = now();
    this.db.transaction(() => {
      this.db
        .prepare(
          "INSERT INTO scenarios (id, current_version, created_at, updated_at, derived_from) VALUES (?, 1, ?, ?, ?)",
        )
        .run(id, t, t, derivedFrom);
      this.db
        .prepare("INSERT INTO scenario_versions (scenario_id, version, name, body, created_at) VALUES (?, 1, ?, ?, ?)")
        .run(id, name, JSON.stringify(body), t);
    })();
    return { id, version: 1, name, createdAt: t, updatedAt: t, derivedFrom };
  }

  addScenarioVersion(id: string, name: string, body: unknown): ScenarioRow | null {
    return this.db.transaction(() => {
      const row = this.db
        .prepare("SELECT current_version AS v, created_at AS c, derived_from AS d FROM scenarios WHERE id = ?")
        .get(id) as { v: number; c: string; d: string | null } | undefined;
      if (!row) return null;
      const t = now();
      const version = row.v + 1;
      this.db
        .prepare("INSERT INTO scenario_versions (scenario_id, version, name, body, created_at) VALUES (?, ?, ?, ?, ?)")
        .run(id, version, name, JSON.stringify(body), t);
      this.db.prepare("UPDATE scenarios SET current_version = ?, updated_at = ? WHERE id = ?").run(version, t, id);
      return { id, version, name, createdAt: row.c, updatedAt: t, derivedFrom: row.d };
    })();
  }

  listScenarios(): ScenarioRow[] {
    return this.db
      .prepare(
        `SELECT s.id, s.current_version AS version, v.name, s.created_at AS createdAt, s.updated_at AS updatedAt,
                s.derived_from AS derivedFrom
         FROM scenarios s JOIN scenario_versions v ON v.scenario_id = s.id AND v.version = s.current_version ORDER BY s.created_at, s.id`,
      )
      .all() as ScenarioRow[];
  }

  getScenario(id: string, version?: number): (ScenarioRow & { body: unknown; latestVersion: number }) | null {
    const s = this.db
      .prepare(
        "SELECT current_version AS v, created_at AS c, updated_at AS u, derived_from AS d FROM scenarios WHERE id = ?",
      )
      .get(id) as { v: number; c: string; u: string; d: string | null } | undefined;
    if (!s) return null;
    const v = this.db
      .prepare("SELECT version, name, body FROM scenario_versions WHERE scenario_id = ? AND version = ?")
      .get(id, version ?? s.v) as { version: number; name: string; body: string } | undefined;
    if (!v) return null;
    return {
      id,
      version: v.version,
      name: v.name,
      createdAt: s.c,
      updatedAt: s.u,
      derivedFrom: s.d,
      latestVersion: s.v,
      body: JSON.parse(v.body),
    };
  }

  listVersions(id: string): { version: number; name: string; createdAt: string }[] {
    return this.db
      .prepare(
        "SELECT version, name, created_at AS createdAt FROM scenario_versions WHERE scenario_id = ? ORDER BY version",
      )
      .all(id) as never;
  }

  findScenarioByName(name: string): ScenarioRow | null {
    const row = this.listScenarios()
      .filter((s) => s.name === name)
      .pop();
    return row ?? null;
  }

  deleteScenario(id: string): boolean {
    // Children first, in one transaction (cascades alone crossed each other: candidates hang off both a
    // version and a job, feeds off both the scenario and a candidate).
    return this.db.transaction(() => {
      for (const table of ["feeds", "feed_state", "rounds_plans", "rounds", "candidates", "jobs", "scenario_versions"])
        this.db.prepare(`DELETE FROM ${table} WHERE scenario_id = ?`).run(id);
      return this.db.prepare("DELETE FROM scenarios WHERE id = ?").run(id).changes > 0;
    })();
  }

  // ---------- jobs ----------

  createJob(scenarioId: string, scenarioVersion: number, options: JobOptions): JobRow {
    const id = newId("job");
    this.db
      .prepare(
        "INSERT INTO jobs (id, scenario_id, scenario_version, options, status, created_at) VALUES (?, ?, ?, ?, 'queued', ?)",
      )
      .run(id, scenarioId, scenarioVersion, JSON.stringify(options), now());
    return this.getJob(id)!;
  }

  private jobFrom(r: Record<string, string | number | null>): JobRow {
    const candidates = (
      this.db.prepare("SELECT id FROM candidates WHERE job_id = ? ORDER BY rank").all(r.id) as { id: string }[]
    ).map((c) => c.id);
    const options = JSON.parse(r.options as string) as JobOptions;
    const plan = options.rounds
      ? (this.db.prepare("SELECT id FROM rounds_plans WHERE job_id = ?").get(r.id) as { id: string } | undefined)
      : undefined;
    return {
      id: r.id as string,
      kind: options.rounds ? "rounds" : "solve",
      scenarioId: r.scenario_id as string,
      scenarioVersion: r.scenario_version as number,
      options,
      status: r.status as JobStatus,
      progress: json(r.progress as string | null),
      error: json(r.error as string | null),
      resultStatus: r.result_status as string | null,
      conflicts: json(r.conflicts as string | null) ?? [],
      candidates,
      candidatesNote: json(r.candidates_note as string | null),
      roundsPlan: plan?.id ?? null,
      createdAt: r.created_at as string,
      startedAt: r.started_at as string | null,
      finishedAt: r.finished_at as string | null,
    };
  }

  getJob(id: string): JobRow | null {
    const r = this.db.prepare("SELECT * FROM jobs WHERE id = ?").get(id) as
      Record<string, string | number | null> | undefined;
    return r ? this.jobFrom(r) : null;
  }

  listJobs(scenarioId?: string): JobRow[] {
    const rows = scenarioId
      ? this.db.prepare("SELECT * FROM jobs WHERE scenario_id = ? ORDER BY created_at, rowid").all(scenarioId)
      : this.db.prepare("SELECT * FROM jobs ORDER BY created_at, rowid").all();
    return (rows as Record<string, string | number | null>[]).map((r) => this.jobFrom(r));
  }

  jobsWithStatus(status: JobStatus): string[] {
    return (
      this.db.prepare("SELECT id FROM jobs WHERE status = ? ORDER BY created_at, rowid").all(status) as { id: string }[]
    ).map((r) => r.id);
  }

  markJobRunning(id: string): void {
    this.db
      .prepare("UPDATE jobs SET status = 'running', started_at = ? WHERE id = ? AND status = 'queued'")
      .run(now(), id);
  }

  setJobProgress(id: string, progress: JobProgress): void {
    this.db
      .prepare("UPDATE jobs SET progress = ? WHERE id = ? AND status = 'running'")
      .run(JSON.stringify(progress), id);
  }

  /** Ends a queued or running job (false when it had already ended, e.g. cancelled meanwhile). */
  finishJob(
    id: string,
    status: Exclude<JobStatus, "queued" | "running">,
    fields: {
      error?: JobError;
      resultStatus?: string;
      conflicts?: Conflict[];
      candidates?: Candidate[];
      candidatesNote?: { nl: string; en: string };
    } = {},
  ): boolean {
    return this.db.transaction(() => {
      const job = this.db
        .prepare(
          "SELECT scenario_id AS s, scenario_version AS v FROM jobs WHERE id = ? AND status IN ('queued', 'running')",
        )
        .get(id) as { s: string; v: number } | undefined;
      if (!job) return false; // ended already, or the scenario (and its jobs) was deleted meanwhile
      const t = now();
      this.db
        .prepare(
          "UPDATE jobs SET status = ?, error = ?, result_status = ?, conflicts = ?, candidates_note = ?, finished_at = ? WHERE id = ?",
        )
        .run(
          status,
          fields.error ? JSON.stringify(fields.error) : null,
          fields.resultStatus ?? null,
          JSON.stringify(fields.conflicts ?? []),
          fields.candidatesNote ? JSON.stringify(fields.candidatesNote) : null,
          t,
          id,
        );
      const ins = this.db.prepare(
        "INSERT INTO candidates (id, scenario_id, scenario_version, job_id, rank, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
      );
      (fields.candidates ?? []).forEach((c, i) =>
        ins.run(newId("cand"), job.s, job.v, id, i + 1, JSON.stringify(c), t),
      );
      return true;
    })();
  }

  // ---------- candidates ----------

  private candFrom(r: Record<string, string | number | null>): CandidateRow {
    return {
      id: r.id as string,
      scenarioId: r.scenario_id as string,
      scenarioVersion: r.scenario_version as number,
      jobId: r.job_id as string | null,
      rank: r.rank as number,
      createdAt: r.created_at as string,
      candidate: JSON.parse(r.body as string),
    };
  }

  listCandidates(scenarioId: string): CandidateRow[] {
    return (
      this.db
        .prepare("SELECT * FROM candidates WHERE scenario_id = ? ORDER BY created_at, rank")
        .all(scenarioId) as Record<string, string | number | null>[]
    ).map((r) => this.candFrom(r));
  }

  getCandidate(id: string): CandidateRow | null {
    const r = this.db.prepare("SELECT * FROM candidates WHERE id = ?").get(id) as
      Record<string, string | number | null> | undefined;
    return r ? this.candFrom(r) : null;
  }

  // ---------- rounds files (versioned like scenarios) and their plans ----------

  createRounds(scenarioId: string, name: string, body: unknown): RoundsRow {
    const id = newId("rd");
    const t = now();
    this.db.transaction(() => {
      this.db
        .prepare("INSERT INTO rounds (id, scenario_id, current_version, created_at, updated_at) VALUES (?, ?, 1, ?, ?)")
        .run(id, scenarioId, t, t);
      this.db
        .prepare("INSERT INTO rounds_versions (rounds_id, version, name, body, created_at) VALUES (?, 1, ?, ?, ?)")
        .run(id, name, JSON.stringify(body), t);
    })();
    return { id, scenarioId, version: 1, latestVersion: 1, name, createdAt: t, updatedAt: t };
  }

  addRoundsVersion(id: string, name: string, body: unknown): RoundsRow | null {
    return this.db.transaction(() => {
      const row = this.getRounds(id);
      if (!row) return null;
      const t = now();
      const version = row.latestVersion + 1;
      this.db
        .prepare("INSERT INTO rounds_versions (rounds_id, version, name, body, created_at) VALUES (?, ?, ?, ?, ?)")
        .run(id, version, name, JSON.stringify(body), t);
      this.db.prepare("UPDATE rounds SET current_version = ?, updated_at = ? WHERE id = ?").run(version, t, id);
      return { ...row, version, latestVersion: version, name, updatedAt: t };
    })();
  }

  getRounds(id: string, version?: number): (RoundsRow & { body: unknown }) | null {
    const r = this.db
      .prepare(
        `SELECT r.id, r.scenario_id AS scenarioId, v.version, r.current_version AS latestVersion, v.name,
                r.created_at AS createdAt, r.updated_at AS updatedAt, v.body
         FROM rounds r JOIN rounds_versions v ON v.rounds_id = r.id AND v.version = COALESCE(?, r.current_version)
         WHERE r.id = ?`,
      )
      .get(version ?? null, id) as (RoundsRow & { body: string }) | undefined;
    return r ? { ...r, body: JSON.parse(r.body) } : null;
  }

  listRounds(scenarioId: string): RoundsRow[] {
    return this.db
      .prepare(
        `SELECT r.id, r.scenario_id AS scenarioId, r.current_version AS version, r.current_version AS latestVersion,
                v.name, r.created_at AS createdAt, r.updated_at AS updatedAt
         FROM rounds r JOIN rounds_versions v ON v.rounds_id = r.id AND v.version = r.current_version
         WHERE r.scenario_id = ? ORDER BY r.created_at, r.rowid`,
      )
      .all(scenarioId) as RoundsRow[];
  }

  /** Deletes a rounds file with its versions and plans; its feeds are revoked (their URLs answer 410). */
  deleteRounds(id: string): boolean {
    return this.db.transaction(() => {
      const revoke = "UPDATE feeds SET revoked_at = ?, token = NULL WHERE view LIKE ? AND revoked_at IS NULL";
      this.db.prepare(revoke).run(now(), `rounds:${id}:%`);
      return this.db.prepare("DELETE FROM rounds WHERE id = ?").run(id).changes > 0;
    })();
  }

  insertRoundsPlan(p: Omit<RoundsPlanRow, "id" | "createdAt">): RoundsPlanRow {
    const id = newId("rplan");
    const t = now();
    this.db
      .prepare(
        `INSERT INTO rounds_plans (id, rounds_id, rounds_version, scenario_id, candidate_id, job_id, body, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, p.roundsId, p.roundsVersion, p.scenarioId, p.candidateId, p.jobId, JSON.stringify(p.plan), t);
    return { ...p, id, createdAt: t };
  }

  private planFrom(r: Record<string, string | number | null>): RoundsPlanRow {
    return {
      id: r.id as string,
      roundsId: r.rounds_id as string,
      roundsVersion: r.rounds_version as number,
      scenarioId: r.scenario_id as string,
      candidateId: r.candidate_id as string,
      jobId: r.job_id as string | null,
      createdAt: r.created_at as string,
      plan: JSON.parse(r.body as string) as RoundsPlan,
    };
  }

  getRoundsPlan(id: string): RoundsPlanRow | null {
    const r = this.db.prepare("SELECT * FROM rounds_plans WHERE id = ?").get(id) as
      Record<string, string | number | null> | undefined;
    return r ? this.planFrom(r) : null;
  }

  listRoundsPlans(roundsId: string): RoundsPlanRow[] {
    const rows = this.db
      .prepare("SELECT * FROM rounds_plans WHERE rounds_id = ? ORDER BY created_at, rowid")
      .all(roundsId) as Record<string, string | number | null>[];
    return rows.map((r) => this.planFrom(r));
  }

  // ---------- feeds ----------

  private feedFrom(r: Record<string, string | null>): FeedRow {
    return {
      id: r.id!,
      tokenHash: r.token_hash!,
      scenarioId: r.scenario_id!,
      candidateId: r.candidate_id!,
      view: r.view!,
      name: r.name!,
      ics: r.ics!,
      etag: r.etag!,
      createdAt: r.created_at!,
      updatedAt: r.updated_at!,
      revokedAt: r.revoked_at,
      token: r.token ?? null,
    };
  }

  insertFeed(f: Omit<FeedRow, "id" | "createdAt" | "updatedAt" | "revokedAt">): FeedRow {
    const id = newId("feed");
    const t = now();
    this.db
      .prepare(
        `INSERT INTO feeds
           (id, token_hash, token, scenario_id, candidate_id, view, name, ics, etag, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, f.tokenHash, f.token, f.scenarioId, f.candidateId, f.view, f.name, f.ics, f.etag, t, t);
    return this.getFeed(id)!;
  }

  updateFeedContent(id: string, candidateId: string, name: string, ics: string, etag: string): void {
    this.db
      .prepare("UPDATE feeds SET candidate_id = ?, name = ?, ics = ?, etag = ?, updated_at = ? WHERE id = ?")
      .run(candidateId, name, ics, etag, now(), id);
  }

  getFeed(id: string): FeedRow | null {
    const r = this.db.prepare("SELECT * FROM feeds WHERE id = ?").get(id) as Record<string, string | null> | undefined;
    return r ? this.feedFrom(r) : null;
  }

  /** The live feed for a token hash (revoked feeds are not found). */
  feedByTokenHash(hash: string): FeedRow | null {
    const r = this.db.prepare("SELECT * FROM feeds WHERE token_hash = ? AND revoked_at IS NULL").get(hash) as
      Record<string, string | null> | undefined;
    return r ? this.feedFrom(r) : null;
  }

  /** Any feed for a token hash, revoked ones included (a revoked feed answers 410 Gone). */
  feedByTokenHashAny(hash: string): FeedRow | null {
    const r = this.db.prepare("SELECT * FROM feeds WHERE token_hash = ?").get(hash) as
      Record<string, string | null> | undefined;
    return r ? this.feedFrom(r) : null;
  }

  activeFeed(scenarioId: string, view: string): FeedRow | null {
    const r = this.db
      .prepare(
        "SELECT * FROM feeds WHERE scenario_id = ? AND view = ? AND revoked_at IS NULL ORDER BY created_at DESC LIMIT 1",
      )
      .get(scenarioId, view) as Record<string, string | null> | undefined;
    return r ? this.feedFrom(r) : null;
  }

  listFeeds(filter: { scenarioId?: string; candidateId?: string }): FeedRow[] {
    const rows = this.db
      .prepare(
        "SELECT * FROM feeds WHERE (? IS NULL OR scenario_id = ?) AND (? IS NULL OR candidate_id = ?) ORDER BY created_at, rowid",
      )
      .all(
        filter.scenarioId ?? null,
        filter.scenarioId ?? null,
        filter.candidateId ?? null,
        filter.candidateId ?? null,
      );
    return (rows as Record<string, string | null>[]).map((r) => this.feedFrom(r));
  }

  revokeFeed(id: string): boolean {
    // The token is forgotten with the feed: a revoked URL is never shown again.
    const sql = "UPDATE feeds SET revoked_at = ?, token = NULL WHERE id = ? AND revoked_at IS NULL";
    return this.db.prepare(sql).run(now(), id).changes > 0;
  }

  getFeedState<T>(scenarioId: string, view: string): T | undefined {
    const r = this.db
      .prepare("SELECT state FROM feed_state WHERE scenario_id = ? AND view = ?")
      .get(scenarioId, view) as { state: string } | undefined;
    return r ? (JSON.parse(r.state) as T) : undefined;
  }

  hasFeedState(scenarioId: string): boolean {
    return !!this.db.prepare("SELECT 1 FROM feed_state WHERE scenario_id = ? LIMIT 1").get(scenarioId);
  }

  setFeedState(scenarioId: string, view: string, state: unknown): void {
    this.db
      .prepare(
        "INSERT INTO feed_state (scenario_id, view, state) VALUES (?, ?, ?) ON CONFLICT (scenario_id, view) DO UPDATE SET state = excluded.state",
      )
      .run(scenarioId, view, JSON.stringify(state));
  }
}
