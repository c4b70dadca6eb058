// Shared counting for the staff.* rules and the solver's metrics: lestijden per person and the
// schoolopdracht minutes per person (rules staff.min-max-lestijden, staff.schoolopdracht,
// staff.36h; counting as in README.md "The timetable format"). One place, so rules and metrics agree.
import {
  DAYS,
  type Candidate,
  type Day,
  type ReleaseGoal,
  type Scenario,
  type Staff,
  DAY_NAMES_NL,
  durationMinutes,
  toClock,
  toMinutes,
} from "../../src/model/index.js";

export interface TaughtSlot {
  day: Day;
  start: string;
  end: string;
}

export interface StaffLoad {
  staff: string;
  /** Lesson slots in which the person is in `staff` (a merge or one atelier slot counts once). */
  lestijden: number;
  lestijdenPerDay: Record<Day, number>;
  lessonMinutes: number;
  /** Release minutes attended; overlapping releases of one person count once (one can attend one at a time). */
  releaseMinutes: number;
  supervisionMinutes: number;
  meetingMinutes: number;
  /** lesson + release + supervision + meeting minutes. */
  schoolopdrachtMinutes: number;
}

const emptyPerDay = (): Record<Day, number> => ({ mon: 0, tue: 0, wed: 0, thu: 0, fri: 0 });

/**
 * The lessons a person teaches in a candidate week, in day/time order: one per activity (a merged pair or
 * one atelier plan in a slot is one activity; two groups at once that are not merged are two, as the model counts).
 */
export function taughtSlots(candidate: Pick<Candidate, "lessons">, staffId: string): TaughtSlot[] {
  const seen = new Map<string, TaughtSlot>();
  for (const l of candidate.lessons) {
    if (!l.staff.includes(staffId)) continue;
    const activity =
      l.subject === "ATELIER" && l.atelierPlan
        ? `atelier:${l.atelierPlan}`
        : l.mergedWith
          ? `merge:${[l.group, l.mergedWith].sort().join("+")}`
          : `group:${l.group}`;
    const key = `${l.day}|${l.start}|${l.end}|${activity}`;
    if (!seen.has(key)) seen.set(key, { day: l.day, start: l.start, end: l.end });
  }
  return [...seen.values()].sort(
    (a, b) => DAYS.indexOf(a.day) - DAYS.indexOf(b.day) || toMinutes(a.start) - toMinutes(b.start),
  );
}

/** Minutes covered by a set of intervals on one day, overlaps counted once. */
function unionMinutes(intervals: [number, number][]): number {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let curS = -1;
  let curE = -1;
  for (const [s, e] of sorted) {
    if (s > curE) {
      if (curE > curS) total += curE - curS;
      curS = s;
      curE = e;
    } else curE = Math.max(curE, e);
  }
  if (curE > curS) total += curE - curS;
  return total;
}

/**
 * The monthly-pattern week of each goal (release.monthly-pattern): blocks of goals with a different
 * pattern week happen in different weeks, so they never add up within one week.
 */
export function patternWeeks(goals: readonly ReleaseGoal[] = []): Map<string, number> {
  return new Map(
    goals.flatMap((g) => (g.frequency.kind === "monthly-pattern" ? [[g.id, g.frequency.week] as const] : [])),
  );
}

/**
 * Load of one person; without a candidate only the fixed parts (supervision, meetings) are known.
 * Release minutes are those of the heaviest real week: every block that is not on a monthly pattern,
 * plus the blocks of one pattern week (pass the scenario's goals to know them).
 */
