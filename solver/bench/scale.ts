// The scale half of `npm run bench` (issue 11): generated schools of 6 … 96 classes on the city school's structure
// (scripts/make-big-school.mjs --classes N), and the FET bench school side by side with `fet-cl` when it is
// installed. Every figure is a whole `vrijrooster solve` process — Node's start, loading, the worker, building,
// HiGHS, the re-check and the JSON — timed by /usr/bin/time (wall seconds and peak memory), median of several runs.
// HiGHS' node and simplex-iteration counts and the model sizes come from the result's stats: unlike times they do
// not change when the machine is busy.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const TIME = "/usr/bin/time";

export interface ProcessRun {
  wall: number;
  /** User + system CPU seconds (undefined without /usr/bin/time): less distorted than wall time on a busy machine. */
  cpu?: number;
  /** Peak resident memory in MB (undefined without /usr/bin/time). */
  peakMb?: number;
  stdout: string;
}

/** One whole process, timed from outside: wall seconds and peak memory as the operating system counted them. */
export function timedProcess(cmd: string, args: string[]): ProcessRun {
  if (existsSync(TIME)) {
    const r = spawnSync(TIME, ["-f", "@@ %e %M %U %S", cmd, ...args], { encoding: "utf8", maxBuffer: 1 << 28 });
    const m = /@@ ([\d.]+) (\d+) ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr ?? "");
    if (m)
      return { wall: Number(m[1]), peakMb: Number(m[2]) / 1024, cpu: Number(m[3]) + Number(m[4]), stdout: r.stdout };
  }
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 1 << 28 });
  return { wall: (performance.now() - t0) / 1000, stdout: r.stdout };
}

/** Medians of `runs` whole processes (after one warm-up) and the last run's output. */
export function medianOf(runs: number, cmd: string, args: string[]) {
  timedProcess(cmd, args);
  const all = Array.from({ length: runs }, () => timedProcess(cmd, args));
  const mem = all.flatMap((r) => (r.peakMb === undefined ? [] : [r.peakMb]));
  const cpu = all.flatMap((r) => (r.cpu === undefined ? [] : [r.cpu]));
  return {
    wall: median(all.map((r) => r.wall)),
    peakMb: mem.length ? median(mem) : undefined,
    cpu: cpu.length ? median(cpu) : undefined,
    last: all.at(-1)!,
  };
}

interface SolveJson {
  status: string;
  candidates: { objective: number; gap?: number; status: string }[];
  stats?: {
    models: { variables: number; constraints: number }[];
    work?: { nodes: number; iterations: number };
    buildMs: number;
    solveMs: number;
  };
}

export interface ScaleRow {
  case: string;
  wall: number;
  cpu?: number;
  peakMb?: number;
  status: string;
  objective: string;
  gap: string;
  model: string;
  nodes: string;
  iterations: string;
  buildMs: string;
  solveMs: string;
  fet?: { wall: number; cpu?: number; peakMb?: number; status: string };
}

export function rowFrom(name: string, m: ReturnType<typeof medianOf>): ScaleRow {
  let r: SolveJson | undefined;
  try {
    r = JSON.parse(m.last.stdout) as SolveJson;
  } catch {
    r = undefined;
  }
  const c = r?.candidates[0];
  return {
    case: name,
    wall: m.wall,
    cpu: m.cpu,
    peakMb: m.peakMb,
    status: r?.status ?? "error",
    objective: c ? String(c.objective) : "—",
    gap: !c ? "—" : c.gap && c.gap < 1e-4 ? "< 0.01 %" : `${((c.gap ?? 0) * 100).toFixed(2)} %`,
    model: (r?.stats?.models ?? []).map((x) => `${x.variables}×${x.constraints}`).join(", ") || "—",
    nodes: r?.stats?.work ? String(r.stats.work.nodes) : "—",
    iterations: r?.stats?.work ? String(r.stats.work.iterations) : "—",
    buildMs: r?.stats ? String(Math.round(r.stats.buildMs)) : "—",
    solveMs: r?.stats ? String(Math.round(r.stats.solveMs)) : "—",
  };
}

export const solveArgs = (file: string, limit: number) => [
  "dist/cli/main.js",
  "solve",
  file,
  "--candidates",
  "1",
  "--json",
  "--time-limit",
  String(limit),
];

