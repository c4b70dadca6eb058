import { parseOptions, UsageError, type Command } from "../command.js";

export const exportCommand: Command = {
  name: "export",
  summary: "Export a week as a spreadsheet (xlsx/csv) or as a FET file with every lesson locked",
  usage:
    "vrijrooster export <scenario.json> --timetable <result.json> --format xlsx|csv|fet [--candidate N] --out <file>",
  async run(argv) {
    parseOptions(argv, {});
    throw new UsageError(
      "Exporteren is nog niet beschikbaar in deze versie / export is not available yet (issue 13, part 4)",
    );
  },
};
