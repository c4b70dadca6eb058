// Encodings of the rules about people: availability, nobody in two places at once, workload.
import { sum, type LinExpr, type ModelBuilder } from "../../constraints/model-builder.js";
import { maxLestijden, overlaps } from "../../src/model/index.js";
import { availabilityOf, availableIn, describeAvailability, personName } from "./util.js";

const availabilityTag = (m: ModelBuilder, id: string) => ({
  rule: "timetable.availability",
  instance: `person:${id}`,
  message: `${personName(m, id)} is ${describeAvailability(availabilityOf(m, id))} beschikbaar`,
});

/** timetable.availability: nobody is scheduled when they are not there. Fixed to 0 as tagged constraints. */
export function encodeAvailability(m: ModelBuilder): void {
  const off = (name: string, who: string) => m.addConstraint(new Map([[name, 1]]), "=", 0, availabilityTag(m, who));
  for (const v of m.subjectVars) for (const p of v.teachers) if (!availableIn(m, p, v.slot)) off(v.name, p);
  for (const v of m.classVars) {
    // The class is taught by its class teacher(s) only when at least one of them is there.
    const present = v.teachers.filter((p) => availableIn(m, p, v.slot));
    if (present.length === 0) off(v.name, v.teachers[0]);
  }
  for (const v of m.coverVars) if ((v.lever === "coteacher" || v.lever === "care") && !availableIn(m, v.who, v.slot)) off(v.name, v.who);
  for (const v of m.releaseVars) {
    for (const p of [...v.goal.members, ...v.goal.externals]) {
      if (v.block.slots.some((t) => !availableIn(m, p, t))) off(v.name, p);
    }
  }
  for (const v of m.atelierVars) {
    for (const a of v.plan.ateliers) for (const l of a.leaders) {
      if (m.scenario.externals.some((e) => e.id === l) && !availableIn(m, l, v.block)) off(v.name, l);
      const intern = m.scenario.interns.find((i) => i.id === l);
      if (intern && !intern.weekdays.includes(v.block.day)) off(v.name, l);
    }
  }
}

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
    for (const p of leaders) if (m.scenario.staff.some((s) => s.id === p)) for (const t of v.block.slots) add(p, t.key, v.name);
  }
  return load;
}

