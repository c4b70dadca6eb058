#!/usr/bin/env node
// npm run bench, the rounds planner: each rounds fixture planned by the real CLI as a whole process
// (`node dist/cli/main.js rounds … --json`, so loading Node, the code and HiGHS counts), several runs each.
// Prints per fixture the median wall time, the median CPU time (user + system), the peak memory (max resident
// set, from /usr/bin/time or, without it, from the child's resource usage), the planner's own time (stats.ms),
// the status and whether it is proven. Needs dist/ (npm run build). `--runs N` (default 5), `--quick` = 3 runs.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const argRuns = process.argv.indexOf("--runs");
const RUNS = argRuns > 0 ? Number(process.argv[argRuns + 1]) : process.argv.includes("--quick") ? 3 : 5;
const CLI = "dist/cli/main.js";
if (!existsSync(CLI)) throw new Error(`${CLI} ontbreekt: eerst npm run build`);
const FIXTURES = [
  "fixtures/rounds/m-team.json",
  "fixtures/rounds/recurring.json",
  "fixtures/rounds/kernreflectie.json",
  "fixtures/rounds/afstemmingsgesprekken.json",
  "fixtures/rounds/afstemmingsgesprekken-36.json",
];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const gnuTime = existsSync("/usr/bin/time");

console.log(`Rounds planner, ${RUNS} runs per fixture (whole process: node ${CLI} rounds … --json)`);
console.log("fixture                          wall s   CPU s   peak MB  planner s  status");
for (const f of FIXTURES) {
  const walls = [];
  const cpus = [];
  const peaks = [];
  const inner = [];
  let last;
  for (let i = 0; i < RUNS; i++) {
    const args = [
      CLI,
      "rounds",
      f,
      "--scenario",
      "fixtures/city-school.json",
      "--timetable",
      "fixtures/rounds/city-school.timetable.json",
      "--json",
    ];
    const t0 = performance.now();
    const r = gnuTime
      ? spawnSync("/usr/bin/time", ["-f", "%U %S %M", process.execPath, ...args], {
          encoding: "utf8",
          maxBuffer: 1 << 28,
        })
      : spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 28 });
    walls.push((performance.now() - t0) / 1000);
    if (r.status !== 0 && r.status !== 1) throw new Error(`${f}: exit ${r.status}\n${r.stderr}`);
    if (gnuTime) {
      const [u, s, kb] = r.stderr.trim().split("\n").at(-1).split(" ").map(Number);
      cpus.push(u + s);
      peaks.push(kb / 1024);
    }
    last = JSON.parse(r.stdout);
    inner.push(last.stats.ms / 1000);
  }
  const name = f.replace("fixtures/rounds/", "").padEnd(32);
  const cell = (xs, w, d = 2) => (xs.length ? median(xs).toFixed(d) : "–").padStart(w);
  console.log(
    `${name} ${cell(walls, 6)} ${cell(cpus, 7)} ${cell(peaks, 9, 0)} ${cell(inner, 10)}  ${last.status}${last.proven ? " (bewezen)" : ""}, ${last.metrics.placed}/${last.metrics.sessions} sessies, ${last.metrics.days} dagen, ${last.metrics.personDays} persoonsdagen`,
  );
}
