// API key for write routes, feed tokens for calendars. Keys and tokens are compared as sha256 hashes
// (constant time); feed tokens are only ever stored hashed.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { RequestHandler } from "express";
import { HttpProblem } from "./problem.js";

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

export function requireApiKey(apiKey: string): RequestHandler {
  const want = Buffer.from(sha256(apiKey), "hex");
  return (req, _res, next) => {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(req.get("authorization") ?? "");
    const got = m ? Buffer.from(sha256(m[1]), "hex") : null;
    if (!got || !timingSafeEqual(got, want)) {
      throw new HttpProblem(401, "unauthorized", m ? "De API-sleutel is fout" : "Deze route vraagt 'Authorization: Bearer <API-sleutel>'");
    }
    next();
  };
}
