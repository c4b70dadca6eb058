// "Waarom niet?" over real HTTP with the real solver (worker thread): a goal that is not met because too few
// people can take over the classes gets the solver's explanation in words; unknown goal 422, unknown candidate 404.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { costMessage } from "../api/routes/why-not.js";
import { startServer, type RunningServer } from "../api/server.js";
import type { Candidate } from "../src/model/index.js";
import { request } from "./helpers/http.js";

const KEY = "why-not-test-key-0123456789";
const VILLAGE = JSON.parse(readFileSync(new URL("../fixtures/village-school.json", import.meta.url), "utf8"));
const dataDir = mkdtempSync(join(tmpdir(), "vrijrooster-api-why-not-"));

/** The village school where every primary class teacher should meet during lessons (no after-school time, no
 * reshaped day): five classes at once need cover, and only a handful of people can give it. */
function tooFewCoverers() {
  const s = structuredClone(VILLAGE);
  s.cover = { ...s.cover, reshapedDay: false, afterSchoolWindow: false };
  s.releaseGoals.push({
    id: "leerjaren",
    name: "Overleg lagere school",
    purpose: "team",
    mode: "physical",
    members: ["kt-l1", "kt-l2", "kt-l3", "kt-l4", "kt-l56"],
    frequency: { kind: "weekly" },
    weight: 1,
  });
  return s;
}

const call = (s: RunningServer, method: string, path: string, body?: unknown) =>
  request(s.url, method, path, { key: KEY, body });

let s: RunningServer;
let candidateId = "";

beforeAll(async () => {
  s = await startServer({ port: 0, dataDir, apiKey: KEY, log: () => {}, concurrency: 1 });
  const id = (await call(s, "POST", "/api/scenarios", tooFewCoverers())).json.id;
  const job = (await call(s, "POST", `/api/scenarios/${id}/solve`, { candidates: 1, timeLimitSeconds: 20 })).json;
  for (;;) {
    const j = (await call(s, "GET", `/api/jobs/${job.id}`)).json;
    if (!["queued", "running"].includes(j.status)) {
      candidateId = j.candidates[0];
      break;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}, 60_000);
afterAll(async () => {
  await s?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("POST /api/candidates/:id/why-not", () => {
  it("the unmet goal: not possible, with the solver's reason in words (classes that need cover)", async () => {
    const c = (await call(s, "GET", `/api/candidates/${candidateId}`)).json.candidate;
    expect(c.releases.filter((r: { goal: string }) => r.goal === "leerjaren")).toEqual([]); // really unmet
    const r = await call(s, "POST", `/api/candidates/${candidateId}/why-not`, { goal: "leerjaren" });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ goal: "leerjaren", possible: false });
    const cover = r.json.conflicts.find((x: { rule: string }) => x.rule === "timetable.release-cover");
    expect(cover.messageId).toBe("encode-cover-capacity");
    expect(cover.message).toContain("Overleg lagere school");
    expect(cover.message).toContain("Graadsklas 5de-6de leerjaar"); // the class's name, not its id (L56)
    expect(cover.messageEn).toMatch(/must be covered at once/);
  }, 60_000);

  it("an unknown goal is a 422 naming the field goal", async () => {
    const r = await call(s, "POST", `/api/candidates/${candidateId}/why-not`, { goal: "bestaat-niet" });
    expect(r.status).toBe(422);
    expect(r.type).toMatch(/problem\+json/);
    expect(r.json.errors[0].field).toBe("goal");
    expect(r.json.detail).toContain("bestaat-niet");
    const missing = await call(s, "POST", `/api/candidates/${candidateId}/why-not`, {});
    expect(missing.status).toBe(422);
    expect(missing.json.errors[0].field).toBe("goal");
  });

  it("an unknown candidate is a 404", async () => {
    const r = await call(s, "POST", "/api/candidates/cand-nope/why-not", { goal: "leerjaren" });
    expect(r.status).toBe(404);
    expect(r.type).toMatch(/problem\+json/);
  });
});

describe("costMessage", () => {
  const cand = (releases: { goal: string; start: string; end: string }[], goalsMet: number): Candidate =>
    ({
      status: "optimal",
      objective: 0,
      bound: 0,
      lessons: [],
      violations: [],
      releases: releases.map((r) => ({ ...r, day: "tue", staff: [], externals: [], cover: [] })),
      metrics: { goalsMet, goalsTotal: 2, releaseMinutes: releases.length * 60 },
    }) as Candidate;
  it("names the goal that loses minutes and the totals before and after", () => {
    const before = cand([{ goal: "plg", start: "13:00", end: "15:00" }], 1);
    const after = cand(
      [
        { goal: "plg", start: "13:00", end: "14:00" },
        { goal: "kern", start: "14:00", end: "15:00" },
      ],
      2,
    );
    const m = costMessage({ id: "kern", name: "Kernteam" }, [{ id: "plg", name: "PLG taal" }], before, after);
    expect(m.message).toContain("Kernteam kan wel een moment krijgen");
    expect(m.message).toContain("PLG taal verliest 60 minuten");
    expect(m.messageEn).toContain("PLG taal loses 60 minutes");
  });
});
