import { writeFileSync } from "node:fs";
import { ImportError, formatReport, importFiles } from "../../import/index.js";
import { readJsonFile, type ScenarioInput } from "../../model/index.js";
import { parseOptions, UsageError, type Command } from "../command.js";

export const importCommand: Command = {
  name: "import",
  summary: "Read a school from the spreadsheet template (xlsx/csv), a FET file or Untis GPU files",
  usage:
    "vrijrooster import <school.xlsx | map-of-csv | bestanden.csv | school.fet | GPU00x.TXT ...> --out scenario.json\n" +
    "                   [--into bestaand-scenario.json] [--name 'School'] [--school-year 2026-2027] [--json]",
  async run(argv) {
    const { values, positionals } = parseOptions(argv, {
      out: { type: "string" },
      into: { type: "string" },
      name: { type: "string" },
      "school-year": { type: "string" },
      json: { type: "boolean" },
    });
    if (positionals.length === 0) throw new UsageError("Geef het bestand dat ingelezen moet worden");
    if (!values.out) throw new UsageError("Geef het doelbestand: --out scenario.json");
    if (values["school-year"] && !/^20\d\d-20\d\d$/.test(values["school-year"]))
      throw new UsageError("--school-year: schrijf het schooljaar als 2026-2027");
    const into = values.into ? (readJsonFile(values.into) as ScenarioInput) : undefined;
    try {
      const r = await importFiles(positionals, { into, name: values.name, schoolYear: values["school-year"] });
      writeFileSync(values.out, JSON.stringify(r.input, null, 2) + "\n");
      if (values.json)
        process.stdout.write(JSON.stringify({ ok: true, format: r.format, report: r.report }, null, 2) + "\n");
      else process.stdout.write(formatReport(r.report) + `\n\nScenario geschreven / written: ${values.out}\n`);
      return 0;
    } catch (e) {
      if (!(e instanceof ImportError)) throw e;
      if (values.json)
        process.stdout.write(JSON.stringify({ ok: false, message: e.message, report: e.report }, null, 2) + "\n");
      else process.stderr.write(`Fout: ${e.message}\n${formatReport(e.report)}\n`);
      return 2;
    }
  },
};
