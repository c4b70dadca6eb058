// POST /api/import and GET /api/import/template over real HTTP (127.0.0.1, port 0, a real SQLite file): the
// template the server hands out, filled in with exceljs as a principal would, imports into a scenario that is
// NOT stored until the user accepts it; rows in error come back as a 422 with sheet, row and column; a FET file
// imports; bytes that are no school file are a 422 in words; `into` merges into a stored school's latest version.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../api/server.js";
import { request, type Reply } from "./helpers/http.js";
import { fillRows, SCHOOL, type Rows } from "./helpers/template.js";

const KEY = "test-key-import-0123456789";
const dataDir = mkdtempSync(join(tmpdir(), "vrijrooster-api-import-"));
const FET = join(import.meta.dirname, "..", "..", "shared", "bench", "fet-school", "school.fet");
let s: RunningServer;

beforeAll(async () => {
  s = await startServer({ port: 0, dataDir, apiKey: KEY, log: () => {} });
});
afterAll(async () => {
  await s?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const call = (method: string, path: string, body?: unknown) => request(s.url, method, path, { key: KEY, body });
const file = (name: string, bytes: Buffer | string) => ({
  name,
  content: Buffer.from(bytes).toString("base64"),
});
const importing = (files: { name: string; content: string }[], extra: Record<string, unknown> = {}) =>
  call("POST", "/api/import", { files, ...extra });

function expectProblem(r: Reply, status: number) {
  expect(r.status, r.text).toBe(status);
  expect(r.type).toMatch(/^application\/problem\+json/);
  expect(r.text).not.toMatch(/at .*\.(ts|js):\d+/);
  expect(r.text).not.toContain("vrijrooster-upload-"); // the server's temporary folder never shows
}

let template: Buffer;
/** exceljs (jszip) reads an ArrayBuffer of its own, not a Node Buffer view. */
const arrayBuffer = (b: Buffer) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

/** The served template, filled in from row 2 on; unused example sheets are emptied (or kept: `keep`). */
async function fill(rows: Rows, empty: string[] = ["Externen", "Stagiairs"]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(arrayBuffer(template));
  fillRows(wb, rows, empty);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("GET /api/import/template", () => {
  it("hands out the xlsx template as a download", async () => {
    const res = await fetch(`${s.url}/api/import/template`, { headers: { authorization: `Bearer ${KEY}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/spreadsheetml\.sheet/);
    template = Buffer.from(await res.arrayBuffer());
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="?vrijrooster-sjabloon\.xlsx"?$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(arrayBuffer(template));
    expect(wb.worksheets.map((w) => w.name)).toContain("Personeel");
    expect(wb.getWorksheet("Personeel")!.getRow(1).getCell(3).value).toBe("Ambt");
  });
  it("is behind the sign-in like the rest of the API", async () => {
    expect((await fetch(`${s.url}/api/import/template`)).status).toBe(401);
  });
});

describe("POST /api/import", () => {
  let imported: Reply;
  it("reads a filled-in template into a scenario and a report, and stores nothing", async () => {
    const before = (await call("GET", "/api/scenarios")).json.length;
    imported = await importing([file("De Wilg.xlsx", await fill(SCHOOL))], { schoolYear: "2026-2027" });
    expect(imported.status, imported.text).toBe(200);
    const { scenario, report, format } = imported.json;
    expect(format).toBe("xlsx");
    expect(scenario.name).toBe("De Wilg");
    expect(scenario.schoolYear).toBe("2026-2027");
    expect(scenario.staff.map((p: { name: string }) => p.name)).toEqual(["An Peeters", "Bram Janssens", "Chris Maes"]);
    expect(scenario.groups[0].classTeachers).toEqual(["An-Peeters"]);
    expect(report.counts).toMatchObject({ klassen: 2, personeelsleden: 3 });
    expect(report.problems).toEqual([]);
    // What was assumed is said, in words for the web (no command-line options).
    expect(report.notes.join("\n")).toMatch(/gewone week 6\/6\/4\/6\/6/);
    expect(report.notes.join("\n")).not.toMatch(/--into|--school-year/);
    expect((await call("GET", "/api/scenarios")).json.length).toBe(before);
  });

  it("the scenario it answers is accepted as it is by POST /api/scenarios (the user's 'accept')", async () => {
    const created = await call("POST", "/api/scenarios", imported.json.scenario);
    expect(created.status, created.text).toBe(201);
    const got = await call("GET", `/api/scenarios/${created.json.id}`);
    expect(got.json.scenario.staff).toHaveLength(3);
  });

  it("answers rows in error with a 422 that places each problem at its sheet, row and column", async () => {
    const bad = await fill({
      ...SCHOOL,
      Personeel: [...SCHOOL.Personeel, ["Dirk Wouters", "", "onderwijzer ", "24/24"]],
      Klassen: [...SCHOOL.Klassen, ["L3", "", "lager", "3", "veel", "An Peters", ""]],
    });
    const r = await importing([file("fout.xlsx", bad)]);
    expectProblem(r, 422);
    expect(r.json.errorCount).toBe(3);
    expect(r.json.detail).toMatch(/^3 problemen in het bestand — niets ingelezen/);
    const rows = r.json.errors.map((e: Record<string, unknown>) => ({
      sheet: e.sheet,
      row: e.row,
      column: e.column,
      detail: e.detail,
    }));
    expect(rows).toEqual(
      expect.arrayContaining([
        {
          sheet: "Personeel",
          row: 5,
          column: "Ambt",
          detail: "'onderwijzer ' bestaat niet — bedoelde je 'onderwijzer'?",
        },
        {
          sheet: "Klassen",
          row: 4,
          column: "Leerlingen",
          detail: expect.stringMatching(/^'veel' is geen geheel getal/),
        },
        {
          sheet: "Klassen",
          row: 4,
          column: "Klasleerkracht",
          detail: "personeelslid 'An Peters' bestaat niet — bedoelde je 'An Peeters'?",
        },
      ]),
    );
    expect(rows).toHaveLength(3);
    expect(r.json.errors[0].field).toMatch(/^blad (Personeel|Klassen), rij \d, kolom /);
  });

  it("reads a FET file (the 12-class bench school), with what has no counterpart in the report", async () => {
    const r = await importing([file("school.fet", readFileSync(FET))]);
    expect(r.status, r.text.slice(0, 500)).toBe(200);
    expect(r.json.format).toBe("fet");
    expect(r.json.report.counts).toMatchObject({ klassen: 12, personeelsleden: 18 });
    expect(r.json.report.notes.join("\n")).toMatch(/ConstraintSubjectPreferredRoom/);
    expect(r.json.scenario.groups).toHaveLength(12);
  });

  it("tells the kind from the bytes when the name does not (a FET file saved without extension)", async () => {
    const r = await importing([file("rooster", readFileSync(FET))]);
    expect(r.status).toBe(200);
    expect(r.json.format).toBe("fet");
  });

  it("refuses bytes that are no school file with a 422 in words, never a 5xx", async () => {
    const garbage = Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 7919 + 13) % 256));
    const unknown = await importing([file("foto.jpg", garbage)]);
    expectProblem(unknown, 422);
    expect(unknown.json.detail).toMatch(
      /'foto\.jpg': onbekend soort bestand\. Vrijrooster leest het sjabloon \(\.xlsx\)/,
    );
    expect(unknown.json.errors[0].field).toBe("files.0.name");

    const notXlsx = await importing([file("school.xlsx", garbage)]);
    expectProblem(notXlsx, 422);
    expect(notXlsx.json.detail).toMatch(/'school\.xlsx' is geen Excel-werkmap \(\.xlsx\)/);

    // A zip that is not a workbook gets past the first look, and still ends as a 422.
    const zipHead = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), garbage]);
    const brokenZip = await importing([file("kapot.xlsx", zipHead)]);
    expectProblem(brokenZip, 422);
    expect(brokenZip.json.detail).toMatch(/kapot\.xlsx is geen leesbaar Excel-bestand/);

    const notFet = await importing([file("school.fet", "<html><body>hallo</body></html>")]);
    expectProblem(notFet, 422);
    expect(notFet.json.detail).toMatch(/'school\.fet' is geen FET-bestand/);

    const notBase64 = await importing([{ name: "school.xlsx", content: "!!!" }]);
    expectProblem(notBase64, 422);
    expect(notBase64.json.errors[0].field).toBe("files[0].content");
  });

  it("refuses two workbooks at once, and a kind that is not one we read", async () => {
    const x = await fill(SCHOOL);
    const two = await importing([file("a.xlsx", x), file("b.xlsx", x)]);
    expectProblem(two, 422);
    expect(two.json.detail).toMatch(/Kies één Excel-bestand/);
    const kind = await importing([file("a.xlsx", x)], { kind: "pdf" });
    expectProblem(kind, 422);
  });

  it("reads CSV sheets given one by one", async () => {
    const r = await importing([
      file("Personeel.csv", "Naam;Code;Ambt;Opdracht\r\nRené Dewaele;;onderwijzer;24/24\r\n"),
      file("Klassen.csv", "Klas;Naam;Niveau;Leerjaar;Leerlingen;Klasleerkracht\r\nL1;;lager;1;18;René Dewaele\r\n"),
    ]);
    expect(r.status, r.text).toBe(200);
    expect(r.json.format).toBe("csv");
    expect(r.json.scenario.staff[0].name).toBe("René Dewaele");
  });

  it("into: merges into a stored school's latest version (updates, adds, keeps) and still stores nothing", async () => {
    const created = await call("POST", "/api/scenarios", imported.json.scenario);
    const id = created.json.id;
    const more = await fill(
      {
        Personeel: [
          ["An Peeters", "", "onderwijzer", "20/24"],
          ["Dirk Wouters", "", "onderwijzer", "24/24"],
        ],
        Klassen: [["L3", "", "lager", "3", 19, "Dirk Wouters", ""]],
      },
      ["Externen", "Stagiairs", "Beschikbaarheid", "Vakken", "Doelen"],
    );
    const r = await importing([file("aanvulling.xlsx", more)], { into: id });
    expect(r.status, r.text).toBe(200);
    expect(r.json.into).toEqual({ id, version: 1 });
    expect(r.json.scenario.name).toBe("De Wilg");
    expect(r.json.scenario.groups.map((g: { id: string }) => g.id)).toEqual(["L1", "L2", "L3"]);
    expect(r.json.report.merge.added.personeel).toEqual(["Dirk-Wouters"]);
    expect(r.json.report.merge.updated.personeel).toEqual(["An-Peeters"]);
    expect(r.json.report.merge.kept.vakken).toEqual(["LO"]);
    expect((await call("GET", `/api/scenarios/${id}`)).json.latestVersion).toBe(1);
    const saved = await call("PUT", `/api/scenarios/${id}`, r.json.scenario);
    expect(saved.status, saved.text).toBe(200);
    expect(saved.json.version).toBe(2);

    const missing = await importing([file("aanvulling.xlsx", more)], { into: "sc-bestaat-niet" });
    expectProblem(missing, 404);
    expect(missing.json.detail).toBe("Scenario 'sc-bestaat-niet' bestaat niet");
  });

  it("is listed in the OpenAPI document", async () => {
    const doc = (await call("GET", "/openapi.json")).json;
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/import", "/api/import/template"]));
    expect(doc.paths["/api/import"].post.requestBody.content["application/json"].schema.$ref).toMatch(/ImportRequest$/);
    expect(JSON.stringify(doc.components.schemas.ImportRequest)).toContain("base64");
  });
});
