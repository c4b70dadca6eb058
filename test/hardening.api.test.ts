// Hardening of the API (issue 12), over real HTTP on a real SQLite file: control characters refused at the
// field, a private data directory, security headers, no credential echoed, the key checked before the body
// is read, capped error lists, unknown keys named, the normalised scenario stored, bounded numbers, real
// dates, 409 on deleting a published scenario, compare across schools 422, one token per view, and feeds:
// 410 when revoked, gzip, ETag equal iff content equal, Last-Modified that cannot hide a change.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../api/server.js";
import { parseScenario, type ScenarioInput } from "../src/model/index.js";
import { request, type Reply } from "./helpers/http.js";
import { tinyInput, tinyReleaseCandidate, tinyReleaseInput } from "./helpers/tiny.js";

const KEY = "hardening-key-0123456789abcdef";
const dataDir = join(mkdtempSync(join(tmpdir(), "vrijrooster-hardening-")), "data");
let s: RunningServer;

const call = (method: string, path: string, body?: unknown, key: string | null = KEY) =>
  request(s.url, method, path, { key, body });

function expectFieldProblem(r: Reply, status: number, field: string, detail?: RegExp) {
  expect(r.status, r.text.slice(0, 500)).toBe(status);
  expect(r.type).toMatch(/^application\/problem\+json/);
  const fields = (r.json.errors ?? []).map((e: { field: string }) => e.field);
  expect(fields).toContain(field);
  if (detail) expect(r.json.errors.find((e: { field: string }) => e.field === field).detail).toMatch(detail);
}

/** A candidate stored as a finished solve job would store it (no solver needed for feed tests). */
function storeCandidate(scenarioId: string, version = 1): string {
  const job = s.ctx.store.createJob(scenarioId, version, {});
  s.ctx.store.finishJob(job.id, "done", { resultStatus: "feasible", candidates: [tinyReleaseCandidate()] });
  return s.ctx.store.getJob(job.id)!.candidates[0];
}

const withEmail = (): ScenarioInput => ({
  ...tinyReleaseInput(),
  settings: { schoolEmail: "secretariaat@school.example" },
});

beforeAll(async () => {
  s = await startServer({ port: 0, dataDir, apiKey: KEY, log: () => {} });
});
afterAll(async () => {
  await s?.close();
  rmSync(join(dataDir, ".."), { recursive: true, force: true });
});

