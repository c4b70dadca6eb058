// timetable.no-double-booking — structural (no regulation id; conventions: README.md "The timetable format"):
// nobody (staff, external, intern) is in two activities at once. A merged pair and all lessons of one
// atelier plan in a slot are one activity. A released member is in no lesson during the block, and two
// blocks of one person do not overlap — except blocks of monthly-pattern goals with a different `week`:
// those never happen in the same week (release.monthly-pattern), so they may share a weekly slot.
import { overlaps, toClock, toMinutes, type Scenario, type Violation } from "../../src/model/index.js";
import { defineRule, report, tag } from "../rule.js";
import { type Activity, occupations, type Occupation, overlapping } from "./activities.js";
import { describe, personName, when } from "./names.js";
import {
  sum,
  type BlockRef,
  type ConstraintTag,
  type LinExpr,
  type ModelBuilder,
  type ReleaseVar,
} from "../model-builder.js";
import { atomKeys, availableIn, nameOf } from "../encode-util.js";
import { staffLoadBySlot } from "../staff/load-model.js";

/** Two release blocks whose goals run in different weeks of the monthly pattern never meet. */
function differentMonthlyWeeks(s: Scenario, a: Activity, b: Activity): boolean {
  if (a.kind !== "release" || b.kind !== "release") return false;
  const fa = s.releaseGoals.find((g) => g.id === a.release!.goal)?.frequency;
  const fb = s.releaseGoals.find((g) => g.id === b.release!.goal)?.frequency;
  return fa?.kind === "monthly-pattern" && fb?.kind === "monthly-pattern" && fa.week !== fb.week;
}

export const timetableNoDoubleBooking = defineRule({
  id: "timetable.no-double-booking",
  title: { nl: "Niemand staat op twee plaatsen tegelijk", en: "Nobody is in two activities at once" },
  source: "structural",
  severity: "hard",
  scope: "timetable",
  messages: {
    "encode-one-place": {
      nl: "{name} kan maar op één plaats tegelijk zijn (lesgeven, opvangen of vrijgeroosterd)",
      en: "{name} can only be in one place at a time (teaching, covering or released)",
    },
    "double-booked": {
      nl: "{name} staat {when} op twee plaatsen tegelijk: {first} ({firstWhen}) en {second} ({secondWhen}).",
      en: "{name} is in two places at once on {when}: {first} ({firstWhen}) and {second} ({secondWhen}).",
    },
    "released-still-teaching": {
      nl: "{name} staat {when} op twee plaatsen tegelijk: {first} ({firstWhen}) en {second} ({secondWhen}). Wie vrijgeroosterd is, kan intussen geen les geven.",
      en: "{name} is in two places at once on {when}: {first} ({firstWhen}) and {second} ({secondWhen}). Someone who is released cannot teach in the meantime.",
    },
    "releases-overlap": {
      nl: "{name} staat {when} op twee plaatsen tegelijk: {first} ({firstWhen}) en {second} ({secondWhen}).",
      en: "{name} is in two places at once on {when}: {first} ({firstWhen}) and {second} ({secondWhen}).",
    },
  },
  encode: encodeNoDoubleBooking,
  check({ scenario: s, candidate }) {
    if (!candidate) return [];
    const out: Violation[] = [];
    const byPerson = new Map<string, Occupation[]>();
    for (const o of occupations(candidate, s.subjects)) {
      const k = `${o.kind}:${o.person}`;
      byPerson.set(k, [...(byPerson.get(k) ?? []), o]);
    }
    for (const list of byPerson.values()) {
      list.sort(
        (x, y) =>
          x.activity.day.localeCompare(y.activity.day) || toMinutes(x.activity.start) - toMinutes(y.activity.start),
      );
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const a = list[i].activity;
          const b = list[j].activity;
          // Sorted by day, then start: once b starts after a ends (or on another day), no later one overlaps a.
          if (!overlapping(a, b)) break;
          if (differentMonthlyWeeks(s, a, b)) continue;
          const { person, kind } = list[i];
          const name = personName(s, kind, person);
          const start = toClock(Math.max(toMinutes(a.start), toMinutes(b.start)));
          const end = toClock(Math.min(toMinutes(a.end), toMinutes(b.end)));
          const released = a.kind === "release" || b.kind === "release";
          const id = !released
            ? "double-booked"
            : a.kind === "release" && b.kind === "release"
              ? "releases-overlap"
              : "released-still-teaching";
          out.push(
            report(
              this,
              id,
              { staff: person, day: a.day, start, end, ...(released ? { goal: (a.release ?? b.release)!.goal } : {}) },
              {
                name,
                when: when(a.day, start, end),
                first: describe(s, a),
                firstWhen: when(a.day, a.start, a.end),
                second: describe(s, b),
                secondWhen: when(b.day, b.start, b.end),
              },
            ),
          );
        }
      }
    }
    return out;
  },
});

