// The week as a workbook: "Klassen" (the week per class), "Leerkrachten" (the week per person), "Overleg" (the
// release blocks per goal with the cover per class), "Opdrachten" (the staff load) and, with atelier choices,
// "Ateliers" (the pupils per atelier per rotation round). A4 landscape, one class
// or person per printed page, black and white: bold headers, thin borders, no meaning carried by colour.
import ExcelJS from "exceljs";
import type { Candidate, Scenario } from "../model/index.js";
import { person } from "../plan/index.js";
import { assignAteliers, type AtelierAssignment } from "../../solver/atelier-assign.js";
import {
  classWeeks,
  DAY_HEADERS,
  LOAD_HEADERS,
  loadRows,
  RELEASE_HEADERS,
  releaseRows,
  teacherWeeks,
  type WeekGrid,
} from "./tables.js";

export const SHEETS = ["Klassen", "Leerkrachten", "Overleg", "Opdrachten"] as const;

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE0E0E0" } };

function landscape(ws: ExcelJS.Worksheet, footer: string): void {
  ws.pageSetup = {
    paperSize: 9, // A4
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    blackAndWhite: true,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
  };
  ws.headerFooter = { oddFooter: `&L${footer}&RPagina &P van &N` };
}

function headerRow(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.eachCell((cell) => {
    cell.border = THIN;
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: "middle", wrapText: true };
  });
}

/** One week per block: a title, a subtitle, a header (Uur, maandag … vrijdag), a row per period; a page break after. */
function weekSheet(ws: ExcelJS.Worksheet, weeks: WeekGrid[]): void {
  ws.columns = [{ width: 13 }, ...DAY_HEADERS.map(() => ({ width: 30 }))];
  for (const w of weeks) {
    const title = ws.addRow([w.title]);
    title.font = { bold: true, size: 14 };
    ws.addRow([w.subtitle]).font = { italic: true };
    headerRow(ws.addRow(["Uur", ...DAY_HEADERS]));
    w.rows.forEach((r, i) => {
      const label = r.kind === "staff" ? `${r.start}–${r.end}\n(na school)` : `${r.start}–${r.end}`;
      const row = ws.addRow([label, ...w.cells[i].map((lines) => lines.join("\n"))]);
      const lines = Math.max(1, ...w.cells[i].map((l) => l.length));
      row.height = Math.max(30, 15 * lines);
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        cell.border = THIN;
        cell.alignment = { vertical: "top", wrapText: true };
        if (col === 1) cell.font = { bold: true };
      });
    });
    ws.addRow([]).addPageBreak();
  }
}

function tableSheet(ws: ExcelJS.Worksheet, headers: readonly string[], rows: (string | number)[][], widths: number[]) {
  ws.columns = widths.map((width) => ({ width }));
  headerRow(ws.addRow([...headers]));
  for (const r of rows)
    ws.addRow(r).eachCell({ includeEmpty: true }, (cell) => {
      cell.border = THIN;
      cell.alignment = { vertical: "top", wrapText: true };
    });
  ws.views = [{ state: "frozen", ySplit: 1 }];
  ws.pageSetup.printTitlesRow = "1:1";
}

export const ATELIER_HEADERS = [
  "Atelierwerking",
  "Ronde",
  "Schoolweken",
  "Atelier",
  "Begeleiding",
  "Leerlingen",
  "Wie (* = niet gekozen)",
] as const;

/** Per plan its warnings, then per round and atelier the leaders by name and the pupils (* = outside their choices). */
export function atelierRows(s: Scenario, assignments: AtelierAssignment[]): (string | number)[][] {
  return assignments.flatMap((a) => {
    const plan = s.atelierPlans.find((p) => p.id === a.plan)!;
    const chose = new Map(plan.choices.map((c) => [c.pupil, c.choices]));
    const warnings = a.warnings.map((w) => [plan.name, "", "", "Let op", "", "", w.message]);
    const rounds = a.rounds.flatMap((r) =>
      plan.ateliers.map((at) => {
        const pupils = Object.keys(r.assignment)
          .filter((p) => r.assignment[p] === at.id)
          .sort();
        const weeks = `${(r.round - 1) * plan.rotationWeeks + 1}–${r.round * plan.rotationWeeks}`;
        return [
          plan.name,
          r.round,
          weeks,
          at.name,
          at.leaders.map((id) => person(s, id).name).join(", "),
          pupils.length,
          pupils.map((p) => (chose.get(p)?.includes(at.id) ? p : `${p}*`)).join(", "),
        ];
      }),
    );
    return [...warnings, ...rounds];
  });
}

export function buildWorkbook(s: Scenario, c: Candidate): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Vrijrooster";
  wb.title = `${s.name} ${s.schoolYear}`;
  const footer = `${s.name} — ${s.schoolYear}`.replace(/&/g, "&&");
  const [klassen, leerkrachten, overleg, opdrachten] = SHEETS.map((name) => {
    const ws = wb.addWorksheet(name);
    landscape(ws, footer);
    return ws;
  });
  weekSheet(klassen, classWeeks(s, c));
  weekSheet(leerkrachten, teacherWeeks(s, c));
  tableSheet(overleg, RELEASE_HEADERS, releaseRows(s, c), [26, 14, 11, 7, 7, 9, 10, 40, 22, 8, 36]);
  tableSheet(opdrachten, LOAD_HEADERS, loadRows(s, c), [26, 24, 10, 10, 11, 12, 13, 13, 13, 11]);
  // The pupils' atelier assignment (the same for every candidate of the scenario), only when pupils chose.
  const assignments = assignAteliers(s);
  if (assignments.length) {
    const ws = wb.addWorksheet("Ateliers");
    landscape(ws, footer);
    tableSheet(ws, ATELIER_HEADERS, atelierRows(s, assignments), [24, 7, 11, 26, 30, 10, 80]);
  }
  return wb;
}

export async function writeXlsx(s: Scenario, c: Candidate, file: string): Promise<void> {
  await buildWorkbook(s, c).xlsx.writeFile(file);
}
