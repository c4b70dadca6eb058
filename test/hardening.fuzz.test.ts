// Fuzzing the real server on localhost (issue 12): seeded fast-check, a few hundred requests built from a
// valid school with one part replaced (wrong types, huge or negative numbers, impossible dates, control
// characters, unknown keys, deep nesting), random views and ids, and raw bytes. Never a 5xx; every 4xx is
// problem+json; every 422 names its fields; the health check keeps answering fast throughout.
import fc from "fast-check";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../api/server.js";
import { request, type Reply } from "./helpers/http.js";
import { tinyReleaseCandidate, tinyReleaseInput } from "./helpers/tiny.js";

const KEY = "fuzz-key-0123456789abcdefgh";
const SEED = Number(process.env.FUZZ_SEED ?? 12);
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const dataDir = mkdtempSync(join(tmpdir(), "vrijrooster-fuzz-"));
let s: RunningServer;
let scenarioId = "";
let candidateId = "";

beforeAll(async () => {
  s = await startServer({ port: 0, dataDir, apiKey: KEY, log: () => {} });
  scenarioId = (await request(s.url, "POST", "/api/scenarios", { key: KEY, body: tinyReleaseInput() })).json.id;
  const job = s.ctx.store.createJob(scenarioId, 1, {});
  s.ctx.store.finishJob(job.id, "done", { resultStatus: "feasible", candidates: [tinyReleaseCandidate()] });
  candidateId = s.ctx.store.getJob(job.id)!.candidates[0];
});
afterAll(async () => {
  await s?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

type Json = unknown;
/** Every path into a JSON value (containers and leaves). */
function paths(v: Json, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}
function replaced(root: Json, path: (string | number)[], value: Json | typeof DELETE): Json {
  if (!path.length) return value === DELETE ? {} : value;
  const copy = structuredClone(root) as Record<string | number, Json>;
  let o = copy;
  for (const k of path.slice(0, -1)) o = o[k] as Record<string | number, Json>;
  const last = path.at(-1)!;
  if (value === DELETE) {
    if (Array.isArray(o)) o.splice(Number(last), 1);
    else delete o[last];
  } else o[last] = value;
  return copy;
}
const DELETE = Symbol("delete");

const nasty = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(1e20, -1, -1e308, 0.5, 2 ** 53, Number.MAX_SAFE_INTEGER, 1e-9),
  fc.constantFrom("2026-02-31", "2026-13-45", "0000-00-00", "25:61", "", " ", "🌈".repeat(300)),
  fc.string({ maxLength: 40 }).map((t) => `a\r\n${t}\tb\u0000`),
  fc.constantFrom(null, true, [], {}, [[[[[[]]]]]], { __proto__: { x: 1 } }, { constructor: "x" }),
  fc.integer({ min: 1, max: 3000 }).map((n) => JSON.parse("[".repeat(n) + "]".repeat(n))),
  fc.constant(DELETE),
);

const base = tinyReleaseInput() as Json;
const basePaths = paths(base);

const scenarioBody = fc.oneof(
  fc
    .record({ at: fc.nat(basePaths.length - 1), value: nasty })
    .map(({ at, value }) => replaced(base, basePaths[at], value)),
  fc
    .record({ at: fc.nat(basePaths.length - 1), key: fc.string({ minLength: 1, maxLength: 12 }), value: nasty })
    .map(({ at, key, value }) => {
      const target = basePaths[at];
      const copy = structuredClone(base) as Record<string, Json>;
      let o: Json = copy;
      for (const k of target) o = (o as Record<string | number, Json>)[k];
      if (o && typeof o === "object" && !Array.isArray(o))
        (o as Record<string, Json>)[`x-${key}`] = value === DELETE ? 1 : value;
      return copy;
    }),
);

type Req = { method: string; path: string; body?: Json; raw?: string };
const id = fc.oneof(fc.constant("SC"), fc.string({ maxLength: 20 }), fc.constant("x".repeat(300)));
const req: fc.Arbitrary<Req> = fc.oneof(
  { weight: 4, arbitrary: scenarioBody.map((body) => ({ method: "POST", path: "/api/scenarios", body })) },
  { weight: 2, arbitrary: scenarioBody.map((body) => ({ method: "PUT", path: "/api/scenarios/SC", body })) },
  {
    weight: 1,
    arbitrary: fc.jsonValue({ maxDepth: 3 }).map((body) => ({ method: "POST", path: "/api/validate", body })),
  },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.oneof(fc.constantFrom("school", "staff:kt1", "group:L1", "goal:plg"), fc.string()), { maxLength: 5 })
      .map((views) => ({ method: "POST", path: "/api/candidates/CAND/feeds", body: { views } })),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(id, fc.string({ maxLength: 10 })).map(([a, v]) => ({
      method: "GET",
      path: `/api/scenarios/${encodeURIComponent(a)}?version=${encodeURIComponent(v)}`,
    })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(id, id)
      .map(([a, b]) => ({ method: "GET", path: `/api/compare?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}` })),
  },
  {
    weight: 1,
    arbitrary: fc
      .jsonValue({ maxDepth: 2 })
      .map((body) => ({ method: "POST", path: "/api/scenarios/SC/duplicate", body })),
  },
  {
    weight: 1,
    arbitrary: fc
      .jsonValue({ maxDepth: 2 })
      .map((body) => ({ method: "POST", path: "/api/scenarios/SC/solve", body: { ...Object(body), candidates: 0 } })),
  },
  {
    weight: 1,
    arbitrary: fc.string({ maxLength: 200 }).map((raw) => ({ method: "POST", path: "/api/scenarios", raw })),
  },
  {
    weight: 1,
    arbitrary: fc
      .string({ minLength: 1, maxLength: 60 })
      .map((t) => ({ method: "GET", path: `/ical/${encodeURIComponent(t)}.ics` })),
  },
);

