// Issue 10 item 6 outside the web app: the terminal week, the xlsx/csv tables, the year plan and the calendar
// feed follow a kleuter class's own days (test/helpers/level-days.ts: the village school with kleuter breaks
// 10:00–10:20 and lunch 12:00–13:10); FET, with one list of hours for the whole school, refuses such a week in words.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ical, { type VEvent } from "node-ical";
import { describe, expect, it } from "vitest";
import { groupGrids, teacherGrids } from "../src/cli/render-week.js";
import { buildFet, classWeeks, csvTables, fetRefusal, teacherWeeks, type WeekGrid } from "../src/export/index.js";
import { renderFeed } from "../src/ical/index.js";
import { importTables } from "../src/import/spreadsheet.js";
import { InputError, parseScenario, type Candidate } from "../src/model/index.js";
import { yearPlan } from "../src/plan/index.js";
import { BUILT_CLI } from "./helpers/cli.js";
import { levelDaysInput, levelDaysSchool } from "./helpers/level-days.js";

const { scenario, candidate } = levelDaysSchool();
const DAY = ["mon", "tue", "wed", "thu", "fri"];

/** The terminal grid titled `title`, as its lines. */
const terminal = (text: string, title: string) =>
  text
    .split("\n\n")
    .find((g) => g.startsWith(title))!
    .split("\n");
/** The text of a terminal row's cell on a day (13 characters a day after 2 + 12). */
const termCell = (line: string, day: string) =>
  line.slice(14 + DAY.indexOf(day) * 13, 14 + (DAY.indexOf(day) + 1) * 13).trim();
const row = (lines: string[], time: string) => lines.find((l) => l.trimStart().startsWith(time));

describe("terminal week (src/cli/render-week.ts)", () => {
  it("K3's grid has the kleuter rows; its LO lesson is in 10:20-11:10 and the kernteam covers it from 13:10", () => {
    const g = terminal(groupGrids(scenario, candidate), "Klas 3de kleuterklas");
    expect(row(g, "10:25-11:15")).toBeUndefined();
    expect(termCell(row(g, "10:20-11:10")!, "mon")).toBe("LO");
    expect(termCell(row(g, "13:10-14:00")!, "thu")).toMatch(/^\*/);
    // L1 keeps the main rows.
    const l1 = terminal(groupGrids(scenario, candidate), "Klas 1ste leerjaar");
    expect(row(l1, "10:20-11:10")).toBeUndefined();
    expect(termCell(row(l1, "11:15-12:05")!, "mon")).toBe("LO");
  });

  it("the LO teacher's grid has both levels' rows, each lesson only in its own row", () => {
    const g = terminal(teacherGrids(scenario, candidate), "Pieter Willems");
    expect(termCell(row(g, "09:20-10:00")!, "mon")).toBe("K2 LO");
    expect(termCell(row(g, "09:20-10:10")!, "mon")).toBe("");
    expect(termCell(row(g, "10:20-11:10")!, "mon")).toBe("K3 LO");
    expect(termCell(row(g, "10:25-11:15")!, "mon")).toBe("");
    expect(termCell(row(g, "11:15-12:05")!, "mon")).toBe("L1 LO");
  });
});

describe("xlsx and csv tables (src/export/tables.ts)", () => {
  const at = (w: WeekGrid, day: string, start: string, end: string) => {
    const i = w.rows.findIndex((r) => r.start === start && r.end === end);
    return i < 0 ? undefined : w.cells[i][DAY.indexOf(day)];
  };
  it("K3's week: kleuter rows, the LO lesson in its kleuter row only", () => {
    const k3 = classWeeks(scenario, candidate).find((w) => w.id === "K3")!;
    expect(k3.rows.map((r) => `${r.start}-${r.end}`)).not.toContain("10:25-11:15");
    expect(at(k3, "mon", "10:20", "11:10")?.[0]).toBe("Bewegingsopvoeding");
    expect(at(k3, "mon", "11:10", "12:00")?.[0]).not.toBe("Bewegingsopvoeding");
  });
  it("the LO teacher's week: merged rows, K3 in 10:20–11:10 and not in the overlapping 10:25–11:15", () => {
    const lo = teacherWeeks(scenario, candidate).find((w) => w.id === "lo")!;
    expect(at(lo, "mon", "10:20", "11:10")).toEqual(["K3 · Bewegingsopvoeding"]);
    expect(at(lo, "mon", "10:25", "11:15")).toEqual([]);
    expect(at(lo, "mon", "11:15", "12:05")).toEqual(["L1 · Bewegingsopvoeding"]);
  });
  it("klassen.csv: K3's Monday LO at 10:20–11:10", () => {
    const lines = csvTables(scenario, candidate)["klassen.csv"].split("\r\n");
    expect(lines.find((l) => l.startsWith("K3;10:20–11:10;"))).toMatch(/^K3;10:20–11:10;Bewegingsopvoeding/);
    expect(lines.some((l) => l.startsWith("K3;10:25–11:15;"))).toBe(false);
  });
});

