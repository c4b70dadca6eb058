// Linear expressions of a person's load for the rules' encode(): what they do per slot, their lestijden.
import type { LinExpr, ModelBuilder } from "../model-builder.js";
import { availableIn, nameOf } from "../encode-util.js";
import { tag } from "../rule.js";
import { patternWeeks } from "./load.js";
import { durationMinutes } from "../../src/model/index.js";

/** Everything a staff member does in a slot: teaching, covering, leading an atelier, being released. */
export function staffLoadBySlot(m: ModelBuilder): Map<string, LinExpr> {
  const load = new Map<string, LinExpr>();
  const add = (p: string, t: string, v: string, c = 1) => {
    const key = `${p}|${t}`;
    const e = load.get(key) ?? new Map();
    e.set(v, (e.get(v) ?? 0) + c);
    load.set(key, e);
  };
  for (const v of m.subjectVars) for (const p of v.teachers) add(p, v.slot.key, v.name);
  for (const v of m.coverVars) if (v.lever === "coteacher" || v.lever === "care") add(v.who, v.slot.key, v.name);
  for (const v of m.classVars) {
    const present = v.teachers.filter((p) => availableIn(m, p, v.slot));
    if (present.length === 1) add(present[0], v.slot.key, v.name); // a duo shares the class: see encodeClassTeacherPresence
  }
  for (const v of m.atelierVars) {
    const leaders = new Set(v.plan.ateliers.flatMap((a) => a.leaders));
    for (const p of leaders)
      if (m.scenario.staff.some((s) => s.id === p)) for (const t of v.block.slots) add(p, t.key, v.name);
  }
  return load;
}

/** Tag of the rows "a co-teacher teaches along unless released" (the solver's reading of a KLAS period). */
export const CO_TEACHING_ASSUMPTION = "solver.co-teaching";
/** The assumption's message table (it is no rule of the checker, so it is not in the registry). */
const CO_TEACHING = {
  id: CO_TEACHING_ASSUMPTION,
  messages: {
    "encode-co-teaching": {
      nl: "{name} geeft mee les in klas {group} (co-teaching)",
      en: "{name} teaches along in class {group} (co-teaching)",
    },
  },
};

const coTeachingCache = new WeakMap<ModelBuilder, Map<string, string[]>>();

/**
 * A co-teacher teaches along in every KLAS period of their class unless released then:
 * p[q,t] ≥ k[g,t] − r[q,t], p ≥ 0 (exact, since p only appears in ≤ constraints).
 */
export function coTeachingVars(m: ModelBuilder): Map<string, string[]> {
  let byStaff = coTeachingCache.get(m);
  if (byStaff) return byStaff;
  byStaff = new Map();
  for (const v of m.classVars) {
    const group = m.scenario.groups.find((g) => g.id === v.group)!;
    for (const q of group.coTeachers) {
      if (!availableIn(m, q, v.slot)) continue;
      const p = m.addAuxVar(`p_${q}_${v.group}_${v.slot.key}`, 0, 1);
      const e: LinExpr = new Map([
        [p, 1],
        [v.name, -1],
      ]);
      const r = m.releasedVar(q, v.slot.key);
      if (r) e.set(r, 1);
      // A modelling assumption, not a rule of the checker (which counts the lessons a week lists): its own tag.
      m.addConstraint(
        e,
        ">=",
        0,
        tag(CO_TEACHING, "encode-co-teaching", `person:${q}`, {
          name: nameOf(m, q),
          group: group.name ?? group.id,
        }),
      );
      byStaff.set(q, [...(byStaff.get(q) ?? []), p]);
    }
  }
  coTeachingCache.set(m, byStaff);
  return byStaff;
}

/** Lestijden a staff member teaches (linear in the variables). */
/** The weekday of every variable that counts as a lestijd (lessons, covers, co-teaching presence). */
export function dayOfLestijdVar(m: ModelBuilder): Map<string, string> {
  const days = new Map<string, string>(
    [...m.subjectVars, ...m.coverVars, ...m.classVars].map((v) => [v.name, v.slot.day]),
  );
  for (const v of m.atelierVars) days.set(v.name, v.block.day);
  for (const v of m.classVars) {
    const group = m.scenario.groups.find((g) => g.id === v.group)!;
    for (const q of group.coTeachers) days.set(`p_${q}_${v.group}_${v.slot.key}`, v.slot.day);
  }
  return days;
}

