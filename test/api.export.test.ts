// GET /api/candidates/:id/export over real HTTP (issue 13, "also in the web app"): the week as the workbook, a csv
// table and a FET file, the same files as `vrijrooster export`, read back with exceljs and csv-parse; the printed
// pages as HTML and as a PDF made by the server's Chromium (the "PDF (afdrukken)" download of the web app).
import { mkdtempSync, rmSync } from "node:fs";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../api/server.js";
import { request, waitForJob } from "./helpers/http.js";

const KEY = "test-key-export-0123456789";
const dataDir = mkdtempSync(join(tmpdir(), "vrijrooster-api-export-"));
let s: RunningServer;
let candidate = "";
const village = JSON.parse(readFileSync("fixtures/village-school.json", "utf8"));
/** A page per class, per member of staff and per meeting, and the staff-load page. */
const printedPages = village.groups.length + village.staff.length + village.releaseGoals.length + 1;
const get = (path: string) => request(s.url, "GET", path, { key: KEY });

beforeAll(async () => {
  s = await startServer({ port: 0, dataDir, apiKey: KEY, log: () => {} });
  const { id } = (await request(s.url, "POST", "/api/scenarios", { key: KEY, body: village })).json;
  const job = (await request(s.url, "POST", `/api/scenarios/${id}/solve`, { key: KEY, body: { candidates: 1 } })).json;
  candidate = (await waitForJob(get, job.id)).candidates[0];
});
afterAll(async () => {
  await s?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function download(query: string) {
  const r = await fetch(`${s.url}/api/candidates/${candidate}/export?${query}`, {
    headers: { authorization: `Bearer ${KEY}` },
  });
  return { r, body: Buffer.from(await r.arrayBuffer()) };
}

describe("downloading a proposed week", () => {
  it("xlsx: the four sheets, as an attachment named after the school", async () => {
    const { r, body } = await download("format=xlsx");
    expect(r.status).toBe(200);
    expect(r.headers.get("content-disposition")).toMatch(/^attachment; filename="?[A-Za-z0-9-]+-week-1\.xlsx"?$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(body as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Klassen", "Leerkrachten", "Overleg", "Opdrachten"]);
  });

  it("csv: one table, with a BOM and ';', that csv-parse reads", async () => {
    const { r, body } = await download("format=csv&table=opdrachten");
    expect(r.status).toBe(200);
    expect(r.headers.get("content-disposition")).toMatch(/-week-1-opdrachten\.csv"?$/);
    const text = body.toString("utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parse(text.slice(1), { delimiter: ";" }) as string[][];
    expect(rows.length).toBeGreaterThan(3);
    expect(rows[0][0]).toBe("Naam");
  });

  it("fet: a FET file with every activity locked", async () => {
    const { r, body } = await download("format=fet");
    expect(r.status).toBe(200);
    const xml = body.toString("utf8");
    expect(xml).toContain("<fet version=");
    expect(xml).toContain("<Permanently_Locked>true</Permanently_Locked>");
  });

  it("html: every printed page in one file with its stylesheet inlined, nothing else allowed to load", async () => {
    const { r, body } = await download("format=html");
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toMatch(/^text\/html/);
    expect(r.headers.get("content-disposition")).toMatch(/-week-1\.html"?$/);
    expect(r.headers.get("content-security-policy")).toBe("default-src 'none'; style-src 'unsafe-inline'");
    const html = body.toString("utf8");
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("@page");
    expect(html.match(/<section class="print-page /g)?.length).toBe(printedPages);
    expect(html).toContain(`${village.name} · schooljaar ${village.schoolYear}`);
  });

  it("pdf: printed by Chromium, one page per printed page", async () => {
    const { r, body } = await download("format=pdf");
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toBe("application/pdf");
    expect(r.headers.get("content-disposition")).toMatch(/-week-1\.pdf"?$/);
    expect(body.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(body.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length).toBe(printedPages);
  });

  it("pdf without Chromium on the server: 503 saying how to get it, or to take the html", async () => {
    const before = process.env.VRIJROOSTER_CHROMIUM;
    process.env.VRIJROOSTER_CHROMIUM = join(dataDir, "no-chromium-here");
    try {
      const r = await get(`/api/candidates/${candidate}/export?format=pdf`);
      expect(r.status).toBe(503);
      expect(r.json.detail).toContain("Chromium is niet gevonden");
      expect(r.json.detail).toContain("format=html");
    } finally {
      if (before === undefined) delete process.env.VRIJROOSTER_CHROMIUM;
      else process.env.VRIJROOSTER_CHROMIUM = before;
    }
  });

  it("a wrong format is a 400 naming the parameter; an unknown candidate a 404", async () => {
    const bad = await get(`/api/candidates/${candidate}/export?format=docx`);
    expect(bad.status).toBe(400);
    expect(bad.text).toContain("format");
    expect((await get("/api/candidates/nope/export?format=xlsx")).status).toBe(404);
  });
});
