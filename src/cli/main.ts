#!/usr/bin/env node
// vrijrooster — the command line. Never shows a stack trace to a user (VRIJROOSTER_DEBUG=1 does).
import { InputError } from "../model/problems.js";
import type { Command } from "./command.js";

// Each command is loaded only when it runs (`rules` needs no solver, `check` no API or iCal): start-up is a
// large share of a small solve (issue 11). Help loads them all, for their summaries.
const COMMANDS: Record<string, () => Promise<Command>> = {
  check: async () => (await import("./commands/check.js")).checkCommand,
  solve: async () => (await import("./commands/solve.js")).solveCommand,
  rules: async () => (await import("./commands/rules.js")).rulesCommand,
  schema: async () => (await import("./commands/schema.js")).schemaCommand,
  serve: async () => (await import("./commands/serve.js")).serveCommand,
  ical: async () => (await import("./commands/ical.js")).icalCommand,
  studydays: async () => (await import("./commands/studydays.js")).studydaysCommand,
  "login-link": async () => (await import("./commands/login-link.js")).loginLinkCommand,
  template: async () => (await import("./commands/template.js")).templateCommand,
  import: async () => (await import("./commands/import.js")).importCommand,
  export: async () => (await import("./commands/export.js")).exportCommand,
  rounds: async () => (await import("./commands/rounds.js")).roundsCommand,
};
// The name issue 14 gave the command; `rounds` is what the README and the help show.
const ALIASES: Record<string, string> = { "plan-sessions": "rounds" };

async function help(): Promise<string> {
  const all = await Promise.all(Object.values(COMMANDS).map((load) => load()));
  const w = Math.max(...all.map((c) => c.name.length));
  return [
    "vrijrooster — tijd vinden om samen te leren / finding time for teachers to learn together",
    "",
    "Gebruik / usage:",
    ...all.map((c) => `  ${c.name.padEnd(w)}  ${c.summary}`),
    "",
    "Meer over één opdracht: vrijrooster <opdracht> --help",
    "Exit codes: 0 ok, 1 harde overtredingen of geen haalbaar rooster, 2 ongeldige invoer of gebruik,",
    "            3 interne fout (een fout in Vrijrooster; meld ze).",
  ].join("\n");
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write((await help()) + "\n");
    return name ? 0 : 2;
  }
  const command = Object.hasOwn(ALIASES, name) ? ALIASES[name] : name;
  const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!load) {
    process.stderr.write(`Onbekende opdracht '${name}'.\n\n${await help()}\n`);
    return 2;
  }
  // The solver's worker starts first: it loads HiGHS while this thread loads the command and reads the scenario.
  const pool =
    command === "solve" && !rest.includes("--help") && !rest.includes("-h")
      ? await import("../../solver/worker-pool.js")
      : undefined;
  pool?.timing("main: CLI loaded");
  pool?.prestartWorker();
  const cmd = await load();
  pool?.timing("main: command loaded");
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
