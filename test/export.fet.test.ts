// `vrijrooster export --format fet`, checked by FET itself: every fixture that solves is solved here, its best week
// exported with the CLI and run through the real `/usr/bin/fet-cl`. With every activity permanently locked, FET
// must place the whole week without a conflict, each activity exactly where our week has it (read from FET's
// own output, <name>_activities.xml). A broken week (a teacher in two classes at once, a lesson in a teacher's
// not-available time) must fail the same check, so the check can fail.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { buildFet, FET_DAY } from "../src/export/index.js";
import { importFet } from "../src/import/fet.js";
import {
  DAYS,
  lessonSlots,
  parseScenario,
  readJsonFile,
  type Candidate,
  type Scenario,
  type Timetable,
} from "../src/model/index.js";
import { solveHere } from "./helpers/solve.js";
import { BUILT_CLI } from "./helpers/cli.js";

const FET_CL = "/usr/bin/fet-cl";
const root = join(import.meta.dirname, "..");
const dir = mkdtempSync(join(tmpdir(), "vrijrooster-export-fet-"));
const cli = (...args: string[]) => spawnSync(process.execPath, [BUILT_CLI, ...args], { encoding: "utf8", cwd: root });

/** The fixtures that are scenarios (fixtures/*.json; a stored timetable is not). */
const scenarios = readdirSync(join(root, "fixtures"))
  .filter((f) => f.endsWith(".json"))
  .flatMap((f) => {
    try {
      return [{ file: `fixtures/${f}`, scenario: parseScenario(readJsonFile(join(root, "fixtures", f))) }];
    } catch {
      return [];
    }
  });

const xml = new XMLParser({ ignoreAttributes: true, parseTagValue: false, trimValues: true });
const arr = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

interface FetRun {
  ok: boolean;
  stdout: string;
  ms: number;
  /** activity id → "Day|Hour" as FET placed it */
  placed: Map<string, string>;
  softConflicts: string;
}

/** fet-cl on a file, briefly: a locked week needs well under a second; a broken one is stopped after `timeoutMs`. */
function runFet(file: string, timeoutMs = 10_000): FetRun {
  const name = basename(file, ".fet");
  const out = join(dir, `out-${name}`);
  mkdirSync(out, { recursive: true });
  const t0 = Date.now();
  const r = spawnSync(
    FET_CL,
    [
      `--inputfile=${file}`,
      `--outputdir=${out}`,
      "--timelimitseconds=5",
      "--htmllevel=0",
      "--language=en_US",
      ...[
        "dayshorizontal",
        "daysvertical",
        "timehorizontal",
        "timevertical",
        "subgroups",
        "groups",
        "years",
        "teachers",
        "teachersfreeperiods",
        "rooms",
        "subjects",
        "statistics",
      ].map((w) => `--writetimetables${w}=false`), // (not activitytags: that also drops <name>_activities.xml)
    ],
    { encoding: "utf8", timeout: timeoutMs, killSignal: "SIGTERM" },
  );
  const ms = Date.now() - t0;
  const stdout = `${r.stdout ?? ""}${r.stderr ?? ""}`;
  const ok = r.status === 0 && /Simulation successful/.test(stdout) && !/impossib|cannot|conflict/i.test(stdout);
  const placed = new Map<string, string>();
  const result = join(out, "timetables", name, `${name}_activities.xml`);
  let softConflicts = "";
  if (ok && existsSync(result)) {
    const doc = xml.parse(readFileSync(result, "utf8").replace(/^\uFEFF/, "")) as {
      Activities_Timetable: { Activity: { Id: string; Day: string; Hour: string }[] };
    };
    for (const a of arr(doc.Activities_Timetable.Activity)) placed.set(String(a.Id), `${a.Day}|${a.Hour}`);
    softConflicts = readFileSync(join(out, "timetables", name, `${name}_soft_conflicts.txt`), "utf8");
  }
  return { ok, stdout, ms, placed, softConflicts };
}

interface FileActivity {
  id: string;
  teachers: string[];
  subject: string;
  students: string[];
}

