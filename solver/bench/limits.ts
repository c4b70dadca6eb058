// The time-limit half of `npm run bench` (issue 11: every limit honoured within 10 %). Whole `vrijrooster solve
// --time-limit N` processes on generated schools whose proof takes longer than N, so that the limit, not the proof,
// ends the solve: median wall seconds next to the limit, and what came back. Wall time under a limit depends on
// the machine's load, which is why it is measured here and not asserted in a unit test.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { medianOf, rowFrom, solveArgs } from "./scale.js";

export interface LimitCase {
  classes: number;
  limit: number;
}

export const LIMIT_CASES: LimitCase[] = [
  { classes: 24, limit: 2 },
  { classes: 24, limit: 3 },
  { classes: 48, limit: 3 },
  { classes: 96, limit: 10 },
];

export function limitsTable(cases: LimitCase[], runs: number, cores: number, log: (s: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), "vrijrooster-bench-limits-"));
  const rows = cases.map(({ classes, limit }) => {
    const file = join(dir, `school-${classes}.json`);
    const gen = spawnSync(process.execPath, ["scripts/make-big-school.mjs", "--classes", String(classes)], {
      encoding: "utf8",
      maxBuffer: 1 << 28,
    });
    writeFileSync(file, gen.stdout);
    const row = rowFrom(`${classes} classes, ${limit} s`, medianOf(runs, process.execPath, solveArgs(file, limit)));
    const over = row.wall / limit - 1;
    log(`${row.case}: ${row.wall.toFixed(2)} s (${(over * 100).toFixed(1)} %), ${row.status}, gap ${row.gap}\n`);
    return { row, limit, over };
  });
  return [
    `Whole \`vrijrooster solve <school> --candidates 1 --json --time-limit N\` processes (Node's start included), median of ${runs} after one warm-up; ${cores} cores, ${new Date().toISOString().slice(0, 10)}. *over*: median wall time above the limit (the target: at most 10 %).`,
    "",
    "| case | limit s | wall s | over | status | objective | gap |",
    "|---|---:|---:|---:|---|---:|---:|",
    ...rows.map(
      ({ row, limit, over }) =>
        `| ${row.case} | ${limit} | ${row.wall.toFixed(2)} | ${over > 0 ? `${(over * 100).toFixed(1)} %` : "under"} | ${row.status} | ${row.objective} | ${row.gap} |`,
    ),
  ].join("\n");
}
