// Capacity cut (README.md "The solver"): a release block can only happen when, in each of its lesson
// slots, enough people can take over the released teachers' classes at the same time. Computed as a
// bipartite matching (classes ↔ coverers) per slot; blocks that fail are fixed to 0. Without this the LP
// relaxation spreads y over many blocks and its bound is useless.
import type { ConstraintTag, CoverVar, ModelBuilder, ReleaseVar, SlotRef, SubjectVar } from "../model-builder.js";
import { blockSlots } from "../model-builder.js";
import type { MessageData } from "../rule.js";
import { availableIn, slotPhrase } from "../encode-util.js";
import { groupLabel } from "./names.js";
import { agree, CLASS, count } from "../count.js";

/** Classes that need cover when goal members are released: every available class teacher is a member. */
function groupsNeedingCover(m: ModelBuilder, members: string[], slot: SlotRef): string[] {
  return m.scenario.groups
    .filter((g) => {
      if (m.levelled && !m.slotsOf(g.id).includes(slot)) return false; // another level's slot (DayGrid.levels)
      const present = g.classTeachers.filter((p) => availableIn(m, p, slot));
      return present.length > 0 && present.every((p) => members.includes(p));
    })
    .map((g) => g.id);
}

const bySlotCache = new WeakMap<ModelBuilder, Map<string, { subjects: SubjectVar[]; covers: CoverVar[] }>>();

/** Specialist and cover variables per lesson slot (once per model: a pass per goal and slot grew with the school). */
function varsBySlot(m: ModelBuilder): Map<string, { subjects: SubjectVar[]; covers: CoverVar[] }> {
  let index = bySlotCache.get(m);
  if (index) return index;
  index = new Map();
  const at = (key: string) => index!.get(key) ?? index!.set(key, { subjects: [], covers: [] }).get(key)!;
  for (const v of m.subjectVars) at(v.slot.key).subjects.push(v);
  for (const v of m.coverVars) at(v.slot.key).covers.push(v);
  bySlotCache.set(m, index);
  return index;
}

/** Who could teach each class in this slot (resource keys; a pool of teachers is one resource). */
function resourcesFor(m: ModelBuilder, slot: SlotRef, groups: string[], members: string[]): Map<string, Set<string>> {
  const res = new Map<string, Set<string>>(groups.map((g) => [g, new Set<string>()]));
  const add = (g: string, r: string) => res.get(g)?.add(r);
  const here = varsBySlot(m).get(slot.key) ?? { subjects: [], covers: [] };
  for (const v of m.scenario.cover.specialists ? here.subjects : []) {
    if (!res.has(v.group)) continue;
    // A pool teaches one class at a time, except a subject its classes take together: one lesson for all of them.
    if (v.teachers.every((p) => availableIn(m, p, slot) && !members.includes(p)))
      add(v.group, `subj:${[...v.teachers].sort().join("+")}${v.subject.together ? `:${v.group}` : ""}`);
  }
  for (const v of here.covers) {
    if (!res.has(v.group)) continue;
    if (v.lever === "merge" && groups.includes(v.who)) continue; // the host class is itself without its teacher
    if ((v.lever === "coteacher" || v.lever === "care") && (members.includes(v.who) || !availableIn(m, v.who, slot)))
      continue;
    add(v.group, v.lever === "atelier" ? `atelier:${v.group}` : `${v.lever}:${v.who}`);
  }
  return res;
}

/** Maximum bipartite matching (Kuhn's algorithm): small graphs, a few classes and coverers. */
function maxMatching(adj: Map<string, Set<string>>): number {
  const owner = new Map<string, string>();
  const tryAssign = (g: string, seen: Set<string>): boolean => {
    for (const r of adj.get(g) ?? []) {
      if (seen.has(r)) continue;
      seen.add(r);
      const o = owner.get(r);
      if (o === undefined || tryAssign(o, seen)) {
        owner.set(r, g);
        return true;
      }
    }
    return false;
  };
  let n = 0;
  for (const g of adj.keys()) if (tryAssign(g, new Set())) n++;
  return n;
}

interface Shortage {
  slot: SlotRef;
  need: string[];
  can: number;
}

/** `tagOf` tags a row with the owning rule's "encode-cover-capacity" message (timetable.release-cover). */
export function encodeCoverCapacity(
  m: ModelBuilder,
  tagOf: (instance: string, data: MessageData) => ConstraintTag,
): void {
  const cache = new Map<string, Shortage | undefined>();
  const shortageIn = (v: ReleaseVar): Shortage | undefined => {
    for (const slot of blockSlots(v.block)) {
      if (slot.kind !== "lesson") continue;
      const key = `${v.goal.id}|${slot.key}`;
      if (!cache.has(key)) {
        const need = groupsNeedingCover(m, v.goal.members, slot);
        const can = need.length ? maxMatching(resourcesFor(m, slot, need, v.goal.members)) : 0;
        cache.set(key, can < need.length ? { slot, need, can } : undefined);
      }
      const s = cache.get(key);
      if (s) return s;
    }
    return undefined;
  };
  const failing = m.releaseVars.map((v) => ({ v, s: shortageIn(v) })).filter((x) => x.s);
  // One message per goal, named after a block its people could otherwise attend.
  const example = new Map<string, Shortage>();
  for (const { v, s } of failing) {
    const there = [...v.goal.members, ...v.goal.externals].every((p) =>
      v.block.slots.every((t) => availableIn(m, p, t)),
    );
    if (there || !example.has(v.goal.id)) if (!example.has(v.goal.id) || there) example.set(v.goal.id, s!);
  }
  for (const { v } of failing) {
    const s = example.get(v.goal.id)!;
    m.addConstraint(
      new Map([[v.name, 1]]),
      "=",
      0,
      tagOf(`capacity:${v.goal.id}`, {
        goal: v.goal.name,
        when: slotPhrase(s.slot),
        classes: count(s.need.length, CLASS),
        must: agree(s.need.length, { nl: ["moet", "moeten"], en: ["must", "must"] }),
        groups: s.need.map((g) => groupLabel(m.scenario, g)).join(", "),
        can: s.can,
        may: agree(s.can, { nl: ["kan", "kunnen"], en: ["can", "can"] }),
      }),
    );
  }
}