/** The activities as the exported file states them (read back from the XML, not from our exporter's objects). */
function activitiesOf(file: string): FileActivity[] {
  const doc = xml.parse(readFileSync(file, "utf8")) as {
    fet: { Activities_List: { Activity: Record<string, string | string[]>[] } };
  };
  return arr(doc.fet.Activities_List.Activity).map((a) => ({
    id: String(a.Id),
    teachers: arr(a.Teacher).map(String),
    subject: String(a.Subject),
    students: arr(a.Students).map(String),
  }));
}

const nameOf = (s: Scenario, id: string) =>
  [...s.staff, ...s.externals, ...s.interns].find((p) => p.id === id)?.name ?? id;

/** Every lesson of our week is an activity FET placed at the lesson's day and period, with its teachers. */
function expectSameWeek(s: Scenario, c: Candidate, file: string, run: FetRun): void {
  const acts = activitiesOf(file);
  expect(run.placed.size).toBe(acts.length);
  for (const l of c.lessons) {
    const subject = l.atelierPlan ? "ATELIER" : l.subject;
    const where = `${FET_DAY[l.day]}|${l.start}-${l.end}`;
    const match = acts.filter(
      (a) => a.students.includes(l.group) && a.subject === subject && run.placed.get(a.id) === where,
    );
    expect(match.length, `${l.group} ${l.day} ${l.start} ${l.subject}`).toBe(1);
    for (const p of [...l.staff, ...(l.externals ?? []), ...(l.interns ?? [])])
      expect(match[0].teachers.some((t) => t === nameOf(s, p) || t === `${nameOf(s, p)} (${p})`)).toBe(true);
  }
  // and nothing else: FET placed no activity that is not a lesson of ours
  const lessonSlotsOf = new Set(c.lessons.map((l) => `${l.group}|${FET_DAY[l.day]}|${l.start}-${l.end}`));
  for (const a of acts)
    for (const g of a.students)
      expect(lessonSlotsOf.has(`${g}|${run.placed.get(a.id)}`), `activity ${a.id}`).toBe(true);
}

const solved = new Map<string, { s: Scenario; t: Timetable }>();

describe("export --format fet, checked by fet-cl", () => {
  it("finds the fixtures (at least the four schools that solve, plus the infeasible variant)", () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(5);
    expect(existsSync(FET_CL)).toBe(true);
  });

  it.each(scenarios.map((x) => [x.file, x] as const))(
    "%s: the best week passes fet-cl and FET places every lesson where our week has it",
    async (_f, { file, scenario }) => {
      const t = await solveHere(scenario);
      if (t.candidates.length === 0) {
        // Only the known-infeasible variant may not solve.
        expect(file).toMatch(/infeasible/);
        expect(t.status).toBe("infeasible");
        return;
      }
      solved.set(file, { s: scenario, t });
      const tt = join(dir, `${basename(file, ".json")}.timetable.json`);
      writeFileSync(tt, JSON.stringify(t));
      const out = join(dir, `${basename(file, ".json")}.fet`);
      const r = cli("export", file, "--timetable", tt, "--format", "fet", "--out", out);
      expect(r.stderr).toMatch(/vastgezette activiteiten/);
      expect(r.status).toBe(0);
      const run = runFet(out);
      expect(run.ok, run.stdout).toBe(true);
      expect(run.ms).toBeLessThan(5_000);
      expect(run.softConflicts).toMatch(/Total soft conflicts: 0\b/);
      expectSameWeek(scenario, t.candidates[0], out, run);
      console.log(`${file}: fet-cl ok in ${run.ms} ms, ${run.placed.size} activities placed as locked`);
    },
  );

  it("solved at least four fixtures", () => {
    expect(solved.size).toBeGreaterThanOrEqual(4);
  });

  it("the exported city school reads back with the importer: the same classes and lessons per day", () => {
    const city = solved.get("fixtures/city-school.json")!;
    expect(city).toBeDefined();
    const file = join(dir, "city-roundtrip.fet");
    writeFileSync(file, buildFet(city.s, city.t.candidates[0]).xml);
    const { scenario: back } = importFet(file);
    expect(back.groups.map((g) => g.name).sort()).toEqual(city.s.groups.map((g) => g.id).sort());
    const grid = city.s.dayGrids.find((g) => g.id === city.t.candidates[0].dayGrid) ?? city.s.dayGrids[0];
    expect(DAYS.map((d) => lessonSlots(back.dayGrids[0], d).length)).toEqual(
      DAYS.map((d) => lessonSlots(grid, d).length),
    );
  });
});

