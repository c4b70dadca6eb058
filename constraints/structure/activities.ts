// Shared reading of a candidate week for the structural rules (timetable.*): which activities happen when
// (a merged pair, all lessons of one atelier plan or of a subject taken together in a slot are ONE activity)
// and who is where when.
// Names for messages: ./names.ts; small scenario facts: ./facts.ts.
import {
  toMinutes,
  togetherOf,
  type Candidate,
  type Day,
  type Lesson,
  type Release,
  type Subject,
} from "../../src/model/index.js";
import { uniq } from "./facts.js";

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

/**
 * Identity of the activity a lesson belongs to: merged pairs, same-atelierPlan lessons and the groups of a subject
 * they take together (Subject.together, known from the scenario's `subjects`) share one.
 */
export function activityKey(l: Lesson, subjects: readonly Subject[] = []): string {
  const when = `${l.day}|${l.start}|${l.end}`;
  if (l.subject === "ATELIER" && l.atelierPlan) return `${when}|atelier:${l.atelierPlan}`;
  if (l.mergedWith) return `${when}|merge:${[l.group, l.mergedWith].sort().join("+")}`;
  const together = togetherOf(subjects, l.subject, l.group);
  if (together) return `${when}|${together.key}`;
  return `${when}|group:${l.group}`;
}

/** Lessons grouped into activities ("activities per slot"). */
export function lessonActivities(lessons: readonly Lesson[], subjects: readonly Subject[] = []): Activity[] {
  const byKey = new Map<string, Lesson[]>();
  for (const l of lessons) {
    const key = activityKey(l, subjects);
    byKey.set(key, [...(byKey.get(key) ?? []), l]);
  }
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
  return {
    kind: "release",
    day: r.day,
    start: r.start,
    end: r.end,
    lessons: [],
    release: r,
    groups: [],
    staff: uniq(r.staff),
    externals: uniq(r.externals ?? []),
    interns: [],
  };
}

/** Who is where when: one entry per person per activity (lessons and release blocks). */
export function occupations(c: Candidate, subjects: readonly Subject[] = []): Occupation[] {
  const acts = [...lessonActivities(c.lessons, subjects), ...c.releases.map(releaseActivity)];
  return acts.flatMap((a) => [
    ...a.staff.map((person) => ({ person, kind: "staff" as const, activity: a })),
    ...a.externals.map((person) => ({ person, kind: "external" as const, activity: a })),
    ...a.interns.map((person) => ({ person, kind: "intern" as const, activity: a })),
  ]);
}

/** Half-open overlap of two activities (same day). */
export const overlapping = (a: { day: Day; start: string; end: string }, b: { day: Day; start: string; end: string }) =>
  a.day === b.day && toMinutes(a.start) < toMinutes(b.end) && toMinutes(b.start) < toMinutes(a.end);
