// Sign-in by link: one-time login codes (15 minutes, single use) and browser sessions (30 days). Both live in
// SQLite and are stored only as sha256 hashes, so a code can be issued by another process (the login-link
// command) and sessions survive a restart.
import { newSecret, sha256 } from "./auth.js";
import { now, type Db } from "./db.js";

export const LOGIN_CODE_TTL_MS = 15 * 60 * 1000;
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;
/** last_seen_at is written at most once a minute per session. */
const SEEN_WRITE_MS = 60 * 1000;
export const SESSION_COOKIE = "vr_session";

const isoIn = (ms: number) => new Date(Date.now() + ms).toISOString();

/** A fresh one-time code (256 bits, base64url); only its hash is stored. */
export function issueLoginCode(db: Db, ttlMs = LOGIN_CODE_TTL_MS): string {
  const code = newSecret();
  const t = now();
  db.prepare("DELETE FROM login_codes WHERE expires_at < ?").run(t);
  db.prepare("INSERT INTO login_codes (code_hash, created_at, expires_at) VALUES (?, ?, ?)").run(
    sha256(code),
    t,
    isoIn(ttlMs),
  );
  return code;
}

/** Marks the code used; true only the first time, and only within its validity. */
export function consumeLoginCode(db: Db, code: string): boolean {
  const t = now();
  const used = db
    .prepare("UPDATE login_codes SET used_at = ? WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?")
    .run(t, sha256(code), t);
  return used.changes === 1;
}

/** A new session; returns the token for the cookie (only its hash is stored). */
export function createSession(db: Db): { token: string; expiresAt: string } {
  const token = newSecret();
  const t = now();
  const expiresAt = isoIn(SESSION_TTL_MS);
  db.prepare("DELETE FROM sessions WHERE expires_at < ?").run(t);
  db.prepare("INSERT INTO sessions (token_hash, created_at, expires_at, last_seen_at) VALUES (?, ?, ?, ?)").run(
    sha256(token),
    t,
    expiresAt,
    t,
  );
  return { token, expiresAt };
}

/** Is this a live session? Updates last_seen_at (at most once a minute). */
export function touchSession(db: Db, token: string): boolean {
  const hash = sha256(token);
  const t = now();
  const row = db
    .prepare("SELECT last_seen_at AS seen FROM sessions WHERE token_hash = ? AND expires_at > ?")
    .get(hash, t) as { seen: string } | undefined;
  if (!row) return false;
  if (Date.now() - Date.parse(row.seen) >= SEEN_WRITE_MS) {
    db.prepare("UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?").run(t, hash);
  }
  return true;
}

export function endSession(db: Db, token: string): void {
  db.prepare("DELETE FROM sessions WHERE token_hash = ?").run(sha256(token));
}

/** The value of one cookie from a Cookie header. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const i = part.indexOf("=");
    if (i > 0 && part.slice(0, i).trim() === name) return part.slice(i + 1).trim();
  }
  return undefined;
}

export function sessionCookie(token: string, secure: boolean): string {
  const maxAge = Math.floor(SESSION_TTL_MS / 1000);
  return `${SESSION_COOKIE}=${token}; Max-Age=${maxAge}; Path=/; HttpOnly; SameSite=Strict${secure ? "; Secure" : ""}`;
}

export const clearedSessionCookie = (secure: boolean) =>
  `${SESSION_COOKIE}=; Max-Age=0; Path=/; HttpOnly; SameSite=Strict${secure ? "; Secure" : ""}`;
