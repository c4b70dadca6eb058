// The API server's warmed-up spare worker (issue 11: a solve in a fresh worker first pays for compiling HiGHS and
// our code). Real server on localhost, real SQLite file, real worker threads and HiGHS: the spare warms up, takes
// the next job, a new spare follows when that job's worker ends, and closing the server ends the spare.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { startServer } from "../api/server.js";
import { spareWorker } from "../solver/worker-pool.js";
import { request, waitForJob } from "./helpers/http.js";

const KEY = "warm-worker-test-key-0123456789";
const VILLAGE = JSON.parse(readFileSync(new URL("../fixtures/village-school.json", import.meta.url), "utf8"));
const dataDir = mkdtempSync(join(tmpdir(), "vrijrooster-api-warm-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function until<T>(what: () => T | undefined, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = what();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
}

it("keeps a warmed-up worker for the next solve, starts the next after each job, and ends it with the server", async () => {
  expect(spareWorker()).toBeUndefined();
  const s = await startServer({ port: 0, dataDir, apiKey: KEY, log: () => {}, warmWorker: true });
  const first = spareWorker();
  expect(first?.warm).toBe(true);
  await first!.warmedUp;
  try {
    const call = (method: string, path: string, body?: unknown) => request(s.url, method, path, { key: KEY, body });
    const id = (await call("POST", "/api/scenarios", VILLAGE)).json.id;
    const posted = await call("POST", `/api/scenarios/${id}/solve`, { candidates: 1 });
    expect(posted.status).toBe(202);
    const job = await waitForJob((path) => call("GET", path), posted.json.id);
    expect(job.status).toBe("done");
    expect(job.resultStatus).toBe("optimal");
    // The same optimum as a cold solve (test/solver.fixtures.test.ts): the warm-up leaves nothing behind.
    const cand = (await call("GET", `/api/candidates/${job.candidates[0]}`)).json;
    expect(cand.candidate.objective).toBe(1024198);
    const next = await until(() => spareWorker());
    expect(next.warm).toBe(true);
    await next.warmedUp;
  } finally {
    await s.close();
  }
  expect(spareWorker()).toBeUndefined();
});

it("starts no spare worker unless asked (tests and scripts that start many servers)", async () => {
  const s = await startServer({ port: 0, dataDir: join(dataDir, "plain"), apiKey: KEY, log: () => {} });
  expect(spareWorker()).toBeUndefined();
  await s.close();
});