describe("security", () => {
  it("refuses control characters in every kind of name and free text, naming the field in Dutch", async () => {
    const cases: [string, (x: ScenarioInput) => void][] = [
      ["name", (x) => (x.name = "School\r\nMETHOD:CANCEL")],
      ["description", (x) => (x.description = "regel 1\tregel 2")],
      ["staff[0].name", (x) => (x.staff[0].name = "An\nATTENDEE:mailto:evil@example.com")],
      ["groups[0].name", (x) => (x.groups[0].name = "L1\u0007")],
      ["releaseGoals[0].name", (x) => (x.releaseGoals![0].name = "PLG\r\nBEGIN:VEVENT")],
      ["dayGrids[0].name", (x) => (x.dayGrids[0].name = "Gewoon\u2028")],
    ];
    for (const [field, spoil] of cases) {
      const input = tinyReleaseInput();
      spoil(input);
      expectFieldProblem(await call("POST", "/api/scenarios", input), 422, field, /stuurtekens/);
    }
  });

  it("keeps the data directory 0700 and the database with its -wal and -shm 0600", async () => {
    expect((await call("POST", "/api/scenarios", tinyInput())).status).toBe(201);
    const mode = (f: string) => statSync(f).mode & 0o777;
    expect(mode(dataDir)).toBe(0o700);
    const db = join(dataDir, "vrijrooster.sqlite");
    for (const f of [db, `${db}-wal`, `${db}-shm`]) expect([f, mode(f)]).toEqual([f, 0o600]);
  });

  it("sends a CSP, nosniff, no framing and no Referer on pages, docs and the API; no-store on the API", async () => {
    for (const path of ["/", "/docs", "/api/health", "/api/scenarios", "/login"]) {
      const r = await call("GET", path);
      const csp = r.headers.get("content-security-policy") ?? "";
      expect([path, csp]).toEqual([path, expect.stringContaining("script-src 'self'")]);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toContain("upgrade-insecure-requests"); // plain HTTP on a school LAN must keep working
      expect(csp).not.toContain("unsafe-inline"); // our own inline styles are allowed by their hash only
      expect(r.headers.get("x-content-type-options")).toBe("nosniff");
      expect(r.headers.get("x-frame-options")).toBe("DENY");
      expect(r.headers.get("referrer-policy")).toBe("no-referrer");
    }
    for (const path of ["/api/scenarios", "/api/health", "/api/feeds", "/api/nope"])
      expect([path, (await call("GET", path)).headers.get("cache-control")]).toEqual([path, "no-store"]);
    expect((await call("GET", "/api/scenarios", undefined, null)).headers.get("cache-control")).toBe("no-store");
  });

  it("never echoes a key given in the query string", async () => {
    for (const q of [`key=${KEY}`, `api_key=${KEY}`, `apiKey=${KEY}`, `token=${KEY}`, `x=1&access_token=${KEY}`]) {
      for (const key of [null, KEY]) {
        const r = await call("GET", `/api/nope?${q}`, undefined, key);
        expect(r.status).toBe(key ? 404 : 401);
        expect(r.text).not.toContain(KEY);
        expect(r.json.instance).toMatch(/^\/api\/nope\?/);
      }
    }
    const feed = await fetch(`${s.url}/ical/${"A".repeat(43)}.ics`);
    expect(await feed.text()).not.toContain("A".repeat(43));
  });

  it("checks the key before it reads the body", async () => {
    // Malformed JSON: without a key it is a 401, not a 400 (the body was never parsed); with a key a 400.
    const raw = "{ not json";
    expect((await request(s.url, "POST", "/api/scenarios", { raw, key: null })).status).toBe(401);
    expect((await request(s.url, "POST", "/api/scenarios", { raw, key: KEY })).status).toBe(400);
    // Over the body limit: 401 without the key (not 413).
    const big = JSON.stringify({ x: "y".repeat(6 * 1024 * 1024) });
    expect((await request(s.url, "POST", "/api/scenarios", { raw: big, key: null })).status).toBe(401);
  });
});

