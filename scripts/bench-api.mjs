#!/usr/bin/env node
// npm run bench, the API's part: how long a solve job of the village school (or BENCH_API_FILE) takes through the real server (POST
// solve → job done, polled every 5 ms), with the warmed-up spare worker (`vrijrooster serve`, `npm start`) and
// without it (each job starts a fresh worker). Median of 9 jobs after one warm-up job; the server waits between jobs
// until its next spare has warmed up, as it would between a principal's clicks. Not part of npm test.
import { readFileSync } from "node:fs";
import { benchServer } from "./bench-server.mjs";

const RUNS = Number(process.env.BENCH_API_RUNS || 9);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const { spareWorker } = await import("../dist/solver/worker-pool.js");
// BENCH_API_FILE: another scenario (e.g. the imported FET bench school); default the village school.
const FILE = process.env.BENCH_API_FILE || "fixtures/village-school.json";
const village = JSON.parse(readFileSync(FILE, "utf8"));

async function measure(warmWorker) {
  const { call, close } = await benchServer(warmWorker ? "api-warm" : "api-cold", { warmWorker });
  const { id } = await call("POST", "/api/scenarios", village);
  const times = [];
  let status;
  for (let i = 0; i <= RUNS; i++) {
    await spareWorker()?.warmedUp;
    await new Promise((r) => setTimeout(r, 300));
    const t0 = performance.now();
    let job = await call("POST", `/api/scenarios/${id}/solve`, { candidates: 1, timeLimitSeconds: 30 });
    while (["queued", "running"].includes(job.status)) {
      await new Promise((r) => setTimeout(r, 5));
      job = await call("GET", `/api/jobs/${job.id}`);
    }
    status = job.resultStatus;
    if (i > 0) times.push(performance.now() - t0);
  }
  await close();
  return { ms: Math.round(median(times)), min: Math.round(Math.min(...times)), status };
}

const cold = await measure(false);
const warm = await measure(true);
console.log(`API solve job, ${FILE} (1 candidate), median of ${RUNS} after one warm-up:`);
console.log(`| worker | median ms | min ms | status |\n|---|---:|---:|---|`);
console.log(`| fresh worker per job | ${cold.ms} | ${cold.min} | ${cold.status} |`);
console.log(`| warmed-up spare (serve, npm start) | ${warm.ms} | ${warm.min} | ${warm.status} |`);
