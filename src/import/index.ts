// `vrijrooster import`: which importer reads which files (xlsx, CSV sheets, .fet, Untis GPU*.TXT).
import { readdirSync, statSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { InputError, type Scenario, type ScenarioInput } from "../model/index.js";
import type { ImportReport } from "./common.js";
import { importFet } from "./fet.js";
import { importTables, type SpreadsheetOptions } from "./spreadsheet.js";
import { readCsvFile, readWorkbook, type Table } from "./tables.js";
import { importUntis, isUntisFile } from "./untis.js";

export { ImportError, formatReport, type ImportReport } from "./common.js";
export { writeTemplate, buildTemplate } from "./template.js";

export interface ImportResult {
  scenario: Scenario;
  input: ScenarioInput;
  report: ImportReport;
  format: "xlsx" | "csv" | "fet" | "untis";
}

/** Folders are opened: their .csv / .txt files count as given one by one. */
function expand(paths: string[]): string[] {
  return paths.flatMap((p) => {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new InputError(`Bestand of map niet gevonden / not found: ${p}`);
    }
    if (!st.isDirectory()) return [p];
    const files = readdirSync(p)
      .filter((f) => /\.(csv|txt)$/i.test(f))
      .sort()
      .map((f) => join(p, f));
    if (files.length === 0) throw new InputError(`De map ${p} bevat geen .csv- of GPU-bestanden`);
    return files;
  });
}

export async function importFiles(paths: string[], opts: SpreadsheetOptions = {}): Promise<ImportResult> {
  if (paths.length === 0) throw new InputError("Geef minstens één bestand / give at least one file");
  const files = expand(paths);
  const ext = (f: string) => extname(f).toLowerCase();
  if (files.length === 1 && ext(files[0]) === ".xlsx") {
    const tables = await readWorkbook(files[0]);
    // An option given as undefined (no --name) must not wipe the name taken from the file.
    const name = opts.name ?? basename(files[0], ".xlsx");
    return { ...importTables(tables, { ...opts, name }), format: "xlsx" };
  }
  if (files.length === 1 && (ext(files[0]) === ".fet" || files[0].toLowerCase().endsWith(".fet.gz")))
    return { ...importFet(files[0], opts), format: "fet" };
  if (files.some(isUntisFile)) {
    const other = files.filter((f) => !isUntisFile(f));
    if (other.length)
      throw new InputError(`Untis-bestanden (GPU00x.TXT) en andere bestanden samen: ${other.join(", ")}`);
    return { ...importUntis(files, opts), format: "untis" };
  }
  if (files.every((f) => ext(f) === ".csv")) {
    const tables: Table[] = [];
    for (const f of files) tables.push(readCsvFile(f).table);
    return { ...importTables(tables, opts), format: "csv" };
  }
  throw new InputError(
    `Onbekend soort bestand: ${files.join(", ")}. Vrijrooster leest .xlsx (het sjabloon), .csv (één per blad), .fet en Untis GPU001-006.TXT`,
  );
}
