// npm run bench: fixture × engine → median of ≥ 5 solves through the public solve() (worker thread, as the
// CLI and the API use it), after one warm-up: wall time, engine time, status, objective, gap; plus the
// whole CLI process per fixture; then the scale table (scale.ts: generated schools of 6 … 96 classes and the FET
// school next to fet-cl). `--readme` writes the tables into README.md between the BENCH (and BENCH-SCALE) markers.
// Speed lives here, never in timed unit tests. BENCH_PARTS=fixtures,scale,limits picks parts (limits.ts: wall time
// under short --time-limit values; not in the default); BENCH_SIZES=6,12 the
// generated sizes; BENCH_GROUP_SCHOOLS the school group's schools (group.ts; 0: none); BENCH_SCALE_RUNS (default 3) and BENCH_SCALE_LIMIT (seconds, default 60) the scale runs.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { loadScenario, type Timetable } from "../../src/model/index.js";
import { solve } from "../index.js";
import { fetRow, scaleRows, scaleTable } from "./scale.js";
import { LIMIT_CASES, limitsTable } from "./limits.js";
import { groupRow } from "./group.js";

const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 5));
const JSLP_LIMIT = Number(process.env.BENCH_JSLP_LIMIT ?? 20);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x: number) => (Number.isFinite(x) ? `${Math.round(x)}` : "—");

interface Row {
  fixture: string;
  engine: string;
  wall: number;
  engineMs: number;
  explainMs: number;
  status: string;
  objective: string;
  gap: string;
  model: string;
}

async function measure(file: string, engine: "highs" | "jslp", limit: number): Promise<Row> {
  const scenario = loadScenario(file);
  const wall: number[] = [];
  const engineMs: number[] = [];
  const explainMs: number[] = [];
  let last: Timetable | undefined;
  for (let i = 0; i <= RUNS; i++) {
    const t0 = performance.now();
    last = await solve(scenario, { candidates: 1, timeLimitSeconds: limit, engine });
    if (i === 0) continue; // warm-up
    wall.push(performance.now() - t0);
    engineMs.push(last.stats?.solveMs ?? NaN);
    explainMs.push(last.stats?.explainMs ?? NaN);
    if (last.status === "timeout") break; // one timeout says enough
  }
  const c = last!.candidates[0];
  return {
    fixture: file.replace(/^fixtures\//, ""),
    engine,
    wall: median(wall),
    engineMs: median(engineMs),
    explainMs: median(explainMs),
    status: last!.status,
    objective: c ? String(c.objective) : "—",
    gap: c ? `${((c.gap ?? 0) * 100).toFixed(2)} %` : "—",
    model: (last!.stats?.models ?? []).map((m) => `${m.variables}×${m.constraints}`).join(", "),
  };
}

function cliMedian(file: string): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    spawnSync(process.execPath, ["dist/cli/main.js", "solve", file, "--candidates", "1", "--json"], {
      stdio: "ignore",
    });
    times.push(performance.now() - t0);
  }
  return median(times);
}

const PARTS = (process.env.BENCH_PARTS ?? "fixtures,scale").split(",");
const SIZES = (process.env.BENCH_SIZES ?? "6,12,24,36,48,96")
  .split(",")
  .map(Number)
  .filter((n) => n > 0);
const SCALE_RUNS = Math.max(1, Number(process.env.BENCH_SCALE_RUNS ?? 3));
const SCALE_LIMIT = Number(process.env.BENCH_SCALE_LIMIT ?? 60);

function scale(): string {
  const log = (s: string) => process.stderr.write(s);
  const loadBefore = loadavg()[0];
  const rows = scaleRows(SIZES, SCALE_RUNS, SCALE_LIMIT, log);
  const fet = fetRow(join("..", "shared", "bench", "fet-school"), SCALE_RUNS, SCALE_LIMIT, log);
  const group = groupRow(SCALE_RUNS, SCALE_LIMIT, log);
  const load = [loadBefore, loadavg()[0]] as const;
  return scaleTable(
    [...(fet ? [fet] : []), ...rows, ...(group ? [group] : [])],
    SCALE_RUNS,
    SCALE_LIMIT,
    cpus().length,
    load,
  );
}

