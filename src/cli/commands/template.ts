import { writeTemplate } from "../../import/index.js";
import { parseOptions, UsageError, type Command } from "../command.js";

export const templateCommand: Command = {
  name: "template",
  summary: "Write the spreadsheet template a school fills in (sheets Klassen, Personeel, ... and Uitleg)",
  usage: "vrijrooster template --out school.xlsx",
  async run(argv) {
    const { values, positionals } = parseOptions(argv, { out: { type: "string" } });
    if (positionals.length || !values.out)
      throw new UsageError("Geef het doelbestand: vrijrooster template --out school.xlsx");
    if (!values.out.toLowerCase().endsWith(".xlsx"))
      throw new UsageError("Het sjabloon is een .xlsx-bestand: --out school.xlsx");
    await writeTemplate(values.out);
    process.stderr.write(
      `Sjabloon geschreven / template written: ${values.out}\nVul het in en lees het in met: vrijrooster import ${values.out} --out scenario.json\n`,
    );
    return 0;
  },
};
