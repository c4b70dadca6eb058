// `vrijrooster template` and `vrijrooster import` on real files: a template written by the CLI, filled in with
// exceljs like a principal would (names, not ids), imports into a scenario that `check` accepts and that solves;
// bad rows are reported at their place; CSV files (';' or ',', UTF-8 with BOM or Windows-1252) work too.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parseScenario } from "../src/model/index.js";
import { solveHere } from "./helpers/solve.js";
import { fillRows, SCHOOL, type Rows } from "./helpers/template.js";
import { BUILT_CLI } from "./helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "vrijrooster-import-"));
const run = (...args: string[]) =>
  spawnSync(process.execPath, [BUILT_CLI, ...args], {
    encoding: "utf8",
    cwd: join(import.meta.dirname, ".."),
  });

/** Fills the CLI's template: the example rows are overwritten from row 2 on; unused sheets keep their example. */
async function fill(template: string, out: string, rows: Rows, clearExamples = true) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(template);
  fillRows(wb, rows, clearExamples ? ["Externen", "Stagiairs"] : []);
  await wb.xlsx.writeFile(out);
}

const template = join(dir, "sjabloon.xlsx");

describe("vrijrooster template", () => {
  it("writes a workbook with the seven sheets, Dutch headers, drop-down lists and an explanation sheet", async () => {
    const r = run("template", "--out", template);
    expect(r.stderr).toMatch(/Sjabloon geschreven/);
    expect(r.status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(template);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Uitleg",
      "Klassen",
      "Personeel",
      "Beschikbaarheid",
      "Vakken",
      "Externen",
      "Stagiairs",
      "Doelen",
    ]);
    const staff = wb.getWorksheet("Personeel")!;
    expect(staff.getRow(1).getCell(3).value).toBe("Ambt");
    expect(staff.getCell("C5").dataValidation.formulae?.[0]).toContain("onderwijzer");
    expect(wb.getWorksheet("Klassen")!.getCell("C9").dataValidation.formulae?.[0]).toBe('"kleuter,lager"');
    expect(wb.getWorksheet("Beschikbaarheid")!.getCell("B3").dataValidation.formulae?.[0]).toBe('"ma,di,wo,do,vr"');
    expect(wb.getWorksheet("Externen")!.getCell("C3").dataValidation.formulae?.[0]).toContain("pedagogisch-begeleider");
    const explained = wb.getWorksheet("Uitleg")!.getColumn(2).values.filter(Boolean);
    expect(explained).toContain("Klasleerkracht");
    expect(explained).toContain("Om de hoeveel weken");
  });
});

