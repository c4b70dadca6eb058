// What a rule is. One module per rule (constraints/<area>/<name>.ts): id as in the README's rule table,
// titles, legal source, severity, check() and — where the rule constrains the search — encode().
import type { Candidate, DayGrid, Scenario, Violation } from "../src/model/index.js";
import type { ModelBuilder } from "./model-builder.js";

export type Severity = "hard" | "soft" | "warning";

export interface RuleContext {
  scenario: Scenario;
  /** The candidate week being checked; absent when only the scenario is checked. */
  candidate?: Candidate;
  /** The day grid the candidate uses (its `dayGrid`, else the scenario's first grid). */
  grid?: DayGrid;
}

export interface Rule {
  /** Id as in the README's rule table (week.*, staff.*, year.*, release.*) or a structural id (timetable.*). */
  id: string;
  title: { nl: string; en: string };
  /** Legal or practical source, e.g. "BaO/2020/03" or "structural". */
  source: string;
  severity: Severity;
  /** "scenario": checkable from the scenario alone; "timetable": needs a candidate week; "both". */
  scope: "scenario" | "timetable" | "both";
  check(ctx: RuleContext): Violation[];
  /** Adds this rule's constraints to the solver's model (only rules that constrain the search). */
  encode?(model: ModelBuilder): void;
}

type Where = Violation["where"];

/** Build a violation; `severity` defaults to the rule's own. */
export function violation(
  rule: Pick<Rule, "id" | "severity">,
  where: Where,
  message: string,
  messageEn?: string,
  severity?: Severity,
): Violation {
  return { rule: rule.id, severity: severity ?? rule.severity, message, messageEn, where };
}

/** The grid a candidate was made on (defined with the scenario's reading in src/model). */
export { gridOf } from "../src/model/index.js";
