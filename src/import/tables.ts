// Reading sheets as tables: an .xlsx workbook (exceljs) or one CSV file per sheet (csv-parse; ';' or ',';
// UTF-8 with or without BOM, or Windows-1252). Every row keeps its number as the user sees it.
import { readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { InputError } from "../model/index.js";

export type CellValue = string | number | boolean | Date | undefined;

export interface Table {
  /** The sheet's name as the user sees it ("Personeel", or the CSV file's name). */
  sheet: string;
  headers: string[];
  /** rowNumber: 1-based, the header is row 1. */
  rows: { rowNumber: number; cells: CellValue[] }[];
}

function plain(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return undefined;
  if (typeof v === "string") return v === "" ? undefined : v;
  if (typeof v === "number" || typeof v === "boolean" || v instanceof Date) return v;
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("result" in v) return plain((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ("text" in v) return String((v as ExcelJS.CellHyperlinkValue).text);
    if ("error" in v) return undefined;
  }
  return String(v);
}

export async function readWorkbook(file: string): Promise<Table[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(
      code === "ENOENT"
        ? `Bestand niet gevonden: ${file}`
        : `${file} is geen leesbaar Excel-bestand (.xlsx) / not a readable .xlsx file: ${(e as Error).message}`,
    );
  }
  const tables: Table[] = [];
  wb.eachSheet((ws) => {
    const headers: string[] = [];
    ws.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => {
      headers[col - 1] = String(plain(cell.value) ?? "").trim();
    });
    const rows: Table["rows"] = [];
    ws.eachRow((row, rowNumber) => {
      if (rowNumber === 1) return;
      const cells: CellValue[] = headers.map((_, i) => plain(row.getCell(i + 1).value));
      if (cells.some((c) => c !== undefined && String(c).trim() !== "")) rows.push({ rowNumber, cells });
    });
    tables.push({ sheet: ws.name, headers, rows });
  });
  return tables;
}

/** UTF-8 (with or without BOM) when the bytes are valid UTF-8, else Windows-1252 (Excel's "CSV" on Windows). */
export function decodeText(bytes: Buffer): { text: string; encoding: "utf-8" | "windows-1252" } {
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "windows-1252" };
  }
}

/** The separator of the header line: ';' (Dutch Excel) or ',' (or a tab). */
export function sniffDelimiter(text: string): string {
  const first = text.split(/\r?\n/, 1)[0] ?? "";
  const count = (c: string) => first.split(c).length - 1;
  const options = [";", ",", "\t"].map((c) => [c, count(c)] as const).sort((a, b) => b[1] - a[1]);
  return options[0][1] > 0 ? options[0][0] : ",";
}

/** All records of a CSV text as arrays of strings (quoted fields, either separator). */
export function parseCsv(text: string, file: string): string[][] {
  try {
    return parse(text, {
      delimiter: sniffDelimiter(text),
      relax_column_count: true,
      skip_empty_lines: false,
      bom: true,
      trim: false,
    }) as string[][];
  } catch (e) {
    throw new InputError(`${file} is geen geldig CSV-bestand / not a valid CSV file: ${(e as Error).message}`);
  }
}

export function readCsvFile(file: string): { table: Table; encoding: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new InputError(`Kan ${file} niet lezen (${(e as NodeJS.ErrnoException).code ?? "onbekende fout"})`);
  }
  const { text, encoding } = decodeText(bytes);
  const records = parseCsv(text, file);
  const [head = [], ...rest] = records;
  const rows = rest
    .map((cells, i) => ({ rowNumber: i + 2, cells: cells.map((c): CellValue => (c === "" ? undefined : c)) }))
    .filter((r) => r.cells.some((c) => c !== undefined && String(c).trim() !== ""));
  return {
    table: { sheet: basename(file, extname(file)), headers: head.map((h) => h.trim()), rows },
    encoding,
  };
}
