// npm run bench: fixture × engine → median of ≥ 5 solves (in-process, after one warm-up solve), status,
// objective, gap; plus the whole CLI process for each fixture. `--readme` writes the table into README.md
// between the BENCH markers. Speed lives here, never in timed unit tests.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { loadScenario, type Timetable } from "../../src/model/index.js";
import { solveCore } from "../core.js";
import type { Engine } from "../engines/engine.js";
import { loadHighs, makeHighsEngine } from "../engines/highs.js";
import { jslpEngine } from "../engines/jslp.js";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const JSLP_LIMIT = Number(process.env.BENCH_JSLP_LIMIT ?? 20);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

interface Row { fixture: string; engine: string; median: number; min: number; max: number; status: string; objective: string; gap: string; vars: string }

function measure(file: string, engine: Engine, limit: number): Row {
  const scenario = loadScenario(file);
  const times: number[] = [];
  let last: Timetable | undefined;
  let vars = "";
  for (let i = 0; i <= RUNS; i++) {
    const t0 = performance.now();
    last = solveCore(scenario, {
      candidates: 1, timeLimitSeconds: limit, engine,
      onProgress: (p) => { const m = /(\d+) variabelen, (\d+) voorwaarden/.exec(p.message); if (m) vars = `${m[1]}×${m[2]}`; },
    });
    if (i > 0) times.push(performance.now() - t0); // run 0 warms up the WebAssembly / JIT
    if (last.status === "timeout") break; // one timeout says enough
  }
  const c = last!.candidates[0];
  return {
    fixture: file.replace(/^fixtures\//, ""),
    engine: engine.name,
    median: times.length ? median(times) : NaN,
    min: times.length ? Math.min(...times) : NaN,
    max: times.length ? Math.max(...times) : NaN,
    status: last!.status,
    objective: c ? String(c.objective) : "—",
    gap: c ? `${((c.gap ?? 0) * 100).toFixed(2)} %` : "—",
    vars,
  };
}

function cliMedian(file: string): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    spawnSync(process.execPath, ["dist/src/cli/main.js", "solve", file, "--candidates", "1", "--json"], { stdio: "ignore" });
    times.push(performance.now() - t0);
  }
  return median(times);
}

async function main() {
  const files = readdirSync("fixtures").filter((f) => f.endsWith(".json") && !f.includes("timetable") && !f.includes("bad")).map((f) => join("fixtures", f));
  const highs = makeHighsEngine(await loadHighs());
  const rows: Row[] = [];
  for (const f of files) {
    for (const [engine, limit] of [[highs, 60], [jslpEngine, JSLP_LIMIT]] as const) {
      const row = measure(f, engine, limit);
      rows.push(row);
      process.stderr.write(`${row.fixture} ${row.engine}: ${row.median.toFixed(0)} ms ${row.status}\n`);
    }
  }
  const cli = files.map((f) => ({ fixture: f.replace(/^fixtures\//, ""), ms: cliMedian(f) }));
  const fmt = (x: number) => (Number.isFinite(x) ? `${Math.round(x)}` : "—");
  const table = [
    `Median of ${RUNS} in-process solves after one warm-up (1 candidate; build + solve + checker re-check), ${cpus().length} cores, ${new Date().toISOString().slice(0, 10)}. jslp time limit ${JSLP_LIMIT} s.`,
    "",
    "| fixture | engine | median ms | min–max ms | status | objective | gap | model (vars×rows) |",
    "|---|---|---:|---:|---|---:|---:|---|",
    ...rows.map((r) => `| ${r.fixture} | ${r.engine} | ${fmt(r.median)} | ${fmt(r.min)}–${fmt(r.max)} | ${r.status} | ${r.objective} | ${r.gap} | ${r.vars} |`),
    "",
    "Whole CLI process (`vrijrooster solve <fixture> --candidates 1 --json`, HiGHS, median of " + RUNS + "):",
    "",
    "| fixture | median ms |",
    "|---|---:|",
    ...cli.map((c) => `| ${c.fixture} | ${fmt(c.ms)} |`),
  ].join("\n");
  process.stdout.write(table + "\n");
  if (process.argv.includes("--readme")) {
    const readme = readFileSync("README.md", "utf8");
    const next = readme.replace(/<!-- BENCH:START -->[\s\S]*<!-- BENCH:END -->/, `<!-- BENCH:START -->\n${table}\n<!-- BENCH:END -->`);
    writeFileSync("README.md", next);
    process.stderr.write("README.md updated\n");
  }
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exitCode = 1;
});