/** Generated schools of the given sizes, each a median of `runs` whole `vrijrooster solve` processes. */
export function scaleRows(sizes: number[], runs: number, limit: number, log: (s: string) => void): ScaleRow[] {
  const dir = mkdtempSync(join(tmpdir(), "vrijrooster-bench-"));
  return sizes.map((n) => {
    const file = join(dir, `school-${n}.json`);
    const gen = spawnSync(process.execPath, ["scripts/make-big-school.mjs", "--classes", String(n)], {
      encoding: "utf8",
      maxBuffer: 1 << 28,
    });
    writeFileSync(file, gen.stdout);
    const row = rowFrom(`${n} classes (generated)`, medianOf(runs, process.execPath, solveArgs(file, limit)));
    log(`${row.case}: ${row.wall.toFixed(2)} s, ${row.peakMb?.toFixed(0) ?? "?"} MB, ${row.status}\n`);
    return row;
  });
}

/**
 * The FET bench school: imported with `vrijrooster import`, solved as a whole process, next to `fet-cl` on the
 * same file (min_flags.txt output) when it is installed. FET's time varies much with its random seed: more runs.
 * The import makes levensbeschouwing per grade one subject both classes take together (Subject.together), as the
 * file has it; the FET column says when fet-cl did not succeed (its time then means nothing).
 */
export function fetRow(fetDir: string, runs: number, limit: number, log: (s: string) => void): ScaleRow | undefined {
  const fetFile = join(fetDir, "school.fet");
  if (!existsSync(fetFile)) return undefined;
  const dir = mkdtempSync(join(tmpdir(), "vrijrooster-bench-fet-"));
  const scenario = join(dir, "fet-school.json");
  const imported = spawnSync(process.execPath, ["dist/cli/main.js", "import", fetFile, "--out", scenario], {
    encoding: "utf8",
  });
  if (imported.status !== 0) log(`import of ${fetFile} failed: ${imported.stderr}\n`);
  const row = rowFrom(
    "FET bench school (12 classes, imported; LBV per grade together)",
    medianOf(runs, process.execPath, solveArgs(scenario, limit)),
  );
  const fetCl = ["/usr/bin/fet-cl", "/usr/local/bin/fet-cl"].find(existsSync);
  if (fetCl) {
    const flags = readFileSync(join(fetDir, "min_flags.txt"), "utf8").trim().split(/\s+/);
    const out = join(dir, "fet-out");
    const args = [`--inputfile=${fetFile}`, `--outputdir=${out}`, `--timelimitseconds=${limit}`, ...flags];
    const m = medianOf(Math.max(runs, 9), fetCl, args);
    const log0 = existsSync(join(out, "logs", "result.txt"))
      ? readFileSync(join(out, "logs", "result.txt"), "utf8")
      : "";
    row.fet = {
      wall: m.wall,
      cpu: m.cpu,
      peakMb: m.peakMb,
      status: /successful/i.test(m.last.stdout + log0) ? "solved" : "see output",
    };
  }
  log(
    `${row.case}: ${row.wall.toFixed(2)} s, ${row.status}; fet-cl ${row.fet ? `${row.fet.wall.toFixed(2)} s, ${row.fet.status}` : "not installed"}\n`,
  );
  return row;
}

/** `load`: the 1-minute load average when the runs began and ended (other work on the machine stretches wall time). */
export function scaleTable(
  rows: ScaleRow[],
  runs: number,
  limit: number,
  cores: number,
  load?: readonly [number, number],
): string {
  const busy = load ? `, load average ${load[0].toFixed(1)} at the start and ${load[1].toFixed(1)} at the end` : "";
  const mb = (x?: number) => (x === undefined ? "—" : x.toFixed(0));
  const sec = (x?: number) => (x === undefined ? "—" : x.toFixed(2));
  return [
    `Whole \`vrijrooster solve <school> --candidates 1 --json --time-limit ${limit}\` processes, median of ${runs} after one warm-up (fet-cl: at least 9), wall time, CPU time (user + system) and peak memory by /usr/bin/time; ${cores} cores${busy}, ${new Date().toISOString().slice(0, 10)}. *nodes*, *iterations*: HiGHS branch-and-bound nodes and simplex iterations over all solves (not distorted by a busy machine); *model*: variables×rows per day grid.`,
    "",
    "| school | wall s | cpu s | peak MB | status | objective | gap | build ms | engine ms | nodes | iterations | model | fet-cl wall s | fet-cl cpu s | fet-cl peak MB |",
    "|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|",
    ...rows.map(
      (r) =>
        `| ${r.case} | ${r.wall.toFixed(2)} | ${sec(r.cpu)} | ${mb(r.peakMb)} | ${r.status} | ${r.objective} | ${r.gap} | ${r.buildMs} | ${r.solveMs} | ${r.nodes} | ${r.iterations} | ${r.model} | ${r.fet ? `${r.fet.wall.toFixed(2)}${r.fet.status === "solved" ? "" : ` (${r.fet.status})`}` : "—"} | ${sec(r.fet?.cpu)} | ${r.fet ? mb(r.fet.peakMb) : "—"} |`,
    ),
  ].join("\n");
}
