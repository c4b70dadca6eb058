#!/usr/bin/env node
// npm run bench, the server under load: how fast a published calendar feed and the health check answer while
// the server is idle and while 20 solves of the example school are queued (feed p50/p99, health p99, at a
// steady 200 requests a second for 10 s each). Real server on localhost, real solves. Not part of npm test.
// `--quick` measures 4 s per phase (for a check after a change).
import { readFileSync } from "node:fs";
import { benchServer } from "./bench-server.mjs";

const quick = process.argv.includes("--quick");
const SECONDS = quick ? 4 : 10;
const RATE = 200;
const QUEUED = 20;

const { server, call, close } = await benchServer("load");
const waitJob = async (id) => {
  for (;;) {
    const job = await call("GET", `/api/jobs/${id}`);
    if (!["queued", "running"].includes(job.status)) return job;
    await new Promise((r) => setTimeout(r, 200));
  }
};

const city = JSON.parse(readFileSync("fixtures/city-school.json", "utf8"));
const { id } = await call("POST", "/api/scenarios", city);
const first = await waitJob((await call("POST", `/api/scenarios/${id}/solve`, { candidates: 1 })).id);
const cand = { id: first.candidates[0] };
const published = await call("POST", `/api/candidates/${cand.id}/feeds`, { views: ["school"] });
if (!published.feeds) throw new Error(JSON.stringify(published));
const feedUrl = published.feeds[0].url;

const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];

/** Requests at a steady rate (not closed-loop: a slow answer does not slow the sender), latency of each. */
async function phase(label) {
  const feed = [];
  const health = [];
  const pending = [];
  const t0 = performance.now();
  for (let i = 0; i < SECONDS * RATE; i++) {
    const due = t0 + (i * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const isHealth = i % 10 === 0;
    const started = performance.now();
    pending.push(
      fetch(isHealth ? `${server.url}/api/health` : feedUrl)
        .then((r) => r.arrayBuffer())
        .then(() => (isHealth ? health : feed).push(performance.now() - started)),
    );
  }
  await Promise.all(pending);
  const row = {
    label,
    feedP50: pct(feed, 50),
    feedP99: pct(feed, 99),
    healthP99: pct(health, 99),
    requests: feed.length + health.length,
  };
  console.log(
    `${label.padEnd(24)} feed p50 ${row.feedP50.toFixed(1)} ms, p99 ${row.feedP99.toFixed(1)} ms; ` +
      `health p99 ${row.healthP99.toFixed(1)} ms (${row.requests} requests)`,
  );
  return row;
}

await phase("no solves");
const jobs = [];
for (let i = 0; i < QUEUED; i++)
  jobs.push((await call("POST", `/api/scenarios/${id}/solve`, { candidates: 3, timeLimitSeconds: 20 })).id);
await phase(`${QUEUED} solves queued`);
for (const j of jobs) await call("DELETE", `/api/jobs/${j}`);
await close();
