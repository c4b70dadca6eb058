// `vrijrooster template`: the spreadsheet a school fills in (one sheet per part, Dutch headers, an example row,
// drop-down lists for the list columns, and a sheet "Uitleg" that explains every column).
import ExcelJS from "exceljs";
import { SHEETS } from "./sheets.js";

/** Rows that get the drop-down lists (the template's usable size). */
export const TEMPLATE_ROWS = 300;

export function buildTemplate(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Vrijrooster";
  const uitleg = wb.addWorksheet("Uitleg");
  uitleg.columns = [
    { header: "Blad", key: "sheet", width: 16 },
    { header: "Kolom", key: "column", width: 22 },
    { header: "Verplicht", key: "required", width: 10 },
    { header: "Uitleg", key: "explain", width: 90 },
    { header: "Toegelaten waarden", key: "list", width: 60 },
  ];
  uitleg.getRow(1).font = { bold: true };
  uitleg.addRow({
    sheet: "Algemeen",
    explain:
      "Vul elk blad in vanaf rij 2 (rij 2 is een voorbeeld: overschrijf of wis ze; een ongewijzigde voorbeeldrij wordt overgeslagen). " +
      "Verwijs naar mensen en klassen met hun naam zoals op de bladen Personeel, Externen en Klassen. " +
      "Inlezen: vrijrooster import school.xlsx --out scenario.json (of --into bestaand-scenario.json om aan te vullen).",
  });
  for (const def of SHEETS) {
    uitleg.addRow({ sheet: def.name, explain: def.explain });
    for (const c of def.columns)
      uitleg.addRow({
        sheet: def.name,
        column: c.header,
        required: c.required ? "ja" : "",
        explain: c.explain,
        list: c.list ? c.list.join(", ") : "",
      });
  }
  uitleg.getColumn("explain").alignment = { wrapText: true, vertical: "top" };

  for (const def of SHEETS) {
    const ws = wb.addWorksheet(def.name, { views: [{ state: "frozen", ySplit: 1 }] });
    ws.columns = def.columns.map((c) => ({ header: c.header, key: c.key, width: Math.max(12, c.header.length + 4) }));
    const head = ws.getRow(1);
    head.font = { bold: true };
    def.columns.forEach((c, i) => {
      const cell = head.getCell(i + 1);
      cell.note = `${c.required ? "Verplicht. " : ""}${c.explain}`;
      if (c.required) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFE699" } };
    });
    ws.addRow(Object.fromEntries(def.columns.map((c) => [c.key, c.example])));
    ws.getRow(2).font = { italic: true, color: { argb: "FF666666" } };
    def.columns.forEach((c, i) => {
      if (!c.list) return;
      const formula = `"${c.list.join(",")}"`;
      for (let r = 2; r <= TEMPLATE_ROWS; r++)
        ws.getCell(r, i + 1).dataValidation = {
          type: "list",
          allowBlank: true,
          formulae: [formula],
          showErrorMessage: true,
          errorTitle: "Ongeldige waarde",
          error: `Kies uit: ${c.list.join(", ")}`,
        };
    });
  }
  return wb;
}

export async function writeTemplate(file: string): Promise<void> {
  await buildTemplate().xlsx.writeFile(file);
}