// ---- encode(): this rule as constraints of the solver's model ----

/** timetable.no-double-booking: nobody in two places at once; release overlaps per week class. */
function encodeNoDoubleBooking(m: ModelBuilder): void {
  const s = m.scenario;
  const load = staffLoadBySlot(m);
  const onePlace = (p: string) =>
    tag(timetableNoDoubleBooking, "encode-one-place", `person:${p}`, { name: nameOf(m, p) });
  for (const p of s.staff) {
    for (const t of m.slots) {
      const e = new Map(load.get(`${p.id}|${t.key}`) ?? []);
      const r = m.releasedVar(p.id, t.key);
      if (r) e.set(r, 1);
      if (e.size > 1) m.addConstraint(e, "<=", 1, onePlace(p.id));
    }
    // Level days (DayGrid.levels): slots of two levels that overlap hold one activity of p between them.
    for (const a of m.levelled ? m.atoms : []) {
      if (a.slots.length < 2) continue;
      const e: LinExpr = new Map();
      for (const t of a.slots) for (const [v, c] of load.get(`${p.id}|${t.key}`) ?? []) e.set(v, (e.get(v) ?? 0) + c);
      if (e.size > 1 && a.slots.filter((t) => load.has(`${p.id}|${t.key}`)).length > 1)
        m.addConstraint(e, "<=", 1, onePlace(p.id));
    }
  }
  // Duo class teachers: the class is taught by whoever is not released.
  for (const v of m.classVars) {
    const present = v.teachers.filter((p) => availableIn(m, p, v.slot));
    if (present.length < 2) continue;
    const e: LinExpr = new Map([[v.name, 1]]);
    for (const p of present) {
      const r = m.releasedVar(p, v.slot.key);
      if (r) e.set(r, 1);
    }
    if (e.size > 1) m.addConstraint(e, "<=", present.length, onePlace(present[0]));
  }
  // Release overlaps: r[p,t] ≥ the releases p attends in t, per "week class" (monthly-pattern goals
  // with a different week never meet in the same week, so they may share a slot).
  const weeks = [1, 2, 3, 4];
  // A block's level slots (DayGrid.levels) it only overlaps: there r ≥ each block alone (two blocks of one
  // person may both touch a level slot without meeting; their own slots already keep them apart).
  type Item = { name: string; week?: number; coef: number; partial?: boolean };
  const byPersonSlot = new Map<string, Item[]>();
  const push = (p: string, block: BlockRef, item: Item) => {
    for (const t of block.slots)
      byPersonSlot.set(`${p}|${t.key}`, [...(byPersonSlot.get(`${p}|${t.key}`) ?? []), item]);
    for (const t of block.levelSlots ?? [])
      byPersonSlot.set(`${p}|${t.key}`, [...(byPersonSlot.get(`${p}|${t.key}`) ?? []), { ...item, partial: true }]);
  };
  for (const v of m.releaseVars) {
    const week = v.goal.frequency.kind === "monthly-pattern" ? v.goal.frequency.week : undefined;
    for (const p of v.goal.members) push(p, v.block, { name: v.name, week, coef: 1 });
  }
  for (const o of m.optionalVars) {
    const week = o.release.goal.frequency.kind === "monthly-pattern" ? o.release.goal.frequency.week : undefined;
    push(o.staff, o.release.block, { name: o.name, week, coef: 1 });
  }
  for (const [key, items] of byPersonSlot) {
    const [p, t] = key.split("|");
    const r = m.releasedVar(p, t)!;
    // …and r[p,t] is never more than the releases p attends then (r may not pretend someone is away).
    const upper: LinExpr = new Map([[r, 1]]);
    for (const i of items) upper.set(i.name, (upper.get(i.name) ?? 0) - i.coef);
    m.addConstraint(upper, "<=", 0, onePlace(p));
    const classes = items.some((i) => i.week !== undefined) ? weeks : [0];
    const whole = items.filter((i) => !i.partial);
    for (const w of whole.length ? classes : []) {
      const e: LinExpr = new Map([[r, -1]]);
      for (const i of whole) if (i.week === undefined || i.week === w) e.set(i.name, (e.get(i.name) ?? 0) + i.coef);
      m.addConstraint(e, "<=", 0, onePlace(p));
    }
    for (const i of items.filter((x) => x.partial))
      m.addConstraint(
        new Map([
          [r, -1],
          [i.name, i.coef],
        ]),
        "<=",
        0,
        onePlace(p),
      );
  }
  if (m.levelled) encodeBlocksAcrossDays(m, onePlace);
  // Externals: in one release at a time (per week class) and not leading an atelier meanwhile.
  const extBySlot = new Map<string, { name: string; week?: number }[]>();
  for (const v of m.releaseVars) {
    const week = v.goal.frequency.kind === "monthly-pattern" ? v.goal.frequency.week : undefined;
    for (const e of v.goal.externals)
      for (const t of v.block.slots.flatMap((x) => atomKeys(m, x)))
        extBySlot.set(`${e}|${t}`, [...(extBySlot.get(`${e}|${t}`) ?? []), { name: v.name, week }]);
  }
  for (const v of m.atelierVars)
    for (const a of v.plan.ateliers)
      for (const l of a.leaders) {
        if (!s.externals.some((x) => x.id === l)) continue;
        for (const t of new Set(v.block.slots.flatMap((x) => atomKeys(m, x)))) {
          const key = `${l}|${t}`;
          if (!(extBySlot.get(key) ?? []).some((x) => x.name === v.name))
            extBySlot.set(key, [...(extBySlot.get(key) ?? []), { name: v.name }]);
        }
      }
  for (const [key, items] of extBySlot) {
    if (items.length < 2) continue;
    const [e] = key.split("|");
    for (const w of items.some((i) => i.week !== undefined) ? weeks : [0]) {
      m.addConstraint(
        sum(items.filter((i) => i.week === undefined || i.week === w).map((i) => i.name)),
        "<=",
        1,
        onePlace(e),
      );
    }
  }
}

