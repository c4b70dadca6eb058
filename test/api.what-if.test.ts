// "Wat zou helpen?" over real HTTP with the real solver (worker thread): a stored week whose goal is not met
// because the LO teacher is only there on Monday gets the options the re-solves proved; an option's patch,
// applied to the stored scenario, makes a variant (duplicate + PUT) whose solve really meets the goal.
// Bad input 422 with the field, unknown candidate 404.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../api/server.js";
import { applyPatch, type WhatIf } from "../src/model/what-if.js";
import { request } from "./helpers/http.js";
import { loMondayInput } from "./helpers/what-if-school.js";

const KEY = "what-if-test-key-0123456789";
const dataDir = mkdtempSync(join(tmpdir(), "vrijrooster-api-what-if-"));

const call = (s: RunningServer, method: string, path: string, body?: unknown) =>
  request(s.url, method, path, { key: KEY, body });

let s: RunningServer;
let scenarioId = "";
let candidateId = "";

/** Solves a stored scenario and returns its job when it has ended. */
async function solved(id: string) {
  const job = (await call(s, "POST", `/api/scenarios/${id}/solve`, { candidates: 1, timeLimitSeconds: 20 })).json;
  for (;;) {
    const j = (await call(s, "GET", `/api/jobs/${job.id}`)).json;
    if (!["queued", "running"].includes(j.status)) return j;
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  s = await startServer({ port: 0, dataDir, apiKey: KEY, log: () => {}, concurrency: 1 });
  scenarioId = (await call(s, "POST", "/api/scenarios", loMondayInput())).json.id;
  candidateId = (await solved(scenarioId)).candidates[0];
}, 60_000);
afterAll(async () => {
  await s?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("POST /api/candidates/:id/what-if", () => {
  it("lists the LO teacher on Thursday afternoon with its proven effect; the patch makes a variant that meets it", async () => {
    const r = await call(s, "POST", `/api/candidates/${candidateId}/what-if`, { goal: "taal", seconds: 30 });
    expect(r.status).toBe(200);
    const w = r.json as WhatIf;
    expect(w.compared).toMatchObject({ rank: 1, goalsMet: 0, releaseMinutes: 0, proven: true });
    expect(w.targets.map((t) => [t.kind, t.goal])).toEqual([["unmet", "taal"]]);
    const lo = w.targets[0].options.find((o) => o.text.nl.startsWith("Chris Maes (LO) ook op donderdagnamiddag"))!;
    expect(lo.summary.nl).toBe("+1 doel, +115 min voor PLG taal");
    expect(lo.proof).toBe("bewezen");

    // "Probeer in een variant": the stored body, patched, as a variant of the school.
    const stored = (await call(s, "GET", `/api/scenarios/${scenarioId}`)).json.scenario;
    const variant = (
      await call(s, "POST", `/api/scenarios/${scenarioId}/duplicate`, { name: "De Wilg — LO op donderdag" })
    ).json;
    const put = await call(s, "PUT", `/api/scenarios/${variant.id}`, {
      ...applyPatch(stored, lo.patch),
      name: "De Wilg — LO op donderdag",
    });
    expect(put.status).toBe(200);
    const job = await solved(variant.id);
    const best = (await call(s, "GET", `/api/candidates/${job.candidates[0]}`)).json.candidate;
    expect(best.metrics.goalsMet).toBe(1);
    expect(best.releases).toMatchObject([{ goal: "taal", day: "thu", start: "13:20", end: "15:15" }]);
  }, 90_000);

  it("without a goal: every missed goal and more shared minutes", async () => {
    const w = (await call(s, "POST", `/api/candidates/${candidateId}/what-if`, {})).json as WhatIf;
    expect(w.targets.map((t) => t.kind)).toEqual(["unmet", "more-minutes"]);
    expect(w.targets[1].options.map((o) => o.effect.releaseMinutes)).toContain(115);
  }, 90_000);

  it("bad input is a 422 with the field; an unknown candidate a 404", async () => {
    const unknownGoal = await call(s, "POST", `/api/candidates/${candidateId}/what-if`, { goal: "rekenen" });
    expect(unknownGoal.status).toBe(422);
    expect(unknownGoal.json.detail).toBe("Overlegmoment 'rekenen' bestaat niet in dit scenario");
    expect(unknownGoal.json.errors[0].field).toBe("goal");
    const tooShort = await call(s, "POST", `/api/candidates/${candidateId}/what-if`, { seconds: 1 });
    expect(tooShort.status).toBe(422);
    expect(JSON.stringify(tooShort.json)).toContain("seconds");
    const extra = await call(s, "POST", `/api/candidates/${candidateId}/what-if`, { goal: "taal", budget: 5 });
    expect(extra.status).toBe(422);
    const missing = await call(s, "POST", "/api/candidates/bestaat-niet/what-if", {});
    expect(missing.status).toBe(404);
  });
});
