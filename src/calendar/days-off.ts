// Why an activity does not take place on a date: the legal calendar (holidays, days off), the school's
// facultative days and study days (a half day removes only that half; a study day for some groups removes
// only what concerns them).
import { daysOffOn, weekdayOf, type SchoolYearCalendar } from "./calendar.js";
import { DAYS, type Day, type DayGrid, type Scenario, toMinutes } from "../model/index.js";

export type Half = "am" | "pm";

/** Morning or afternoon, split at the day's lunch (no lunch on that day, e.g. Wednesday: split at 13:00). */
export function halfOf(
  grid: DayGrid,
  date: string,
  start: string,
  day: Day | undefined = DAYS[weekdayOf(date) - 1],
): Half {
  const lunch = day ? grid.days[day].find((s) => s.kind === "lunch") : undefined;
  return toMinutes(start) < toMinutes(lunch?.start ?? "13:00") ? "am" : "pm";
}

/** Local times a half study/facultative day takes on that weekday (for calendars): first slot → lunch, lunch → last slot. */
export function halfTimes(grid: DayGrid, date: string, part: Half): { start: string; end: string } {
  const day = DAYS[weekdayOf(date) - 1];
  const slots = day ? grid.days[day] : [];
  const lunch = slots.find((s) => s.kind === "lunch");
  const first = slots[0]?.start ?? "08:30";
  const last = slots.filter((s) => s.kind !== "staff").at(-1)?.end ?? "15:30";
  if (part === "am") return { start: first, end: lunch?.start ?? (last < "13:00" ? last : "12:00") };
  return lunch ? { start: lunch.end, end: last } : { start: "13:00", end: "16:00" };
}

export interface OffQuery {
  date: string;
  /** The weekday of `date`, when the caller knows it (saves a date computation). */
  day?: Day;
  /** Its half of the day, when the caller knows it (a weekly series has the same half every week). */
  half?: Half;
  start: string;
  /** Groups the activity is for (lessons) or concerns (release: covered groups and members' classes). */
  groups: string[];
}

/** The reason (Dutch) an activity does not happen, or undefined when it does. */
export function offReason(s: Scenario, cal: SchoolYearCalendar, grid: DayGrid, q: OffQuery): string | undefined {
  if (q.date < cal.start || q.date > cal.end) return "buiten het schooljaar";
  const legal = daysOffOn(q.date, cal);
  if (legal.length) return legal[0].name;
  if (
    !s.calendar.facultativeDays.some((f) => f.date === q.date) &&
    !s.calendar.studyDays.some((d) => d.date === q.date)
  )
    return undefined;
  const half = q.half ?? halfOf(grid, q.date, q.start, q.day);
  const hits = (part: "full" | "am" | "pm") => part === "full" || part === half;
  // A facultative day of some schools of a group only (issue 11): it removes what concerns their classes.
  const ofSchools = (schools?: string[]) =>
    !schools || q.groups.some((g) => schools.includes(s.groups.find((x) => x.id === g)?.school ?? ""));
  if (s.calendar.facultativeDays.some((f) => f.date === q.date && hits(f.part) && ofSchools(f.schools)))
    return "Facultatieve vrije dag";
  const study = s.calendar.studyDays.find(
    (d) => d.date === q.date && hits(d.part) && (!d.groups || d.groups.some((g) => q.groups.includes(g))),
  );
  if (study) return study.topic ? `Pedagogische studiedag: ${study.topic}` : "Pedagogische studiedag";
  return undefined;
}

/** The classes a set of staff members teach as class or co-teacher. */
export function classesOf(s: Scenario, staff: string[]): string[] {
  return s.groups
    .filter((g) => g.classTeachers.some((t) => staff.includes(t)) || g.coTeachers.some((t) => staff.includes(t)))
    .map((g) => g.id);
}
