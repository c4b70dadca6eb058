// The year plan: a candidate week laid over the school-year calendar. Each weekly activity (a lesson, an
// atelier or merge period, a release block) becomes a series with the dates it really happens and the dates
// it falls out (with the reason); study days and facultative days are dated series of their own.
// Frequencies count SCHOOL weeks (calendar weeks Monday–Friday with at least one legal school day, 0 = the week
// of the first school day, also when 1 September is a Tuesday): "every 2 weeks" = school weeks 0, 2, 4 … (with
// `offset` 1: 1, 3, 5 …; with `firstDate`: from that date's week on); the monthly pattern (release.monthly-pattern)
// is a cycle of 4 school weeks, week w of the cycle = school weeks w-1, w+3, … . A holiday therefore never breaks
// a rotation. A placement-week goal meets in week k of each intern placement; `from`/`to` bound any goal
// (src/calendar/sessions.ts goalWeekSkip).
import { schoolYearCalendar, type SchoolYearCalendar } from "../calendar/index.js";
import {
  type Candidate,
  type Day,
  type DayGrid,
  durationMinutes,
  gridOf,
  parseCoverBy,
  type Scenario,
  togetherOf,
  schoolName,
} from "../model/index.js";
import { classDays, gridsOfLevels, type Level } from "../model/level-days.js";
import {
  classesOf,
  halfTimes,
  internAbsent,
  offReason,
  releaseConcerns,
  releaseSkipReason,
  yearWeeks,
} from "../calendar/index.js";
import { peopleNl, subjectName } from "./labels.js";
import { splitReleaseCover } from "./off-weeks.js";
import { withVisits } from "./observation.js";

/** release.traject: effective professionalisation needs ≥ 20 contact hours a year (Flexio line 416). */
export const TRAJECT_HOURS = 20;

export interface PlanSeries {
  /** View-independent identity (stable across re-solves): "les:L1:mon:08:30", "rel:plg-taal:tue:13:20", "studiedag:2026-10-07:full". */
  key: string;
  kind: "lesson" | "release" | "supervision" | "study-day" | "facultative";
  /** Dutch summary, e.g. "PLG taal — An Peeters (klasleerkracht L5A), …". */
  title: string;
  day?: Day;
  start: string;
  end: string;
  allDay: boolean;
  groups: string[];
  staff: string[];
  externals: string[];
  interns: string[];
  subject?: string;
  goal?: string;
  atelierPlan?: string;
  cover?: { group: string; by: string }[];
  /** Dates (YYYY-MM-DD, ascending) on which it happens. */
  dates: string[];
  /** Dates of its weekday within the school year on which it does not happen, with the reason. */
  dropped: { date: string; reason: string }[];
}

export interface GoalHours {
  goal: string;
  name: string;
  sessions: number;
  minutes: number;
  hours: number;
  /** release.traject: ≥ 20 contact hours over the year. */
  reachesTraject: boolean;
}

export interface YearPlan {
  schoolYear: string;
  calendar: SchoolYearCalendar;
  series: PlanSeries[];
  goals: GoalHours[];
}

type Draft = Omit<PlanSeries, "dates" | "dropped"> & {
  extra?: (date: string, week: number) => string | undefined;
  concerns: string[];
  /** Split the day at this level's lunch (a lunch post of that level), not at the lunch of the classes concerned. */
  level?: "kleuter" | "lager";
};

/**
 * A lesson is one activity with its merge partner, its atelier plan's other groups or the other groups of a subject
 * they take together (Subject.together) in the same slot.
 */
