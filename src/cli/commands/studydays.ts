import { planStudyDays } from "../../calendar/index.js";
import { loadScenario } from "../../model/index.js";
import { parseOptions, UsageError, type Command } from "../command.js";

export const studydaysCommand: Command = {
  name: "studydays",
  summary: "Propose dates for the pedagogical study days (1.5 days; more needs a derogation)",
  usage: "vrijrooster studydays <scenario.json> [--want N] [--trainer <external id>] [--json]",
  async run(argv) {
    const { values, positionals } = parseOptions(argv, {
      want: { type: "string" },
      trainer: { type: "string" },
      json: { type: "boolean" },
    });
    if (positionals.length !== 1)
      throw new UsageError("Geef precies één scenariobestand: vrijrooster studydays <scenario.json>");
    const want = values.want === undefined ? undefined : Number(values.want.replace(",", "."));
    if (want !== undefined && (!Number.isFinite(want) || want < 0 || (want * 2) % 1 !== 0))
      throw new UsageError(`--want moet een aantal dagen zijn in halve dagen (bv. 1.5 of 2), niet '${values.want}'`);
    const scenario = loadScenario(positionals[0]);
    if (values.trainer && !scenario.externals.some((e) => e.id === values.trainer))
      throw new UsageError(`Onbekende externe '${values.trainer}' (--trainer)`);
    const plan = planStudyDays(scenario, { want, trainer: values.trainer });
    if (values.json) {
      process.stdout.write(JSON.stringify(plan, null, 2) + "\n");
      return 0;
    }
    const nl = (n: number) => String(n).replace(".", ",");
    const lines = [
      `Studiedagen ${plan.schoolYear} voor '${scenario.name}': budget ${nl(plan.budget)} dag(en), al gepland ${nl(plan.alreadyPlanned)}.`,
      ...(plan.proposals.length
        ? ["Voorstel:", ...plan.proposals.map((p) => `  - ${p.reason}`)]
        : ["Geen nieuwe studiedagen voor te stellen."]),
      ...plan.messages.map((m) => `! ${m}`),
    ];
    process.stdout.write(lines.join("\n") + "\n");
    return 0;
  },
};
