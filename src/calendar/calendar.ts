// The Flemish school-year calendar, computed from the rules in rules.json (the regulations year.*).
// Pure date arithmetic on ISO dates in Europe/Brussels (luxon): no clock times, so DST plays no part here.
import { DateTime } from "luxon";
import { InputError } from "../model/index.js";
import { easterSunday } from "./easter.js";
import RULES from "./rules.json" with { type: "json" };

export const ZONE = "Europe/Brussels";

type Anchor =
  | { kind: "fixed"; date: string }
  | { kind: "weekOf"; date: string; shift?: string[] }
  | { kind: "firstMondayOnOrAfter"; date: string }
  | { kind: "nthMondayBeforeEaster"; n: number }
  | { kind: "easter"; offset: number };

interface PeriodRule {
  id: string;
  ruleId: string;
  kind: "holiday" | "day-off";
  name: string;
  nameEn: string;
  days: number;
  start: Anchor;
  cases?: { when: { easterBefore?: string; easterAfter?: string }; start: Anchor }[];
}

export interface DayOff {
  id: string;
  /** the regulations id the period comes from. */
  ruleId: string;
  kind: "holiday" | "day-off";
  name: string;
  nameEn: string;
  /** First and last day, inclusive, "YYYY-MM-DD". */
  from: string;
  to: string;
}

export interface SchoolYearCalendar {
  schoolYear: string;
  /** year.bounds: 1 September and 30 June. */
  start: string;
  end: string;
  easter: string;
  /** Holidays and days off (inside the school year, plus the summer holiday that follows it). */
  daysOff: DayOff[];
}

const WEEKDAY: Record<string, number> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };

export const dt = (iso: string) => DateTime.fromISO(iso, { zone: ZONE });
export const iso = (d: DateTime) => d.toISODate()!;

/** "2026-2027" → 2026; InputError outside the supported range. */
export function firstYearOf(schoolYear: string): number {
  const m = /^(\d{4})-(\d{4})$/.exec(schoolYear);
  if (!m || Number(m[2]) !== Number(m[1]) + 1)
    throw new InputError(`Ongeldig schooljaar '${schoolYear}': schrijf bv. 2026-2027`);
  const y = Number(m[1]);
  if (y < RULES.firstSchoolYear || y > RULES.lastSchoolYear)
    throw new InputError(
      `Schooljaar ${schoolYear} valt buiten ${RULES.firstSchoolYear}-${RULES.firstSchoolYear + 1} … ${RULES.lastSchoolYear}-${RULES.lastSchoolYear + 1}`,
    );
  return y;
}

/** The school year a date belongs to (September–August). */
export function schoolYearOf(date: string): string {
  const d = dt(date);
  const y = d.month >= 9 ? d.year : d.year - 1;
  return `${y}-${y + 1}`;
}

/** "MM-DD" inside the school year that starts in `first`. */
function inYear(first: number, mmdd: string): DateTime {
  const [m, d] = mmdd.split("-").map(Number);
  return DateTime.fromObject({ year: m >= 9 ? first : first + 1, month: m, day: d }, { zone: ZONE });
}

function resolve(a: Anchor, first: number, easter: DateTime): DateTime {
  switch (a.kind) {
    case "fixed":
      return inYear(first, a.date);
    case "weekOf": {
      const d = inYear(first, a.date);
      const monday = d.minus({ days: d.weekday - 1 });
      const shifted = (a.shift ?? []).some((w) => WEEKDAY[w] === d.weekday);
      return shifted ? monday.plus({ weeks: 1 }) : monday;
    }
    case "firstMondayOnOrAfter": {
      const d = inYear(first, a.date);
      return d.plus({ days: (8 - d.weekday) % 7 });
    }
    case "nthMondayBeforeEaster":
      // Easter is a Sunday: the Monday of its own week is 6 days before.
      return easter.minus({ days: 6 }).minus({ weeks: a.n - 1 });
    case "easter":
      return easter.plus({ days: a.offset });
  }
}