describe("bad input: a clear 4xx naming the field, never a 5xx, never a stall", () => {
  it("caps the error list at 50 with the count, quickly, for a body with thousands of unknown ids", async () => {
    const input = tinyReleaseInput();
    input.releaseGoals = Array.from({ length: 1000 }, (_, g) => ({
      id: `g${g}`,
      name: `Doel ${g}`,
      members: Array.from({ length: 200 }, (_, m) => `x${g}-${m}`),
    }));
    const t0 = performance.now();
    const r = await call("POST", "/api/scenarios", input);
    const ms = performance.now() - t0;
    console.log(`1000 goals x 200 unknown members: ${r.status}, ${r.text.length} bytes in ${ms.toFixed(0)} ms`);
    expect(r.status).toBe(422);
    expect(r.json.errors).toHaveLength(50);
    expect(r.json.errorCount).toBeGreaterThan(50);
    expect(r.text.length).toBeLessThan(20_000);
    expect(r.json.detail).toMatch(/en nog/);
  });

  it("names an unknown key by its own path, at the top and deep inside", async () => {
    const top = { ...tinyInput(), colour: "blauw" };
    expectFieldProblem(await call("POST", "/api/scenarios", top), 422, "colour", /Onbekend veld: colour/);
    const deep = tinyInput();
    (deep.staff[0] as Record<string, unknown>).nickname = "An";
    expectFieldProblem(await call("POST", "/api/scenarios", deep), 422, "staff[0].nickname", /Onbekend veld/);
  });

  it("refuses deeply nested JSON under an unknown key with a 422 (was a 500)", async () => {
    const nested = "[".repeat(6000) + "1" + "]".repeat(6000);
    const raw = JSON.stringify(tinyInput()).replace(/^\{/, `{"extra":${nested},`);
    const r = await request(s.url, "POST", "/api/scenarios", { raw, key: KEY });
    expectFieldProblem(r, 422, "extra");
  });

  it("accepts a JSON body that starts with a UTF-8 BOM", async () => {
    const raw = "\uFEFF" + JSON.stringify(tinyInput());
    expect((await request(s.url, "POST", "/api/scenarios", { raw, key: KEY })).status).toBe(201);
  });

  it("stores the validated, normalised scenario (defaults filled in), not the raw body", async () => {
    const created = await call("POST", "/api/scenarios", tinyInput());
    const got = (await call("GET", `/api/scenarios/${created.json.id}`)).json.scenario;
    expect(got).toEqual(JSON.parse(JSON.stringify(parseScenario(tinyInput()))));
    expect(got.settings.lessonMinutes).toBe(50);
  });

  it("still reads a raw body stored by an older version: its unknown keys are dropped, not refused", async () => {
    // What an older Vrijrooster stored: the body as sent, with a key the schema never knew.
    const legacy = { ...withEmail(), colour: "blauw", staff: withEmail().staff.map((x) => ({ ...x, nickname: "?" })) };
    const row = s.ctx.store.createScenario("Legacy", legacy);
    const cand = storeCandidate(row.id);
    const r = await call("POST", `/api/candidates/${cand}/feeds`, { views: ["school"] });
    expect(r.status, r.text).toBe(201);
    // Other problems in stored data still count.
    const broken = s.ctx.store.createScenario("Broken", { ...withEmail(), schoolYear: "later" });
    const r2 = await call("POST", `/api/candidates/${storeCandidate(broken.id)}/feeds`, { views: ["school"] });
    expect(r2.status).toBe(422);
  });

  it("bounds numbers to what a school can mean", async () => {
    const cases: [string, (x: ScenarioInput) => void][] = [
      ["releaseGoals[0].weight", (x) => (x.releaseGoals![0].weight = 1e20)],
      ["releaseGoals[0].minBlockMinutes", (x) => (x.releaseGoals![0].minBlockMinutes = 100_000)],
      ["settings.lessonMinutes", (x) => (x.settings = { lessonMinutes: 1e9 })],
      ["settings.physicalMinMinutes", (x) => (x.settings = { physicalMinMinutes: -5 })],
      ["staff[0].meetingMinutesPerWeek", (x) => (x.staff[0].meetingMinutesPerWeek = 1e7)],
      ["calendar.derogation.extraDays", (x) => (x.calendar = { derogation: { extraDays: 1e6 } })],
    ];
    for (const [field, spoil] of cases) {
      const input = tinyReleaseInput();
      spoil(input);
      expectFieldProblem(await call("POST", "/api/scenarios", input), 422, field);
    }
  });

  it("refuses impossible dates at the field", async () => {
    for (const date of ["2026-02-31", "2026-13-45", "2027-02-29"]) {
      const input = tinyInput();
      input.calendar = { facultativeDays: [{ date }] };
      expectFieldProblem(
        await call("POST", "/api/scenarios", input),
        422,
        "calendar.facultativeDays[0].date",
        /bestaat niet/,
      );
    }
    const ok = tinyInput();
    ok.calendar = { facultativeDays: [{ date: "2028-02-29" }] };
    expect((await call("POST", "/api/scenarios", ok)).status).toBe(201);
  });

  it("answers 409 when a scenario with live feeds is deleted (was a 500), and deletes it once they are revoked", async () => {
    const id = (await call("POST", "/api/scenarios", withEmail())).json.id;
    const cand = storeCandidate(id);
    const published = await call("POST", `/api/candidates/${cand}/feeds`, { views: ["school", "staff:kt1"] });
    expect(published.status).toBe(201);
    const del = await call("DELETE", `/api/scenarios/${id}`);
    expect(del.status).toBe(409);
    expect(del.json.detail).toMatch(/Trek ze eerst in/);
    for (const f of published.json.feeds) expect((await call("DELETE", `/api/feeds/${f.id}`)).status).toBe(204);
    expect((await call("DELETE", `/api/scenarios/${id}`)).status).toBe(204);
    expect((await call("GET", `/api/scenarios/${id}`)).status).toBe(404);
  });

  it("refuses to compare candidates of two different schools (422)", async () => {
    const a = storeCandidate((await call("POST", "/api/scenarios", withEmail())).json.id);
    const b = storeCandidate((await call("POST", "/api/scenarios", withEmail())).json.id);
    expectFieldProblem(await call("GET", `/api/compare?a=${a}&b=${b}`), 422, "query.b");
  });

  it("publishes the same view twice in one request as one feed with one token", async () => {
    const cand = storeCandidate((await call("POST", "/api/scenarios", withEmail())).json.id);
    const r = await call("POST", `/api/candidates/${cand}/feeds`, { views: ["school", "school", "staff:kt1"] });
    expect(r.status).toBe(201);
    expect(r.json.feeds.map((f: { view: string }) => f.view)).toEqual(["school", "staff:kt1"]);
    expect(new Set(r.json.feeds.map((f: { token: string }) => f.token)).size).toBe(2);
  });
});

describe("feeds", () => {
  let scenarioId = "";
  let cand = "";
  let url = "";
  let feedId = "";
  beforeAll(async () => {
    scenarioId = (await call("POST", "/api/scenarios", withEmail())).json.id;
    cand = storeCandidate(scenarioId);
    const r = await call("POST", `/api/candidates/${cand}/feeds`, { views: ["staff:kt1"] });
    url = r.json.feeds[0].url;
    feedId = r.json.feeds[0].id;
  });

  it("ends with CRLF and has an ORGANIZER where there are attendees", async () => {
    const text = await (await fetch(url)).text();
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text).toMatch(/^ATTENDEE/m);
    expect(text).toMatch(/^ORGANIZER;CN=.*:mailto:secretariaat@school\.example\r$/m);
  });

  it("offers gzip (its own ETag) and plain text; both answer 304 to their ETag", async () => {
    const plain = await fetch(url, { headers: { "accept-encoding": "identity" } });
    const text = await plain.text();
    const zipped = await fetch(url, { headers: { "accept-encoding": "gzip" }, decompress: false } as RequestInit);
    expect(zipped.headers.get("content-encoding")).toBe("gzip");
    expect(zipped.headers.get("vary")).toMatch(/accept-encoding/i);
    const raw = Buffer.from(await zipped.arrayBuffer());
    // fetch (undici) may or may not have decoded it: either way the calendar is the same text.
    const body = raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw).toString("utf8") : raw.toString("utf8");
    expect(body).toBe(text);
    expect(zipped.headers.get("etag")).not.toBe(plain.headers.get("etag"));
    for (const [enc, tag] of [
      ["gzip", zipped.headers.get("etag")!],
      ["identity", plain.headers.get("etag")!],
    ])
      expect((await fetch(url, { headers: { "accept-encoding": enc, "if-none-match": tag } })).status).toBe(304);
  });

  it("keeps the ETag (and the bytes) when an identical week is published again, later", async () => {
    const before = await fetch(url);
    const text = await before.text();
    await new Promise((r) => setTimeout(r, 1100)); // a later second: DTSTAMP would differ if re-stamped
    const again = storeCandidate(scenarioId);
    expect((await call("POST", `/api/candidates/${again}/feeds`, { views: ["staff:kt1"] })).status).toBe(201);
    const after = await fetch(url);
    expect(after.headers.get("etag")).toBe(before.headers.get("etag"));
    expect(await after.text()).toBe(text);
  });

  it("If-Modified-Since cannot miss a change published in the same second", async () => {
    // Serve, then change the feed at once (same second): a client that only sends If-Modified-Since with
    // the Last-Modified it got must see the change.
    const first = await fetch(url);
    await first.text();
    const lm = first.headers.get("last-modified");
    const v2 = withEmail();
    v2.staff[0].name = "Annelies Peeters-Vos";
    expect((await call("PUT", `/api/scenarios/${scenarioId}`, v2)).status).toBe(200);
    const changed = storeCandidate(scenarioId, 2);
    expect((await call("POST", `/api/candidates/${changed}/feeds`, { views: ["staff:kt1"] })).status).toBe(201);
    const next = await fetch(url, lm ? { headers: { "if-modified-since": lm } } : {});
    expect(next.status).toBe(200);
    expect(await next.text()).toContain("Peeters-Vos");
    // Once its second is over, Last-Modified is sent and an unchanged feed answers 304 to it.
    await new Promise((r) => setTimeout(r, 1100));
    const settled = await fetch(url);
    await settled.text();
    const lm2 = settled.headers.get("last-modified");
    expect(lm2).toBeTruthy();
    expect((await fetch(url, { headers: { "if-modified-since": lm2! } })).status).toBe(304);
  });

  it("answers 410 Gone once revoked (404 for a token that never existed)", async () => {
    expect((await call("DELETE", `/api/feeds/${feedId}`)).status).toBe(204);
    const r = await fetch(url);
    expect(r.status).toBe(410);
    expect(await r.text()).toMatch(/ingetrokken/);
    expect((await fetch(`${s.url}/ical/${"B".repeat(43)}.ics`)).status).toBe(404);
  });
});
