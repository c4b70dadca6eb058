// The study-day budget (the regulations year.study-days: 1.5 days per school year, as 1 + ½ or 3 × ½;
// year.study-days-extra: more only with a derogation requested before 1 May of the previous school year).
import type { Scenario } from "../model/index.js";
import { firstYearOf } from "./calendar.js";

export const STUDY_DAYS_PER_YEAR = 1.5;

const dayValue = (part: "full" | "am" | "pm") => (part === "full" ? 1 : 0.5);

/** Days of study days the school may plan per group: 1.5, plus the granted extra days. */
export function studyDayBudget(s: Scenario): number {
  const d = s.calendar.derogation;
  return STUDY_DAYS_PER_YEAR + (d.granted ? d.extraDays : 0);
}

/** A derogation for school year Y-(Y+1) must be requested before 1 May Y. */
export function derogationDeadline(schoolYear: string): string {
  return `${firstYearOf(schoolYear)}-05-01`;
}

/** Study days per group (a study day without `groups` applies to every group). */
export function studyDaysPerGroup(s: Scenario): Map<string, number> {
  const out = new Map(s.groups.map((g) => [g.id, 0]));
  for (const d of s.calendar.studyDays)
    for (const g of d.groups ?? s.groups.map((x) => x.id)) out.set(g, (out.get(g) ?? 0) + dayValue(d.part));
  return out;
}
