// Locks through the REST API over real HTTP: the solve request body carries them, the job's candidate
// honours them, and bad locks fail the job with the field path.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../api/server.js";
import { LOCK_B, lockInput } from "./helpers/locks.js";
import { request, waitForJob } from "./helpers/http.js";

const KEY = "locks-test-key-0123456789";
const dataDir = mkdtempSync(join(tmpdir(), "vrijrooster-api-locks-"));

const call = (s: RunningServer, method: string, path: string, body?: unknown) =>
  request(s.url, method, path, { key: KEY, body });

const waitJob = (s: RunningServer, id: string, timeoutMs?: number) =>
  waitForJob((path) => call(s, "GET", path), id, timeoutMs);

let s: RunningServer;
let scenarioId = "";
beforeAll(async () => {
  s = await startServer({ port: 0, dataDir, apiKey: KEY, log: () => {}, concurrency: 1 });
  scenarioId = (await call(s, "POST", "/api/scenarios", lockInput())).json.id;
});
afterAll(async () => {
  await s?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("locks in the solve request", () => {
  it("a locked block: the job's best candidate has exactly that block", async () => {
    const r = await call(s, "POST", `/api/scenarios/${scenarioId}/solve`, { candidates: 1, locks: LOCK_B });
    expect(r.status).toBe(202);
    const job = await waitJob(s, r.json.id);
    expect(job.status).toBe("done");
    expect(job.resultStatus).toBe("optimal");
    expect(job.options.locks).toEqual({ ...LOCK_B, lessons: [], forbidden: [] });
    const c = (await call(s, "GET", `/api/candidates/${job.candidates[0]}`)).json;
    expect(c.candidate.releases).toMatchObject([{ goal: "visit", day: "thu", start: "08:30", end: "10:10" }]);
  });

  it("a malformed lock, or one naming a goal the school lacks, is refused at the door with the field", async () => {
    const solvePath = `/api/scenarios/${scenarioId}/solve`;
    const bad = await call(s, "POST", solvePath, { locks: { releases: [{ goal: "visit", day: "zon" }] } });
    expect([400, 422]).toContain(bad.status);
    expect(JSON.stringify(bad.json)).toMatch(/locks/);
    const forbidden = [{ day: "mon", start: "08:30", end: "09:20", goal: "plg" }];
    const r = await call(s, "POST", solvePath, { locks: { forbidden } });
    expect(r.status).toBe(422);
    expect(r.json.errors).toEqual([
      {
        field: "locks.forbidden[0].goal",
        pointer: "/locks/forbidden/0/goal",
        detail: expect.stringMatching(/Onbekende vrijroostering 'plg'/),
      },
    ]);
    const jobs = (await call(s, "GET", `/api/jobs?scenario=${scenarioId}`)).json as { options: { locks?: unknown } }[];
    expect(jobs.some((j) => JSON.stringify(j.options.locks ?? "").includes('"plg"'))).toBe(false);
  });

  it("the OpenAPI document describes locks in the solve request", async () => {
    const doc = (await call(s, "GET", "/openapi.json")).json;
    const text = JSON.stringify(doc);
    expect(text).toMatch(/Keep agreed blocks and lessons, keep windows free/);
    expect(text).toMatch(/Only this goal's release blocks; omitted = every goal/);
  });
});