const cache = new Map<string, SchoolYearCalendar>();

/** The legal calendar of one school year (2020-2021 … 2040-2041). */
export function schoolYearCalendar(schoolYear: string): SchoolYearCalendar {
  const hit = cache.get(schoolYear);
  if (hit) return hit;
  const first = firstYearOf(schoolYear);
  const easter = dt(easterSunday(first + 1));
  const daysOff: DayOff[] = (RULES.periods as PeriodRule[]).map((p) => {
    const chosen = p.cases?.find(({ when }) => {
      if (when.easterBefore && !(easter < inYear(first, when.easterBefore))) return false;
      if (when.easterAfter && !(easter > inYear(first, when.easterAfter))) return false;
      return true;
    });
    const start = resolve(chosen?.start ?? p.start, first, easter);
    return {
      id: p.id,
      ruleId: p.ruleId,
      kind: p.kind,
      name: p.name,
      nameEn: p.nameEn,
      from: iso(start),
      to: iso(start.plus({ days: p.days - 1 })),
    };
  });
  const cal: SchoolYearCalendar = {
    schoolYear,
    start: iso(inYear(first, RULES.bounds.start)),
    end: iso(inYear(first, RULES.bounds.end)),
    easter: iso(easter),
    daysOff,
  };
  cache.set(schoolYear, cal);
  return cal;
}

// Plain calendar-date arithmetic (UTC Date, no zone): exact for dates and ~100× faster than luxon, which
// matters when a year plan looks up every date of every weekly series.
/** ISO weekday 1 = Monday … 7 = Sunday. */
export const weekdayOf = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
export const addDays = (date: string, n: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

const offIndex = new WeakMap<SchoolYearCalendar, Map<string, DayOff[]>>();

/** The days off that contain a date, in rules.json order; [] on an ordinary day. */
export function daysOffOn(date: string, cal = schoolYearCalendar(schoolYearOf(date))): DayOff[] {
  let index = offIndex.get(cal);
  if (!index) {
    index = new Map();
    for (const d of cal.daysOff)
      for (let x = d.from; x <= d.to; x = addDays(x, 1)) index.set(x, [...(index.get(x) ?? []), d]);
    offIndex.set(cal, index);
  }
  return index.get(date) ?? [];
}

/** Is the date inside a holiday (not a single day off)? */
export const inHoliday = (date: string, cal = schoolYearCalendar(schoolYearOf(date))) =>
  daysOffOn(date, cal).some((d) => d.kind === "holiday");

/** A weekday within the school year's bounds that is no holiday or legal day off. */
export function isSchoolDay(date: string, cal = schoolYearCalendar(schoolYearOf(date))): boolean {
  if (date < cal.start || date > cal.end) return false;
  if (weekdayOf(date) > 5) return false;
  return daysOffOn(date, cal).length === 0;
}

export interface SchoolWeek {
  /** 0-based count of school weeks in the year (weeks without any school day are skipped). */
  index: number;
  /** Monday of the week. */
  monday: string;
  /** The school days of that week (Mon–Fri dates). */
  days: string[];
}

const weeksCache = new Map<string, SchoolWeek[]>();

/** Every week (Mon–Sun) of the school year that has at least one school day. */
export function schoolWeeks(schoolYear: string): SchoolWeek[] {
  const hit = weeksCache.get(schoolYear);
  if (hit) return hit;
  const cal = schoolYearCalendar(schoolYear);
  const out: SchoolWeek[] = [];
  for (let monday = mondayOf(cal.start); monday <= cal.end; monday = addDays(monday, 7)) {
    const days = [0, 1, 2, 3, 4].map((i) => addDays(monday, i)).filter((d) => isSchoolDay(d, cal));
    if (days.length > 0) out.push({ index: out.length, monday, days });
  }
  weeksCache.set(schoolYear, out);
  return out;
}

/** Monday of the week of a date. */
export const mondayOf = (date: string): string => addDays(date, 1 - weekdayOf(date));
