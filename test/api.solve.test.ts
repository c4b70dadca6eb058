// Solve jobs and calendar feeds over real HTTP with the real solver (worker threads) and a real SQLite
// file: submit/poll/cancel, compare, publish, ETag/304, revoke, restart, two solves while a feed answers.
import Database from "better-sqlite3";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../api/server.js";
import { request, waitForJob } from "./helpers/http.js";

const KEY = "solve-test-key-0123456789";
const VILLAGE = JSON.parse(readFileSync(new URL("../fixtures/village-school.json", import.meta.url), "utf8"));
// With the school's address the feeds list attendees (and the school as ORGANIZER).
VILLAGE.settings = { ...VILLAGE.settings, schoolEmail: "secretariaat@delinde.example" };
const dataDir = mkdtempSync(join(tmpdir(), "vrijrooster-api-solve-"));
const quiet = () => {};

const call = (s: RunningServer, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
  request(s.url, method, path, { key: KEY, body, headers });

/** A feed URL is fetched like a calendar app does: no API key. */
const getFeed = (url: string, headers: Record<string, string> = {}) => fetch(url, { headers });

const waitJob = (s: RunningServer, id: string, timeoutMs?: number) =>
  waitForJob((path) => call(s, "GET", path), id, timeoutMs);

let s: RunningServer;
let scenarioId = "";
let candidates: string[] = [];
let feeds: { id: string; view: string; url?: string; token?: string; status: string }[] = [];

beforeAll(async () => {
  s = await startServer({ port: 0, dataDir, apiKey: KEY, log: quiet, concurrency: 2 });
  scenarioId = (await call(s, "POST", "/api/scenarios", VILLAGE)).json.id;
});
afterAll(async () => {
  await s?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("solve jobs", () => {
  it("POST solve → 202 with a job id; the job reports progress and ends with candidates of that scenario version", async () => {
    const r = await call(s, "POST", `/api/scenarios/${scenarioId}/solve`, { candidates: 3 });
    expect(r.status).toBe(202);
    expect(r.headers.get("location")).toBe(`/api/jobs/${r.json.id}`);
    expect(["queued", "running"]).toContain(r.json.status);
    const job = await waitJob(s, r.json.id);
    expect(job.status).toBe("done");
    expect(["optimal", "feasible"]).toContain(job.resultStatus);
    expect(job.progress).toMatchObject({ phase: expect.any(String), message: expect.any(String) });
    expect(job.candidates.length).toBeGreaterThanOrEqual(2);
    candidates = job.candidates;
    const c = (await call(s, "GET", `/api/candidates/${candidates[0]}`)).json;
    expect(c).toMatchObject({ scenarioId, scenarioVersion: 1, jobId: job.id, rank: 1 });
    expect(c.candidate.lessons.length).toBeGreaterThan(0);
    const list = (await call(s, "GET", `/api/scenarios/${scenarioId}/candidates`)).json;
    expect(list.map((x: { id: string }) => x.id)).toEqual(candidates);
    expect(list[0].metrics.goalsTotal).toBe(1);
  });

  it("compares two candidates: metrics side by side, differing release blocks and lessons", async () => {
    const r = await call(s, "GET", `/api/compare?a=${candidates[0]}&b=${candidates[1]}`);
    expect(r.status).toBe(200);
    const rm = r.json.metrics.find((m: { name: string }) => m.name === "releaseMinutes");
    expect(rm).toMatchObject({ a: expect.any(Number), b: expect.any(Number) });
    expect(rm.difference).toBe(rm.b - rm.a);
    // The solver makes diverse candidates (different release blocks): the comparison must show it.
    expect(r.json.releases.onlyInA.length + r.json.releases.onlyInB.length).toBeGreaterThan(0);
    const self = (await call(s, "GET", `/api/compare?a=${candidates[0]}&b=${candidates[0]}`)).json;
    expect(self.lessons.different).toEqual([]);
    expect(self.releases.onlyInA).toEqual([]);
  });

  it("DELETE cancels a running job; cancelling again is a 409", async () => {
    const r = await call(s, "POST", `/api/scenarios/${scenarioId}/solve`, {});
    const del = await call(s, "DELETE", `/api/jobs/${r.json.id}`);
    expect(del.status).toBe(200);
    expect(del.json.status).toBe("cancelled");
    await new Promise((res) => setTimeout(res, 300));
    const job = (await call(s, "GET", `/api/jobs/${r.json.id}`)).json;
    expect(job.status).toBe("cancelled");
    expect(job.candidates).toEqual([]);
    expect((await call(s, "DELETE", `/api/jobs/${r.json.id}`)).status).toBe(409);
    expect((await call(s, "GET", "/api/health")).json.jobs.running).toBe(0); // the worker was stopped
  });
});

describe("feeds", () => {
  it("publishes one token per view; tokens are ≥128-bit, looked up by hash, kept to show the URL", async () => {
    const r = await call(s, "POST", `/api/candidates/${candidates[0]}/feeds`, {
      views: ["school", "group:L1", "staff:kt-l1", "goal:kernteam"],
    });
    expect(r.status).toBe(201);
    feeds = r.json.feeds;
    expect(feeds.map((f) => f.view)).toEqual(["school", "group:L1", "staff:kt-l1", "goal:kernteam"]);
    for (const f of feeds) {
      expect(f.status).toBe("created");
      expect(f.token!.length).toBeGreaterThanOrEqual(22); // 22 base64url chars = 132 bits
      expect(f.url).toBe(`${s.url}/ical/${f.token}.ics`);
    }
    const db = new Database(join(dataDir, "vrijrooster.sqlite"), { readonly: true });
    const rows = db.prepare("SELECT token, token_hash AS hash FROM feeds").all() as { token: string; hash: string }[];
    db.close();
    for (const f of feeds) {
      const row = rows.find((x) => x.token === f.token)!;
      expect(row.hash).toBe(createHash("sha256").update(f.token!).digest("hex"));
    }
  });

  it("unknown view: 422 naming views[i]", async () => {
    const r = await call(s, "POST", `/api/candidates/${candidates[0]}/feeds`, { views: ["school", "staff:nobody"] });
    expect(r.status).toBe(422);
    expect(r.type).toMatch(/problem\+json/);
    expect(r.json.errors[0].field).toBe("views[1]");
  });

  it("serves text/calendar with ETag and Last-Modified; If-None-Match gives 304", async () => {
    // Last-Modified is only sent once the second of the publish is over (it could hide a later change).
    await new Promise((r) => setTimeout(r, 1000));
    const res = await getFeed(feeds[0].url!);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/calendar/);
    const body = await res.text();
    expect(body).toMatch(/^BEGIN:VCALENDAR/);
    const etag = res.headers.get("etag")!;
    expect(etag).toMatch(/^"[0-9a-f]+(-gzip)?"$/); // fetch asks for gzip: that representation has its own tag
    expect(res.headers.get("last-modified")).toBeTruthy();
    expect((await getFeed(feeds[0].url!, { "if-none-match": etag })).status).toBe(304);
    expect((await getFeed(feeds[0].url!, { "if-none-match": '"other"' })).status).toBe(200);
    expect((await getFeed(feeds[0].url!, { "if-modified-since": res.headers.get("last-modified")! })).status).toBe(304);
    // A guessed token is a plain 404, no data.
    const guess = await getFeed(`${s.url}/ical/${"A".repeat(43)}.ics`);
    expect(guess.status).toBe(404);
    expect(guess.headers.get("content-type")).toMatch(/problem\+json/);
  });

  it("two solves at once while a feed keeps answering", async () => {
    const a = (await call(s, "POST", `/api/scenarios/${scenarioId}/solve`, {})).json.id;
    const b = (await call(s, "POST", `/api/scenarios/${scenarioId}/solve`, {})).json.id;
    const latencies: number[] = [];
    let sawBothRunning = false;
    for (;;) {
      const t0 = performance.now();
      const res = await getFeed(feeds[1].url!);
      await res.text();
      latencies.push(performance.now() - t0);
      expect(res.status).toBe(200);
      const health = (await call(s, "GET", "/api/health")).json.jobs;
      if (health.running === 2) sawBothRunning = true;
      if (health.running === 0 && health.queued === 0) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(sawBothRunning).toBe(true);
    expect((await waitJob(s, a)).status).toBe("done");
    expect((await waitJob(s, b)).status).toBe("done");
    latencies.sort((x, y) => x - y);
    const median = latencies[Math.floor(latencies.length / 2)];
    console.log(
      `feed during 2 solves: ${latencies.length} requests, median ${median.toFixed(1)} ms, max ${latencies.at(-1)!.toFixed(1)} ms`,
    );
    expect(latencies.length).toBeGreaterThan(5);
    expect(median).toBeLessThan(100);
  });

  it("republishing a changed week keeps the URL and bumps SEQUENCE of changed events", async () => {
    const groupFeed = feeds[1]; // group:L1: its lessons list class teacher kt-l1 as attendee
    const before = await getFeed(groupFeed.url!);
    const beforeText = await before.text();
    // Version 2 renames kt-l1; the solver's week stays the same, the L1 events' attendees change.
    const v2 = structuredClone(VILLAGE);
    v2.staff.find((x: { id: string }) => x.id === "kt-l1").name = "Annelies Peeters-Vos";
    expect((await call(s, "PUT", `/api/scenarios/${scenarioId}`, v2)).json.version).toBe(2);
    const job = await waitJob(
      s,
      (await call(s, "POST", `/api/scenarios/${scenarioId}/solve`, { candidates: 1 })).json.id,
    );
    expect((await call(s, "GET", `/api/candidates/${job.candidates[0]}`)).json.scenarioVersion).toBe(2);
    const r = await call(s, "POST", `/api/candidates/${job.candidates[0]}/feeds`, { views: ["group:L1"] });
    expect(r.status).toBe(201);
    expect(r.json.feeds[0]).toMatchObject({ id: groupFeed.id, status: "updated" });
    expect(r.json.feeds[0].url).toBeUndefined();
    const after = await getFeed(groupFeed.url!, { "if-none-match": before.headers.get("etag")! });
    expect(after.status).toBe(200); // content changed → the old ETag no longer matches
    const afterText = await after.text();
    expect(afterText).toContain("Peeters-Vos");
    const seq = (t: string) => Math.max(0, ...[...t.matchAll(/^SEQUENCE:(\d+)/gm)].map((m) => Number(m[1])));
    expect(seq(beforeText)).toBe(0);
    expect(seq(afterText)).toBe(1);
  });

  it("rotate=true issues a new token; the old URL stops working", async () => {
    const r = await call(s, "POST", `/api/candidates/${candidates[0]}/feeds`, { views: ["staff:kt-l1"], rotate: true });
    expect(r.json.feeds[0].status).toBe("created");
    expect((await getFeed(feeds[2].url!)).status).toBe(410); // revoked by the rotation: Gone
    expect((await getFeed(r.json.feeds[0].url)).status).toBe(200);
  });

  it("a revoked token answers 410 Gone; the other feeds keep working", async () => {
    expect((await call(s, "DELETE", `/api/feeds/${feeds[1].id}`)).status).toBe(204);
    expect((await getFeed(feeds[1].url!)).status).toBe(410);
    expect((await getFeed(feeds[0].url!)).status).toBe(200);
    expect((await call(s, "DELETE", `/api/feeds/${feeds[1].id}`)).status).toBe(409);
    const list = (await call(s, "GET", `/api/feeds?scenario=${scenarioId}`)).json;
    const revoked = list.find((f: { id: string }) => f.id === feeds[1].id);
    expect(revoked.revokedAt).toBeTruthy();
    expect(revoked.url).toBeNull(); // a revoked URL is never shown again
    expect(JSON.stringify(list)).not.toContain(feeds[1].token!);
    expect(list.find((f: { id: string }) => f.id === feeds[0].id).url).toBe(feeds[0].url);
  });

  it("after a restart feeds answer with the same ETag, jobs and candidates are still there", async () => {
    const etag = (await getFeed(feeds[0].url!)).headers.get("etag");
    await s.close();
    s = await startServer({ port: 0, dataDir, apiKey: KEY, log: quiet, concurrency: 2 });
    const url = feeds[0].url!.replace(/^http:\/\/[^/]+/, s.url);
    const res = await getFeed(url);
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toBe(etag);
    expect((await getFeed(feeds[1].url!.replace(/^http:\/\/[^/]+/, s.url))).status).toBe(410); // still revoked
    expect((await call(s, "GET", `/api/candidates/${candidates[0]}`)).status).toBe(200);
    expect((await call(s, "GET", `/api/jobs?scenario=${scenarioId}`)).json.length).toBeGreaterThanOrEqual(4);
  });
});

describe("seedExample (npm start)", () => {
  it("stores, solves and publishes the example; a second run reuses the scenario and rotates the feed URLs", async () => {
    const { seedExample } = await import("../api/seed.js");
    const file = new URL("../fixtures/village-school.json", import.meta.url).pathname;
    const first = await seedExample(s, file, { baseUrl: s.url, solve: { candidates: 1 } });
    expect(first.best).toMatchObject({ status: expect.stringMatching(/optimal|feasible/) });
    expect(first.feeds.length).toBe(VILLAGE.staff.length + VILLAGE.groups.length + VILLAGE.releaseGoals.length + 1);
    expect(first.exampleFeedUrl).toMatch(/\/ical\/[A-Za-z0-9_-]+\.ics$/);
    expect((await getFeed(first.exampleFeedUrl!)).status).toBe(200);
    const second = await seedExample(s, file, { baseUrl: s.url, solve: { candidates: 1 } });
    expect([second.scenarioId, second.version]).toEqual([first.scenarioId, first.version]);
    expect((await getFeed(first.exampleFeedUrl!)).status).toBe(410);
    expect((await getFeed(second.exampleFeedUrl!)).status).toBe(200);
  });
});

describe("concurrency limit 1: the second solve waits in the queue", () => {
  it("runs one job at a time; a queued job can be cancelled", async () => {
    const dir = mkdtempSync(join(tmpdir(), "vrijrooster-api-queue-"));
    const q = await startServer({ port: 0, dataDir: dir, apiKey: KEY, log: quiet, concurrency: 1 });
    try {
      const id = (await call(q, "POST", "/api/scenarios", VILLAGE)).json.id;
      const first = (await call(q, "POST", `/api/scenarios/${id}/solve`, { candidates: 1 })).json;
      const second = (await call(q, "POST", `/api/scenarios/${id}/solve`, { candidates: 1 })).json;
      const third = (await call(q, "POST", `/api/scenarios/${id}/solve`, { candidates: 1 })).json;
      expect([first.status, second.status, third.status]).toEqual(["running", "queued", "queued"]);
      expect((await call(q, "GET", "/api/health")).json.jobs).toMatchObject({ running: 1, queued: 2, concurrency: 1 });
      expect((await call(q, "DELETE", `/api/jobs/${third.id}`)).json.status).toBe("cancelled");
      expect((await waitJob(q, first.id)).status).toBe("done");
      const b = await waitJob(q, second.id);
      expect(b.status).toBe("done");
      expect(b.startedAt >= (await call(q, "GET", `/api/jobs/${first.id}`)).json.finishedAt).toBe(true);
      expect((await call(q, "GET", `/api/jobs/${third.id}`)).json).toMatchObject({
        status: "cancelled",
        startedAt: null,
      });
    } finally {
      await q.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
