// GET /api/candidates/:id/export?format=fet over real HTTP for a school whose kleuter days have other lesson times
// (DayGrid.levels): 422 with the Dutch reason and the field, not a file and not a 500; xlsx still downloads.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../api/server.js";
import { request, waitForJob } from "./helpers/http.js";

const KEY = "test-key-level-days-0123456789";
const dataDir = mkdtempSync(join(tmpdir(), "vrijrooster-api-level-days-"));
let s: RunningServer;
let candidate = "";
const get = (path: string) => request(s.url, "GET", path, { key: KEY });

beforeAll(async () => {
  s = await startServer({ port: 0, dataDir, apiKey: KEY, log: () => {} });
  // The kleuters' own days of fixtures/practices/level-grids.json (their lessons at other times than the lager's).
  const body = JSON.parse(readFileSync("fixtures/practices/level-grids.json", "utf8"));
  const stored = await request(s.url, "POST", "/api/scenarios", { key: KEY, body });
  expect(stored.status, JSON.stringify(stored.json)).toBe(201);
  const job = (
    await request(s.url, "POST", `/api/scenarios/${stored.json.id}/solve`, { key: KEY, body: { candidates: 1 } })
  ).json;
  const done = await waitForJob(get, job.id);
  expect(done.candidates?.length, JSON.stringify(done)).toBeGreaterThan(0);
  candidate = done.candidates[0];
});
afterAll(async () => {
  await s?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("export of a week with kleuter days", () => {
  it("format=fet: 422, the reason in Dutch with the day grid's name and the field", async () => {
    const r = await get(`/api/candidates/${candidate}/export?format=fet`);
    expect(r.status).toBe(422);
    expect(r.json.detail).toMatch(
      /^FET kent één lijst lesuren voor de hele school, maar dagindeling '.+' geeft de kleuters andere lesuren/,
    );
    expect(r.json.errors[0].field).toBe("dayGrids[0].levels.kleuter");
  });
  it("format=xlsx still downloads", async () => {
    const r = await fetch(`${s.url}/api/candidates/${candidate}/export?format=xlsx`, {
      headers: { authorization: `Bearer ${KEY}` },
    });
    expect(r.status).toBe(200);
    expect((await r.arrayBuffer()).byteLength).toBeGreaterThan(1000);
  });
});
