// Turns an engine's solution into a candidate week in the one timetable format.
import {
  formatCoverBy,
  overlaps,
  type Candidate,
  type CoverBy,
  type Cover,
  type Lesson,
  type LunchDuty,
  lunchTurns,
  type Release,
  type Scenario,
  visitOf,
} from "../src/model/index.js";
import type { SolverModel } from "./build.js";
import { availableIn } from "../constraints/encode-util.js";
import { blockSlots } from "../constraints/model-builder.js";

const on = (values: Map<string, number>, name: string) => (values.get(name) ?? 0) > 0.5;

export function extractWeek(
  m: SolverModel,
  values: Map<string, number>,
): Pick<Candidate, "lessons" | "releases" | "dayGrid" | "lunchDuties"> {
  const s = m.scenario;
  const releases = m.releaseVars.filter((v) => on(values, v.name));
  const releasedAt = (p: string, slotKey: string) =>
    releases.some(
      (r) =>
        blockSlots(r.block).some((t) => t.key === slotKey) &&
        (r.goal.members.includes(p) ||
          m.optionalVars.some((o) => o.release === r && o.staff === p && on(values, o.name))),
    );

  // A teacher on supervision duty (staff.supervision) is not in the class meanwhile.
  const onDuty = (p: string, t: { day: string; start: string; end: string }) =>
    !!s.staff
      .find((x) => x.id === p)
      ?.supervision.some((d) => d.day === t.day && overlaps(d.start, d.end, t.start, t.end));
  const lessons: Lesson[] = [];
  const bySlot = new Map<string, Lesson>();
  for (const v of m.subjectVars)
    if (on(values, v.name))
      bySlot.set(`${v.group}|${v.slot.key}`, {
        group: v.group,
        day: v.slot.day,
        start: v.slot.start,
        end: v.slot.end,
        subject: v.subject.id,
        staff: [...v.teachers],
      });
  for (const v of m.coverVars) {
    if (!on(values, v.name)) continue;
    const base = { group: v.group, day: v.slot.day, start: v.slot.start, end: v.slot.end };
    let lesson: Lesson;
    if (v.lever === "coteacher" || v.lever === "care") lesson = { ...base, subject: "KLAS", staff: [v.who] };
    else if (v.lever === "intern") lesson = { ...base, subject: "KLAS", staff: [], interns: [v.who] };
    else if (v.lever === "merge") {
      const host = s.groups.find((g) => g.id === v.who)!;
      lesson = {
        ...base,
        subject: "KLAS",
        staff: host.classTeachers.filter((p) => availableIn(m, p, v.slot) && !releasedAt(p, v.slot.key)),
        mergedWith: v.who,
      };
    } else {
      const plan = s.atelierPlans.find((p) => p.id === v.who)!;
      const leaders = [...new Set(plan.ateliers.flatMap((a) => a.leaders))];
      lesson = {
        ...base,
        subject: "ATELIER",
        atelierPlan: plan.id,
        staff: leaders.filter((l) => s.staff.some((x) => x.id === l)),
        externals: leaders.filter((l) => s.externals.some((x) => x.id === l)),
        interns: leaders.filter((l) => s.interns.some((x) => x.id === l)),
      };
    }
    bySlot.set(`${v.group}|${v.slot.key}`, lesson);
  }
  for (const v of m.classVars) {
    if (!on(values, v.name)) continue;
    const group = s.groups.find((g) => g.id === v.group)!;
    const soloElsewhere = (p: string) =>
      m.coverVars.some((c) => c.who === p && c.slot.key === v.slot.key && on(values, c.name));
    const present = [...group.classTeachers, ...group.coTeachers].filter(
      (p) => availableIn(m, p, v.slot) && !releasedAt(p, v.slot.key) && !soloElsewhere(p) && !onDuty(p, v.slot),
    );
    bySlot.set(`${v.group}|${v.slot.key}`, {
      group: v.group,
      day: v.slot.day,
      start: v.slot.start,
      end: v.slot.end,
      subject: "KLAS",
      staff: present,
    });
  }
  // A merge: the host group's lesson names its guest too.
  for (const l of [...bySlot.values()]) {
    if (!l.mergedWith) continue;
    const at = m.slotsOf(l.mergedWith).find((t) => t.day === l.day && t.start === l.start && t.end === l.end);
    const host = at && bySlot.get(`${l.mergedWith}|${at.key}`);
    // One lesson of two groups: both name each other and the same teachers (a host's co-teacher too).
    if (host) {
      host.mergedWith = l.group;
      l.staff = [...host.staff];
    }
  }
  for (const g of s.groups)
    for (const t of m.slotsOf(g.id))
      if (t.kind === "lesson") {
        const l = bySlot.get(`${g.id}|${t.key}`);
        if (l) lessons.push(l);
      }

  const out: Release[] = releases.map((r) => {
    const staff = [
      ...r.goal.members,
      ...m.optionalVars.filter((o) => o.release === r && on(values, o.name)).map((o) => o.staff),
    ];
    const cover: Cover[] = [];
    for (const g of s.groups) {
      // Affected: a class or co-teacher of this group is released; a lesson its own teacher still gives needs no cover.
      if (![...g.classTeachers, ...g.coTeachers].some((p) => staff.includes(p))) continue;
      // Each of the class's own slots the block overlaps (DayGrid.levels: a kleuter class's own times).
      for (const t of blockSlots(r.block)) {
        const l = t.kind === "lesson" ? bySlot.get(`${g.id}|${t.key}`) : undefined;
        if (!l) continue;
        const by = coverLabel(l, g.id, s);
        if (by && !cover.some((c) => c.group === g.id && c.by === by)) cover.push({ group: g.id, by });
      }
    }
    const visit = visitOf(s, r.goal.id);
    return {
      goal: r.goal.id,
      day: r.block.day,
      start: r.block.start,
      end: r.block.end,
      staff,
      externals: [...r.goal.externals],
      cover,
      ...(visit ? { observation: { observer: visit.observer, observed: visit.observed, group: visit.group } } : {}),
    };
  });
  out.sort((a, b) => a.goal.localeCompare(b.goal) || a.day.localeCompare(b.day));
  const lunchDuties = extractLunchDuties(m, values);
  return { dayGrid: m.grid.id, lessons, releases: out, ...(lunchDuties ? { lunchDuties } : {}) };
}

