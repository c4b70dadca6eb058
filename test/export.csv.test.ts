// `vrijrooster export --format csv` on the city school, solved here: four files in the --out folder, UTF-8 with a
// BOM and ';' (Excel in Belgium), parsed with csv-parse: the same cells and the same load numbers as the web app.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { DAYS, loadScenario, type Candidate } from "../src/model/index.js";
import { staffLoadRows } from "../web/src/lib/results.js";
import { solveHere } from "./helpers/solve.js";
import { BUILT_CLI } from "./helpers/cli.js";

const root = join(import.meta.dirname, "..");
const dir = mkdtempSync(join(tmpdir(), "vrijrooster-export-csv-"));
const run = (...args: string[]) => spawnSync(process.execPath, [BUILT_CLI, ...args], { encoding: "utf8", cwd: root });

const scenarioFile = "fixtures/city-school.json";
const scenario = loadScenario(join(root, scenarioFile));
const out = join(dir, "export"); // does not exist yet: the command makes it
let candidate: Candidate;

const read = (name: string) => readFileSync(join(out, name));
const table = (name: string): string[][] => parse(read(name), { delimiter: ";", bom: true, relax_column_count: false });

beforeAll(async () => {
  const t = await solveHere(scenario);
  expect(t.status).toBe("optimal");
  candidate = t.candidates[0];
  const file = join(dir, "city.timetable.json");
  writeFileSync(file, JSON.stringify(t));
  const r = run("export", scenarioFile, "--timetable", file, "--format", "csv", "--out", out);
  expect(r.stderr).toMatch(/geschreven in/);
  expect(r.status).toBe(0);
});

describe("export --format csv", () => {
  it("writes the four tables, each UTF-8 with a BOM and ';' separated", () => {
    expect(readdirSync(out).sort()).toEqual(["klassen.csv", "leerkrachten.csv", "opdrachten.csv", "overleg.csv"]);
    for (const f of readdirSync(out)) {
      const bytes = read(f);
      expect([...bytes.subarray(0, 3)], f).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.toString("utf8").split("\r\n")[0], f).toContain(";");
    }
    // accents survive (zorgcoördinator, Karen …): decoded as UTF-8, not mojibake
    expect(read("opdrachten.csv").toString("utf8")).not.toContain("Ã");
  });

  it("klassen.csv: a row per class and period; a specialist lesson's cell holds the subject and the teacher's name", () => {
    const rows = table("klassen.csv");
    expect(rows[0]).toEqual(["Klas", "Uur", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]);
    const grid = scenario.dayGrids.find((g) => g.id === candidate.dayGrid) ?? scenario.dayGrids[0];
    const periods = new Set(DAYS.flatMap((d) => grid.days[d].filter((s) => s.kind === "lesson").map((s) => s.start)));
    expect(rows.length - 1).toBe(scenario.groups.length * periods.size);
    const specialist = candidate.lessons.filter((l) => l.subject !== "KLAS" && l.staff.length === 1);
    expect(specialist.length).toBeGreaterThan(10);
    for (const l of specialist) {
      const row = rows.find((r) => r[0] === l.group && r[1] === `${l.start}–${l.end}`)!;
      expect(row, `${l.group} ${l.start}`).toBeDefined();
      const cell = row[2 + DAYS.indexOf(l.day)];
      expect(cell).toContain(scenario.staff.find((p) => p.id === l.staff[0])!.name);
      expect(cell).toContain(scenario.subjects.find((x) => x.id === l.subject)!.name);
    }
  });

  it("leerkrachten.csv: a row per person and period, with the class taught", () => {
    const rows = table("leerkrachten.csv");
    expect(rows[0].slice(0, 3)).toEqual(["Naam", "Rol", "Uur"]);
    const l = candidate.lessons.find((x) => x.subject !== "KLAS" && x.staff.length === 1)!;
    const name = scenario.staff.find((p) => p.id === l.staff[0])!.name;
    const row = rows.find((r) => r[0] === name && r[2] === `${l.start}–${l.end}`)!;
    expect(row[3 + DAYS.indexOf(l.day)]).toContain(l.group);
  });

  it("overleg.csv: every release block of the week, the cover per class in words", () => {
    const rows = table("overleg.csv");
    expect(rows[0]).toEqual([
      "Doel",
      "Frequentie",
      "Dag",
      "Van",
      "Tot",
      "Minuten",
      "Keer per schooljaar",
      "Vrijgeroosterd",
      "Externen",
      "Klas",
      "Opvang",
    ]);
    expect(candidate.releases.length).toBeGreaterThan(0);
    for (const r of candidate.releases) {
      const goal = scenario.releaseGoals.find((g) => g.id === r.goal)!.name;
      const mine = rows.filter((x) => x[0] === goal && x[3] === r.start && x[4] === r.end);
      expect(mine.length, goal).toBe(Math.max(1, r.cover.length));
      expect(Number(mine[0][6])).toBeGreaterThan(0); // sessions in the school year
      for (const c of r.cover) expect(mine.some((x) => x[9] === c.group)).toBe(true);
    }
  });

  it("opdrachten.csv: the same numbers as the web app's staff-load table", () => {
    const rows = table("opdrachten.csv");
    const web = staffLoadRows(scenario, candidate);
    expect(rows.length).toBe(web.length + 1);
    web.forEach((w, i) => {
      const r = rows[i + 1];
      expect([r[0], r[2], r[3], r[4], r[5], r[6]]).toEqual([
        w.name,
        w.fraction,
        String(w.lestijden),
        w.legalMax === undefined ? "" : String(w.legalMax),
        w.plageMax === undefined ? "" : String(w.plageMax),
        w.schoolopdrachtMinutes === undefined ? "" : String(w.schoolopdrachtMinutes),
      ]);
    });
  });

  it("refuses a file as the --out folder (exit 2)", () => {
    const f = join(dir, "a-file.csv");
    writeFileSync(f, "x");
    const r = run(
      "export",
      scenarioFile,
      "--timetable",
      join(dir, "city.timetable.json"),
      "--format",
      "csv",
      "--out",
      f,
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/is een bestand/);
    // A folder that does not exist yet is made only when there is something to write.
    const fresh = join(dir, "nog-niet");
    const bad = run("export", "fixtures/bestaat-niet.json", "--timetable", f, "--format", "csv", "--out", fresh);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("bestaat-niet.json");
    expect(existsSync(fresh)).toBe(false);
  });
});
