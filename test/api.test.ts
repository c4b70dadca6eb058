// REST API over real HTTP (127.0.0.1, port 0) on a real SQLite file in a temp dir: round trips,
// restart, auth, and bad input as RFC 9457 problem+json.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../api/server.js";
import { parseScenario } from "../src/model/index.js";
import { tinyCandidate, tinyInput } from "./helpers/tiny.js";
import { request } from "./helpers/http.js";

const KEY = "test-key-0123456789abcdef";
const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), "vrijrooster-api-"));
  dirs.push(d);
  return d;
};
const quiet = () => {};

const call = (s: RunningServer, method: string, path: string, body?: unknown, key: string | null = KEY, raw?: string) =>
  request(s.url, method, path, { key, body, raw });

function expectProblem(r: Awaited<ReturnType<typeof call>>, status: number) {
  expect(r.status).toBe(status);
  expect(r.type).toMatch(/^application\/problem\+json/);
  expect(r.json).toMatchObject({
    status,
    type: expect.any(String),
    title: expect.any(String),
    detail: expect.any(String),
  });
  expect(r.text).not.toMatch(/at .*\.(ts|js):\d+/); // no stack traces
}

afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe("scenarios: round trip, versions, restart", () => {
  const dataDir = tempDir();
  let s: RunningServer;
  beforeAll(async () => {
    s = await startServer({ port: 0, dataDir, apiKey: KEY, log: quiet });
  });
  afterAll(() => s?.close());

  let id = "";
  it("stores a scenario and returns it as validated (defaults filled in)", async () => {
    const created = await call(s, "POST", "/api/scenarios", tinyInput());
    expect(created.status).toBe(201);
    expect(created.json.version).toBe(1);
    expect(created.headers.get("location")).toBe(`/api/scenarios/${created.json.id}`);
    id = created.json.id;
    const got = await call(s, "GET", `/api/scenarios/${id}`);
    expect(got.status).toBe(200);
    expect(got.json.scenario).toEqual(JSON.parse(JSON.stringify(parseScenario(tinyInput()))));
    const list = await call(s, "GET", "/api/scenarios");
    expect(list.json.map((x: { id: string }) => x.id)).toContain(id);
  });

  it("an edit makes a new version; the old one stays readable", async () => {
    const edited = { ...tinyInput(), name: "Tiny school (v2)" };
    const put = await call(s, "PUT", `/api/scenarios/${id}`, edited);
    expect(put.status).toBe(200);
    expect(put.json.version).toBe(2);
    expect((await call(s, "GET", `/api/scenarios/${id}`)).json).toMatchObject({
      version: 2,
      latestVersion: 2,
      name: "Tiny school (v2)",
    });
    expect((await call(s, "GET", `/api/scenarios/${id}?version=1`)).json).toMatchObject({
      version: 1,
      name: "Tiny school",
    });
    expect(
      (await call(s, "GET", `/api/scenarios/${id}/versions`)).json.map((v: { version: number }) => v.version),
    ).toEqual([1, 2]);
    expectProblem(await call(s, "GET", `/api/scenarios/${id}?version=7`), 404);
  });

  it("data survives a restart on the same directory", async () => {
    await s.close();
    s = await startServer({ port: 0, dataDir, apiKey: KEY, log: quiet });
    const got = await call(s, "GET", `/api/scenarios/${id}`);
    expect(got.status).toBe(200);
    expect(got.json).toMatchObject({ version: 2, name: "Tiny school (v2)" });
    expect(existsSync(join(dataDir, "vrijrooster.sqlite"))).toBe(true);
  });

  it("validates a stored scenario and an uploaded candidate week with the rule checker", async () => {
    const r = await call(s, "POST", "/api/validate", { scenarioId: id, candidate: tinyCandidate() });
    expect(r.status).toBe(200);
    expect(r.json.candidates).toHaveLength(1);
    expect(r.json.candidates[0].counts).toEqual(expect.objectContaining({ hard: expect.any(Number) }));
    // Break the week: L1 loses a lesson → the checker reports it, still a 200 (a report, not bad input).
    const broken = tinyCandidate();
    broken.lessons = broken.lessons.filter((l) => !(l.group === "L1" && l.day === "mon"));
    const r2 = await call(s, "POST", "/api/validate", { scenario: tinyInput(), candidate: broken });
    expect(r2.status).toBe(200);
    expect(r2.json.ok).toBe(false);
    expect(r2.json.candidates[0].counts.hard).toBeGreaterThan(0);
  });

  it("deletes a scenario", async () => {
    const extra = await call(s, "POST", "/api/scenarios", tinyInput());
    expect((await call(s, "DELETE", `/api/scenarios/${extra.json.id}`)).status).toBe(204);
    expectProblem(await call(s, "GET", `/api/scenarios/${extra.json.id}`), 404);
    expectProblem(await call(s, "DELETE", `/api/scenarios/${extra.json.id}`), 404);
  });
});

