// Names a principal reads in the structural rules' messages (Dutch and English).
import { DAY_NAMES_EN, DAY_NAMES_NL, type Day, type Scenario } from "../../src/model/index.js";
import type { Activity, PersonKind } from "./activities.js";

export function personName(s: Scenario, kind: PersonKind, id: string): string {
  const list = kind === "staff" ? s.staff : kind === "external" ? s.externals : s.interns;
  return list.find((p) => p.id === id)?.name ?? id;
}

export function groupLabel(s: Scenario, id: string): string {
  const g = s.groups.find((x) => x.id === id);
  return g?.name ?? id;
}

export function goalLabel(s: Scenario, id: string): string {
  return s.releaseGoals.find((g) => g.id === id)?.name ?? id;
}

/** "1 lestijd" / "2 lestijden" */
export const lestijden = (n: number) => `${n} ${n === 1 ? "lestijd" : "lestijden"}`;

/** "maandag 08:30-09:20" / "Monday 08:30-09:20" */
export const whenNl = (day: Day, start: string, end: string) => `${DAY_NAMES_NL[day]} ${start}-${end}`;
export const whenEn = (day: Day, start: string, end: string) => `${DAY_NAMES_EN[day]} ${start}-${end}`;

/** A short description of what an activity is, for messages. */
export function describe(s: Scenario, a: Activity): { nl: string; en: string } {
  if (a.kind === "release") {
    const goal = goalLabel(s, a.release!.goal);
    return { nl: `vrijroostering '${goal}'`, en: `release '${goal}'` };
  }
  const groups = a.groups.map((g) => groupLabel(s, g)).join(" + ");
  const subject = a.lessons[0].subject;
  const what = subject === "KLAS" ? "" : ` (${subject})`;
  return { nl: `les met ${groups}${what}`, en: `lesson with ${groups}${what}` };
}