function lessonDrafts(s: Scenario, c: Candidate): Draft[] {
  const byKey = new Map<string, Draft>();
  for (const l of c.lessons) {
    const together = togetherOf(s.subjects, l.subject, l.group);
    const key = l.atelierPlan
      ? `atelier:${l.atelierPlan}:${l.day}:${l.start}`
      : l.mergedWith
        ? `les:${[l.group, l.mergedWith].sort().join("+")}:${l.day}:${l.start}`
        : together
          ? `les:${together.key}:${l.day}:${l.start}`
          : `les:${l.group}:${l.day}:${l.start}`;
    const d = byKey.get(key) ?? {
      key,
      kind: "lesson" as const,
      title: "",
      day: l.day,
      start: l.start,
      end: l.end,
      allDay: false,
      groups: [],
      staff: [],
      externals: [],
      interns: [],
      subject: l.subject,
      atelierPlan: l.atelierPlan,
      concerns: [],
    };
    const add = (xs: string[], ys: string[] = []) => ys.forEach((y) => xs.includes(y) || xs.push(y));
    add(d.groups, [l.group, ...(l.mergedWith ? [l.mergedWith] : [])]);
    add(d.staff, l.staff);
    add(d.externals, l.externals);
    add(d.interns, l.interns);
    byKey.set(key, d);
  }
  const out: Draft[] = [];
  for (const d of byKey.values()) {
    d.concerns = d.groups;
    const plan = d.atelierPlan && s.atelierPlans.find((p) => p.id === d.atelierPlan);
    const titled = (x: Draft) => ({
      ...x,
      title: `${plan ? `Ateliers ${plan.name}` : subjectName(s, x.subject!)} ${x.groups.join(" + ")} — ${
        peopleNl(s, [...x.staff, ...x.externals, ...x.interns]) || "?"
      }`,
    });
    // Intern cover of a class (staff = [], interns = [id]): only while the intern is there; otherwise the
    // class teacher(s) teach that period.
    const soloInterns = d.staff.length === 0 ? d.interns : [];
    if (soloInterns.length) {
      const absent = (date: string) => soloInterns.map((id) => internAbsent(s, id, date)).find(Boolean);
      out.push(titled({ ...d, key: `${d.key}:stagiair`, extra: absent }));
      const teachers = s.groups.filter((g) => d.groups.includes(g.id)).flatMap((g) => g.classTeachers);
      out.push(
        titled({
          ...d,
          subject: "KLAS",
          staff: teachers,
          interns: [],
          extra: (date) => (absent(date) ? undefined : "les door stagiair"),
        }),
      );
    } else out.push(...splitReleaseCover(s, c, [d]).map(titled));
  }
  return out;
}

function releaseDrafts(s: Scenario, c: Candidate): Draft[] {
  return c.releases.map((r) => {
    const goal = s.releaseGoals.find((g) => g.id === r.goal);
    const interns = r.cover.map((x) => parseCoverBy(x.by)).flatMap((x) => (x.kind === "intern" ? [x.intern] : []));
    return {
      key: `rel:${r.goal}:${r.day}:${r.start}`,
      kind: "release" as const,
      title: `${goal?.name ?? r.goal} — ${peopleNl(s, [...r.staff, ...r.externals])}`,
      day: r.day,
      start: r.start,
      end: r.end,
      allDay: false,
      groups: r.cover.map((x) => x.group).filter((g, i, a) => a.indexOf(g) === i),
      staff: [...r.staff],
      externals: [...r.externals],
      interns,
      goal: r.goal,
      cover: r.cover,
      // Which dates it meets on is src/calendar/sessions.ts's reading, shared with the year.* rules.
      concerns: releaseConcerns(s, r),
      extra: releaseSkipReason(s, r),
    };
  });
}

/**
 * Lunch supervision (lunchSupervision): one series per post and weekday with its supervisors. It concerns no one
 * class: only a day off or a study day for the whole school drops it.
 */
function supervisionDrafts(s: Scenario, c: Candidate): Draft[] {
  return (c.lunchDuties ?? []).map((d) => {
    const post = s.lunchSupervision?.posts.find((p) => p.id === d.post);
    return {
      key: `toezicht:${d.post}:${d.day}:${d.start}`,
      kind: "supervision" as const,
      title: `Middagtoezicht ${post?.name ?? d.post} — ${peopleNl(s, d.staff) || "?"}`,
      day: d.day,
      start: d.start,
      end: d.end,
      allDay: false,
      groups: [],
      staff: [...d.staff],
      externals: [],
      interns: [],
      concerns: [],
      // The kleuter playground's duty is at the kleuter lunch: a half day splits there for it.
      level: post?.level,
    };
  });
}

/**
 * The days where a day is split at lunch for these classes (half days off, study mornings): a class's own level
 * days (DayGrid.levels: a kleuter class splits at the kleuter lunch); classes of levels with different days, or
 * none, split at the main days' lunch.
 */
function splitGrid(grid: DayGrid, days: Map<string, Level | undefined>, groups: string[]): DayGrid {
  const grids = gridsOfLevels(
    grid,
    groups.map((id) => days.get(id)),
  );
  return grids.length === 1 ? grids[0] : grid;
}

function expand(
  s: Scenario,
  grid: DayGrid,
  days: Map<string, Level | undefined>,
  cal: SchoolYearCalendar,
  weeks: ReturnType<typeof yearWeeks>,
  d: Draft,
): PlanSeries {
  const dates: string[] = [];
  const dropped: PlanSeries["dropped"] = [];
  const own = d.level ? gridsOfLevels(grid, [d.level])[0] : splitGrid(grid, days, d.concerns);
  for (const w of weeks) {
    const date = w.dates[d.day!];
    if (date < cal.start || date > cal.end) {
      // A release on a day before the first school day, in the first school week (1 September a Tuesday, a
      // Monday block): said in the plan rather than dropped silently. The frequency's offset can move the cycle.
      if (d.kind === "release" && date < cal.start && w.index === 0 && !d.extra?.(date, w.index))
        dropped.push({ date, reason: `vóór de eerste schooldag (${cal.start})` });
      continue;
    }
    const reason =
      offReason(s, cal, own, { date, day: d.day, start: d.start, groups: d.concerns }) ?? d.extra?.(date, w.index);
    if (reason) dropped.push({ date, reason });
    else dates.push(date);
  }
  const { extra: _e, concerns: _c, level: _l, ...rest } = d;
  return { ...rest, dates, dropped };
}

