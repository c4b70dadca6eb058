// `vrijrooster export --format xlsx` on the city school, solved here: the workbook opened again with exceljs —
// the four sheets, A4 landscape, a class's and a teacher's week cell holding the right name at the right
// day/period, and the staff-load numbers equal to the web app's staff-load table. Also the exit codes.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { DAYS, loadScenario, type Candidate, type Lesson } from "../src/model/index.js";
import { staffLoadRows } from "../web/src/lib/results.js";
import { solveHere } from "./helpers/solve.js";
import { BUILT_CLI } from "./helpers/cli.js";

const root = join(import.meta.dirname, "..");
const dir = mkdtempSync(join(tmpdir(), "vrijrooster-export-xlsx-"));
const run = (...args: string[]) => spawnSync(process.execPath, [BUILT_CLI, ...args], { encoding: "utf8", cwd: root });

const scenarioFile = "fixtures/city-school.json";
const scenario = loadScenario(join(root, scenarioFile));
const timetableFile = join(dir, "city.timetable.json");
const out = join(dir, "city.xlsx");
let candidate: Candidate;
let wb: ExcelJS.Workbook;

/** The specialist lesson of L5A that comes first in the week: a cell we know the content of. */
function specialistLesson(c: Candidate): Lesson {
  const ls = c.lessons
    .filter((l) => l.group === "L5A" && l.subject !== "KLAS" && l.staff.length === 1)
    .sort((a, b) => DAYS.indexOf(a.day) - DAYS.indexOf(b.day) || a.start.localeCompare(b.start));
  expect(ls.length).toBeGreaterThan(0);
  return ls[0];
}

/** The cell of a week block (title in column A) at a period (column A "08:30–09:20") and a day. */
function weekCell(ws: ExcelJS.Worksheet, title: string, start: string, end: string, day: string): string {
  let titleRow = 0;
  ws.eachRow((row, n) => {
    if (titleRow === 0 && row.getCell(1).value === title) titleRow = n;
  });
  expect(titleRow, `block '${title}'`).toBeGreaterThan(0);
  const header = ws.getRow(titleRow + 2);
  expect(header.getCell(1).value).toBe("Uur");
  const col = (header.values as unknown[]).indexOf(day);
  expect(col, `column ${day}`).toBeGreaterThan(1);
  for (let n = titleRow + 3; n < titleRow + 40; n++) {
    const label = String(ws.getRow(n).getCell(1).value ?? "");
    if (label.startsWith(`${start}–${end}`)) return String(ws.getRow(n).getCell(col).value ?? "");
  }
  throw new Error(`no row ${start}–${end} under '${title}'`);
}

beforeAll(async () => {
  const t = await solveHere(scenario);
  expect(t.status).toBe("optimal");
  candidate = t.candidates[0];
  writeFileSync(timetableFile, JSON.stringify(t));
  const r = run("export", scenarioFile, "--timetable", timetableFile, "--format", "xlsx", "--out", out);
  expect(r.stderr).toMatch(/Werkboek .* geschreven/);
  expect(r.status).toBe(0);
  wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
});

