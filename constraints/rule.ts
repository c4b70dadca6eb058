// What a rule is. One module per rule (constraints/<area>/<name>.ts): id as in the README's rule table,
// titles, legal source, severity, check() and — where the rule constrains the search — encode().
import type { Candidate, DayGrid, Scenario, Violation } from "../src/model/index.js";
import type { ConstraintTag, ModelBuilder } from "./model-builder.js";

export type Severity = "hard" | "soft" | "warning";

export interface RuleContext {
  scenario: Scenario;
  /** The candidate week being checked; absent when only the scenario is checked. */
  candidate?: Candidate;
  /** The day grid the candidate uses (its `dayGrid`, else the scenario's first grid). */
  grid?: DayGrid;
}

/**
 * One message of a rule, in Dutch and English side by side (like typescript-eslint's `meta.messages`).
 * Placeholders are written `{name}` and filled from the data given to `report()`; both languages must use the
 * same placeholders (a test checks every rule).
 */
export interface Message {
  nl: string;
  en: string;
}

/** A value for a placeholder: the same in both languages, or a word or phrase that differs per language. */
export type MessageValue = string | number | { nl: string; en: string };
export type MessageData = Record<string, MessageValue>;

export interface Rule<M extends string = string> {
  /** Id as in the README's rule table (week.*, staff.*, year.*, release.*) or a structural id (timetable.*). */
  id: string;
  title: { nl: string; en: string };
  /** Legal or practical source, e.g. "BaO/2020/03" or "structural". */
  source: string;
  severity: Severity;
  /** "scenario": checkable from the scenario alone; "timetable": needs a candidate week; "both". */
  scope: "scenario" | "timetable" | "both";
  /** Every message this rule can report, by message id. Tests assert message ids, not prose. */
  messages: Record<M, Message>;
  check(ctx: RuleContext): Violation[];
  /** Adds this rule's constraints to the solver's model (only rules that constrain the search). */
  encode?(model: ModelBuilder): void;
}

type Where = Violation["where"];

/**
 * Declare a rule. The message ids are inferred from `messages`, so `report(this, "unknown-id", …)` does not
 * compile.
 */
export function defineRule<M extends string>(rule: Rule<M> & ThisType<Rule<M>>): Rule<M> {
  return rule;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** The placeholders a message text uses, e.g. `["name", "max"]`. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

function fill(text: string, data: MessageData, lang: "nl" | "en", where: string): string {
  return text.replace(PLACEHOLDER, (_, key: string) => {
    const value = data[key];
    if (value === undefined) throw new Error(`${where}: no value for {${key}}`);
    return typeof value === "object" ? value[lang] : String(value);
  });
}

/** Build a violation from one of the rule's messages; `severity` defaults to the rule's own. */
export function report<M extends string>(
  rule: Pick<Rule<M>, "id" | "severity" | "messages">,
  messageId: NoInfer<M>,
  where: Where,
  data: MessageData = {},
  severity?: Severity,
): Violation {
  const message = rule.messages[messageId];
  const at = `${rule.id}/${messageId}`;
  return {
    rule: rule.id,
    messageId,
    severity: severity ?? rule.severity,
    message: fill(message.nl, data, "nl", at),
    messageEn: fill(message.en, data, "en", at),
    where,
  };
}

/**
 * Tag a constraint of the solver's model with one of the rule's messages (Dutch and English), so that an
 * infeasibility explanation names the rule, the message id and the facts in both languages.
 */
export function tag<M extends string>(
  rule: Pick<Rule<M>, "id" | "messages">,
  messageId: NoInfer<M>,
  instance: string,
  data: MessageData = {},
  extra: Pick<ConstraintTag, "implied" | "relaxes"> = {},
): ConstraintTag {
  const message = rule.messages[messageId];
  const at = `${rule.id}/${messageId}`;
  return {
    rule: rule.id,
    instance,
    message: fill(message.nl, data, "nl", at),
    messageId,
    messageEn: fill(message.en, data, "en", at),
    ...extra,
  };
}

/** The grid a candidate was made on (defined with the scenario's reading in src/model). */
export { gridOf } from "../src/model/index.js";