function checkReply(r: Reply, q: Req) {
  const what = `${q.method} ${q.path} → ${r.status}: ${r.text.slice(0, 300)}`;
  expect(r.status, what).toBeLessThan(500);
  if (r.status >= 400) {
    expect(r.type, what).toMatch(/^application\/problem\+json/);
    expect(r.json?.status, what).toBe(r.status);
    expect(r.json?.detail, what).toEqual(expect.any(String));
  }
  if (r.status === 422) {
    expect(r.json.errors?.length, what).toBeGreaterThan(0);
    expect(r.json.errors.length, what).toBeLessThanOrEqual(50);
    for (const e of r.json.errors) expect(e.field, what).toMatch(/\S/);
  }
}

describe("fuzz: the real server never answers 5xx", () => {
  it(`${RUNS} requests (seed ${SEED}): 4xx problem+json naming the field, health always fast`, async () => {
    const statuses = new Map<number, number>();
    const health: number[] = [];
    let n = 0;
    await fc.assert(
      fc.asyncProperty(req, async (q) => {
        const path = q.path.replace("SC", scenarioId).replace("CAND", candidateId);
        const r = await request(s.url, q.method, path, { key: KEY, body: q.body, raw: q.raw });
        statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
        checkReply(r, q);
        if (++n % 10 === 0) {
          const t0 = performance.now();
          expect((await request(s.url, "GET", "/api/health")).status).toBe(200);
          health.push(performance.now() - t0);
        }
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    health.sort((a, b) => a - b);
    console.log(
      `fuzz: ${n} requests, statuses ${JSON.stringify(Object.fromEntries(statuses))}, ` +
        `health max ${health.at(-1)?.toFixed(1)} ms`,
    );
    // A stall (validation of a hostile body blocking the event loop) took seconds before. Speed itself is
    // measured by the load benchmark (npm run bench:load); here only "never blocked": under a second, even
    // on a CI machine running the browser tests beside this one.
    expect(health.at(-1)!).toBeLessThan(1000);
    expect(statuses.get(422) ?? 0).toBeGreaterThan(RUNS / 4);
  }, 120_000);
});
