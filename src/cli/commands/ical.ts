import { readFileSync } from "node:fs";
import { parseFeedView, renderFeed, stateFromIcs } from "../../ical/index.js";
import { InputError, loadScenario, loadTimetable } from "../../model/index.js";
import { checkOutFile, parseOptions, UsageError, writeOutFile, type Command } from "../command.js";

export const icalCommand: Command = {
  name: "ical",
  summary:
    "Write an iCal feed (staff member, class, release goal, school or one school of a group) of a timetable's year plan",
  usage:
    "vrijrooster ical <scenario.json> --timetable <file> --view staff:<id>|group:<id>|goal:<id>|school|school:<id> [--candidate N] [--out file.ics]\n" +
    "                  [--previous old.ics]\n" +
    "  --previous: the file of the previous run; changed events get a higher SEQUENCE, unchanged ones stay the same",
  async run(argv) {
    const { values, positionals } = parseOptions(argv, {
      timetable: { type: "string" },
      view: { type: "string" },
      candidate: { type: "string", default: "1" },
      out: { type: "string" },
      previous: { type: "string" },
    });
    if (positionals.length !== 1)
      throw new UsageError(
        "Geef precies één scenariobestand: vrijrooster ical <scenario.json> --timetable <file> --view …",
      );
    if (!values.timetable) throw new UsageError("Geef het lesrooster met --timetable <file>");
    if (!values.view)
      throw new UsageError(
        "Kies een weergave met --view staff:<id>, group:<id>, goal:<id>, school of school:<id> (één school van een scholengemeenschap)",
      );
    if (values.out !== undefined) checkOutFile(values.out);
    const scenario = loadScenario(positionals[0]);
    const timetable = loadTimetable(values.timetable);
    const n = Number(values.candidate);
    if (!Number.isInteger(n) || n < 1)
      throw new UsageError(`--candidate moet een geheel getal ≥ 1 zijn, niet '${values.candidate}'`);
    const candidate = timetable.candidates[n - 1];
    if (!candidate)
      throw new InputError(
        timetable.candidates.length
          ? `Het lesrooster heeft maar ${timetable.candidates.length} kandidaat/kandidaten, geen nummer ${n}`
          : `Het lesrooster bevat geen kandidaten (status: ${timetable.status})`,
      );
    const view = parseFeedView(values.view, scenario);
    let previous;
    if (values.previous !== undefined) {
      let text: string;
      try {
        text = readFileSync(values.previous, "utf8");
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        throw new InputError(
          code === "ENOENT"
            ? `--previous: bestand niet gevonden: ${values.previous}`
            : `--previous: kan ${values.previous} niet lezen (${code})`,
        );
      }
      previous = stateFromIcs(text, values.previous);
    }
    const { ics, name, state } = renderFeed(scenario, candidate, view, { previous });
    if (values.out) {
      writeOutFile(values.out, ics);
      const n = Object.keys(state).length;
      process.stderr.write(
        `Kalender '${name}' (${n} ${n === 1 ? "afspraak" : "afspraken"}) geschreven naar ${values.out}\n`,
      );
    } else process.stdout.write(ics);
    return 0;
  },
};
