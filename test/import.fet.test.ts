// `vrijrooster import` of FET files: the 12-class bench school imports into a scenario that `check` accepts, and
// every file of FET's own example corpus (Debian package fet-data) either imports or is refused with a reason —
// never a crash.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ImportError } from "../src/import/common.js";
import { importFet } from "../src/import/fet.js";
import { BUILT_CLI } from "./helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "vrijrooster-fet-"));
const run = (...args: string[]) =>
  spawnSync(process.execPath, [BUILT_CLI, ...args], {
    encoding: "utf8",
    cwd: join(import.meta.dirname, ".."),
  });
const BENCH = join(import.meta.dirname, "..", "..", "shared", "bench", "fet-school", "school.fet");
const CORPUS = "/usr/share/doc/fet-data/examples";

describe("vrijrooster import school.fet", () => {
  it("imports the 12-class bench school into a scenario that check accepts, with a report of what was left out", () => {
    const out = join(dir, "linde.json");
    const r = run("import", BENCH, "--out", out, "--school-year", "2026-2027");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/12 klassen, 18 personeelsleden/);
    expect(r.stdout).toMatch(/1× ConstraintSubjectPreferredRoom/);
    expect(r.stdout).toMatch(/\(6\/6\/4\/6\/6\)/);
    const s = JSON.parse(readFileSync(out, "utf8"));
    const lbv = s.subjects.find((x: { id: string }) => x.id === "ISL-NCZ-RK");
    expect(lbv.taughtBy.staff).toHaveLength(3);
    expect(lbv.periods).toBe(2);
    expect(s.releaseGoals).toHaveLength(1);
    const c = run("check", out);
    expect(c.stdout).toMatch(/0 harde overtredingen/);
    expect(c.status).toBe(0);
  });
  it("refuses a file that is not FET with a reason (exit 2)", () => {
    const r = run(
      "import",
      join(import.meta.dirname, "..", "package.json").replace(/json$/, "json"),
      "--out",
      join(dir, "x.json"),
    );
    expect(r.status).toBe(2);
  });
});

function walk(d: string): string[] {
  return readdirSync(d).flatMap((f) => {
    const p = join(d, f);
    return statSync(p).isDirectory() ? walk(p) : /\.fet(\.gz)?$/.test(f) ? [p] : [];
  });
}

describe("FET's example corpus (fet-data)", () => {
  it("every file imports or is refused with a reason; none crashes", { timeout: 180_000 }, () => {
    expect(existsSync(CORPUS), `${CORPUS} is missing: apt-get install fet-data`).toBe(true);
    const files = walk(CORPUS);
    expect(files.length).toBeGreaterThan(200);
    const counts = { imported: 0, refused: 0, crashed: 0 };
    const reasons = new Map<string, number>();
    const crashes: string[] = [];
    for (const f of files) {
      try {
        importFet(f);
        counts.imported++;
      } catch (e) {
        if (e instanceof ImportError) {
          counts.refused++;
          const why = (e.report.problems[0]?.message ?? e.message).replace(/\d+/g, "N");
          expect(why.length).toBeGreaterThan(10);
          reasons.set(why, (reasons.get(why) ?? 0) + 1);
        } else {
          counts.crashed++;
          crashes.push(`${f}: ${(e as Error).message}`);
        }
      }
    }
    console.log(`FET corpus: ${files.length} files`, counts, Object.fromEntries(reasons));
    expect(crashes).toEqual([]);
    expect(counts.imported).toBeGreaterThan(100);
  });
});