/** timetable.no-double-booking: nobody in two places at once; release overlaps per week class. */
export function encodeNoDoubleBooking(m: ModelBuilder): void {
  const s = m.scenario;
  const load = staffLoadBySlot(m);
  const tag = (p: string) => ({ rule: "timetable.no-double-booking", instance: `person:${p}`, message: `${personName(m, p)} kan maar op één plaats tegelijk zijn (lesgeven, opvangen of vrijgeroosterd)` });
  for (const p of s.staff) {
    for (const t of m.slots) {
      const e = new Map(load.get(`${p.id}|${t.key}`) ?? []);
      const r = m.releasedVar(p.id, t.key);
      if (r) e.set(r, 1);
      if (e.size > 1) m.addConstraint(e, "<=", 1, tag(p.id));
    }
  }
  // Duo class teachers: the class is taught by whoever is not released.
  for (const v of m.classVars) {
    const present = v.teachers.filter((p) => availableIn(m, p, v.slot));
    if (present.length < 2) continue;
    const e: LinExpr = new Map([[v.name, 1]]);
    for (const p of present) { const r = m.releasedVar(p, v.slot.key); if (r) e.set(r, 1); }
    if (e.size > 1) m.addConstraint(e, "<=", present.length, tag(present[0]));
  }
  // Release overlaps: r[p,t] ≥ the releases p attends in t, per "week class" (monthly-pattern goals
  // with a different week never meet in the same week, so they may share a slot).
  const weeks = [1, 2, 3, 4];
  const byPersonSlot = new Map<string, { name: string; week?: number; coef: number }[]>();
  for (const v of m.releaseVars) {
    const week = v.goal.frequency.kind === "monthly-pattern" ? v.goal.frequency.week : undefined;
    for (const p of v.goal.members) for (const t of v.block.slots) {
      const key = `${p}|${t.key}`;
      byPersonSlot.set(key, [...(byPersonSlot.get(key) ?? []), { name: v.name, week, coef: 1 }]);
    }
  }
  for (const o of m.optionalVars) {
    const week = o.release.goal.frequency.kind === "monthly-pattern" ? o.release.goal.frequency.week : undefined;
    for (const t of o.release.block.slots) {
      const key = `${o.staff}|${t.key}`;
      byPersonSlot.set(key, [...(byPersonSlot.get(key) ?? []), { name: o.name, week, coef: 1 }]);
    }
  }
  for (const [key, items] of byPersonSlot) {
    const [p, t] = key.split("|");
    const r = m.releasedVar(p, t)!;
    // …and r[p,t] is never more than the releases p attends then (r may not pretend someone is away).
    const upper: LinExpr = new Map([[r, 1]]);
    for (const i of items) upper.set(i.name, (upper.get(i.name) ?? 0) - i.coef);
    m.addConstraint(upper, "<=", 0, tag(p));
    const classes = items.some((i) => i.week !== undefined) ? weeks : [0];
    for (const w of classes) {
      const e: LinExpr = new Map([[r, -1]]);
      for (const i of items) if (i.week === undefined || i.week === w) e.set(i.name, (e.get(i.name) ?? 0) + i.coef);
      m.addConstraint(e, "<=", 0, tag(p));
    }
  }
  // Externals: in one release at a time (per week class) and not leading an atelier meanwhile.
  const extBySlot = new Map<string, { name: string; week?: number }[]>();
  for (const v of m.releaseVars) {
    const week = v.goal.frequency.kind === "monthly-pattern" ? v.goal.frequency.week : undefined;
    for (const e of v.goal.externals) for (const t of v.block.slots) extBySlot.set(`${e}|${t.key}`, [...(extBySlot.get(`${e}|${t.key}`) ?? []), { name: v.name, week }]);
  }
  for (const v of m.atelierVars) for (const a of v.plan.ateliers) for (const l of a.leaders) {
    if (!s.externals.some((x) => x.id === l)) continue;
    for (const t of v.block.slots) {
      const key = `${l}|${t.key}`;
      if (!(extBySlot.get(key) ?? []).some((x) => x.name === v.name)) extBySlot.set(key, [...(extBySlot.get(key) ?? []), { name: v.name }]);
    }
  }
  for (const [key, items] of extBySlot) {
    if (items.length < 2) continue;
    const [e] = key.split("|");
    for (const w of items.some((i) => i.week !== undefined) ? weeks : [0]) {
      m.addConstraint(sum(items.filter((i) => i.week === undefined || i.week === w).map((i) => i.name)), "<=", 1, tag(e));
    }
  }
}

const coTeachingCache = new WeakMap<ModelBuilder, Map<string, string[]>>();

/**
 * A co-teacher teaches along in every KLAS period of their class unless released then:
 * p[q,t] ≥ k[g,t] − r[q,t], p ≥ 0 (exact, since p only appears in ≤ constraints).
 */
function coTeachingVars(m: ModelBuilder): Map<string, string[]> {
  let byStaff = coTeachingCache.get(m);
  if (byStaff) return byStaff;
  byStaff = new Map();
  for (const v of m.classVars) {
    const group = m.scenario.groups.find((g) => g.id === v.group)!;
    for (const q of group.coTeachers) {
      if (!availableIn(m, q, v.slot)) continue;
      const p = m.addAuxVar(`p_${q}_${v.group}_${v.slot.key}`, 0, 1);
      const e: LinExpr = new Map([[p, 1], [v.name, -1]]);
      const r = m.releasedVar(q, v.slot.key);
      if (r) e.set(r, 1);
      m.addConstraint(e, ">=", 0, { rule: "staff.min-max-lestijden", instance: `person:${q}`, message: `${personName(m, q)} geeft mee les in klas ${v.group} (co-teaching)` });
      byStaff.set(q, [...(byStaff.get(q) ?? []), p]);
    }
  }
  coTeachingCache.set(m, byStaff);
  return byStaff;
}

