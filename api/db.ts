// Persistence: one SQLite file (better-sqlite3) under the data directory. Every acknowledged write is a
// committed transaction (WAL + synchronous=FULL), so a kill -9 loses nothing the API said it stored.
import Database from "better-sqlite3";
import { randomBytes } from "node:crypto";
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from "node:fs";
import { join } from "node:path";
import { InputError } from "../src/model/index.js";

/** Ordered schema migrations; the `migrations` table records which ones ran. Append only. */
const MIGRATIONS: { name: string; sql: string }[] = [
  {
    name: "001-initial",
    sql: `
      CREATE TABLE scenarios (
        id TEXT PRIMARY KEY,
        current_version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE scenario_versions (
        scenario_id TEXT NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        name TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (scenario_id, version)
      );
      CREATE TABLE jobs (
        id TEXT PRIMARY KEY,
        scenario_id TEXT NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
        scenario_version INTEGER NOT NULL,
        options TEXT NOT NULL,
        status TEXT NOT NULL,
        progress TEXT,
        error TEXT,
        result_status TEXT,
        conflicts TEXT,
        created_at TEXT NOT NULL,
        started_at TEXT,
        finished_at TEXT
      );
      CREATE INDEX jobs_status ON jobs(status);
      CREATE TABLE candidates (
        id TEXT PRIMARY KEY,
        scenario_id TEXT NOT NULL,
        scenario_version INTEGER NOT NULL,
        job_id TEXT REFERENCES jobs(id) ON DELETE SET NULL,
        rank INTEGER NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        FOREIGN KEY (scenario_id, scenario_version) REFERENCES scenario_versions(scenario_id, version) ON DELETE CASCADE
      );
      CREATE INDEX candidates_scenario ON candidates(scenario_id);
      CREATE TABLE feeds (
        id TEXT PRIMARY KEY,
        token_hash TEXT NOT NULL UNIQUE,
        scenario_id TEXT NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
        candidate_id TEXT NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        view TEXT NOT NULL,
        name TEXT NOT NULL,
        ics TEXT NOT NULL,
        etag TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        revoked_at TEXT
      );
      CREATE INDEX feeds_scenario_view ON feeds(scenario_id, view);
      -- SEQUENCE per event UID, kept per (scenario, view) so a republish bumps it even under a new token.
      CREATE TABLE feed_state (
        scenario_id TEXT NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
        view TEXT NOT NULL,
        state TEXT NOT NULL,
        PRIMARY KEY (scenario_id, view)
      );
    `,
  },
  {
    // The web app: sign-in by link (one-time codes, sessions), variants (derived_from), feed URLs shown again.
    name: "002-web",
    sql: `
      ALTER TABLE scenarios ADD COLUMN derived_from TEXT;
      ALTER TABLE feeds ADD COLUMN token TEXT;
      CREATE TABLE login_codes (
        code_hash TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        used_at TEXT
      );
      CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        last_seen_at TEXT NOT NULL
      );
      CREATE INDEX sessions_expires ON sessions(expires_at);
    `,
  },
  {
    // Issue 10: why a solve returned fewer candidates than asked ({nl, en}), shown on the solve page.
    name: "003-candidates-note",
    sql: `ALTER TABLE jobs ADD COLUMN candidates_note TEXT;`,
  },
  {
    // Issue 14: rounds files beside a scenario (versioned like scenarios) and their plans (one per rounds job).
    name: "004-rounds",
    sql: `
      CREATE TABLE rounds (
        id TEXT PRIMARY KEY,
        scenario_id TEXT NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
        current_version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX rounds_scenario ON rounds(scenario_id);
      CREATE TABLE rounds_versions (
        rounds_id TEXT NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        name TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (rounds_id, version)
      );
      CREATE TABLE rounds_plans (
        id TEXT PRIMARY KEY,
        rounds_id TEXT NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
        rounds_version INTEGER NOT NULL,
        scenario_id TEXT NOT NULL,
        candidate_id TEXT NOT NULL,
        job_id TEXT,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX rounds_plans_rounds ON rounds_plans(rounds_id);
      CREATE INDEX rounds_plans_job ON rounds_plans(job_id);
    `,
  },
];

export type Db = Database.Database;

export const DB_FILE = "vrijrooster.sqlite";

/**
 * The data directory (mode 0700) and the database with its -wal and -shm (0600): they hold staff names and
 * feed tokens, so only the user running Vrijrooster may read them. A directory made by an older version is
 * tightened on start (when we own it). Problems the user can fix are InputErrors (the CLI exits 2).
 */
export function prepareDataDir(dataDir: string): string {
  if (existsSync(dataDir) && !statSync(dataDir).isDirectory())
    throw new InputError(
      `De gegevensmap ${dataDir} is een bestand, geen map. Kies een andere map met --data-dir (of VRIJROOSTER_DATA_DIR), of verplaats dat bestand.`,
    );
  try {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    chmodSync(dataDir, 0o700);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EPERM" && existsSync(dataDir)) return join(dataDir, DB_FILE); // not ours: leave its mode alone
    throw new InputError(
      `Kan de gegevensmap ${dataDir} niet maken of gebruiken (${code ?? "onbekende fout"}). Kies een map waarin u mag schrijven met --data-dir (of VRIJROOSTER_DATA_DIR).`,
    );
  }
  const file = join(dataDir, DB_FILE);
  // Created 0600 before SQLite opens it: SQLite gives -wal and -shm the mode of the database file.
  closeSync(openSync(file, "a", 0o600));
  return file;
}

/** 0600 for the database and its -wal/-shm (also when an older version made them 0644). */
export function tightenDbFiles(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) chmodSync(f, 0o600);
}

export function openDb(dataDir: string): Db {
  const file = prepareDataDir(dataDir);
  let db: Db | undefined;
  try {
    db = new Database(file);
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = FULL");
    db.pragma("foreign_keys = ON");
    db.pragma("busy_timeout = 5000");
    migrate(db);
  } catch (e) {
    db?.close();
    const code = (e as { code?: string }).code ?? "";
    if (code === "SQLITE_NOTADB" || code === "SQLITE_CORRUPT")
      throw new InputError(
        `${file} is geen Vrijrooster-database (of is beschadigd). Kies een andere map met --data-dir, of verplaats dat bestand en start opnieuw (een lege database wordt dan gemaakt).`,
      );
    if (code.startsWith("SQLITE_CANTOPEN") || code.startsWith("SQLITE_READONLY") || code === "SQLITE_PERM")
      throw new InputError(
        `Kan ${file} niet openen of niet schrijven (${code}). Kijk de rechten na of kies een andere map met --data-dir.`,
      );
    throw e;
  }
  tightenDbFiles(file);
  return db;
}

export function migrate(db: Db): string[] {
  db.exec(
    "CREATE TABLE IF NOT EXISTS migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, applied_at TEXT NOT NULL)",
  );
  const done = new Set((db.prepare("SELECT name FROM migrations").all() as { name: string }[]).map((r) => r.name));
  const applied: string[] = [];
  for (const m of MIGRATIONS) {
    if (done.has(m.name)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare("INSERT INTO migrations (name, applied_at) VALUES (?, ?)").run(m.name, now());
    })();
    applied.push(m.name);
  }
  return applied;
}

export const now = () => new Date().toISOString();

/** Short random ids with a readable prefix (ids are not secrets; feed tokens are made elsewhere). */
export const newId = (prefix: string) => `${prefix}-${randomBytes(6).toString("base64url")}`;
