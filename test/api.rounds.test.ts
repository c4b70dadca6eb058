// Meeting rounds over the REST API (issue 14): the real server on 127.0.0.1 with a temporary SQLite file, the
// city school solved by the real solver, the kernreflectie round stored beside it, planned as a job (real HiGHS in
// a worker thread, progress over SSE), the plan fetched (the JSON of `vrijrooster rounds --json`), the .ics, and
// the feeds published and read back with node-ical. Bad input is a 422 with the field path, never a 5xx.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ical, { type VEvent } from "node-ical";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../api/server.js";
import { request, waitForJob } from "./helpers/http.js";

const KEY = "test-key-rounds-0123456789";
const dataDir = mkdtempSync(join(tmpdir(), "vrijrooster-api-rounds-"));
const fixture = (f: string) => JSON.parse(readFileSync(join(import.meta.dirname, "..", "fixtures", f), "utf8"));
const events = (ics: string) =>
  Object.values(ical.sync.parseICS(ics)).filter((c): c is VEvent => (c as VEvent)?.type === "VEVENT");
const brussels = (d: Date) =>
  d.toLocaleString("sv-SE", { timeZone: "Europe/Brussels", hour12: false }).slice(0, 16).replace(" ", "T");

let s: RunningServer;
const call = (method: string, path: string, body?: unknown) => request(s.url, method, path, { key: KEY, body });

let scenarioId = "";
let candidateId = "";

beforeAll(async () => {
  s = await startServer({ port: 0, dataDir, apiKey: KEY, log: () => {} });
  scenarioId = (await call("POST", "/api/examples/city-school")).json.id;
  const job = (await call("POST", `/api/scenarios/${scenarioId}/solve`, { candidates: 1 })).json;
  const done = await waitForJob((p) => call("GET", p), job.id, 120_000);
  expect(done.status).toBe("done");
  candidateId = done.candidates[0];
}, 150_000);

