import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { InputError, loadScenario, loadTimetable } from "../../model/index.js";
import { bindRounds, loadRounds, planRounds, renderPlanIcs, renderPlanText } from "../../rounds/index.js";
import { renderRoundsFeeds } from "../../rounds/feeds.js";
import { parseOptions, UsageError, type Command } from "../command.js";

export const roundsCommand: Command = {
  name: "rounds",
  summary: "Plan a round of dated meetings (rounds file) into the solved week and the school-year calendar",
  usage:
    "vrijrooster rounds <rounds.json> --scenario <scenario.json> --timetable <result.json> [--candidate N] [--time-limit S] [--json] [--ics out.ics] [--feeds-dir DIR]",
  async run(argv) {
    const { values, positionals } = parseOptions(argv, {
      scenario: { type: "string" },
      timetable: { type: "string" },
      candidate: { type: "string", default: "1" },
      "time-limit": { type: "string" },
      json: { type: "boolean" },
      ics: { type: "string" },
      "feeds-dir": { type: "string" },
    });
    if (positionals.length !== 1)
      throw new UsageError(
        "Geef precies één rondebestand: vrijrooster rounds <rounds.json> --scenario … --timetable …",
      );
    if (!values.scenario) throw new UsageError("Geef het scenario met --scenario <scenario.json>");
    if (!values.timetable) throw new UsageError("Geef het opgeloste lesrooster met --timetable <result.json>");
    const rounds = loadRounds(positionals[0]);
    const scenario = loadScenario(values.scenario);
    const timetable = loadTimetable(values.timetable);
    const n = Number(values.candidate);
    if (!Number.isInteger(n) || n < 1)
      throw new UsageError(`--candidate moet een geheel getal ≥ 1 zijn, niet '${values.candidate}'`);
    const week = timetable.candidates[n - 1];
    if (!week)
      throw new InputError(
        timetable.candidates.length
          ? `Het lesrooster heeft maar ${timetable.candidates.length} kandidaat/kandidaten, geen nummer ${n}`
          : `Het lesrooster bevat geen kandidaten (status: ${timetable.status})`,
      );
    let timeLimitSeconds: number | undefined;
    if (values["time-limit"] !== undefined) {
      timeLimitSeconds = Number(values["time-limit"]);
      if (!(timeLimitSeconds > 0)) throw new UsageError(`--time-limit moet een positief getal zijn`);
    }
    const ctx = bindRounds(rounds, scenario, week);
    const plan = await planRounds(rounds, scenario, week, { timeLimitSeconds });
    if (values.json) process.stdout.write(JSON.stringify(plan, null, 2) + "\n");
    else process.stdout.write(renderPlanText(ctx, plan) + "\n");
    if (values.ics) {
      writeFileSync(values.ics, renderPlanIcs(ctx, plan));
      process.stderr.write(
        `Kalender met ${plan.sessions.length} ${plan.sessions.length === 1 ? "sessie" : "sessies"} geschreven naar ${values.ics}\n`,
      );
    }
    const dir = values["feeds-dir"];
    if (dir) {
      const feeds = renderRoundsFeeds(ctx, plan, new Date());
      mkdirSync(dir, { recursive: true });
      // person-ow01.ics, site-regenboog.ics: one calendar per participant and per site ("who is on site")
      for (const f of feeds) writeFileSync(join(dir, `${f.view.replace(":", "-")}.ics`), f.ics);
      const people = feeds.filter((f) => f.view.startsWith("person:")).length;
      const sites = feeds.length - people;
      process.stderr.write(
        `${feeds.length} kalenders geschreven naar ${dir} (${people} ${people === 1 ? "persoon" : "personen"}, ` +
          `${sites} ${sites === 1 ? "locatie" : "locaties"})\n`,
      );
    }
    return plan.violations.some((v) => v.severity === "hard") ? 1 : 0;
  },
};