/** Who takes which lunch post on which day (lunchSupervision), in the scenario's post order and by day. */
function extractLunchDuties(m: SolverModel, values: Map<string, number>): LunchDuty[] | undefined {
  if (!m.scenario.lunchSupervision) return undefined;
  const byTurn = new Map<string, LunchDuty>();
  for (const t of lunchTurns(m.scenario, m.grid))
    byTurn.set(`${t.post.id}|${t.day}`, { post: t.post.id, day: t.day, start: t.start, end: t.end, staff: [] });
  for (const v of m.lunchVars) if (on(values, v.name)) byTurn.get(`${v.post}|${v.day}`)!.staff.push(v.staff);
  return [...byTurn.values()];
}

/** How a group is taught while its class teacher is released (timetable format `cover.by`). */
export function coverLabel(l: Lesson, group: string, s: Scenario): string | undefined {
  const c = coverOf(l, group, s);
  return c && formatCoverBy(c);
}

function coverOf(l: Lesson, group: string, s: Scenario): CoverBy | undefined {
  if (l.subject === "ATELIER") return { kind: "atelier" };
  if (l.subject !== "KLAS") return { kind: "subject", subject: l.subject };
  if (l.mergedWith) return { kind: "merge", group: l.mergedWith };
  if (l.interns?.length) return { kind: "intern", intern: l.interns[0] };
  const g = s.groups.find((x) => x.id === group)!;
  const p = l.staff[0];
  if (!p) return undefined;
  if (g.coTeachers.includes(p)) return { kind: "coteacher", staff: p };
  if (g.classTeachers.includes(p)) return undefined; // a duo partner simply teaches
  return { kind: "care", staff: p };
}
