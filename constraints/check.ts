// Runs the registry over a scenario and (optionally) a timetable: the rule checker.
import type { Candidate, Scenario, Timetable, Violation } from "../src/model/index.js";
import { RULES } from "./registry.js";
import { gridOf, type Rule } from "./rule.js";

export interface CheckReport {
  ok: boolean;
  counts: { hard: number; soft: number; warning: number };
  violations: Violation[];
}

function summarise(violations: Violation[]): CheckReport {
  const counts = { hard: 0, soft: 0, warning: 0 };
  for (const v of violations) counts[v.severity]++;
  return { ok: counts.hard === 0, counts, violations };
}

/** Rules that can be checked from the scenario alone. */
export function checkScenario(scenario: Scenario, rules: readonly Rule[] = RULES): CheckReport {
  const violations = rules.filter((r) => r.scope !== "timetable").flatMap((r) => r.check({ scenario }));
  return summarise(violations);
}

/** Every rule against one candidate week. */
export function checkCandidate(scenario: Scenario, candidate: Candidate, rules: readonly Rule[] = RULES): CheckReport {
  const grid = gridOf(scenario, candidate);
  const violations = rules.flatMap((r) => r.check({ scenario, candidate, grid }));
  return summarise(violations);
}

/** The scenario, and each candidate of a timetable. */
export function checkAll(
  scenario: Scenario,
  timetable?: Timetable,
  rules: readonly Rule[] = RULES,
): { scenario: CheckReport; candidates: CheckReport[] } {
  if (!timetable) return { scenario: checkScenario(scenario, rules), candidates: [] };
  const candidates = timetable.candidates.map((c) => checkCandidate(scenario, c, rules));
  // Scenario-only rules are already part of each candidate check; report them once on their own too.
  return {
    scenario: checkScenario(
      scenario,
      rules.filter((r) => r.scope === "scenario"),
    ),
    candidates,
  };
}