describe("export --format xlsx", () => {
  it("has the four sheets, each A4 landscape", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Klassen", "Leerkrachten", "Overleg", "Opdrachten"]);
    for (const ws of wb.worksheets) {
      expect(ws.pageSetup.orientation, ws.name).toBe("landscape");
      expect(ws.pageSetup.paperSize, ws.name).toBe(9);
      expect(ws.pageSetup.fitToWidth, ws.name).toBe(1);
    }
  });

  it("Klassen: the week of L5A holds the specialist's name (not the id) at the lesson's day and period", () => {
    const l = specialistLesson(candidate);
    const name = scenario.staff.find((p) => p.id === l.staff[0])!.name;
    expect(name).not.toBe(l.staff[0]);
    const ws = wb.getWorksheet("Klassen")!;
    const g = scenario.groups.find((x) => x.id === "L5A")!;
    const cell = weekCell(ws, `Klas L5A${g.name ? ` — ${g.name}` : ""}`, l.start, l.end, dayNl(l.day));
    expect(cell).toContain(name);
    expect(cell).toContain(scenario.subjects.find((x) => x.id === l.subject)!.name);
    // The class teacher teaches another period of that day; the cell says so by name.
    const own = candidate.lessons.find((x) => x.group === "L5A" && x.day === l.day && x.subject === "KLAS")!;
    const teacher = scenario.staff.find((p) => p.id === own.staff[0])!.name;
    expect(weekCell(ws, `Klas L5A${g.name ? ` — ${g.name}` : ""}`, own.start, own.end, dayNl(own.day))).toContain(
      teacher,
    );
    // One block per class, each followed by a page break.
    const titles: string[] = [];
    ws.eachRow((row) => {
      const v = String(row.getCell(1).value ?? "");
      if (v.startsWith("Klas ")) titles.push(v);
    });
    expect(titles.length).toBe(scenario.groups.length);
  });

  it("Leerkrachten: the specialist's week has the class at that day and period", () => {
    const l = specialistLesson(candidate);
    const name = scenario.staff.find((p) => p.id === l.staff[0])!.name;
    const cell = weekCell(wb.getWorksheet("Leerkrachten")!, name, l.start, l.end, dayNl(l.day));
    expect(cell).toMatch(/L5A/);
    // A released teacher's week shows the release block by the goal's name.
    const r = candidate.releases[0];
    expect(r).toBeDefined();
    const who = scenario.staff.find((p) => p.id === r.staff[0])!.name;
    const goal = scenario.releaseGoals.find((g) => g.id === r.goal)!.name;
    const grid = scenario.dayGrids.find((g) => g.id === candidate.dayGrid) ?? scenario.dayGrids[0];
    const slot = grid.days[r.day].find((s) => s.kind !== "break" && s.kind !== "lunch" && s.start >= r.start)!;
    expect(weekCell(wb.getWorksheet("Leerkrachten")!, who, slot.start, slot.end, dayNl(r.day))).toContain(
      `Overleg: ${goal}`,
    );
  });

  it("Overleg: one row per release block and covered class, with names", () => {
    const ws = wb.getWorksheet("Overleg")!;
    expect(ws.getRow(1).getCell(1).value).toBe("Doel");
    const goalNames = new Set(scenario.releaseGoals.map((g) => g.name));
    const rows: string[][] = [];
    ws.eachRow((row, n) => {
      if (n > 1) rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? "")));
    });
    const expected = candidate.releases.reduce((n, r) => n + Math.max(1, r.cover.length), 0);
    expect(rows.length).toBeGreaterThanOrEqual(expected);
    for (const r of rows) expect(goalNames.has(r[0])).toBe(true);
    const covered = rows.filter((r) => r[9] !== "");
    expect(covered.length).toBeGreaterThan(0);
    // names, never ids, in the participants column
    for (const r of covered) for (const p of scenario.staff) expect(r[7].split(", ")).not.toContain(p.id);
  });

  it("Opdrachten: the load numbers equal the web app's staff-load table", () => {
    const web = staffLoadRows(scenario, candidate);
    const ws = wb.getWorksheet("Opdrachten")!;
    expect((ws.getRow(1).values as unknown[]).slice(1, 5)).toEqual(["Naam", "Ambt", "Opdracht", "Lestijden"]);
    expect(ws.rowCount).toBe(web.length + 1);
    const num = (v: unknown) => (v === null || v === undefined || v === "" ? undefined : Number(v));
    web.forEach((w, i) => {
      const row = ws.getRow(i + 2);
      expect(row.getCell(1).value).toBe(w.name);
      expect(row.getCell(3).value).toBe(w.fraction);
      expect([num(row.getCell(4).value), num(row.getCell(5).value), num(row.getCell(6).value)]).toEqual([
        w.lestijden,
        w.legalMax,
        w.plageMax,
      ]);
      expect(num(row.getCell(7).value)).toBe(w.schoolopdrachtMinutes);
      expect(row.getCell(10).value).toBe(w.over ? "JA" : "nee");
    });
    // A fresh solve carries the staffLoad metric: schoolopdracht minutes are known, and someone teaches.
    expect(web.some((w) => (w.schoolopdrachtMinutes ?? 0) > 0)).toBe(true);
    expect(web.some((w) => w.lestijden > 20)).toBe(true);
  });
});

describe("export: exit codes and messages", () => {
  it("checks --out before anything else (exit 2, the folder named)", () => {
    const r = run(
      "export",
      "bestaat-niet.json",
      "--timetable",
      "ook-niet.json",
      "--format",
      "xlsx",
      "--out",
      join(dir, "nope", "x.xlsx"),
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(join(dir, "nope"));
    expect(r.stderr).not.toContain("bestaat-niet.json");
  });

  it("refuses an unknown format, a missing timetable, a missing candidate and another school's week", () => {
    const base = [scenarioFile, "--timetable", timetableFile, "--out", join(dir, "y.xlsx")];
    const fmt = run("export", ...base, "--format", "docx");
    expect([fmt.status, fmt.stderr.includes("--format docx bestaat niet")]).toEqual([2, true]);
    const missing = run(
      "export",
      scenarioFile,
      "--timetable",
      join(dir, "geen.json"),
      "--format",
      "xlsx",
      "--out",
      join(dir, "y.xlsx"),
    );
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("geen.json");
    const cand = run("export", ...base, "--format", "xlsx", "--candidate", "7");
    expect(cand.status).toBe(2);
    expect(cand.stderr).toMatch(/maar 1 kandidaat/);
    const other = run(
      "export",
      "fixtures/village-school.json",
      "--timetable",
      timetableFile,
      "--format",
      "xlsx",
      "--out",
      join(dir, "z.xlsx"),
    );
    expect(other.status).toBe(2);
    expect(other.stderr).toMatch(/past niet bij dit scenario/);
    expect(other.stderr).toMatch(/candidates\[0\]\.lessons\[\d+\]\.group: klas '\w+' bestaat niet/);
    expect(existsSync(join(dir, "y.xlsx")) || existsSync(join(dir, "z.xlsx"))).toBe(false);
  });

  it("names the file and the field of an invalid scenario", () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ ...scenario, schoolYear: "2026/27" }));
    const r = run("export", bad, "--timetable", timetableFile, "--format", "fet", "--out", join(dir, "b.fet"));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("bad.json");
    expect(r.stderr).toMatch(/schoolYear/);
  });
});

function dayNl(d: string): string {
  return { mon: "maandag", tue: "dinsdag", wed: "woensdag", thu: "donderdag", fri: "vrijdag" }[d]!;
}