/**
 * Level days (DayGrid.levels): a block in a level's own days and one in the main days share no slot, so the
 * per-slot rows do not keep them apart; two of one person's that overlap in time (in one week class) exclude
 * each other.
 */
function encodeBlocksAcrossDays(m: ModelBuilder, onePlace: (p: string) => ConstraintTag): void {
  type Mine = { name: string; week?: number; block: BlockRef };
  const byPerson = new Map<string, Mine[]>();
  const add = (p: string, x: Mine) => byPerson.set(p, [...(byPerson.get(p) ?? []), x]);
  const weekOf = (g: ReleaseVar["goal"]) => (g.frequency.kind === "monthly-pattern" ? g.frequency.week : undefined);
  for (const v of m.releaseVars)
    for (const p of v.goal.members) add(p, { name: v.name, week: weekOf(v.goal), block: v.block });
  for (const o of m.optionalVars) add(o.staff, { name: o.name, week: weekOf(o.release.goal), block: o.release.block });
  for (const [p, list] of byPerson)
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i].block, list[j].block];
        if (a.level === b.level || a.day !== b.day || !overlaps(a.start, a.end, b.start, b.end)) continue;
        const [wa, wb] = [list[i].week, list[j].week];
        if (wa !== undefined && wb !== undefined && wa !== wb) continue;
        m.addConstraint(sum([list[i].name, list[j].name]), "<=", 1, onePlace(p));
      }
}