async function main() {
  if (PARTS.includes("limits")) {
    const log = (s: string) => process.stderr.write(s);
    process.stdout.write(limitsTable(LIMIT_CASES, SCALE_RUNS, cpus().length, log) + "\n\n");
  }
  const scaleOut = PARTS.includes("scale") ? scale() : undefined;
  if (scaleOut) process.stdout.write(scaleOut + "\n\n");
  if (!PARTS.includes("fixtures")) {
    if (process.argv.includes("--readme") && scaleOut) writeReadme("BENCH-SCALE", scaleOut);
    return;
  }
  const files = readdirSync("fixtures")
    .filter((f) => f.endsWith(".json") && !f.includes("timetable") && new RegExp(process.env.BENCH_ONLY ?? ".").test(f))
    .sort()
    .map((f) => join("fixtures", f));
  const rows: Row[] = [];
  for (const f of files) {
    for (const [engine, limit] of (
      [
        ["highs", 60],
        ["jslp", JSLP_LIMIT],
      ] as const
    ).filter(([e]) => new RegExp(process.env.BENCH_ENGINES ?? ".").test(e))) {
      const row = await measure(f, engine, limit);
      rows.push(row);
      process.stderr.write(
        `${row.fixture} ${row.engine}: ${fmt(row.wall)} ms wall, ${fmt(row.engineMs)} ms engine, ${row.status}\n`,
      );
    }
  }
  const cli = files.map((f) => ({ fixture: f.replace(/^fixtures\//, ""), ms: cliMedian(f) }));
  const table = [
    `Median of ${RUNS} solves after one warm-up, 1 candidate, through \`solve()\` (worker thread). *wall*: the whole call (worker start, WebAssembly load, model build, solve, checker re-check, explanation); *engine*: time inside the MILP engine; *explain*: finding the conflicting rules (HiGHS). ${cpus().length} cores, ${new Date().toISOString().slice(0, 10)}, jslp time limit ${JSLP_LIMIT} s.`,
    "",
    "| fixture | engine | wall ms | engine ms | explain ms | status | objective | gap | model (vars×rows per grid) |",
    "|---|---|---:|---:|---:|---|---:|---:|---|",
    ...rows.map(
      (r) =>
        `| ${r.fixture} | ${r.engine} | ${fmt(r.wall)} | ${fmt(r.engineMs)} | ${fmt(r.explainMs)} | ${r.status} | ${r.objective} | ${r.gap} | ${r.model} |`,
    ),
    "",
    `Whole CLI process, \`vrijrooster solve <fixture> --candidates 1 --json\` (HiGHS), median of ${RUNS}:`,
    "",
    "| fixture | median ms |",
    "|---|---:|",
    ...cli.map((c) => `| ${c.fixture} | ${fmt(c.ms)} |`),
  ].join("\n");
  process.stdout.write(table + "\n");
  if (process.argv.includes("--readme")) {
    writeReadme("BENCH", table);
    if (scaleOut) writeReadme("BENCH-SCALE", scaleOut);
  }
}

/** Replace the text between `<!-- NAME:START -->` and `<!-- NAME:END -->` in README.md. */
function writeReadme(name: string, text: string) {
  const readme = readFileSync("README.md", "utf8");
  const markers = new RegExp(`<!-- ${name}:START -->[\\s\\S]*<!-- ${name}:END -->`);
  if (!markers.test(readme)) return process.stderr.write(`README.md has no ${name} markers\n`);
  writeFileSync("README.md", readme.replace(markers, `<!-- ${name}:START -->\n${text}\n<!-- ${name}:END -->`));
  process.stderr.write(`README.md updated (${name})\n`);
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exitCode = 1;
});
