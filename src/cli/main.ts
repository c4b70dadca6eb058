#!/usr/bin/env node
// vrijrooster — the command line. Never shows a stack trace to a user (VRIJROOSTER_DEBUG=1 does).
import { InputError } from "../model/index.js";
import type { Command } from "./command.js";
import { checkCommand } from "./commands/check.js";
import { rulesCommand } from "./commands/rules.js";
import { schemaCommand } from "./commands/schema.js";
import { solveCommand } from "./commands/solve.js";
import { serveCommand } from "./commands/serve.js";
import { icalCommand } from "./commands/ical.js";
import { studydaysCommand } from "./commands/studydays.js";
import { loginLinkCommand } from "./commands/login-link.js";
import { roundsCommand } from "./commands/rounds.js";
import { templateCommand } from "./commands/template.js";
import { importCommand } from "./commands/import.js";
import { exportCommand } from "./commands/export.js";

export const COMMANDS: Command[] = [
  checkCommand,
  solveCommand,
  rulesCommand,
  schemaCommand,
  serveCommand,
  icalCommand,
  studydaysCommand,
  loginLinkCommand,
  templateCommand,
  importCommand,
  exportCommand,
  roundsCommand,
];

function help(): string {
  const w = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    "vrijrooster — tijd vinden om samen te leren / finding time for teachers to learn together",
    "",
    "Gebruik / usage:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(w)}  ${c.summary}`),
    "",
    "Meer over één opdracht: vrijrooster <opdracht> --help",
    "Exit codes: 0 ok, 1 harde overtredingen of geen haalbaar rooster, 2 ongeldige invoer of gebruik,",
    "            3 interne fout (een fout in Vrijrooster; meld ze).",
  ].join("\n");
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(help() + "\n");
    return name ? 0 : 2;
  }
  const cmd = COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    process.stderr.write(`Onbekende opdracht '${name}'.\n\n${help()}\n`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    process.stdout.write(`${cmd.summary}\n\n  ${cmd.usage}\n`);
    return 0;
  }
  try {
    return await cmd.run(rest);
  } catch (e) {
    if (e instanceof InputError) {
      process.stderr.write(`Fout: ${e.message}\n`);
      for (const p of e.problems) process.stderr.write(`  - ${p.path}: ${p.message}\n`);
      if (e.total > e.problems.length) process.stderr.write(`  … en nog ${e.total - e.problems.length}\n`);
      if (e.constructor.name === "UsageError") process.stderr.write(`\nGebruik: ${cmd.usage}\n`);
      return 2;
    }
    process.stderr.write(
      `Interne fout: ${(e as Error).message}\nDit is een fout in Vrijrooster, niet in uw invoer. Meld ze aan het team.\n`,
    );
    if (process.env.VRIJROOSTER_DEBUG) process.stderr.write(`${(e as Error).stack}\n`);
    return 3;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