describe("the FET bench school, imported, solved and exported again", () => {
  const BENCH = join(root, "..", "shared", "bench", "fet-school", "school.fet");

  it("fet-cl accepts the week: LBV of both classes of a grade is one activity with its three teachers", async () => {
    const { scenario: s } = importFet(BENCH);
    const t = await solveHere(s);
    expect(t.status).toBe("optimal");
    const c = t.candidates[0];
    const file = join(dir, "linde.fet");
    writeFileSync(file, buildFet(s, c).xml);
    const run = runFet(file);
    expect(run.ok, run.stdout).toBe(true);
    expect(run.softConflicts).toMatch(/Total soft conflicts: 0\b/);
    expectSameWeek(s, c, file, run);
    const lbv = activitiesOf(file).filter((a) => a.subject.startsWith("ISL-NCZ-RK"));
    // 6 grades × 2 lestijden, each one activity for both classes (not 12 classes × 2).
    expect(lbv).toHaveLength(12);
    for (const a of lbv) {
      expect(a.students).toHaveLength(2);
      expect(a.teachers.sort()).toEqual(["Marleen", "Nora", "Yusuf"]);
    }
    // Read back, the joint activities are subjects the two classes take together again.
    const { scenario: back } = importFet(file);
    expect(back.subjects.filter((x) => x.together).map((x) => x.groups.join("+"))).toEqual(
      expect.arrayContaining(["1A+1B", "6A+6B"]),
    );
  });
});

describe("fet-cl catches a broken week (the check can fail)", () => {
  it("a teacher locked in two classes at once: FET does not succeed", () => {
    const village = solved.get("fixtures/village-school.json")!;
    expect(village).toBeDefined();
    const c: Candidate = structuredClone(village.t.candidates[0]);
    // Move one class's specialist lesson to the slot where the same specialist teaches another class.
    const spec = c.lessons.filter((l) => l.subject !== "KLAS" && l.staff.length === 1);
    const a = spec[0];
    const b = spec.find((l) => l.group !== a.group && l.staff[0] === a.staff[0])!;
    expect(b).toBeDefined();
    const other = c.lessons.find((l) => l.group === b.group && l.day === a.day && l.start === a.start)!;
    [b.day, b.start, b.end, other.day, other.start, other.end] = [a.day, a.start, a.end, b.day, b.start, b.end];
    const file = join(dir, "double-booked.fet");
    writeFileSync(file, buildFet(village.s, c).xml);
    const run = runFet(file, 3_000);
    expect(run.ok).toBe(false);
  });

  it("a locked lesson in its teacher's not-available time: FET refuses the data", () => {
    const village = solved.get("fixtures/village-school.json")!;
    const c = village.t.candidates[0];
    const l = c.lessons.find((x) => x.subject !== "KLAS" && x.staff.length === 1)!;
    const s: Scenario = structuredClone(village.s);
    const st = s.staff.find((p) => p.id === l.staff[0])!;
    // Available every day all day, except on the lesson's day before the lesson ends.
    st.availability = Object.fromEntries(
      DAYS.map((d) => [d, d === l.day ? [{ from: l.end, to: "18:00" }] : [{ from: "07:00", to: "18:00" }]]),
    );
    const file = join(dir, "not-available.fet");
    writeFileSync(file, buildFet(s, c).xml);
    expect(readFileSync(file, "utf8")).toContain("<ConstraintTeacherNotAvailableTimes>");
    const run = runFet(file, 3_000);
    expect(run.ok).toBe(false);
    expect(run.stdout).toMatch(/no allowed slot|data is wrong/);
  });
});
