// The school-group row of `npm run bench` (issue 11): scripts/make-school-group.mjs --schools N (default 10: 150
// classes, 226 staff, shared LO / BEW / levensbeschouwing / French teachers with days per school and travel time,
// one cross-school goal), solved as whole `vrijrooster solve` processes like the generated schools (scale.ts).
// BENCH_GROUP_SCHOOLS picks N (0 leaves the row out).
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { medianOf, rowFrom, solveArgs, type ScaleRow } from "./scale.js";

export function groupRow(runs: number, limit: number, log: (s: string) => void): ScaleRow | undefined {
  const schools = Number(process.env.BENCH_GROUP_SCHOOLS ?? 10);
  if (!(schools >= 2)) return undefined;
  const file = join(mkdtempSync(join(tmpdir(), "vrijrooster-bench-group-")), `group-${schools}.json`);
  const gen = spawnSync(process.execPath, ["scripts/make-school-group.mjs", "--schools", String(schools)], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  writeFileSync(file, gen.stdout);
  const scenario = JSON.parse(gen.stdout) as { groups: unknown[]; staff: unknown[] };
  const name = `school group: ${schools} schools, ${scenario.groups.length} classes, ${scenario.staff.length} staff (generated)`;
  const row = rowFrom(name, medianOf(runs, process.execPath, solveArgs(file, limit)));
  log(`${row.case}: ${row.wall.toFixed(2)} s, ${row.peakMb?.toFixed(0) ?? "?"} MB, ${row.status}, gap ${row.gap}\n`);
  return row;
}