export function lestijdenExpr(m: ModelBuilder, staffId: string): LinExpr {
  return new Map(lestijdenIndex(m).get(staffId) ?? []);
}

const lestijdenCache = new WeakMap<ModelBuilder, Map<string, LinExpr>>();

/**
 * Every staff member's lestijden expression, built in one pass over the variables (the decision variables are all
 * made when the model is; per person a pass over all of them grew with the square of the school, issue 11).
 */
function lestijdenIndex(m: ModelBuilder): Map<string, LinExpr> {
  let index = lestijdenCache.get(m);
  if (index) return index;
  index = new Map();
  const add = (p: string, v: string, c: number) => {
    const e = index!.get(p) ?? index!.set(p, new Map()).get(p)!;
    e.set(v, c);
  };
  for (const [q, names] of coTeachingVars(m)) for (const p of names) add(q, p, 1);
  for (const v of m.subjectVars) for (const p of new Set(v.teachers)) add(p, v.name, 1);
  for (const v of m.coverVars) if (v.lever === "coteacher" || v.lever === "care") add(v.who, v.name, 1);
  for (const v of m.classVars) for (const p of new Set(v.teachers)) if (availableIn(m, p, v.slot)) add(p, v.name, 1);
  // A staff member leading an atelier teaches its lesson slots (as the checker counts the ATELIER lessons).
  for (const v of m.atelierVars) {
    const lessons = v.block.slots.filter((t) => t.kind === "lesson").length;
    for (const p of new Set(v.plan.ateliers.flatMap((a) => a.leaders))) add(p, v.name, lessons);
  }
  lestijdenCache.set(m, index);
  return index;
}

const minutesCache = new WeakMap<ModelBuilder, Map<string, number>>();

/** The real minutes of each lesson variable's slot (computed once per model). */
function lessonMinutes(m: ModelBuilder): Map<string, number> {
  let minutes = minutesCache.get(m);
  if (minutes) return minutes;
  minutes = new Map<string, number>(
    [...m.subjectVars, ...m.coverVars, ...m.classVars].map((v) => [v.name, v.slot.minutes]),
  );
  const groups = new Map(m.scenario.groups.map((g) => [g.id, g]));
  for (const v of m.classVars)
    for (const q of groups.get(v.group)!.coTeachers) minutes.set(`p_${q}_${v.group}_${v.slot.key}`, v.slot.minutes);
  for (const v of m.atelierVars) {
    const lessonSlots = v.block.slots.filter((t) => t.kind === "lesson");
    minutes.set(v.name, lessonSlots.length ? lessonSlots.reduce((n, t) => n + t.minutes, 0) / lessonSlots.length : 0);
  }
  minutesCache.set(m, minutes);
  return minutes;
}

/**
 * A staff member's minutes at school in each real week, as linear expressions: lessons × lesson minutes plus
 * the release blocks attended; blocks of monthly-pattern goals count only in their own pattern week.
 * Lunch posts taken count their minutes; fixed minutes (supervision duties, meetings) are the caller's to add to
 * the right-hand side.
 */
export function schoolMinutesPerWeek(m: ModelBuilder, staffId: string): LinExpr[] {
  // Each lesson counts its slot's real minutes (as check() counts the week's lessons), not settings.lessonMinutes.
  const minutes = lessonMinutes(m);
  const lessons: LinExpr = new Map();
  for (const [v, c] of lestijdenExpr(m, staffId))
    lessons.set(v, c * (minutes.get(v) ?? m.scenario.settings.lessonMinutes));
  const weekOf = patternWeeks(m.scenario.releaseGoals);
  const mine = m.releaseVars.filter((v) => v.goal.members.includes(staffId));
  const weeks = mine.some((v) => weekOf.has(v.goal.id)) ? [1, 2, 3, 4] : [0];
  // Lunch posts the solver gives this person count as supervision (staff.supervision: in the schoolopdracht).
  for (const v of m.lunchVars) if (v.staff === staffId) lessons.set(v.name, durationMinutes(v.start, v.end));
  return weeks.map((w) => {
    const e: LinExpr = new Map(lessons);
    for (const v of mine) if ((weekOf.get(v.goal.id) ?? w) === w) e.set(v.name, (e.get(v.name) ?? 0) + v.block.minutes);
    return e;
  });
}
