// Sign-in by link over real HTTP (127.0.0.1, port 0, SQLite in a temp dir): one-time codes, the session
// cookie, the gate in front of every page/asset/API route, CSRF, logout, restart, and the login-link command.
import Database from "better-sqlite3";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../api/server.js";
import { tinyInput } from "./helpers/tiny.js";

const KEY = "session-test-key-0123456789";
const quiet = () => {};
const dirs: string[] = [];
const tempDir = (prefix: string) => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
};

/** A stand-in for the Vite build: index.html and one hashed asset. */
function fakeWebDist(): string {
  const dir = tempDir("vrijrooster-web-");
  mkdirSync(join(dir, "assets"));
  writeFileSync(join(dir, "index.html"), "<!doctype html><title>Vrijrooster app</title><div id=root></div>");
  writeFileSync(join(dir, "assets", "app-abc123.js"), "console.log('app');");
  return dir;
}

const dataDir = tempDir("vrijrooster-session-");
const webDir = fakeWebDist();
let s: RunningServer;

beforeAll(async () => {
  s = await startServer({ port: 0, dataDir, apiKey: KEY, log: quiet, webDir });
});
afterAll(async () => {
  await s?.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(s.url + path, { headers, redirect: "manual" });

/** Follows a sign-in link the way a browser does; returns the Set-Cookie line and the cookie to send back. */
async function signIn(link: string) {
  const r = await fetch(link, { redirect: "manual" });
  expect(r.status).toBe(303);
  expect(r.headers.get("location")).toBe("/");
  const setCookie = r.headers.getSetCookie()[0] ?? "";
  return { setCookie, cookie: setCookie.split(";")[0] };
}

describe("sign-in by link", () => {
  it("a code becomes an HttpOnly, SameSite=Strict session cookie (256-bit token, 30 days)", async () => {
    const { setCookie, cookie } = await signIn(`${s.url}/login?code=${s.issueLoginCode()}`);
    expect(setCookie).toMatch(/^vr_session=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toMatch(/; HttpOnly/);
    expect(setCookie).toMatch(/; SameSite=Strict/);
    expect(setCookie).toMatch(/; Path=\//);
    expect(setCookie).toMatch(/; Max-Age=2592000/);
    expect(setCookie).not.toMatch(/Secure/); // plain http on localhost
    const who = await get("/api/session", { cookie });
    expect(who.status).toBe(200);
    expect(await who.json()).toEqual({ signedIn: true, via: "session" });
    // The session is stored hashed: the token itself is nowhere in the database.
    const db = new Database(join(dataDir, "vrijrooster.sqlite"), { readonly: true });
    const dump = JSON.stringify(db.prepare("SELECT * FROM sessions").all());
    db.close();
    expect(dump).not.toContain(cookie.split("=")[1]);
  });

  it("a code works once; unknown and missing codes get the Dutch 401 page", async () => {
    const code = s.issueLoginCode();
    await signIn(`${s.url}/login?code=${code}`);
    for (const path of [`/login?code=${code}`, "/login?code=nonsense", "/login"]) {
      const r = await get(path);
      expect(r.status).toBe(401);
      expect(r.headers.get("content-type")).toMatch(/text\/html/);
      expect(r.headers.getSetCookie()).toEqual([]);
      const html = await r.text();
      expect(html).toContain("Deze aanmeldlink is verlopen of al gebruikt.");
      expect(html).toContain("npx vrijrooster login-link");
      expect(html).toMatch(/lang="en"/);
    }
  });

  it("a browser that is signed in already and opens a used link again just gets the app", async () => {
    const code = s.issueLoginCode();
    const { cookie } = await signIn(`${s.url}/login?code=${code}`);
    const again = await get(`/login?code=${code}`, { cookie });
    expect(again.status).toBe(303);
    expect(again.headers.getSetCookie()).toEqual([]); // no new session
    expect((await get(`/login?code=${code}`, { cookie: "vr_session=forged" })).status).toBe(401);
  });

  it("next= opens a page of this app after signing in, never another host", async () => {
    const go = async (next: string) =>
      (await get(`/login?code=${s.issueLoginCode()}&next=${encodeURIComponent(next)}`)).headers.get("location");
    expect(await go("/s/sc-1/candidates/cand-2")).toBe("/s/sc-1/candidates/cand-2");
    for (const evil of ["//evil.example/x", "https://evil.example/", "/\\evil.example", "javascript:alert(1)"]) {
      expect(await go(evil)).toBe("/");
    }
  });

  it("an expired code is refused", async () => {
    const code = s.issueLoginCode();
    const db = new Database(join(dataDir, "vrijrooster.sqlite"));
    const past = new Date(Date.now() - 1000).toISOString();
    db.prepare("UPDATE login_codes SET expires_at = ? WHERE used_at IS NULL").run(past);
    db.close();
    expect((await get(`/login?code=${code}`)).status).toBe(401);
  });
});

describe("everything needs a session or the API key", () => {
  it("without either: 401 — problem+json for the API, a Dutch HTML page for pages and assets", async () => {
    for (const path of ["/api/scenarios", "/api/jobs", "/openapi.json", "/api/session", "/api/examples"]) {
      const r = await get(path);
      expect(r.status, path).toBe(401);
      expect(r.headers.get("content-type"), path).toMatch(/^application\/problem\+json/);
    }
    for (const path of ["/", "/docs", "/assets/app-abc123.js", "/scenarios/x/rooster"]) {
      const r = await get(path);
      expect(r.status, path).toBe(401);
      expect(r.headers.get("content-type"), path).toMatch(/text\/html/);
      const html = await r.text();
      expect(html).toContain("niet aangemeld");
      expect(html).not.toContain("console.log('app')");
    }
    // A wrong session cookie is no session.
    expect((await get("/api/scenarios", { cookie: "vr_session=forged" })).status).toBe(401);
  });

  it("open without sign-in: /login, /api/health and calendar feeds (their token is the password)", async () => {
    expect((await get("/api/health")).status).toBe(200);
    const feed = await get("/ical/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics");
    expect(feed.status).toBe(404); // unknown token, not "sign in"
  });

  it("the API key keeps working for scripts, pages included", async () => {
    const auth = { authorization: `Bearer ${KEY}` };
    for (const path of ["/api/scenarios", "/docs", "/openapi.json", "/"]) {
      expect((await get(path, auth)).status, path).toBe(200);
    }
    expect(await (await get("/api/session", auth)).json()).toEqual({ signedIn: true, via: "api-key" });
    expect((await get("/api/scenarios", { authorization: "Bearer wrong" })).status).toBe(401);
  });

  it("refuses an unauthenticated body without parsing it (no 400 for bad JSON, no 413 for a huge one)", async () => {
    const post = (body: string) =>
      fetch(s.url + "/api/scenarios", { method: "POST", headers: { "content-type": "application/json" }, body });
    expect((await post("{not json")).status).toBe(401);
    expect((await post(JSON.stringify({ pad: "x".repeat(6 * 1024 * 1024) }))).status).toBe(401);
  });

  it("serves the web app to a signed-in browser: immutable assets, index.html for app routes (no-store)", async () => {
    const { cookie } = await signIn(`${s.url}/login?code=${s.issueLoginCode()}`);
    const asset = await get("/assets/app-abc123.js", { cookie });
    expect(asset.status).toBe(200);
    expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(await asset.text()).toBe("console.log('app');");
    for (const path of ["/", "/scenarios/sc-1/rooster"]) {
      const page = await get(path, { cookie });
      expect(page.status, path).toBe(200);
      expect(page.headers.get("cache-control")).toBe("no-store");
      expect(await page.text()).toContain("Vrijrooster app");
    }
    expect((await get("/assets/missing.js", { cookie })).status).toBe(404);
    expect((await get("/api/nope", { cookie })).status).toBe(404);
    expect((await get("/docs", { cookie })).status).toBe(200);
  });
});

describe("session life", () => {
  it("cookie-authenticated writes must come from our own origin (CSRF)", async () => {
    const { cookie } = await signIn(`${s.url}/login?code=${s.issueLoginCode()}`);
    const post = (headers: Record<string, string>) =>
      fetch(s.url + "/api/scenarios", {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify(tinyInput()),
      });
    const evil = await post({ cookie, origin: "http://evil.example" });
    expect(evil.status).toBe(403);
    expect(evil.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect((await post({ cookie, origin: s.url })).status).toBe(201);
    expect((await post({ cookie })).status).toBe(201); // no Origin header (e.g. curl with the cookie)
    // Scripts with the key are not cookie-authenticated: no CSRF risk, no Origin check.
    expect((await post({ authorization: `Bearer ${KEY}`, origin: "http://evil.example" })).status).toBe(201);
  });

  it("logout ends the session and clears the cookie", async () => {
    const { cookie } = await signIn(`${s.url}/login?code=${s.issueLoginCode()}`);
    const out = await fetch(s.url + "/api/logout", { method: "POST", headers: { cookie, origin: s.url } });
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie()[0]).toMatch(/^vr_session=; Max-Age=0; Path=\/; HttpOnly; SameSite=Strict/);
    expect((await get("/api/session", { cookie })).status).toBe(401);
  });

  it("a session survives a restart of the server on the same data dir", async () => {
    const { cookie } = await signIn(`${s.url}/login?code=${s.issueLoginCode()}`);
    await s.close();
    s = await startServer({ port: 0, dataDir, apiKey: KEY, log: quiet, webDir });
    const r = await get("/api/session", { cookie });
    expect(r.status).toBe(200);
    expect((await r.json()).via).toBe("session");
  });

  it("`vrijrooster login-link` writes a code into the running server's database", async () => {
    const cli = join(import.meta.dirname, "..", "dist", "src", "cli", "main.js");
    const args = [cli, "login-link", "--data-dir", dataDir, "--url", s.url];
    const out = execFileSync(process.execPath, args, { encoding: "utf8" });
    const m = /^Open Vrijrooster: (http:\/\/\S+\/login\?code=[A-Za-z0-9_-]{43})$/m.exec(out);
    expect(m, out).not.toBeNull();
    const { cookie } = await signIn(m![1]);
    expect((await get("/api/scenarios", { cookie })).status).toBe(200);
    expect((await get(new URL(m![1]).pathname + new URL(m![1]).search)).status).toBe(401); // used now
  });

  it("without a built web app, / says how to build it (503)", async () => {
    const other = await startServer({
      port: 0,
      dataDir: tempDir("vrijrooster-session-nb-"),
      apiKey: KEY,
      log: quiet,
      webDir: join(webDir, "nope"),
    });
    try {
      const r = await fetch(other.url + "/", { headers: { authorization: `Bearer ${KEY}` } });
      expect(r.status).toBe(503);
      expect(await r.text()).toContain("De webapp is nog niet gebouwd: <code>npm run build</code>");
    } finally {
      await other.close();
    }
  });
});