export function loadOf(
  staff: Staff,
  candidate?: Pick<Candidate, "lessons" | "releases">,
  goals?: readonly ReleaseGoal[],
): StaffLoad {
  const lestijdenPerDay = emptyPerDay();
  let lessonMinutes = 0;
  let releaseMinutes = 0;
  if (candidate) {
    for (const t of taughtSlots(candidate, staff.id)) {
      lestijdenPerDay[t.day]++;
      lessonMinutes += durationMinutes(t.start, t.end);
    }
    const weekOf = patternWeeks(goals);
    const mine = candidate.releases.filter((r) => r.staff.includes(staff.id));
    const weeks = mine.some((r) => weekOf.has(r.goal)) ? [1, 2, 3, 4] : [0];
    for (const w of weeks) {
      const inWeek = mine.filter((r) => (weekOf.get(r.goal) ?? w) === w);
      let minutes = 0;
      for (const day of DAYS) {
        minutes += unionMinutes(
          inWeek.filter((r) => r.day === day).map((r) => [toMinutes(r.start), toMinutes(r.end)] as [number, number]),
        );
      }
      releaseMinutes = Math.max(releaseMinutes, minutes);
    }
  }
  const supervisionMinutes = staff.supervision.reduce((sum, d) => sum + durationMinutes(d.start, d.end), 0);
  const meetingMinutes = staff.meetingMinutesPerWeek;
  const lestijden = DAYS.reduce((n, d) => n + lestijdenPerDay[d], 0);
  return {
    staff: staff.id,
    lestijden,
    lestijdenPerDay,
    lessonMinutes,
    releaseMinutes,
    supervisionMinutes,
    meetingMinutes,
    schoolopdrachtMinutes: lessonMinutes + releaseMinutes + supervisionMinutes + meetingMinutes,
  };
}

/** Load of every staff member of the scenario (by id). */
export function staffLoads(scenario: Scenario, candidate?: Candidate): Map<string, StaffLoad> {
  return new Map(scenario.staff.map((s) => [s.id, loadOf(s, candidate, scenario.releaseGoals)]));
}

export interface PlannedLoad {
  periods: number;
  /** e.g. ["LO 2 × 2 klassen"] for messages. */
  parts: string[];
}

/**
 * Lestijden the subject plan alone gives a specialist: periods × number of groups, for every subject
 * whose taughtBy lists the person (a pool teaches all at once, so each member gets all of them).
 * A lower bound only if no class merge shares a specialist lesson.
 */
export function plannedSpecialistPeriods(scenario: Scenario): Map<string, PlannedLoad> {
  const out = new Map<string, PlannedLoad>();
  for (const subj of scenario.subjects) {
    if (subj.taughtBy === "class") continue;
    for (const id of subj.taughtBy.staff) {
      const p = out.get(id) ?? { periods: 0, parts: [] };
      p.periods += subj.periods * subj.groups.length;
      p.parts.push(
        `${subj.id} ${subj.periods} × ${subj.groups.length} ${subj.groups.length === 1 ? "klas" : "klassen"}`,
      );
      out.set(id, p);
    }
  }
  return out;
}

/** "1520 min = 1300 les + 110 vrijroostering + 60 toezicht + 50 overleg" (Dutch; the parts of the sum). */
export function describeLoadNl(l: StaffLoad): string {
  return `${l.schoolopdrachtMinutes} min = ${l.lessonMinutes} min les (${l.lestijden} ${l.lestijden === 1 ? "lestijd" : "lestijden"}) + ${l.releaseMinutes} min vrijgeroosterd overleg + ${l.supervisionMinutes} min toezicht + ${l.meetingMinutes} min vaste vergaderingen`;
}

export function describeLoadEn(l: StaffLoad): string {
  return `${l.schoolopdrachtMinutes} min = ${l.lessonMinutes} min lessons (${l.lestijden} periods) + ${l.releaseMinutes} min release sessions + ${l.supervisionMinutes} min supervision + ${l.meetingMinutes} min fixed meetings`;
}

/** "4u20" for messages in clock hours. */
export function hoursNl(minutes: number): string {
  return toClock(minutes)
    .replace(":", "u")
    .replace(/^0(\d)/, "$1");
}

/** "maandag 08:30–09:20" */
export const whenNl = (day: Day, start: string, end: string) => `${DAY_NAMES_NL[day]} ${start}–${end}`;
