import { checkAll, type CheckReport } from "../../../constraints/check.js";
import { ruleById } from "../../../constraints/registry.js";
import { loadScenario, loadTimetable, type Violation } from "../../model/index.js";
import { parseOptions, UsageError, type Command } from "../command.js";

const ICON = { hard: "✗", soft: "△", warning: "!" } as const;

/** Human report: violations grouped by rule, hard first. */
export function formatReport(title: string, report: CheckReport, lang: "nl" | "en" = "nl"): string {
  const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
  const c = report.counts;
  const lines = [
    `${title}: ${n(c.hard, "harde overtreding", "harde overtredingen")}, ${n(c.soft, "zachte", "zachte")}, ${n(c.warning, "waarschuwing", "waarschuwingen")}`,
  ];
  const byRule = new Map<string, Violation[]>();
  for (const v of report.violations) byRule.set(v.rule, [...(byRule.get(v.rule) ?? []), v]);
  const order = { hard: 0, soft: 1, warning: 2 };
  const rules = [...byRule.entries()].sort(
    (a, b) => order[a[1][0].severity] - order[b[1][0].severity] || a[0].localeCompare(b[0]),
  );
  for (const [id, vs] of rules) {
    const rule = ruleById(id);
    lines.push("", `${ICON[vs[0].severity]} ${id} — ${rule ? rule.title[lang] : ""}${rule ? ` (${rule.source})` : ""}`);
    for (const v of vs) lines.push(`    ${lang === "en" && v.messageEn ? v.messageEn : v.message}`);
  }
  if (report.violations.length === 0) lines.push("  Alles in orde.");
  return lines.join("\n");
}

export const checkCommand: Command = {
  name: "check",
  summary: "Check a scenario (and optionally a timetable) against the Flemish rules",
  usage: "vrijrooster check <scenario.json> [--timetable <file>] [--json] [--lang nl|en]",
  async run(argv) {
    const { values, positionals } = parseOptions(argv, {
      timetable: { type: "string" },
      json: { type: "boolean" },
      lang: { type: "string", default: "nl" },
    });
    if (positionals.length !== 1)
      throw new UsageError("Geef precies één scenariobestand: vrijrooster check <scenario.json>");
    const scenario = loadScenario(positionals[0]);
    const timetable = values.timetable ? loadTimetable(values.timetable) : undefined;
    const result = checkAll(scenario, timetable);
    const hard = result.scenario.counts.hard + result.candidates.reduce((n, c) => n + c.counts.hard, 0);
    if (values.json) {
      process.stdout.write(JSON.stringify({ ok: hard === 0, ...result }, null, 2) + "\n");
    } else {
      const lang = values.lang === "en" ? "en" : "nl";
      const parts = [formatReport(`Scenario '${scenario.name}'`, result.scenario, lang)];
      result.candidates.forEach((c, i) => parts.push(formatReport(`Kandidaat ${i + 1}`, c, lang)));
      process.stdout.write(parts.join("\n\n") + "\n");
    }
    return hard === 0 ? 0 : 1;
  },
};
