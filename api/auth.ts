// API key or browser session for everything, feed tokens for calendars. Keys and tokens are compared as sha256 hashes
// (constant time); feed tokens are only ever stored hashed.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { RequestHandler } from "express";
import type { Db } from "./db.js";
import { signInPage } from "./pages.js";
import { HttpProblem } from "./problem.js";
import { cookieValue, SESSION_COOKIE, touchSession } from "./sessions.js";

export const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

/** 32 random bytes = 256 bits, base64url (43 characters, URL-safe). */
export const newSecret = () => randomBytes(32).toString("base64url");

/**
 * The API key: the given one (VRIJROOSTER_API_KEY), else the one stored in <dataDir>/api-key, else a new
 * one written there (mode 0600). `generated` tells the caller to print it.
 */
export function resolveApiKey(dataDir: string, given?: string): { key: string; generated: boolean; file?: string } {
  if (given && given.trim()) return { key: given.trim(), generated: false };
  const file = join(dataDir, "api-key");
  if (existsSync(file)) {
    const key = readFileSync(file, "utf8").trim();
    if (key) return { key, generated: false, file };
  }
  mkdirSync(dataDir, { recursive: true });
  const key = newSecret();
  writeFileSync(file, key + "\n", { mode: 0o600 });
  return { key, generated: true, file };
}

export type AuthVia = { via: "api-key" } | { via: "session"; token: string };

/** Needs no sign-in: the sign-in link itself, the health check and calendar feeds (their token is the password). */
const OPEN = /^\/(login\/?|api\/health\/?|ical\/[^/]+)$/i;
/** Answered with problem+json; everything else (pages, assets, /docs) gets an HTML page. */
const API = /^\/(api(\/|$)|openapi\.json$)/i;
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

const originOf = (url: string) => {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
};

/**
 * The one gate in front of everything (mounted before the body parser, so an unauthenticated body is never
 * parsed): `Authorization: Bearer <API key>` or a live session cookie. Cookie-authenticated writes must come
 * from this server's own origin (CSRF). Sets res.locals.auth.
 */
export function authenticate(opts: { apiKey: string; db: Db; publicUrl?: string }): RequestHandler {
  const want = Buffer.from(sha256(opts.apiKey), "hex");
  const publicOrigin = opts.publicUrl ? originOf(opts.publicUrl) : undefined;
  return (req, res, next) => {
    if (OPEN.test(req.path)) return next();
    const m = /^Bearer\s+(\S+)\s*$/i.exec(req.get("authorization") ?? "");
    if (m) {
      if (!timingSafeEqual(Buffer.from(sha256(m[1]), "hex"), want)) {
        throw new HttpProblem(401, "unauthorized", "De API-sleutel is fout");
      }
      res.locals.auth = { via: "api-key" } satisfies AuthVia;
      return next();
    }
    const token = cookieValue(req.get("cookie"), SESSION_COOKIE);
    if (token && touchSession(opts.db, token)) {
      const origin = req.get("origin");
      if (!SAFE_METHODS.has(req.method) && origin !== undefined) {
        const own = [`${req.protocol}://${req.get("host")}`, publicOrigin];
        if (!own.includes(origin)) {
          const detail = `Dit verzoek komt van een andere website (${origin}) en werd geweigerd`;
          throw new HttpProblem(403, "forbidden", detail);
        }
      }
      res.locals.auth = { via: "session", token } satisfies AuthVia;
      return next();
    }
    if (API.test(req.path)) {
      const detail = "Meld u aan (aanmeldlink van npm start) of stuur 'Authorization: Bearer <API-sleutel>'";
      throw new HttpProblem(401, "unauthorized", detail);
    }
    res.status(401).type("html").setHeader("Cache-Control", "no-store");
    res.send(signInPage());
  };
}

/** Per route: the gate above must have let the request through (it always runs first). */
export const requireAuth: RequestHandler = (_req, res, next) => {
  if (!res.locals.auth) {
    throw new HttpProblem(401, "unauthorized", "Meld u aan of stuur 'Authorization: Bearer <API-sleutel>'");
  }
  next();
};
