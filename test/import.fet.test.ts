// `vrijrooster import` of FET files: the 12-class bench school imports into a scenario that `check` accepts, and
// every file of FET's own example corpus (Debian package fet-data) either imports or is refused with a reason —
// never a crash.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
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
    // Levensbeschouwing per grade: the RK / ISL / NCZ pupils of both classes in three parallel option groups
    // become one subject the two classes take together, taught by the three teachers at once.
    const lbv = s.subjects.filter((x: { id: string }) => x.id.startsWith("ISL-NCZ-RK"));
    expect(lbv.map((x: { groups: string[] }) => x.groups.join("+"))).toEqual([
      "1A+1B",
      "2A+2B",
      "3A+3B",
      "4A+4B",
      "5A+5B",
      "6A+6B",
    ]);
    for (const x of lbv)
      expect(x).toMatchObject({ periods: 2, together: true, taughtBy: { staff: ["Marleen", "Nora", "Yusuf"] } });
    expect(r.stdout).toMatch(/6 vak\(ken\) krijgen klassen samen, tegelijk.*: ISL\/NCZ\/RK samen voor 1A en 1B;/);
    // Each LBV teacher: 6 grades × 2 lestijden, not 12 classes × 2.
    expect(s.staff.find((p: { id: string }) => p.id === "Yusuf").fraction).toBe("12/24");
    // The teachers' meeting (2 FET hours) is a goal of two 50-minute lestijden.
    expect(s.releaseGoals).toEqual([
      expect.objectContaining({ members: ["Ilse", "Jan", "Karen", "Luc"], minBlockMinutes: 100 }),
    ]);
    const c = run("check", out);
    expect(c.stdout).toMatch(/0 harde overtredingen/);
    expect(c.status).toBe(0);
  });

  it(
    "the imported bench school solves: a week with the meeting, LBV for both classes of a grade at once",
    { timeout: 120_000 },
    () => {
      const out = join(dir, "linde-solve.json");
      expect(run("import", BENCH, "--out", out, "--school-year", "2026-2027").status).toBe(0);
      const r = run("solve", out, "--candidates", "1", "--json", "--time-limit", "60");
      expect(r.status).toBe(0);
      const t = JSON.parse(r.stdout);
      expect(t.status).toBe("optimal");
      const c = t.candidates[0];
      expect(c.violations.filter((v: { severity: string }) => v.severity === "hard")).toEqual([]);
      expect(c.metrics.goalsMet).toBe(1);
      const lbv = (g: string) =>
        c.lessons
          .filter((l: { group: string; subject: string }) => l.group === g && l.subject === "ISL-NCZ-RK")
          .map((l: { day: string; start: string }) => `${l.day} ${l.start}`)
          .sort();
      expect(lbv("1A")).toHaveLength(2);
      expect(lbv("1B")).toEqual(lbv("1A"));
      const yusuf = c.metrics.staffLoad.find((x: { staff: string }) => x.staff === "Yusuf");
      expect(yusuf.lestijden).toBe(12);
    },
  );
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

/** A minimal FET file: 5 days of 6 hours, year L1 with groups 1A and 1B, these activities (teacher, subject, students). */
function tinyFet(activities: [string, string, string[], number][], sameStart: number[][] = []): string {
  const list = (tag: string, names: string[]) => names.map((n) => `<${tag}><Name>${n}</Name></${tag}>`).join("");
  const acts = activities
    .map(
      ([t, sub, students, dur], i) =>
        `<Activity><Teacher>${t}</Teacher><Subject>${sub}</Subject>${students.map((x) => `<Students>${x}</Students>`).join("")}<Duration>${dur}</Duration><Id>${i + 1}</Id><Active>true</Active></Activity>`,
    )
    .join("");
  const same = sameStart
    .map(
      (ids) =>
        `<ConstraintActivitiesSameStartingTime><Weight_Percentage>100</Weight_Percentage>${ids.map((i) => `<Activity_Id>${i}</Activity_Id>`).join("")}<Active>true</Active></ConstraintActivitiesSameStartingTime>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?><fet version="6.8.5"><Institution_Name>Klein</Institution_Name>
<Days_List>${list("Day", ["Ma", "Di", "Wo", "Do", "Vr"])}</Days_List><Hours_List>${list("Hour", ["1", "2", "3", "4", "5", "6"])}</Hours_List>
<Teachers_List>${list("Teacher", [...new Set(activities.map((a) => a[0]))])}</Teachers_List>
<Students_List><Year><Name>L1</Name><Group><Name>1A</Name><Number_of_Students>20</Number_of_Students></Group><Group><Name>1B</Name><Number_of_Students>20</Number_of_Students></Group></Year></Students_List>
<Activities_List>${acts}</Activities_List><Time_Constraints_List>${same}</Time_Constraints_List></fet>`;
}

describe("FET activities for several classes", () => {
  it("one activity for 1A and 1B is a subject they take together; same-time lessons of each class stay apart", () => {
    const file = join(dir, "klein.fet");
    writeFileSync(
      file,
      tinyFet(
        [
          ["An", "NED", ["1A"], 20],
          ["Bart", "NED", ["1B"], 20],
          ["Sven", "LO", ["1A"], 1], // 3 and 4: LO of each class at the same time, each with its own teacher
          ["Piet", "LO", ["1B"], 1],
          ["Fien", "WO", ["L1"], 1], // the whole year at once: both classes together
          ["Fien", "WO", ["L1"], 1],
        ],
        [[3, 4]],
      ),
    );
    const { scenario: s, report } = importFet(file);
    const brief = s.subjects.map(
      (x) => `${x.id} ${x.groups.join("+")} ${x.periods} ${x.together ? "together" : "apart"}`,
    );
    expect(brief.sort()).toEqual(["LO 1A 1 apart", "LO-2 1B 1 apart", "WO 1A+1B 2 together"]);
    expect(report.notes.join("\n")).toMatch(/1 vak\(ken\) krijgen klassen samen.*: WO samen voor 1A en 1B/);
    // Fien teaches 2 lestijden a week, not 2 per class.
    expect(s.staff.find((p) => p.name === "Fien")!.fraction).toBe("2/24");
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