describe("year plan and calendar feed (src/plan/yearplan.ts, src/ical)", () => {
  it("a half study day of both levels: the kleuter morning ends at the kleuter days' end, the lager's at 12:05", () => {
    // The village school's study morning on Wednesday 3 March 2027 (kleuter Wednesday ends 12:00).
    const days = yearPlan(scenario, candidate).series.filter(
      (x) => x.kind === "study-day" && x.key.includes("2027-03-03"),
    );
    expect(days.map((x) => [x.key, x.start, x.end, x.groups.join(",")])).toEqual([
      ["studiedag:2027-03-03:am:kleuter", "08:30", "12:00", "K1,K2,K3"],
      ["studiedag:2027-03-03:am", "08:30", "12:05", "L1,L2,L3,L4,L56"],
    ]);
  });

  it("a kleuter lesson before the kleuter lunch falls on a free morning even when it starts after the main lunch", () => {
    // Kleuter Monday with a late lunch (12:55–13:50): the 12:05–12:55 lesson is still morning for the kleuters.
    const raw = levelDaysInput() as ReturnType<typeof levelDaysInput> & { calendar: { facultativeDays: unknown[] } };
    const S = (start: string, end: string, kind = "lesson") => ({ start, end, kind });
    (raw.dayGrids[0] as unknown as { levels: { kleuter: Record<string, unknown> } }).levels.kleuter.mon = [
      S("08:30", "09:20"),
      S("09:20", "10:10"),
      S("10:10", "10:25", "break"),
      S("10:25", "11:15"),
      S("11:15", "12:05"),
      S("12:05", "12:55"),
      S("12:55", "13:50", "lunch"),
      S("13:50", "14:40"),
    ];
    raw.calendar.facultativeDays = [{ date: "2027-01-11", part: "am" }]; // a Monday
    const s = parseScenario(raw);
    const lesson = {
      group: "K1",
      day: "mon" as const,
      start: "12:05",
      end: "12:55",
      subject: "KLAS",
      staff: ["kt-k1"],
    };
    const c: Candidate = { ...candidate, lessons: [lesson] };
    const k1 = yearPlan(s, c).series.find((x) => x.kind === "lesson" && x.groups.includes("K1"))!;
    expect(k1.dropped).toContainEqual({ date: "2027-01-11", reason: "Facultatieve vrije dag" });
    expect(k1.dates).not.toContain("2027-01-11");
    // The same lesson of a lager class (main days: lunch from 12:05) is an afternoon lesson: it happens.
    const l1 = yearPlan(s, { ...c, lessons: [{ ...lesson, group: "L1", staff: ["kt-l1"] }] }).series.find(
      (x) => x.kind === "lesson",
    )!;
    expect(l1.dates).toContain("2027-01-11");
  });

  it("a kleuter playground's lunch duty (12:00) is an afternoon duty for the kleuters: a free morning keeps it", () => {
    const raw = levelDaysInput() as ReturnType<typeof levelDaysInput> & {
      calendar: { facultativeDays: unknown[] };
      lunchSupervision?: unknown;
    };
    raw.lunchSupervision = {
      posts: [
        { id: "kleuter", name: "Speelplaats kleuters", supervisors: 1, level: "kleuter" },
        { id: "lager", name: "Speelplaats lager", supervisors: 1 },
      ],
    };
    raw.calendar.facultativeDays = [{ date: "2027-01-11", part: "am" }]; // a Monday
    const s = parseScenario(raw);
    const c: Candidate = {
      ...candidate,
      lunchDuties: [
        { post: "kleuter", day: "mon", start: "12:00", end: "13:10", staff: ["kt-k1"] },
        { post: "lager", day: "mon", start: "12:05", end: "13:20", staff: ["kt-l1"] },
      ],
    };
    const duties = yearPlan(s, c).series.filter((x) => x.kind === "supervision");
    expect(duties.map((x) => [x.key, x.dates.includes("2027-01-11")])).toEqual([
      ["toezicht:kleuter:mon:12:00", true],
      ["toezicht:lager:mon:12:05", true],
    ]);
  });

  it("K3's feed has its LO at the kleuter time 10:20–11:10 (times come from the lessons)", () => {
    const { ics } = renderFeed(scenario, candidate, { kind: "group", id: "K3" }, { now: new Date("2026-08-01") });
    const events = Object.values(ical.sync.parseICS(ics)).filter((e): e is VEvent => e.type === "VEVENT");
    const lo = events.filter((e) => String(e.summary).startsWith("Bewegingsopvoeding K3"));
    expect(lo.length).toBeGreaterThan(0);
    const clock = (d: Date) =>
      d.toLocaleTimeString("nl-BE", { timeZone: "Europe/Brussels", hour: "2-digit", minute: "2-digit" });
    const times = lo.map((e) => `${clock(e.start)}-${clock(e.end)}`);
    expect(times).toContain("10:20-11:10");
    expect(times).not.toContain("10:25-11:15");
  });
});

