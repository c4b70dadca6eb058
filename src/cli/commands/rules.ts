import { RULES } from "../../../constraints/registry.js";
import { parseOptions, type Command } from "../command.js";

export function rulesMarkdown(): string {
  const rows = RULES.map(
    (r) =>
      `| \`${r.id}\` | ${r.title.nl} | ${r.title.en} | ${r.source} | ${r.severity} | ${r.scope} | ${r.encode ? "yes" : "—"} |`,
  );
  return ["| id | regel | rule | source | severity | checks | solver |", "|---|---|---|---|---|---|---|", ...rows].join(
    "\n",
  );
}

export const rulesCommand: Command = {
  name: "rules",
  summary: "List every rule the checker knows (id, title, source, severity)",
  usage: "vrijrooster rules [--json | --markdown]",
  async run(argv) {
    const { values } = parseOptions(argv, { json: { type: "boolean" }, markdown: { type: "boolean" } }, false);
    if (values.json) {
      const list = RULES.map(({ id, title, source, severity, scope, encode }) => ({
        id,
        title,
        source,
        severity,
        scope,
        encodedInSolver: !!encode,
      }));
      process.stdout.write(JSON.stringify(list, null, 2) + "\n");
    } else if (values.markdown) {
      process.stdout.write(rulesMarkdown() + "\n");
    } else {
      const w = Math.max(...RULES.map((r) => r.id.length));
      for (const r of RULES)
        process.stdout.write(`${r.id.padEnd(w)}  ${r.severity.padEnd(7)}  ${r.title.nl}  [${r.source}]\n`);
      process.stdout.write(`\n${RULES.length} regels.\n`);
    }
    return 0;
  },
};