describe("vrijrooster import (xlsx)", () => {
  const filled = join(dir, "school.xlsx");
  const scenarioFile = join(dir, "school.json");

  it("imports a small school typed in by name into a scenario that check accepts and that solves", async () => {
    await fill(template, filled, SCHOOL);
    const r = run(
      "import",
      filled,
      "--out",
      scenarioFile,
      "--name",
      "Basisschool De Wilg",
      "--school-year",
      "2026-2027",
    );
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Ingelezen \/ read: 2 klassen, 3 personeelsleden, 1 vakken, 1 doelen/);
    expect(r.stdout).toMatch(/gewone week 6\/6\/4\/6\/6/);
    const json = JSON.parse(readFileSync(scenarioFile, "utf8"));
    expect(json.groups[0].classTeachers).toEqual(["An-Peeters"]);
    expect(json.staff[2].availability).toEqual({
      mon: [{ from: "08:30", to: "15:15" }],
      thu: [{ from: "08:30", to: "15:15" }],
    });
    const c = run("check", scenarioFile);
    expect(c.stdout).toMatch(/0 harde overtredingen/);
    expect(c.status).toBe(0);
    const result = await solveHere(parseScenario(json));
    expect(["optimal", "feasible"]).toContain(result.status);
    const lo = result.candidates[0].lessons.filter((l) => l.subject === "LO");
    expect(lo).toHaveLength(4);
    expect(new Set(lo.map((l) => l.day))).toEqual(new Set(["mon", "thu"]));
  });

  it("without --name, the school is named after the workbook's file", async () => {
    const named = join(dir, "Basisschool De Linde.xlsx");
    await fill(template, named, SCHOOL);
    const out = join(dir, "linde.json");
    const r = run("import", named, "--out", out);
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).name).toBe("Basisschool De Linde");
  });

  it("reports each bad cell at its place, with the closest value, and writes nothing", async () => {
    const bad = join(dir, "fout.xlsx");
    const out = join(dir, "fout.json");
    await fill(template, bad, {
      ...SCHOOL,
      Personeel: [
        ...SCHOOL.Personeel,
        ["Dirk Wouters", "", "onderwijzer ", "24/24"],
        ["Els Smet", "", "onderwijzer", "30/24x"],
      ],
      Klassen: [...SCHOOL.Klassen, ["L3", "", "lager", "3", "veel", "An Peters", ""]],
      Beschikbaarheid: [...SCHOOL.Beschikbaarheid, ["Chris Maes", "zaterdag", "9u", "12:00"]],
    });
    const r = run("import", bad, "--out", out);
    expect(r.status).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(r.stderr).toContain(
      "blad Personeel, rij 5, kolom Ambt: 'onderwijzer ' bestaat niet — bedoelde je 'onderwijzer'?",
    );
    expect(r.stderr).toContain("blad Personeel, rij 6, kolom Opdracht: '30/24x' is geen opdracht");
    expect(r.stderr).toContain("blad Klassen, rij 4, kolom Leerlingen: 'veel' is geen geheel getal");
    expect(r.stderr).toContain(
      "blad Klassen, rij 4, kolom Klasleerkracht: personeelslid 'An Peters' bestaat niet — bedoelde je 'An Peeters'?",
    );
    expect(r.stderr).toContain("blad Beschikbaarheid, rij 4, kolom Dag: 'zaterdag' bestaat niet");
    expect(r.stderr).toContain("blad Beschikbaarheid, rij 4, kolom Van: '9u' is geen uur");
    expect(r.stderr).toMatch(/Problemen \/ problems \(6\)/);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it("--into merges by id: updates, adds, keeps the rest and says so", async () => {
    const more = join(dir, "aanvulling.xlsx");
    const out = join(dir, "samen.json");
    await fill(template, more, {
      Personeel: [
        ["An Peeters", "", "onderwijzer", "20/24"],
        ["Dirk Wouters", "", "onderwijzer", "24/24"],
      ],
      Klassen: [["L3", "", "lager", "3", 19, "Dirk Wouters", ""]],
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(more);
    for (const s of ["Beschikbaarheid", "Vakken", "Doelen"]) wb.getWorksheet(s)!.spliceRows(2, 1);
    await wb.xlsx.writeFile(more);
    const r = run("import", more, "--into", scenarioFile, "--out", out);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Toegevoegd \/ added personeel \(1\): Dirk-Wouters/);
    expect(r.stdout).toMatch(/Bijgewerkt \/ updated personeel \(1\): An-Peeters/);
    expect(r.stdout).toMatch(/Ongemoeid gelaten .* vakken \(1\): LO/);
    const s = JSON.parse(readFileSync(out, "utf8"));
    expect(s.name).toBe("Basisschool De Wilg");
    expect(s.groups.map((g: { id: string }) => g.id)).toEqual(["L1", "L2", "L3"]);
    expect(s.staff.find((x: { id: string }) => x.id === "An-Peeters").fraction).toBe("20/24");
    expect(s.staff.find((x: { id: string }) => x.id === "Chris-Maes").availability.mon).toHaveLength(1);
  });
});

describe("vrijrooster import (CSV)", () => {
  const header = {
    Personeel: "Naam;Code;Ambt;Opdracht",
    Klassen: "Klas;Naam;Niveau;Leerjaar;Leerlingen;Klasleerkracht",
    Vakken: "Vak;Naam;Klassen;Lestijden;Leerkracht",
  };
  it("reads a folder of ';' files in Windows-1252 (Excel on Windows)", () => {
    const folder = join(dir, "csv-1252");
    mkdirSync(folder);
    const w1252 = (s: string) => Buffer.from(s.replace(/é/g, "\u00e9"), "latin1");
    writeFileSync(
      join(folder, "Personeel.csv"),
      w1252(`${header.Personeel}\r\nRené Dewaele;;onderwijzer;24/24\r\nChloé Maes;;leermeester-lo;2/24\r\n`),
    );
    writeFileSync(join(folder, "Klassen.csv"), w1252(`${header.Klassen}\r\nL1;;lager;1;18;René Dewaele\r\n`));
    writeFileSync(join(folder, "Vakken.csv"), w1252(`${header.Vakken}\r\nLO;Bewegingsopvoeding;L1;2;Chloé Maes\r\n`));
    const out = join(dir, "csv1.json");
    const r = run("import", folder, "--out", out);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const s = JSON.parse(readFileSync(out, "utf8"));
    expect(s.staff.map((x: { name: string }) => x.name)).toEqual(["René Dewaele", "Chloé Maes"]);
    expect(s.staff[0].id).toBe("Rene-Dewaele");
    expect(s.subjects[0].taughtBy).toEqual({ staff: ["Chloe-Maes"] });
  });

  it("reads ',' files in UTF-8 with a BOM, given one by one, and reports a bad row with its line", () => {
    const folder = join(dir, "csv-utf8");
    mkdirSync(folder);
    const bom = "\ufeff";
    writeFileSync(join(folder, "Personeel.csv"), `${bom}Naam,Code,Ambt,Opdracht\n"Peeters An",,onderwijzer,24/24\n`);
    writeFileSync(
      join(folder, "Klassen.csv"),
      `${bom}Klas,Naam,Niveau,Leerjaar,Leerlingen,Klasleerkracht\nL1,"Eerste, A",lager,1,18,Peeters An\n`,
    );
    const out = join(dir, "csv2.json");
    const ok = run("import", join(folder, "Personeel.csv"), join(folder, "Klassen.csv"), "--out", out);
    expect(ok.stderr).toBe("");
    expect(ok.status).toBe(0);
    const g = JSON.parse(readFileSync(out, "utf8")).groups[0];
    expect(g.classTeachers).toEqual(["Peeters-An"]);
    expect(g.name).toBe("Eerste, A");

    writeFileSync(
      join(folder, "Klassen.csv"),
      `${bom}Klas,Naam,Niveau,Leerjaar,Leerlingen,Klasleerkracht\nL1,,lagere,1,18,Peeters An\n`,
    );
    const bad = run("import", folder, "--out", join(dir, "csv3.json"));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("blad Klassen, rij 2, kolom Niveau: 'lagere' bestaat niet — bedoelde je 'lager'?");
  });
});