describe("bad input is a 4xx problem+json naming the field", () => {
  let s: RunningServer;
  beforeAll(async () => {
    s = await startServer({ port: 0, dataDir: tempDir(), apiKey: KEY, log: quiet, bodyLimit: "1mb" });
  });
  afterAll(() => s?.close());

  it("wrong type: 422 with the field path", async () => {
    const bad: any = tinyInput();
    bad.groups[1].pupils = "twenty";
    const r = await call(s, "POST", "/api/scenarios", bad);
    expectProblem(r, 422);
    expect(r.json.errors[0]).toMatchObject({ field: "groups[1].pupils", pointer: "/groups/1/pupils" });
    expect(r.json.errors[0].detail).toMatch(/Verkeerd type/);
    expect(r.json.detail).toContain("groups[1].pupils");
  });

  it("unknown cross-reference and nested body fields are named too", async () => {
    const bad: any = tinyInput();
    bad.groups[0].classTeachers = ["nobody"];
    const r = await call(s, "POST", "/api/validate", { scenario: bad });
    expectProblem(r, 422);
    expect(r.json.errors.map((e: { field: string }) => e.field).join(" ")).toContain(
      "scenario.groups[0].classTeachers",
    );
  });

  it("unknown ids: 404", async () => {
    for (const path of [
      "/api/scenarios/sc-nope",
      "/api/jobs/job-nope",
      "/api/candidates/cand-nope",
      "/api/scenarios/sc-nope/candidates",
    ]) {
      expectProblem(await call(s, "GET", path), 404);
    }
    expectProblem(await call(s, "POST", "/api/scenarios/sc-nope/solve", {}), 404);
    expectProblem(await call(s, "DELETE", "/api/feeds/feed-nope"), 404);
    expectProblem(await call(s, "PUT", "/api/scenarios/sc-nope", tinyInput()), 404);
    expectProblem(await call(s, "GET", "/api/no-such-route"), 404);
  });

  it("a huge body: 413, and the server keeps answering", async () => {
    const huge = JSON.stringify({ ...tinyInput(), name: "x".repeat(2_000_000) });
    expectProblem(await call(s, "POST", "/api/scenarios", undefined, KEY, huge), 413);
    expect((await call(s, "GET", "/api/health", undefined, null)).status).toBe(200);
  });

  it("malformed JSON: 400; no body: 400", async () => {
    expectProblem(await call(s, "POST", "/api/scenarios", undefined, KEY, '{"name": "x",'), 400);
    expectProblem(await call(s, "POST", "/api/scenarios"), 400);
  });

  it("bad query and options: 400 / 422 naming the parameter", async () => {
    const q = await call(s, "GET", "/api/compare?a=x");
    expectProblem(q, 400);
    expect(q.json.errors[0].field).toBe("query.b");
    const created = await call(s, "POST", "/api/scenarios", tinyInput());
    const o = await call(s, "POST", `/api/scenarios/${created.json.id}/solve`, { candidates: "three" });
    expectProblem(o, 422);
    expect(o.json.errors[0].field).toBe("candidates");
    const v = await call(s, "GET", `/api/scenarios/${created.json.id}?version=abc`);
    expectProblem(v, 400);
    expect(v.json.errors[0].field).toBe("query.version");
  });

  it("wrong or missing key: 401; reads need the key too, so no names leak", async () => {
    const created = await call(s, "POST", "/api/scenarios", tinyInput());
    const wrong = await call(s, "POST", "/api/scenarios", tinyInput(), "wrong-key");
    expectProblem(wrong, 401);
    expect(wrong.headers.get("www-authenticate")).toMatch(/^Bearer/);
    for (const path of ["/api/scenarios", `/api/scenarios/${created.json.id}`, "/api/jobs", "/api/feeds"]) {
      const r = await call(s, "GET", path, undefined, null);
      expectProblem(r, 401);
      expect(r.text).not.toContain("An Peeters");
    }
    const health = await call(s, "GET", "/api/health", undefined, null);
    expect(health.status).toBe(200);
    expect(health.text).not.toContain("An Peeters");
    // The API description and docs page need a key (or a session) too.
    expectProblem(await call(s, "GET", "/openapi.json", undefined, null), 401);
    const docs = await call(s, "GET", "/docs", undefined, null);
    expect(docs.status).toBe(401);
    expect(docs.type).toMatch(/text\/html/);
  });
});