/** A study day or facultative day for some classes. */
interface DayOff {
  kind: "study-day" | "facultative";
  date: string;
  part: "full" | "am" | "pm";
  groups: string[];
  title: string;
}

/** Study days and facultative days as dated series (all-day, or the half day's times). */
function dayDrafts(s: Scenario, c: Candidate, days: Map<string, Level | undefined>): PlanSeries[] {
  const grid = gridOf(s, c);
  const all = s.groups.map((g) => g.id);
  const mk = (
    { kind, date, part, groups, title }: DayOff,
    key = `${kind === "study-day" ? "studiedag" : "facultatief"}:${date}:${part}`,
  ): PlanSeries => {
    const t = part === "full" ? { start: "00:00", end: "00:00" } : halfTimes(splitGrid(grid, days, groups), date, part);
    const staff =
      groups.length === all.length
        ? s.staff.map((x) => x.id)
        : s.staff.filter((x) => classesOf(s, [x.id]).some((g) => groups.includes(g))).map((x) => x.id);
    const partNl = part === "full" ? "" : part === "am" ? " (voormiddag)" : " (namiddag)";
    return {
      key,
      kind,
      title: `${title}${partNl}`,
      ...t,
      allDay: part === "full",
      groups,
      staff,
      externals: [],
      interns: [],
      dates: [date],
      dropped: [],
    };
  };
  // A half day for classes of both levels whose days split at a different lunch (DayGrid.levels): one series per
  // level, each with its own times ("…:am:kleuter"); else one series, as always.
  const halves = (d: DayOff): PlanSeries[] => {
    const whole = mk(d);
    if (d.part === "full") return [whole];
    const byLevel = new Map<string, string[]>();
    for (const id of d.groups) {
      const level = days.get(id) ?? "";
      byLevel.set(level, [...(byLevel.get(level) ?? []), id]);
    }
    const parts = [...byLevel].map(([level, groups]) => mk({ ...d, groups }, `${whole.key}${level && `:${level}`}`));
    return parts.length > 1 && parts.some((x) => x.start !== parts[0].start || x.end !== parts[0].end)
      ? parts
      : [whole];
  };
  return [
    ...s.calendar.studyDays.flatMap((d) =>
      halves({
        kind: "study-day",
        date: d.date,
        part: d.part,
        groups: d.groups ?? all,
        title: `Pedagogische studiedag${d.topic ? `: ${d.topic}` : ""}`,
      }),
    ),
    ...s.calendar.facultativeDays.flatMap((d) =>
      halves({
        kind: "facultative",
        date: d.date,
        part: d.part,
        ...(d.schools
          ? {
              groups: s.groups.filter((g) => g.school && d.schools!.includes(g.school)).map((g) => g.id),
              title: `Facultatieve vrije dag (${d.schools.map((x) => schoolName(s, x)).join(", ")})`,
            }
          : { groups: all, title: "Facultatieve vrije dag" }),
      }),
    ),
  ];
}

/** Expand a candidate week into the whole school year. */
export function yearPlan(s: Scenario, c: Candidate): YearPlan {
  const cal = schoolYearCalendar(s.schoolYear);
  const grid = gridOf(s, c);
  // The days each class follows (a kleuter class: the kleuter days, split at the kleuter lunch).
  const days = classDays(grid, s.groups, c.lessons);
  const weeks = yearWeeks(s, cal);
  const series = withVisits(
    s,
    [...lessonDrafts(s, c), ...releaseDrafts(s, c), ...supervisionDrafts(s, c)]
      .map((d) => expand(s, grid, days, cal, weeks, d))
      // The class teachers' own lesson in weeks without the release block, where such weeks exist.
      .filter((x) => !(x.key.includes(":zonder-overleg:") && x.dates.length === 0)),
  );
  series.push(...dayDrafts(s, c, days));
  const goals = s.releaseGoals.map((g) => {
    const mine = series.filter((x) => x.kind === "release" && x.goal === g.id);
    const minutes = mine.reduce((n, x) => n + x.dates.length * durationMinutes(x.start, x.end), 0);
    const hours = Math.round((minutes / 60) * 100) / 100;
    return {
      goal: g.id,
      name: g.name,
      sessions: mine.reduce((n, x) => n + x.dates.length, 0),
      minutes,
      hours,
      reachesTraject: hours >= TRAJECT_HOURS,
    };
  });
  return { schoolYear: s.schoolYear, calendar: cal, series, goals };
}
