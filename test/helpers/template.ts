// The spreadsheet template filled in as a principal would (names, not ids), shared by the import tests of the
// CLI, the API and the web app.
import type ExcelJS from "exceljs";

/** Rows per sheet, written from row 2 on (over the template's example row). */
export type Rows = Record<string, (string | number)[][]>;

/** A small school: two classes with their teachers, an LO teacher on Monday and Thursday, one PLG. */
export const SCHOOL: Rows = {
  Personeel: [
    ["An Peeters", "", "onderwijzer", "24/24"],
    ["Bram Janssens", "", "onderwijzer", "24/24"],
    ["Chris Maes", "", "leermeester-lo", "4/24"],
  ],
  Klassen: [
    ["L1", "Eerste leerjaar", "lager", "1", 18, "An Peeters", ""],
    ["L2", "Tweede leerjaar", "lager", "2", 20, "Bram Janssens", ""],
  ],
  Beschikbaarheid: [
    ["Chris Maes", "ma", "08:30", "15:15"],
    ["Chris Maes", "do", "08:30", "15:15"],
  ],
  Vakken: [["LO", "Bewegingsopvoeding", "L1, L2", 2, "Chris Maes", 1, 1, "om het even"]],
  Doelen: [["PLG lezen", "", "plg", "An Peeters, Bram Janssens", "", "", "digitaal", 90, 1, 1, "nee"]],
};

/** Write `rows` into the workbook; the sheets in `empty` that `rows` leaves alone lose their example row. */
export function fillRows(wb: ExcelJS.Workbook, rows: Rows, empty: string[] = []): void {
  for (const [sheet, data] of Object.entries(rows)) {
    const ws = wb.getWorksheet(sheet)!;
    data.forEach((r, i) => {
      const row = ws.getRow(i + 2);
      r.forEach((v, c) => (row.getCell(c + 1).value = v === "" ? null : v));
      row.commit();
    });
  }
  for (const name of empty) if (!rows[name]) wb.getWorksheet(name)!.spliceRows(2, 1);
}
