import { solve } from "../../../solver/index.js";
import { loadScenario, readJsonFile, SOLVE_LIMITS } from "../../model/index.js";
import { checkOutFile, parseOptions, UsageError, writeOutFile, type Command } from "../command.js";
import type { WhatIf } from "../../model/what-if.js";

/** The what-if answer in Dutch, for the terminal (README: "What would it take?"). */
export function renderWhatIf(w: WhatIf): string {
  const lines = ["", "Wat zou helpen?"];
  const listed = new Set<string>();
  for (const t of w.targets) {
    const head =
      t.kind === "unmet"
        ? `${t.name} niet gehaald.`
        : t.kind === "short"
          ? `${t.name}: ${t.minutes} min.`
          : `Meer gedeelde minuten (nu ${t.minutes} min per week).`;
    // "More shared minutes" repeats no change already listed for a goal above.
    const shown = t.kind === "more-minutes" ? t.options.filter((o) => !listed.has(o.id)) : t.options;
    lines.push(t.options.length ? `${head} Wat zou helpen:` : head);
    for (const o of shown) lines.push(`  • ${o.text.nl} → ${o.summary.nl} (${o.proof})`);
    if (shown.length < t.options.length)
      lines.push(`  • de ${t.options.length - shown.length} wijziging(en) hierboven`);
    for (const o of t.options) listed.add(o.id);
    if (t.note) lines.push(`  ${t.note.nl}`);
  }
  if (w.targets.length === 0) lines.push("Elk overlegmoment is gehaald; er is niets te vragen.");
  lines.push(
    `(${w.seconds} van ${w.budgetSeconds} s; "bewezen": de beste week met die wijziging, "gevonden": een week ` +
      "binnen de tijd)",
  );
  return lines.join("\n");
}

export const solveCommand: Command = {
  name: "solve",
  summary: "Propose candidate weeks with the most shared release time (proven optimal)",
  usage:
    "vrijrooster solve <scenario.json> [--candidates N] [--time-limit S] [--engine highs|jslp] [--json] [--out file]\n" +
    "                   [--show summary|groups|teachers|all] [--school <id>] [--lock locks.json] [--what-if] [--what-if-time S]\n" +
    "  --school: in a school group, the week grids of one school only (its classes, the people who work there)\n" +
    "  --lock: keep agreed release blocks and lessons, keep windows free (JSON format: docs/locks.md)\n" +
    "  --what-if: then, per unmet goal, the cheapest single changes that buy it, each re-solved (default 60 s more)",
  async run(argv) {
    const { values, positionals } = parseOptions(argv, {
      candidates: { type: "string", default: "3" },
      "time-limit": { type: "string", default: "30" },
      engine: { type: "string", default: "highs" },
      json: { type: "boolean" },
      out: { type: "string" },
      show: { type: "string", default: "summary" },
      school: { type: "string" },
      lock: { type: "string" },
      "what-if": { type: "boolean" },
      "what-if-time": { type: "string" },
    });
    if (positionals.length !== 1)
      throw new UsageError("Geef precies één scenariobestand: vrijrooster solve <scenario.json>");
    const candidates = Number(values.candidates);
    const timeLimit = Number(values["time-limit"]);
    const { candidates: maxCandidates, timeLimitSeconds: maxSeconds } = SOLVE_LIMITS;
    if (!Number.isInteger(candidates) || candidates < 1 || candidates > maxCandidates)
      throw new UsageError(`--candidates moet een geheel getal van 1 tot ${maxCandidates} zijn`);
    if (!(timeLimit > 0) || timeLimit > maxSeconds)
      throw new UsageError(`--time-limit moet tussen 0 en ${maxSeconds} seconden liggen`);
    const whatIfTime = Number(values["what-if-time"] ?? 60);
    if (values["what-if-time"] !== undefined && !values["what-if"])
      throw new UsageError("--what-if-time hoort bij --what-if");
    if (!(whatIfTime > 0) || whatIfTime > maxSeconds)
      throw new UsageError(`--what-if-time moet tussen 0 en ${maxSeconds} seconden liggen`);
    if (values.engine !== "highs" && values.engine !== "jslp") throw new UsageError("--engine moet highs of jslp zijn");
    if (!["summary", "groups", "teachers", "all"].includes(values.show!))
      throw new UsageError("--show moet summary, groups, teachers of all zijn");
    if (values.out !== undefined) checkOutFile(values.out); // before the solve, not after it
    const scenario = loadScenario(positionals[0]);
    if (values.school !== undefined && !scenario.schools?.some((x) => x.id === values.school))
      throw new UsageError(
        scenario.schools?.length
          ? `Onbekende school '${values.school}' bij --school: kies uit ${scenario.schools.map((x) => x.id).join(", ")}`
          : `--school hoort bij een scholengemeenschap: dit scenario heeft geen scholen (schools)`,
      );
    // The rule registry (locks) and the week's text (render-week) load only when needed: start-up counts (issue 11).
    const locks =
      values.lock === undefined
        ? undefined
        : (await import("../../../solver/locks.js")).parseLocks(readJsonFile(values.lock), scenario);

    const started = Date.now();
    let lastLine = 0;
    const result = await solve(scenario, {
      candidates,
      timeLimitSeconds: timeLimit,
      // The limit holds for the whole command: it started when the process did (issue 11).
      startedAt: performance.timeOrigin,
      engine: values.engine,
      locks,
      whatIfSeconds: values["what-if"] ? whatIfTime : undefined,
      // Progress on stderr, only for solves that take longer than a second.
      onProgress: (p) => {
        if (Date.now() - started < 1000 || Date.now() - lastLine < 250) return;
        lastLine = Date.now();
        process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${p.message}\n`);
      },
    });
    const json = JSON.stringify(result, null, 2) + "\n";
    if (values.out) writeOutFile(values.out, json);
    if (values.json) process.stdout.write(json);
    else {
      const { renderSolve } = await import("../render-week.js");
      process.stdout.write(renderSolve(scenario, result, values.show as "summary", { school: values.school }) + "\n");
      if (result.whatIf) process.stdout.write(renderWhatIf(result.whatIf) + "\n");
      else if (values["what-if"])
        process.stdout.write(
          "\nWat zou helpen? Dat kan pas gevraagd worden als er een week is om mee te vergelijken.\n",
        );
    }
    if (!values.json)
      process.stderr.write(
        `(${((Date.now() - started) / 1000).toFixed(2)} s)${values.out ? `; rooster bewaard in ${values.out}` : ""}\n`,
      );
    // 3: the solver's model and the rule checker disagreed (a bug; the rejected weeks were not returned).
    if (result.inconsistency) {
      process.stderr.write(`${result.inconsistency.message}\n`);
      return 3;
    }
    return result.status === "optimal" || result.status === "feasible" ? 0 : 1;
  },
};
