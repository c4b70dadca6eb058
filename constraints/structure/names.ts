// Names a principal reads in the structural rules' messages: values for the placeholders of the rules'
// message tables, the same in both languages (a name) or as { nl, en } where the words differ.
import { DAY_NAMES_EN, DAY_NAMES_NL, namesList, type Day, type Scenario, type Subject } from "../../src/model/index.js";
import type { MessageValue } from "../rule.js";
import type { Activity, PersonKind } from "./activities.js";

type Phrase = { nl: string; en: string };

export function personName(s: Scenario, kind: PersonKind, id: string): string {
  const list = kind === "staff" ? s.staff : kind === "external" ? s.externals : s.interns;
  return list.find((p) => p.id === id)?.name ?? id;
}

/** "An Peeters, Bram Janssens", or "niemand" / "nobody" for an empty list. */
export function personNames(s: Scenario, kind: PersonKind, ids: readonly string[]): MessageValue {
  if (ids.length === 0) return { nl: "niemand", en: "nobody" };
  return ids.map((id) => personName(s, kind, id)).join(", ");
}

export function groupLabel(s: Scenario, id: string): string {
  const g = s.groups.find((x) => x.id === id);
  return g?.name ?? id;
}

export function goalLabel(s: Scenario, id: string): string {
  return s.releaseGoals.find((g) => g.id === id)?.name ?? id;
}

/** "levensbeschouwing samen voor L1A en L1B, in 3 groepen" (a subject its groups take together). */
export function togetherLabel(s: Scenario, sub: Subject): Phrase {
  const names = sub.groups.map((g) => groupLabel(s, g));
  const n = sub.taughtBy === "class" ? 1 : sub.taughtBy.staff.length;
  return {
    nl: `${sub.name} samen voor ${namesList(names, "nl")}${n > 1 ? `, in ${n} groepen` : ""}`,
    en: `${sub.name} together for ${namesList(names, "en")}${n > 1 ? `, in ${n} groups` : ""}`,
  };
}

/** "1 lestijd" / "2 lestijden"; "1 lesson period" / "2 lesson periods" */
export const periods = (n: number): Phrase => ({
  nl: `${n} ${n === 1 ? "lestijd" : "lestijden"}`,
  en: `${n} ${n === 1 ? "lesson period" : "lesson periods"}`,
});

/** "maandag" / "Monday" */
export const dayName = (day: Day): Phrase => ({ nl: DAY_NAMES_NL[day], en: DAY_NAMES_EN[day] });

/** "maandag, dinsdag" / "Monday, Tuesday" */
export const dayNames = (days: readonly Day[]): Phrase => ({
  nl: days.map((d) => DAY_NAMES_NL[d]).join(", "),
  en: days.map((d) => DAY_NAMES_EN[d]).join(", "),
});

/** "maandag 08:30-09:20" / "Monday 08:30-09:20" */
export const when = (day: Day, start: string, end: string): Phrase => ({
  nl: `${DAY_NAMES_NL[day]} ${start}-${end}`,
  en: `${DAY_NAMES_EN[day]} ${start}-${end}`,
});

/** A short description of what an activity is, for messages. */
export function describe(s: Scenario, a: Activity): Phrase {
  if (a.kind === "release") {
    const goal = goalLabel(s, a.release!.goal);
    return { nl: `vrijroostering '${goal}'`, en: `release '${goal}'` };
  }
  const groups = a.groups.map((g) => groupLabel(s, g)).join(" + ");
  const subject = a.lessons[0].subject;
  const what = subject === "KLAS" ? "" : ` (${subject})`;
  return { nl: `les met ${groups}${what}`, en: `lesson with ${groups}${what}` };
}
