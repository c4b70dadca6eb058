// A school group (scholengemeenschap) in one scenario (issue 11): which school a class belongs to, where a staff
// member works, whom a care teacher may cover, and the travel time between two schools. One reading for the
// checker (constraints/), the solver's model and the views, so that they cannot disagree. A scenario without
// `schools` is one school: every question here then answers as if there were no schools at all.
import type { Day } from "./time.js";
import type { Group, ScenarioShape, Staff, Subject } from "./scenario.js";

type GroupSchool = Pick<ScenarioShape, "groups" | "subjects"> & { schools?: ScenarioShape["schools"] };

/** Is this scenario a school group (at least one school listed)? */
export const isSchoolGroup = (s: { schools?: ScenarioShape["schools"] }) => (s.schools?.length ?? 0) > 0;

/** The school of a class (undefined in a one-school scenario). */
export function schoolOfGroup(s: GroupSchool, groupId: string): string | undefined {
  return s.groups.find((g) => g.id === groupId)?.school;
}

/** The schools of the classes a person teaches: as class teacher, co-teacher or specialist. */
export function taughtSchools(s: GroupSchool, staffId: string): Set<string> {
  const out = new Set<string>();
  const add = (g: Group | undefined) => g?.school && out.add(g.school);
  for (const g of s.groups) if (g.classTeachers.includes(staffId) || g.coTeachers.includes(staffId)) add(g);
  for (const sub of s.subjects as Subject[])
    if (sub.taughtBy !== "class" && sub.taughtBy.staff.includes(staffId))
      for (const id of sub.groups) add(s.groups.find((g) => g.id === id));
  return out;
}

/** The schools a person works in: their own list (staff.schools), else the schools of the classes they teach. */
export function staffSchools(s: GroupSchool, staff: Pick<Staff, "id" | "schools">): Set<string> {
  if (staff.schools) return new Set(staff.schools.map((x) => x.school));
  return taughtSchools(s, staff.id);
}

/**
 * May this person work in this class's school on this day? Always in a one-school scenario or for a class without a
 * school; otherwise only in one of their schools, and on that school's days when they are listed (staff.schools).
 */
export function worksAt(s: GroupSchool, staff: Pick<Staff, "id" | "schools">, groupId: string, day: Day): boolean {
  return reachOf(s, staff)(schoolOfGroup(s, groupId), day);
}

/** worksAt() for one person, read once: (the class's school, day) → may they work there then. */
export function reachOf(
  s: GroupSchool,
  staff: Pick<Staff, "id" | "schools">,
): (school: string | undefined, day: Day) => boolean {
  if (!isSchoolGroup(s)) return () => true;
  if (!staff.schools) {
    const taught = taughtSchools(s, staff.id);
    return (school) => !school || taught.has(school);
  }
  const days = new Map(staff.schools.map((x) => [x.school, x.days]));
  return (school, day) => !school || (days.has(school) && (!days.get(school) || days.get(school)!.includes(day)));
}

/** The travel between two schools: minutes, or "half-day" (one school per half day) when no minutes are set. */
export function travelBetween(
  s: Pick<ScenarioShape, "settings"> & { schools?: ScenarioShape["schools"] },
  a: string,
  b: string,
): number | "half-day" {
  if (a === b) return 0;
  const find = (x: string) => s.schools?.find((y) => y.id === x);
  const pair = [find(a)?.travelMinutes?.[b], find(b)?.travelMinutes?.[a]].filter((x) => x !== undefined);
  if (pair.length) return Math.max(...pair);
  return s.settings.travelMinutes ?? "half-day";
}

/** A school's name for messages and views (its id when unknown). */
export function schoolName(s: { schools?: ScenarioShape["schools"] }, id: string): string {
  return s.schools?.find((x) => x.id === id)?.name ?? id;
}