describe("FET export (src/export/fet.ts)", () => {
  it("refuses kleuter days with other lesson times, in Dutch, naming the day grid and the field", () => {
    const why = fetRefusal(scenario, candidate)!;
    expect(why).toBeInstanceOf(InputError);
    expect(why.message).toContain(`dagindeling '${scenario.dayGrids[0].name}' geeft de kleuters andere lesuren`);
    expect(why.message).toContain("maandag 09:20–10:00");
    expect(why.problems[0].path).toBe("dayGrids[0].levels.kleuter");
    expect(() => buildFet(scenario, candidate)).toThrow(InputError);
  });
  it("exports as before when the kleuter days only differ in break times around the same lesson hours", () => {
    const raw = levelDaysInput();
    const grid = raw.dayGrids[0] as unknown as { days: Record<string, { kind: string }[]>; levels: unknown };
    // Same lessons; the kleuter lunch is a shorter break pair: 12:05–12:40 lunch, 12:40–13:20 break.
    const kleuter = structuredClone(grid.days) as Record<string, { start: string; end: string; kind: string }[]>;
    kleuter.mon = kleuter.mon.flatMap((x) =>
      x.kind === "lunch"
        ? [
            { start: "12:05", end: "12:40", kind: "lunch" },
            { start: "12:40", end: "13:20", kind: "break" },
          ]
        : [x],
    );
    grid.levels = { kleuter };
    const s = parseScenario(raw);
    const tt = levelDaysSchool(); // lessons shifted; FET here needs the main times, as the solver gives them
    expect(fetRefusal(s, { ...tt.candidate, lessons: [] })).toBeUndefined();
  });
});

describe("vrijrooster export (the built CLI) with kleuter days", () => {
  const dir = mkdtempSync(join(tmpdir(), "vrijrooster-level-days-"));
  const scenarioFile = join(dir, "school.json");
  const timetableFile = join(dir, "week.json");
  writeFileSync(scenarioFile, JSON.stringify(levelDaysInput()));
  writeFileSync(timetableFile, JSON.stringify({ status: "optimal", candidates: [candidate], conflicts: [] }));
  const run = (...args: string[]) => spawnSync(process.execPath, [BUILT_CLI, ...args], { encoding: "utf8" });

  it("--format fet: exit 2, the Dutch reason naming the day grid and the field, no stack trace, no file", () => {
    const out = join(dir, "week.fet");
    const r = run("export", scenarioFile, "--timetable", timetableFile, "--format", "fet", "--out", out);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("FET kent één lijst lesuren voor de hele school");
    expect(r.stderr).toContain(`dagindeling '${scenario.dayGrids[0].name}'`);
    expect(r.stderr).toContain("dayGrids[0].levels.kleuter");
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
    expect(existsSync(out)).toBe(false);
  });

  it("--format csv: K3's rows at the kleuter times", () => {
    const out = join(dir, "csv");
    const r = run("export", scenarioFile, "--timetable", timetableFile, "--format", "csv", "--out", out);
    expect(r.status, r.stderr).toBe(0);
    const klassen = readFileSync(join(out, "klassen.csv"), "utf8");
    expect(klassen).toContain("K3;10:20–11:10;Bewegingsopvoeding");
    expect(klassen).not.toContain("K3;10:25–11:15;");
  });
});

describe("spreadsheet import --into a scenario with kleuter days", () => {
  it("keeps the kleuter days of the scenario it fills in (the template has no day grid)", () => {
    const into = levelDaysInput();
    const klassen = {
      sheet: "Klassen",
      headers: ["Klas", "Naam", "Niveau", "Leerjaar", "Leerlingen", "Klasleerkracht"],
      rows: [{ rowNumber: 2, cells: ["K1", "1ste kleuterklas", "kleuter", "1", 20, "Sofie Claes"] }],
    };
    const { scenario: s, report } = importTables([klassen], { into: into as never });
    expect(report.merge).toBeDefined();
    expect(s.groups.find((g) => g.id === "K1")!.pupils).toBe(20);
    expect(s.dayGrids[0].levels?.kleuter?.mon.find((x) => x.kind === "lunch")).toMatchObject({
      start: "12:00",
      end: "13:10",
    });
  });
});
