// staff.wishes — teacher wishes, not law (issue 10; the most asked-for feature in timetabling tools after locks
// and explanations): soft, weighted preferences per person — a free Wednesday (afternoon), no first period on
// Monday, specialist lessons not in the last period, a part-timer's preferred days. A wish asks the person to be
// free in some slots of the week: no lesson, cover, co-teaching, atelier or meeting then. Never at the cost of a
// hard rule (they are objective terms only, below every goal and release minute); reported per person in the
// candidate's metrics ("3 of 4 wishes met").
import {
  DAYS,
  gridOf,
  overlaps,
  slotsOf,
  wishSlots,
  wishText,
  type Candidate,
  type DayGrid,
  type Scenario,
  type Violation,
  type Wish,
  type WishOutcome,
} from "../../src/model/index.js";
import { defineRule, report, tag } from "../rule.js";
import { WEIGHTS, type LinExpr, type ModelBuilder, type SlotRef } from "../model-builder.js";
import { availableIn } from "../encode-util.js";
import { coTeachingVars, staffLoadBySlot } from "./load-model.js";

export type { WishOutcome } from "../../src/model/index.js";

/** The lesson and staff slots of a grid, in the shape wishes read. */
function weekSlots(grid: DayGrid) {
  return DAYS.flatMap((d) =>
    slotsOf(grid, d).flatMap((t) => (t.kind === "lesson" || t.kind === "staff" ? [{ ...t, kind: t.kind }] : [])),
  );
}

/** Is the person busy in [start, end) on day in this week: a lesson listing them, or a meeting they are in? */
function busy(c: Pick<Candidate, "lessons" | "releases">, p: string, day: string, start: string, end: string) {
  return (
    c.lessons.some((l) => l.day === day && l.staff.includes(p) && overlaps(l.start, l.end, start, end)) ||
    c.releases.some((r) => r.day === day && r.staff.includes(p) && overlaps(r.start, r.end, start, end))
  );
}

/** Per person with wishes: which are met in this week (the one reading, shared by check() and the metrics). */
export function wishOutcomes(s: Scenario, c: Pick<Candidate, "lessons" | "releases" | "dayGrid">): WishOutcome[] {
  const grid = gridOf(s, c);
  const slots = weekSlots(grid);
  return s.staff
    .filter((p) => p.wishes?.length)
    .map((p) => {
      const wishes = p.wishes!.map((w: Wish) => ({
        text: wishText(w),
        weight: w.weight,
        met: !wishSlots(s, grid, slots, w).some((t) => busy(c, p.id, t.day, t.start, t.end)),
      }));
      return { staff: p.id, name: p.name, met: wishes.filter((w) => w.met).length, total: wishes.length, wishes };
    });
}

export const staffWishes = defineRule({
  id: "staff.wishes",
  title: { nl: "Wensen van leerkrachten (zacht, gewogen)", en: "Teacher wishes (soft, weighted)" },
  source: "scenario (staff[].wishes)",
  severity: "soft",
  scope: "timetable",
  messages: {
    "encode-wish": {
      nl: "wens van {name}: {wish}",
      en: "wish of {name}: {wish}",
    },
    unmet: {
      nl: "Wens van {name} niet vervuld: {wish}.",
      en: "{name}'s wish not met: {wish}.",
    },
  },
  encode: encodeWishes,
  check({ scenario, candidate }) {
    if (!candidate) return [];
    const out: Violation[] = [];
    for (const o of wishOutcomes(scenario, candidate))
      for (const w of o.wishes)
        if (!w.met) out.push(report(this, "unmet", { staff: o.staff }, { name: o.name, wish: w.text }));
    return out;
  },
});

/**
 * Per wish an indicator w ≤ 1 − b for everything b the person could do in the wish's slots; reward w. A duo
 * class teacher teaches the class period k unless released then: w ≤ 1 − k + r.
 */
function encodeWishes(m: ModelBuilder): void {
  const people = m.scenario.staff.filter((p) => p.wishes?.length);
  if (people.length === 0) return;
  const load = staffLoadBySlot(m);
  const coTeaching = coTeachingVars(m);
  const coBySlot = new Map<string, string[]>();
  for (const [q, names] of coTeaching)
    for (const n of names) {
      const slot = n.slice(n.lastIndexOf("_") + 1);
      coBySlot.set(`${q}|${slot}`, [...(coBySlot.get(`${q}|${slot}`) ?? []), n]);
    }
  // Lesson and staff slots, as check() reads a week (a meeting over lunch is no lesson time).
  // The wish reads the main days' slots; with level days (DayGrid.levels) a lesson in any slot overlapping them
  // counts (release blocks are runs of main slots: r on those).
  const slots = m.slots.filter((t): t is SlotRef & { kind: "lesson" | "staff" } => t.kind !== "lunch" && !t.level);
  const touching = (wished: SlotRef[]) =>
    m.levelled
      ? m.slots.filter((t) => wished.some((w) => w.day === t.day && overlaps(w.start, w.end, t.start, t.end)))
      : wished;
  for (const p of people) {
    p.wishes!.forEach((wish, i) => {
      const doing = new Set<string>();
      const wished = wishSlots(m.scenario, m.grid, slots, wish);
      for (const t of touching(wished)) {
        for (const v of load.get(`${p.id}|${t.key}`)?.keys() ?? []) doing.add(v);
        for (const v of coBySlot.get(`${p.id}|${t.key}`) ?? []) doing.add(v);
      }
      for (const t of wished) {
        const r = m.releasedVar(p.id, t.key);
        if (r) doing.add(r);
      }
      const duo: LinExpr[] = [];
      for (const t of touching(wished))
        for (const v of m.classVars) {
          if (v.slot.key !== t.key || !v.teachers.includes(p.id)) continue;
          if (v.teachers.filter((q) => availableIn(m, q, v.slot)).length < 2 || !availableIn(m, p.id, v.slot)) continue;
          const e: LinExpr = new Map([[v.name, 1]]);
          const r = m.releasedVar(p.id, t.key);
          if (r) e.set(r, -1);
          duo.push(e);
        }
      if (doing.size === 0 && duo.length === 0) return; // nothing can happen then: the wish is met in every week
      const w = m.addIndicatorVar(`wish_${p.id}_${i}`);
      const wishTag = tag(staffWishes, "encode-wish", `wish:${p.id}:${i}`, { name: p.name, wish: wishText(wish) });
      for (const v of doing)
        m.addConstraint(
          new Map([
            [w, 1],
            [v, 1],
          ]),
          "<=",
          1,
          wishTag,
        );
      for (const e of duo) m.addConstraint(new Map([[w, 1], ...e]), "<=", 1, wishTag);
      m.addObjective(new Map([[w, WEIGHTS.wish * wish.weight]]));
    });
  }
}
