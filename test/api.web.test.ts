// What the web app needs from the server, over real HTTP with the real solver: live job progress (SSE),
// example schools, variants (duplicate) and going back to a version (restore), feed URLs in the list,
// and the study-day planner.
import Database from "better-sqlite3";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../api/server.js";
import { parseScenario } from "../src/model/index.js";
import { request } from "./helpers/http.js";

const KEY = "web-test-key-0123456789";
const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../fixtures/${name}.json`, import.meta.url), "utf8"));
const VILLAGE = fixture("village-school");
/** A scenario as the API stores it: validated, every default filled in. */
const stored = (x: unknown) => JSON.parse(JSON.stringify(parseScenario(x)));
const dataDir = mkdtempSync(join(tmpdir(), "vrijrooster-api-web-"));
let s: RunningServer;

const call = (method: string, path: string, body?: unknown) => request(s.url, method, path, { key: KEY, body });

interface SseEvent {
  event: string;
  data: any;
  at: number;
}

/** Reads a whole event stream (until the server closes it) and returns its events and comment lines. */
async function readEvents(path: string, timeoutMs = 90_000) {
  const res = await fetch(s.url + path, {
    headers: { authorization: `Bearer ${KEY}` },
    signal: AbortSignal.timeout(timeoutMs),
  });
  const events: SseEvent[] = [];
  const meta = {
    status: res.status,
    type: res.headers.get("content-type") ?? "",
    cache: res.headers.get("cache-control"),
  };
  if (!res.body || res.status !== 200) return { ...meta, events };
  const decoder = new TextDecoder();
  let buffer = "";
  for await (const chunk of res.body) {
    buffer += decoder.decode(chunk as Uint8Array, { stream: true });
    let i: number;
    while ((i = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, i);
      buffer = buffer.slice(i + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (event && data) events.push({ event, data: JSON.parse(data), at: Date.now() });
    }
  }
  return { ...meta, events };
}

beforeAll(async () => {
  s = await startServer({ port: 0, dataDir, apiKey: KEY, log: () => {} });
});
afterAll(async () => {
  await s?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

let scenarioId = "";
let jobId = "";

describe("live progress (Server-Sent Events)", () => {
  it("a real solve streams progress events, then one end event with the finished job, then closes", async () => {
    scenarioId = (await call("POST", "/api/scenarios", VILLAGE)).json.id;
    const job = await call("POST", `/api/scenarios/${scenarioId}/solve`, { candidates: 2 });
    expect(job.status).toBe(202);
    jobId = job.json.id;
    const stream = await readEvents(`/api/jobs/${jobId}/events`);
    expect(stream.status).toBe(200);
    expect(stream.type).toMatch(/^text\/event-stream/);
    expect(stream.cache).toBe("no-store");
    const progress = stream.events.filter((e) => e.event === "progress");
    const ends = stream.events.filter((e) => e.event === "end");
    expect(progress.length).toBeGreaterThanOrEqual(1);
    expect(progress.every((e) => e.data.id === jobId && ["queued", "running"].includes(e.data.status))).toBe(true);
    expect(progress.some((e) => e.data.progress?.message)).toBe(true);
    expect(ends).toHaveLength(1);
    expect(stream.events.at(-1)!.event).toBe("end");
    expect(ends[0].data).toMatchObject({ id: jobId, status: "done" });
    expect(ends[0].data.candidates.length).toBeGreaterThanOrEqual(1);
    // The end event is the job as GET /api/jobs/{id} returns it.
    expect(ends[0].data).toEqual((await call("GET", `/api/jobs/${jobId}`)).json);
    // At most ~4 progress events a second.
    for (let i = 2; i < progress.length; i++) expect(progress[i].at - progress[i - 2].at).toBeGreaterThanOrEqual(200);
  });

  it("a job that already ended gets `end` at once; an unknown job is a 404", async () => {
    const stream = await readEvents(`/api/jobs/${jobId}/events`, 5_000);
    expect(stream.events.map((e) => e.event)).toEqual(["end"]);
    expect(stream.events[0].data.status).toBe("done");
    const missing = await readEvents("/api/jobs/job-nope/events", 5_000);
    expect(missing.status).toBe(404);
    expect(missing.type).toMatch(/^application\/problem\+json/);
  });

  it("a cancelled job ends the stream with status cancelled", async () => {
    const job = await call("POST", `/api/scenarios/${scenarioId}/solve`, { candidates: 3 });
    const streaming = readEvents(`/api/jobs/${job.json.id}/events`);
    await new Promise((r) => setTimeout(r, 100));
    await call("DELETE", `/api/jobs/${job.json.id}`);
    const stream = await streaming;
    expect(stream.events.at(-1)).toMatchObject({ event: "end", data: { status: "cancelled" } });
    expect(stream.events.filter((e) => e.event === "end")).toHaveLength(1);
  });
});

describe("feed URLs can be shown again", () => {
  it("the scenario's feed list carries each live feed's subscription URL", async () => {
    const candidate = (await call("GET", `/api/jobs/${jobId}`)).json.candidates[0];
    const published = await call("POST", `/api/candidates/${candidate}/feeds`, { views: ["school", "group:L1"] });
    expect(published.status).toBe(201);
    const list = await call("GET", `/api/scenarios/${scenarioId}/feeds`);
    expect(list.status).toBe(200);
    expect(list.json.map((f: { view: string }) => f.view)).toEqual(["school", "group:L1"]);
    for (const f of published.json.feeds) {
      const listed = list.json.find((x: { id: string }) => x.id === f.id);
      expect(listed.url).toBe(f.url);
      expect(listed).not.toHaveProperty("token");
      expect(listed).not.toHaveProperty("tokenHash");
      const ics = await fetch(listed.url); // no key: a calendar app
      expect(ics.status).toBe(200);
      expect(await ics.text()).toContain("BEGIN:VCALENDAR");
    }
    // A feed published before tokens were kept has no URL to show (the UI offers a new link).
    const db = new Database(join(dataDir, "vrijrooster.sqlite"));
    db.prepare("UPDATE feeds SET token = NULL WHERE id = ?").run(published.json.feeds[1].id);
    db.close();
    const again = await call("GET", `/api/scenarios/${scenarioId}/feeds`);
    expect(again.json.find((x: { id: string }) => x.id === published.json.feeds[1].id).url).toBeNull();
    expect((await fetch(published.json.feeds[1].url)).status).toBe(200); // still served (looked up by hash)
    // Revoked feeds leave the scenario's list.
    await call("DELETE", `/api/feeds/${published.json.feeds[0].id}`);
    const after = await call("GET", `/api/scenarios/${scenarioId}/feeds`);
    expect(after.json.map((f: { id: string }) => f.id)).toEqual([published.json.feeds[1].id]);
    expect((await call("GET", "/api/scenarios/sc-nope/feeds")).status).toBe(404);
  });
});

describe("example schools", () => {
  it("lists the four bundled examples with their size", async () => {
    const r = await call("GET", "/api/examples");
    expect(r.status).toBe(200);
    expect(r.json.map((e: { id: string }) => e.id).sort()).toEqual([
      "atelier-school",
      "city-school",
      "coteaching-school",
      "village-school",
    ]);
    for (const e of r.json) {
      const f = fixture(e.id);
      expect(e).toEqual({
        id: e.id,
        name: f.name,
        description: f.description,
        classes: f.groups.length,
        staff: f.staff.length,
        releaseGoals: f.releaseGoals.length,
      });
    }
  });

  it("stores an example as a new scenario; an unknown one is a 404", async () => {
    const r = await call("POST", "/api/examples/city-school");
    expect(r.status).toBe(201);
    expect(r.json.version).toBe(1);
    const got = await call("GET", `/api/scenarios/${r.json.id}`);
    expect(got.json.scenario).toEqual(stored(fixture("city-school")));
    expect(got.json.derivedFrom).toBeNull();
    expect((await call("POST", "/api/examples/hogeschool")).status).toBe(404);
  });
});

describe("variants and versions", () => {
  it("duplicate makes a version-1 copy under a new name that remembers its source", async () => {
    const r = await call("POST", `/api/scenarios/${scenarioId}/duplicate`, { name: "De Linde — variant 4+2" });
    expect(r.status).toBe(201);
    expect(r.json.version).toBe(1);
    const copy = await call("GET", `/api/scenarios/${r.json.id}`);
    expect(copy.json).toMatchObject({ name: "De Linde — variant 4+2", derivedFrom: scenarioId, version: 1 });
    expect(copy.json.scenario).toEqual(stored({ ...VILLAGE, name: "De Linde — variant 4+2" }));
    const list = (await call("GET", "/api/scenarios")).json;
    expect(list.find((x: { id: string }) => x.id === r.json.id).derivedFrom).toBe(scenarioId);
    expect(list.find((x: { id: string }) => x.id === scenarioId).derivedFrom).toBeNull();
    // The source is untouched.
    expect((await call("GET", `/api/scenarios/${scenarioId}`)).json.scenario).toEqual(stored(VILLAGE));
  });

  it("duplicate: bad input is a 422 naming the field, an unknown scenario or version a 404", async () => {
    const empty = await call("POST", `/api/scenarios/${scenarioId}/duplicate`, { name: "  " });
    expect(empty.status).toBe(422);
    expect(empty.json.errors[0].field).toBe("name");
    expect((await call("POST", "/api/scenarios/sc-nope/duplicate", { name: "x" })).status).toBe(404);
    expect((await call("POST", `/api/scenarios/${scenarioId}/duplicate`, { name: "x", version: 9 })).status).toBe(404);
  });

  it("restore stores an older version as the new latest one", async () => {
    const edited = { ...VILLAGE, name: "De Linde (gewijzigd)" };
    expect((await call("PUT", `/api/scenarios/${scenarioId}`, edited)).json.version).toBe(2);
    const r = await call("POST", `/api/scenarios/${scenarioId}/restore`, { version: 1 });
    expect(r.status).toBe(200);
    expect(r.json).toEqual({ id: scenarioId, version: 3 });
    const latest = (await call("GET", `/api/scenarios/${scenarioId}`)).json;
    expect(latest).toMatchObject({ version: 3, latestVersion: 3, name: VILLAGE.name });
    expect(latest.scenario).toEqual(stored(VILLAGE));
    const versions = (await call("GET", `/api/scenarios/${scenarioId}/versions`)).json;
    expect(versions.map((v: { version: number }) => v.version)).toEqual([1, 2, 3]);
    expect((await call("POST", `/api/scenarios/${scenarioId}/restore`, { version: 8 })).status).toBe(404);
    expect((await call("POST", `/api/scenarios/${scenarioId}/restore`, {})).status).toBe(422);
  });
});

describe("study days over HTTP", () => {
  let city = "";
  beforeAll(async () => {
    city = (await call("POST", "/api/examples/city-school")).json.id;
  });

  it("answers the planner's proposal, as `vrijrooster studydays --json` does", async () => {
    const r = await call("GET", `/api/scenarios/${city}/studydays`);
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({
      budget: 1.5,
      schoolYear: expect.any(String),
      proposals: expect.any(Array),
      messages: expect.any(Array),
    });
    const { planStudyDays } = await import("../src/calendar/index.js");
    const { parseScenario } = await import("../src/model/index.js");
    const plan = (opts: { want?: number; trainer?: string }) =>
      JSON.parse(JSON.stringify(planStudyDays(parseScenario(fixture("city-school")), opts)));
    expect(r.json).toEqual(plan({}));
    const withTrainer = await call("GET", `/api/scenarios/${city}/studydays?want=1.5&trainer=pbd`);
    expect(withTrainer.status).toBe(200);
    expect(withTrainer.json).toEqual(plan({ want: 1.5, trainer: "pbd" }));
    const more = await call("GET", `/api/scenarios/${city}/studydays?want=3`);
    expect(more.json.want).toBe(3);
    expect(more.json.derogation?.extraDays).toBe(1.5);
  });

  it("bad query: 400 naming the parameter; unknown scenario 404", async () => {
    const half = await call("GET", `/api/scenarios/${city}/studydays?want=1.3`);
    expect(half.status).toBe(400);
    expect(half.json.errors[0].field).toBe("query.want");
    const trainer = await call("GET", `/api/scenarios/${city}/studydays?trainer=nobody`);
    expect(trainer.status).toBe(400);
    expect(trainer.json.errors[0].field).toBe("query.trainer");
    expect((await call("GET", "/api/scenarios/sc-nope/studydays")).status).toBe(404);
  });
});
