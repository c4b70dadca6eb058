// Shared reading of a candidate week for the structural rules (timetable.*): which activities happen
// when (a merged pair or all lessons of one atelier plan in a slot are ONE activity, see
// README.md "The timetable format"), who is where when, and the names a principal reads.
import {
  DAY_NAMES_EN,
  DAY_NAMES_NL,
  type Candidate,
  type Day,
  type DayGrid,
  type Lesson,
  type Release,
  type ReleaseGoal,
  type Scenario,
  externalAvailable,
  mayCover,
  toMinutes,
} from "../../src/model/index.js";
import { gridOf, type RuleContext } from "../rule.js";

export type PersonKind = "staff" | "external" | "intern";

export interface Activity {
  kind: "lesson" | "release";
  day: Day;
  start: string;
  end: string;
  /** Lessons that make up this activity (one, a merged pair, or every group of an atelier plan). */
  lessons: Lesson[];
  release?: Release;
  groups: string[];
  staff: string[];
  externals: string[];
  interns: string[];
}

export interface Occupation {
  person: string;
  kind: PersonKind;
  activity: Activity;
}

export const uniq = (xs: Iterable<string>) => [...new Set(xs)];
export const sameSet = (a: readonly string[], b: readonly string[]) => {
  const x = new Set(a);
  const y = new Set(b);
  return x.size === y.size && [...x].every((v) => y.has(v));
};

/** The day grid the candidate was made on. */
export function gridFor(ctx: RuleContext): DayGrid {
  return ctx.grid ?? gridOf(ctx.scenario, ctx.candidate);
}

/** Identity of the activity a lesson belongs to: merged pairs and same-atelierPlan lessons share one. */
function activityKey(l: Lesson): string {
  const when = `${l.day}|${l.start}|${l.end}`;
  if (l.subject === "ATELIER" && l.atelierPlan) return `${when}|atelier:${l.atelierPlan}`;
  if (l.mergedWith) return `${when}|merge:${[l.group, l.mergedWith].sort().join("+")}`;
  return `${when}|group:${l.group}`;
}

/** Lessons grouped into activities ("activities per slot"). */
export function lessonActivities(lessons: readonly Lesson[]): Activity[] {
  const byKey = new Map<string, Lesson[]>();
  for (const l of lessons) byKey.set(activityKey(l), [...(byKey.get(activityKey(l)) ?? []), l]);
  return [...byKey.values()].map((ls) => ({
    kind: "lesson" as const,
    day: ls[0].day,
    start: ls[0].start,
    end: ls[0].end,
    lessons: ls,
    groups: uniq(ls.map((l) => l.group)),
    staff: uniq(ls.flatMap((l) => l.staff)),
    externals: uniq(ls.flatMap((l) => l.externals ?? [])),
    interns: uniq(ls.flatMap((l) => l.interns ?? [])),
  }));
}

export function releaseActivity(r: Release): Activity {
  return { kind: "release", day: r.day, start: r.start, end: r.end, lessons: [], release: r, groups: [], staff: uniq(r.staff), externals: uniq(r.externals ?? []), interns: [] };
}

/** Who is where when: one entry per person per activity (lessons and release blocks). */
export function occupations(c: Candidate): Occupation[] {
  const acts = [...lessonActivities(c.lessons), ...c.releases.map(releaseActivity)];
  return acts.flatMap((a) => [
    ...a.staff.map((person) => ({ person, kind: "staff" as const, activity: a })),
    ...a.externals.map((person) => ({ person, kind: "external" as const, activity: a })),
    ...a.interns.map((person) => ({ person, kind: "intern" as const, activity: a })),
  ]);
}

/** Half-open overlap of two activities (same day). */
export const overlapping = (a: { day: Day; start: string; end: string }, b: { day: Day; start: string; end: string }) =>
  a.day === b.day && toMinutes(a.start) < toMinutes(b.end) && toMinutes(b.start) < toMinutes(a.end);

// ---------- names a principal reads ----------

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

// ---------- small scenario facts ----------

/** Minimum length of a release block of this goal (release.physical-min / release.digital-min). */
export function goalMinMinutes(s: Scenario, goal: ReleaseGoal): number {
  return goal.minBlockMinutes ?? (goal.mode === "digital" ? s.settings.digitalMinMinutes : s.settings.physicalMinMinutes);
}

/** Staff who may never cover a class: the one definition in src/model/cover.ts (mayCover). */
export function neverCovers(s: Scenario, staffId: string): boolean {
  const st = s.staff.find((x) => x.id === staffId);
  return !!st && !mayCover(st);
}

export { externalAvailable };