afterAll(async () => {
  await s?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function expect422(r: Awaited<ReturnType<typeof call>>, field: string, detail: RegExp) {
  expect(r.status).toBe(422);
  expect(r.type).toMatch(/^application\/problem\+json/);
  expect(r.json.errors).toEqual(
    expect.arrayContaining([expect.objectContaining({ field, detail: expect.any(String) })]),
  );
  expect(r.json.errors.find((e: { field: string }) => e.field === field).detail).toMatch(detail);
  expect(r.text).not.toMatch(/at .*\.(ts|js):\d+/);
}

describe("a rounds file beside a scenario", () => {
  let roundsId = "";
  let planId = "";

  it("stores the kernreflectie round (version 1) and lists it under the school", async () => {
    const r = await call("POST", `/api/scenarios/${scenarioId}/rounds`, fixture("rounds/kernreflectie.json"));
    expect(r.status).toBe(201);
    expect(r.json.version).toBe(1);
    roundsId = r.json.id;
    expect(r.headers.get("location")).toBe(`/api/rounds/${roundsId}`);
    const list = await call("GET", `/api/scenarios/${scenarioId}/rounds`);
    expect(list.json).toEqual([
      expect.objectContaining({ id: roundsId, name: fixture("rounds/kernreflectie.json").name }),
    ]);
    const got = await call("GET", `/api/rounds/${roundsId}`);
    expect(got.json.rounds.sessions).toHaveLength(34);
    expect(got.json.rounds.settings.travelMinutes).toBe(30); // stored as validated: defaults filled in
  });

  it("an unknown person is a 422 with the field path, in Dutch", async () => {
    const bad = fixture("rounds/kernreflectie.json");
    bad.sessions[0].participants[2].id = "niemand";
    const r = await call("POST", `/api/scenarios/${scenarioId}/rounds`, bad);
    expect422(r, "sessions[0].participants[2].id", /^Onbekende persoon 'niemand'/);
    expect(r.json.detail).toMatch(
      /^Het rondebestand is ongeldig: sessions\[0\]\.participants\[2\]\.id: Onbekende persoon 'niemand'/,
    );
    expect(r.json.errors[0].pointer).toBe("/sessions/0/participants/2/id");
  });

  it("a schema error is a 422 with its path too; an update with one stays version 1", async () => {
    const bad = fixture("rounds/kernreflectie.json");
    bad.sessions[3].duration = "lang";
    expect422(await call("PUT", `/api/rounds/${roundsId}`, bad), "sessions[3].duration", /.+/);
    const where = fixture("rounds/kernreflectie.json");
    where.sessions[5].location = "maan";
    expect422(await call("PUT", `/api/rounds/${roundsId}`, where), "sessions[5].location", /Onbekende locatie 'maan'/);
    expect((await call("GET", `/api/rounds/${roundsId}`)).json.version).toBe(1);
    const link = fixture("rounds/kernreflectie.json");
    link.sessions[0].onlineLink = "javascript:alert(1)";
    expect422(await call("POST", `/api/scenarios/${scenarioId}/rounds`, link), "sessions[0].onlineLink", /.+/);
  });

  it("plans it against a candidate as a job: progress over SSE, then the plan of `rounds --json`", async () => {
    const r = await call("POST", `/api/rounds/${roundsId}/plan`, { candidate: candidateId });
    expect(r.status).toBe(202);
    expect(r.json).toMatchObject({ kind: "rounds", options: { rounds: { id: roundsId, version: 1 } } });
    const sse = await fetch(`${s.url}/api/jobs/${r.json.id}/events`, { headers: { authorization: `Bearer ${KEY}` } });
    const stream = await sse.text(); // closes after `end`
    expect(stream).toMatch(/^event: (progress|end)/m);
    const end = JSON.parse(/event: end\ndata: (.*)\n/.exec(stream)![1]);
    expect(end).toMatchObject({ status: "done", kind: "rounds", resultStatus: "optimal" });
    planId = end.roundsPlan;
    expect(planId).toMatch(/^rplan-/);
    const plan = (await call("GET", `/api/round-plans/${planId}`)).json;
    expect(plan).toMatchObject({ name: fixture("rounds/kernreflectie.json").name, status: "optimal", proven: true });
    expect(plan.metrics).toMatchObject({ sessions: 34, placed: 34 });
    expect(plan.unplaced).toEqual([]);
    expect(plan.violations.filter((v: { severity: string }) => v.severity === "hard")).toEqual([]);
    expect(Object.keys(plan).sort()).toEqual(
      [
        "name",
        "status",
        "proven",
        "engine",
        "objective",
        "metrics",
        "sessions",
        "unplaced",
        "violations",
        "stats",
      ].sort(),
    );
    const plans = (await call("GET", `/api/rounds/${roundsId}/plans`)).json;
    expect(plans).toEqual([expect.objectContaining({ id: planId, candidateId, status: "optimal" })]);
    // the solve page's job list stays a list of solves
    const solves = (await call("GET", `/api/jobs?scenario=${scenarioId}`)).json;
    expect(solves.map((j: { kind: string }) => j.kind)).toEqual(["solve"]);
  }, 120_000);

  it("a running rounds job can be cancelled: no plan is kept", async () => {
    const id = (await call("POST", `/api/scenarios/${scenarioId}/rounds`, fixture("rounds/afstemmingsgesprekken.json")))
      .json.id;
    const job = (await call("POST", `/api/rounds/${id}/plan`, { candidate: candidateId })).json;
    for (let i = 0; i < 200 && (await call("GET", `/api/jobs/${job.id}`)).json.status !== "running"; i++)
      await new Promise((r) => setTimeout(r, 25));
    const running = (await call("GET", `/api/jobs/${job.id}`)).json;
    expect(running.status).toBe("running");
    expect(running.progress).toMatchObject({ phase: "plan", message: expect.stringMatching(/HiGHS/) });
    const cancelled = await call("DELETE", `/api/jobs/${job.id}`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.json).toMatchObject({ status: "cancelled", roundsPlan: null });
    await new Promise((r) => setTimeout(r, 300));
    expect((await call("GET", `/api/rounds/${id}/plans`)).json).toEqual([]);
    expect((await call("DELETE", `/api/rounds/${id}`)).status).toBe(204);
    expect((await call("GET", `/api/rounds/${id}`)).status).toBe(404);
  });

  it("the .ics has every planned session", async () => {
    const r = await call("GET", `/api/round-plans/${planId}/ics`);
    expect(r.status).toBe(200);
    expect(r.type).toMatch(/^text\/calendar/);
    expect(r.headers.get("content-disposition")).toMatch(/attachment; filename=".+\.ics"/);
    expect(events(r.text)).toHaveLength(34);
  });

  it("a candidate of another school or a missing plan is refused, not a 5xx", async () => {
    const other = (await call("POST", "/api/examples/village-school")).json.id;
    const r = await call("POST", `/api/scenarios/${other}/rounds`, fixture("rounds/kernreflectie.json"));
    expect(r.status).toBe(422); // the village school has none of these teachers
    expect(r.json.errors.length).toBeGreaterThan(10);
    expect422(await call("POST", `/api/rounds/${roundsId}/plan`, { candidate: "cand-nope" }), "candidate", /school/);
    expect((await call("GET", "/api/round-plans/rplan-nope")).status).toBe(404);
    expect((await call("POST", `/api/rounds/${roundsId}/plan`, { candidate: candidateId, extra: 1 })).status).toBe(422);
  });

  describe("feeds", () => {
    let urls: Record<string, string> = {};
    let plan: {
      sessions: { key: string; date: string; start: string; title: string; participants: { id: string }[] }[];
    };

    beforeAll(async () => {
      plan = (await call("GET", `/api/round-plans/${planId}`)).json;
      const r = await call("POST", `/api/round-plans/${planId}/feeds`, {});
      expect(r.status).toBe(201);
      urls = Object.fromEntries(r.json.feeds.map((f: { view: string; url: string }) => [f.view, f.url]));
    });

    const feed = async (view: string) => {
      const url = urls[`rounds:${roundsId}:${view}`];
      expect(url).toMatch(/\/ical\/[A-Za-z0-9_-]+\.ics$/);
      const r = await fetch(url);
      expect(r.status).toBe(200);
      return { text: await r.text(), etag: r.headers.get("etag")! };
    };

    it("a support worker's feed has exactly her sessions", async () => {
      const { text } = await feed("person:ow01");
      const mine = plan.sessions.filter((x) => x.participants.some((p) => p.id === "ow01"));
      expect(mine).toHaveLength(6);
      expect(
        events(text)
          .map((e) => `${brussels(e.start)} ${e.summary}`)
          .sort(),
      ).toEqual(mine.map((x) => `${x.date}T${x.start} ${x.title}`).sort());
    });

    it("a school's on-site feed has its visits on the right weekday", async () => {
      const { text } = await feed("site:wilg");
      const visits = events(text).filter((e) => String(e.uid).startsWith("aanwezig-"));
      expect(visits).toHaveLength(3);
      const byVisit = Object.fromEntries(visits.map((e) => [String(e.uid).split(".")[0], e]));
      // bezoek-06 on Tuesday, bezoek-15 on Monday, bezoek-16 on Thursday (fixture), 13:20 each, weekly
      for (const [id, weekday] of [
        ["aanwezig-bezoek-06", "di"],
        ["aanwezig-bezoek-15", "ma"],
        ["aanwezig-bezoek-16", "do"],
      ]) {
        const e = byVisit[id];
        const dates = e.rrule!.between(new Date("2027-02-25"), new Date("2027-05-05"), true);
        expect(dates.length).toBeGreaterThan(4);
        const days = new Set(
          dates.map((d) => new Date(d).toLocaleDateString("nl-BE", { weekday: "short", timeZone: "Europe/Brussels" })),
        );
        expect([...days].map((d) => d.replace(".", ""))).toEqual([weekday]);
        expect(brussels(e.start).slice(11)).toBe("13:20");
      }
    });

    it("the same plan published again keeps the URL and the ETag; a revoked feed is gone", async () => {
      const before = await feed("person:ow01");
      const again = await call("POST", `/api/round-plans/${planId}/feeds`, { views: ["person:ow01"] });
      expect(again.json.feeds).toEqual([expect.objectContaining({ status: "updated" })]);
      expect(again.json.feeds[0].url).toBeUndefined();
      const after = await feed("person:ow01");
      expect(after.etag).toBe(before.etag);
      const listed = (await call("GET", `/api/scenarios/${scenarioId}/feeds`)).json as { id: string; view: string }[];
      const f = listed.find((x) => x.view === `rounds:${roundsId}:person:ow01`)!;
      expect((await call("DELETE", `/api/feeds/${f.id}`)).status).toBe(204);
      expect((await fetch(urls[`rounds:${roundsId}:person:ow01`])).status).toBe(410);
    });

    it("an unknown view is a 422 naming it", async () => {
      const r = await call("POST", `/api/round-plans/${planId}/feeds`, { views: ["person:ow01", "person:niemand"] });
      expect422(r, "views[1]", /Onbekende persoon 'niemand'/);
    });
  });
});
