// On which dates a weekly release block really meets: school weeks of its frequency (every N weeks, the
// monthly pattern's week), minus days off and, for intern-covered blocks, days the intern is not there.
// Shared by the year plan (src/plan) and the year.* rules, which may not import the plan.
import { DAYS, parseCoverBy, type Candidate, type Day, type Release, type Scenario } from "../model/index.js";
import { gridOf, visitSkipReason } from "../model/index.js";
import { addDays, mondayOf, schoolWeeks, schoolYearCalendar, weekdayOf, type SchoolYearCalendar } from "./calendar.js";
import { classesOf, offReason } from "./days-off.js";

export interface YearWeek {
  monday: string;
  index: number;
  dates: Record<Day, string>;
}

/** Every Monday from the week of 1 September to the week of 30 June, with its school-week index (-1: none). */
export function yearWeeks(s: Scenario, cal: SchoolYearCalendar): YearWeek[] {
  const index = new Map(schoolWeeks(s.schoolYear).map((w) => [w.monday, w.index]));
  const out = [];
  for (let monday = mondayOf(cal.start); monday <= cal.end; monday = addDays(monday, 7)) {
    const dates = Object.fromEntries(DAYS.map((d, i) => [d, addDays(monday, i)])) as Record<Day, string>;
    out.push({ monday, index: index.get(monday) ?? -1, dates });
  }
  return out;
}

/** Why an intern is not in the class on a date (outside placements or not one of their weekdays). */
export function internAbsent(s: Scenario, id: string, date: string): string | undefined {
  const it = s.interns.find((x) => x.id === id);
  if (!it) return `onbekende stagiair ${id}`;
  const day = DAYS[weekdayOf(date) - 1];
  if (!it.weekdays.includes(day) || !it.placements.some((p) => p.from <= date && date <= p.to))
    return `geen stage van ${it.name}`;
  return undefined;
}

/** Why a release block does not meet on a date of school week `week` beyond days off (frequency, intern), if so. */
export function releaseSkipReason(s: Scenario, r: Release): (date: string, week: number) => string | undefined {
  const freq = s.releaseGoals.find((g) => g.id === r.goal)?.frequency ?? { kind: "weekly" as const };
  const interns = r.cover.map((x) => parseCoverBy(x.by)).flatMap((c) => (c.kind === "intern" ? [c.intern] : []));
  return (date, week) => {
    if (freq.kind === "every-n-weeks" && week % freq.n !== 0) return `niet deze week (om de ${freq.n} weken)`;
    if (freq.kind === "monthly-pattern" && week % 4 !== freq.week - 1)
      return `niet deze week (maandpatroon: week ${freq.week})`;
    return visitSkipReason(s, r.goal, week) ?? interns.map((id) => internAbsent(s, id, date)).find(Boolean);
  };
}

/** The groups a release block concerns for days off: the groups it covers and the released teachers' classes. */
export const releaseConcerns = (s: Scenario, r: Release) => [
  ...new Set([...r.cover.map((x) => x.group), ...classesOf(s, r.staff)]),
];

/** The dates (ascending) on which a release block of the candidate week meets in the school year. */
export function releaseSessionDates(s: Scenario, c: Candidate, r: Release): string[] {
  const cal = schoolYearCalendar(s.schoolYear);
  const grid = gridOf(s, c);
  const skip = releaseSkipReason(s, r);
  const groups = releaseConcerns(s, r);
  return yearWeeks(s, cal).flatMap((w) => {
    const date = w.dates[r.day];
    if (date < cal.start || date > cal.end) return [];
    const off = offReason(s, cal, grid, { date, day: r.day, start: r.start, groups }) ?? skip(date, w.index);
    return off ? [] : [date];
  });
}