describe("API key and documentation", () => {
  it("generates a key at first start, stores it, and reuses it after a restart", async () => {
    const dataDir = tempDir();
    const lines: string[] = [];
    let s = await startServer({ port: 0, dataDir, log: (l) => lines.push(l) });
    const key = readFileSync(join(dataDir, "api-key"), "utf8").trim();
    expect(key.length).toBeGreaterThanOrEqual(43); // 256 bits, base64url
    expect(lines.join("\n")).toContain(key);
    expect((await call(s, "POST", "/api/scenarios", tinyInput(), key)).status).toBe(201);
    await s.close();
    s = await startServer({ port: 0, dataDir, log: (l) => lines.push(l) });
    expect(s.apiKey).toBe(key);
    expect(s.apiKeyGenerated).toBe(false);
    expect((await call(s, "GET", "/api/scenarios", undefined, key)).json).toHaveLength(1);
    await s.close();
  });

  it("serves OpenAPI 3.1 generated from the schemas, and a readable docs page", async () => {
    const s = await startServer({ port: 0, dataDir: tempDir(), apiKey: KEY, log: quiet });
    try {
      const doc = (await call(s, "GET", "/openapi.json")).json;
      expect(doc.openapi).toBe("3.1.0");
      for (const p of [
        "/api/scenarios",
        "/api/scenarios/{id}",
        "/api/scenarios/{id}/solve",
        "/api/jobs/{id}",
        "/api/candidates/{id}/feeds",
        "/api/feeds/{id}",
        "/api/compare",
        "/api/validate",
        "/ical/{file}",
      ]) {
        expect(Object.keys(doc.paths)).toContain(p);
      }
      // The scenario body schema comes from the model's zod schema (field-level detail, e.g. pupils).
      expect(JSON.stringify(doc.paths["/api/scenarios"].post.requestBody)).toContain("pupils");
      expect(doc.paths["/api/scenarios"].post.security).toEqual([{ apiKey: [] }]);
      const docs = await call(s, "GET", "/docs");
      expect(docs.type).toMatch(/text\/html/);
      expect(docs.text).toContain("/api/scenarios/{id}/solve");
      expect(docs.text).not.toMatch(/<script[^>]+src=|https?:\/\/cdn/);
    } finally {
      await s.close();
    }
  });
});
