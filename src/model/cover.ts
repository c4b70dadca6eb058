// Who may cover whom, and how: one reading of the scenario for the checker (constraints/) and the
// solver's model, so that the two can never disagree on it again (issue 9).
import type { External, Group, Scenario, Staff } from "./scenario.js";
import type { Day } from "./time.js";
import { isAvailable } from "./derived.js";
import { toMinutes } from "./time.js";
import { readScenario } from "./reading.js";

/** The value of a release's `cover[].by`, read once: a typed union instead of string parsing. */
export type CoverBy =
  | { kind: "subject"; subject: string }
  | { kind: "coteacher"; staff: string }
  | { kind: "care"; staff: string }
  | { kind: "intern"; intern: string }
  | { kind: "merge"; group: string }
  | { kind: "atelier" }
  | { kind: "none" };

export function parseCoverBy(by: string): CoverBy {
  const i = by.indexOf(":");
  const [kind, id] = i === -1 ? [by, ""] : [by.slice(0, i), by.slice(i + 1)];
  switch (kind) {
    case "coteacher":
      return { kind, staff: id };
    case "care":
      return { kind, staff: id };
    case "intern":
      return { kind, intern: id };
    case "merge":
      return { kind, group: id };
    case "atelier":
      return { kind: "atelier" };
    case "none":
      return { kind: "none" };
    default:
      return { kind: "subject", subject: by };
  }
}

export function formatCoverBy(c: CoverBy): string {
  switch (c.kind) {
    case "subject":
      return c.subject;
    case "coteacher":
    case "care":
      return `${c.kind}:${c.staff}`;
    case "intern":
      return `intern:${c.intern}`;
    case "merge":
      return `merge:${c.group}`;
    case "atelier":
    case "none":
      return c.kind;
  }
}

/**
 * May this staff member ever take a class in someone's place? Not an ondersteuner (staff.buo-ondersteuner),
 * not someone flagged noSubstitution, not a paramedic (staff.paramedic: clock hours, never lestijden).
 */
export function mayCover(staff: Staff | undefined): boolean {
  return !!staff && !staff.flags.noSubstitution && staff.ambt !== "ondersteuner" && staff.ambt !== "paramedicus";
}

/** A care teacher whose hours may cover a class (the scenario's cover policy aside). */
export function isCoveringCareTeacher(staff: Staff | undefined): boolean {
  return !!staff && staff.flags.careTeacher && !staff.flags.keepsCareHoursInClass && mayCover(staff);
}

export interface MergeReading {
  groups: [string, string];
  maxPupils: number;
  by?: string;
  /** Pupils of both groups together. */
  pupils: number;
  /** Within maxPupils: may be used at all. */
  fits: boolean;
}

/**
 * The listed merge of two groups (either order) with its pupil total, or undefined when not listed. The same pair
 * may be listed twice with another teacher (`by`) and dates (K3 joins L1 in semester 1, L1 joins K3 in semester
 * 2): given the teachers who teach the merged class, the entry with one of them as `by` (or without `by`) is read.
 */
export function mergeOf(s: Scenario, a: string, b: string, teachers?: string[]): MergeReading | undefined {
  const pair = s.cover.merges.filter((x) => x.groups.includes(a) && x.groups.includes(b) && a !== b);
  const m = (teachers && pair.find((x) => !x.by || teachers.includes(x.by))) ?? pair[0];
  if (!m) return undefined;
  const pupils = m.groups.reduce((n, g) => n + (s.groups.find((x) => x.id === g)?.pupils ?? 0), 0);
  return { groups: m.groups, maxPupils: m.maxPupils, by: m.by, pupils, fits: pupils <= m.maxPupils };
}

/** The merges by which `group` joins `host` (taught by the host's class teacher: `by` one of them, or no `by`). */
export function mergesInto(s: Scenario, group: string, host: string) {
  const teachers = s.groups.find((g) => g.id === host)?.classTeachers ?? [];
  return s.cover.merges.filter(
    (m) => m.groups.includes(group) && m.groups.includes(host) && group !== host && (!m.by || teachers.includes(m.by)),
  );
}

/** Is the external there for the whole of [start, end) on day (weekly windows, else dated windows)? */
export function externalAvailable(ext: External, day: Day, start: string, end: string): boolean {
  // Weekly windows when given; an external with only dated windows is there on those weekdays only.
  if (ext.availability) {
    if (isAvailable(ext.availability, day, start, end)) return true;
  } else if (ext.dates.length === 0) return true;
  return ext.dates.some((d) => {
    const wd = (["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const)[
      new Date(`${d.date}T12:00:00Z`).getUTCDay()
    ];
    if (wd !== day) return false;
    return toMinutes(d.from ?? "00:00") <= toMinutes(start) && toMinutes(end) <= toMinutes(d.to ?? "23:59");
  });
}

/** Is this person (staff, external or intern) at school for the whole of [start, end) on day? */
export function personAvailable(s: Scenario, id: string, day: Day, start: string, end: string): boolean {
  return readScenario(s).available(id, day, start, end);
}

/** The group's own teachers (class and co-teachers). */
export const ownTeachers = (g: Group) => [...g.classTeachers, ...g.coTeachers];
