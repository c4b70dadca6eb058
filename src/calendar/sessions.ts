// On which dates a weekly release block really meets: school weeks of its frequency (every N weeks, the
// monthly pattern's week), minus days off and, for intern-covered blocks, days the intern is not there.
// Shared by the year plan (src/plan) and the year.* rules, which may not import the plan.
import {
  DAYS,
  parseCoverBy,
  visitOf,
  visitSkipReason,
  type Candidate,
  type Day,
  type Release,
  type ReleaseGoal,
  type Scenario,
} from "../model/index.js";
import { goalGrid, gridOf } from "../model/index.js";
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

/**
 * Why goal `g` does not meet in school week `week` (the date is one of that week's days), if so: its
 * frequency and its date range (issue 10 item 3). Weeks are calendar weeks (Monday–Friday) that hold at least
 * one school day, counted from 0 = the week of the first school day (also when 1 September is a Tuesday); a
 * holiday week has no number, so a holiday never breaks a rotation.
 *  - every-n-weeks: school weeks start, start+n, … with start = `offset` (default 0) or the school week holding
 *    `firstDate` (the next school week when that date falls in a holiday);
 *  - monthly-pattern: week w of each cycle of 4 school weeks;
 *  - placement-week: the k-th calendar week of each placement (of `intern`, or of every intern), while the
 *    placement runs;
 *  - `from`/`to`: only dates inside that range.
 */
export function goalWeekSkip(
  s: Scenario,
  g: ReleaseGoal | undefined,
): (date: string, week: number) => string | undefined {
  if (!g) return () => undefined;
  const f = g.frequency;
  let start = 0;
  if (f.kind === "every-n-weeks") {
    if (f.offset !== undefined) start = f.offset;
    else if (f.firstDate) {
      const first = mondayOf(f.firstDate);
      start = schoolWeeks(s.schoolYear).find((w) => w.monday >= first)?.index ?? Number.MAX_SAFE_INTEGER;
    }
  }
  const placementMondays = f.kind === "placement-week" ? new Set(placementWeekMondays(s, f.week, f.intern)) : undefined;
  return (date, week) => {
    if (g.from && date < g.from) return `buiten de periode van '${g.name}' (vanaf ${g.from})`;
    if (g.to && date > g.to) return `buiten de periode van '${g.name}' (tot ${g.to})`;
    switch (f.kind) {
      case "every-n-weeks":
        if (week < start) return `niet deze week (om de ${f.n} weken, de eerste keer in schoolweek ${start + 1})`;
        if ((week - start) % f.n !== 0) return `niet deze week (om de ${f.n} weken)`;
        return undefined;
      case "monthly-pattern":
        return week % 4 !== f.week - 1 ? `niet deze week (maandpatroon: week ${f.week})` : undefined;
      case "placement-week":
        if (placementMondays!.has(mondayOf(date))) return undefined;
        return f.week ? `niet deze week (week ${f.week} van de stage)` : "niet deze week (geen stageweek)";
      default:
        return undefined;
    }
  };
}

/**
 * The Monday of week k of each placement (of one intern, or of every intern) that still falls in the placement;
 * without k, the Monday of every week of each placement.
 */
export function placementWeekMondays(s: Scenario, k: number | undefined, intern?: string): string[] {
  const out = new Set<string>();
  for (const it of s.interns) {
    if (intern && it.id !== intern) continue;
    for (const p of it.placements) {
      const first = mondayOf(p.from);
      if (k !== undefined) {
        const monday = addDays(first, 7 * (k - 1));
        if (monday <= p.to) out.add(monday);
      } else for (let monday = first; monday <= p.to; monday = addDays(monday, 7)) out.add(monday);
    }
  }
  return [...out].sort();
}

/**
 * Every school day on weekday `day` on which goal `g` may meet (its frequency and date range): what a dated
 * lever (a merge with from/to, an intern's placements) must cover. Study days and half days off are not
 * subtracted: a lever must hold on each date the goal's week could hold a session.
 */
export function goalSessionDates(s: Scenario, g: ReleaseGoal, day: Day): string[] {
  const skip = goalWeekSkip(s, g);
  const i = DAYS.indexOf(day);
  return schoolWeeks(s.schoolYear).flatMap((w) => {
    const date = addDays(w.monday, i);
    return w.days.includes(date) && !skip(date, w.index) ? [date] : [];
  });
}

/** Why a release block does not meet on a date of school week `week` beyond days off (frequency, intern), if so. */
export function releaseSkipReason(s: Scenario, r: Release): (date: string, week: number) => string | undefined {
  const goal = s.releaseGoals.find((g) => g.id === r.goal);
  const skip = goalWeekSkip(s, goal);
  const interns = r.cover.map((x) => parseCoverBy(x.by)).flatMap((c) => (c.kind === "intern" ? [c.intern] : []));
  // A visit of an observation goal (src/model/observation.ts): its turn among the goal's session weeks (school
  // weeks its frequency and date range allow, whether or not that weekday is a school day).
  const i = DAYS.indexOf(r.day);
  const sessions =
    goal && visitOf(s, goal.id)
      ? schoolWeeks(s.schoolYear)
          .filter((w) => !skip(addDays(w.monday, i), w.index))
          .map((w) => w.index)
      : undefined;
  return (date, week) =>
    skip(date, week) ??
    (sessions ? visitSkipReason(s, r.goal, sessions.indexOf(week)) : undefined) ??
    interns.map((id) => internAbsent(s, id, date)).find(Boolean);
}

/** The groups a release block concerns for days off: the groups it covers and the released teachers' classes. */
export const releaseConcerns = (s: Scenario, r: Release) => [
  ...new Set([...r.cover.map((x) => x.group), ...classesOf(s, r.staff)]),
];

/** The dates (ascending) on which a release block of the candidate week meets in the school year. */
export function releaseSessionDates(s: Scenario, c: Candidate, r: Release): string[] {
  const cal = schoolYearCalendar(s.schoolYear);
  // A goal of one level's teachers meets in that level's days (DayGrid.levels): its half day ends at their lunch.
  const goal = s.releaseGoals.find((g) => g.id === r.goal);
  const grid = goal ? goalGrid(s, gridOf(s, c), goal) : gridOf(s, c);
  const skip = releaseSkipReason(s, r);
  const groups = releaseConcerns(s, r);
  return yearWeeks(s, cal).flatMap((w) => {
    const date = w.dates[r.day];
    if (date < cal.start || date > cal.end) return [];
    const off = offReason(s, cal, grid, { date, day: r.day, start: r.start, groups }) ?? skip(date, w.index);
    return off ? [] : [date];
  });
}