/** Lestijden a staff member teaches (linear in the variables). */
export function lestijdenExpr(m: ModelBuilder, staffId: string): LinExpr {
  const e: LinExpr = new Map();
  for (const p of coTeachingVars(m).get(staffId) ?? []) e.set(p, 1);
  for (const v of m.subjectVars) if (v.teachers.includes(staffId)) e.set(v.name, 1);
  for (const v of m.coverVars) if ((v.lever === "coteacher" || v.lever === "care") && v.who === staffId) e.set(v.name, 1);
  for (const v of m.classVars) if (v.teachers.includes(staffId) && availableIn(m, staffId, v.slot)) e.set(v.name, 1);
  return e;
}

/** staff.min-max-lestijden + staff.local-plage + staff.fraction: at most the (scaled) maximum. */
export function encodeMaxLestijden(m: ModelBuilder): void {
  for (const p of m.scenario.staff) {
    const max = maxLestijden(m.scenario, p);
    if (max === undefined) continue;
    const e = lestijdenExpr(m, p.id);
    if (e.size <= max) continue;
    m.addConstraint(e, "<=", max, { rule: "staff.min-max-lestijden", instance: `person:${p.id}`, message: `${p.name} mag hoogstens ${max} lestijden per week geven (${p.ambt}, ${p.fraction})` });
  }
}

/** staff.schoolopdracht: lessons + releases + supervision + meetings ≤ the weekly maximum. */
export function encodeSchoolopdracht(m: ModelBuilder): void {
  const s = m.scenario;
  const lessonMinutes = s.settings.lessonMinutes;
  for (const p of s.staff) {
    const e: LinExpr = new Map();
    for (const [v, c] of lestijdenExpr(m, p.id)) e.set(v, c * lessonMinutes);
    for (const v of m.releaseVars) if (v.goal.members.includes(p.id)) e.set(v.name, (e.get(v.name) ?? 0) + v.block.minutes);
    const fixed = p.supervision.reduce((n, d) => n + (Number(d.end.slice(0, 2)) * 60 + Number(d.end.slice(3)) - Number(d.start.slice(0, 2)) * 60 - Number(d.start.slice(3))), 0) + p.meetingMinutesPerWeek;
    const max = s.settings.schoolopdrachtMaxMinutes;
    m.addConstraint(e, "<=", max - fixed, { rule: "staff.schoolopdracht", instance: `person:${p.id}`, message: `${p.name}: hoogstens ${max} minuten schoolopdracht per week (lessen, vrijroostering, toezicht ${fixed ? `en ${fixed} min vaste taken` : ""})` });
  }
}

/** staff.supervision: a member on supervision duty during a block cannot be released then. */
export function encodeSupervision(m: ModelBuilder): void {
  for (const v of m.releaseVars) {
    for (const p of v.goal.members) {
      const person = m.scenario.staff.find((x) => x.id === p)!;
      const duty = person.supervision.find((d) => d.day === v.block.day && overlaps(d.start, d.end, v.block.start, v.block.end));
      if (duty) m.addConstraint(new Map([[v.name, 1]]), "=", 0, { rule: "staff.supervision", instance: `person:${p}`, message: `${person.name} heeft toezicht op ${duty.day} ${duty.start}–${duty.end}` });
    }
  }
}

/** staff.per-day: only when the school set a maximum (no legal one exists). */
export function encodePerDay(m: ModelBuilder): void {
  const max = m.scenario.settings.maxLessonsPerDay;
  if (!max) return;
  for (const p of m.scenario.staff) {
    const all = lestijdenExpr(m, p.id);
    const byDay = new Map<string, LinExpr>();
    const slotOf = new Map([...m.subjectVars, ...m.coverVars, ...m.classVars].map((v) => [v.name, v.slot.day]));
    for (const [v, c] of all) { const d = slotOf.get(v)!; const e = byDay.get(d) ?? new Map(); e.set(v, c); byDay.set(d, e); }
    for (const e of byDay.values()) if (e.size > max) m.addConstraint(e, "<=", max, { rule: "staff.per-day", instance: `person:${p.id}`, message: `${p.name}: hoogstens ${max} lestijden per dag (afspraak van de school)` });
  }
}
