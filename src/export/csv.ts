// The same tables as the workbook, one .csv file each, as Excel in Belgium opens them: UTF-8 with a BOM (so
// accents survive) and ';' as the separator (the list separator of nl-BE / fr-BE). The week grids become one row
// per class (or person) and period; the lines of a cell are joined with " · ".
import { join } from "node:path";
import type { Candidate, Scenario } from "../model/index.js";
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

export const CSV_FILES = ["klassen.csv", "leerkrachten.csv", "overleg.csv", "opdrachten.csv"] as const;

/** One field: quoted when it holds ; " or a line break; a text Excel would run as a formula gets a leading '. */
function field(v: string | number): string {
  if (typeof v === "number") return String(v);
  let t = v;
  if (/^[=+\-@\t\r]/.test(t) && !/^-?\d+([.,]\d+)?$/.test(t)) t = `'${t}`;
  return /[;"\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

export function toCsv(rows: (string | number)[][]): string {
  return "\uFEFF" + rows.map((r) => r.map(field).join(";")).join("\r\n") + "\r\n";
}

const when = (w: WeekGrid, i: number) => `${w.rows[i].start}–${w.rows[i].end}`;

export function csvTables(s: Scenario, c: Candidate): Record<(typeof CSV_FILES)[number], string> {
  const klassen = [
    ["Klas", "Uur", ...DAY_HEADERS],
    ...classWeeks(s, c).flatMap((w) =>
      w.rows.map((_, i) => [w.id, when(w, i), ...w.cells[i].map((l) => l.join(" · "))]),
    ),
  ];
  const leerkrachten = [
    ["Naam", "Rol", "Uur", ...DAY_HEADERS],
    ...teacherWeeks(s, c).flatMap((w) =>
      w.rows.map((_, i) => [w.title, w.subtitle, when(w, i), ...w.cells[i].map((l) => l.join(" · "))]),
    ),
  ];
  return {
    "klassen.csv": toCsv(klassen),
    "leerkrachten.csv": toCsv(leerkrachten),
    "overleg.csv": toCsv([[...RELEASE_HEADERS], ...releaseRows(s, c)]),
    "opdrachten.csv": toCsv([[...LOAD_HEADERS], ...loadRows(s, c)]),
  };
}

export const csvPath = (folder: string, name: string) => join(folder, name);
