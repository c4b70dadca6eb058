// The single, realistic relaxations "what would it take?" tries for one release goal (solver/what-if.ts
// re-solves each): the goal's own window one step wider or after-school time allowed, one person there one
// half-day more, a class merge under the school's own pupil cap, one atelier partner more on an afternoon, a
// shortened (4+2) day copied from one of the school's own day grids. Nothing here invents a number: times come
// from the day grids, caps from the scenario's merges, sizes from its atelier plans.
import {
  DAY_NAMES_EN,
  DAY_NAMES_NL,
  DAYS,
  partInterval,
  toClock,
  toMinutes,
  type Day,
  type DayGrid,
  type GoalWindow,
  type PartOfDay,
  type ReleaseGoal,
  type Scenario,
  type TimeWindow,
  type WeeklyAvailability,
} from "../src/model/index.js";
import type { PatchOp, WhatIfKind } from "../src/model/what-if.js";

export interface Relaxation {
  id: string;
  kind: WhatIfKind;
  /** 1 the goal's own settings … 5 a day grid (README: "What would it take?"). */
  cost: number;
  /** Size of the change within its kind (minutes of extra presence, pupils): smaller first. */
  size: number;
  text: { nl: string; en: string };
  patch: PatchOp[];
  /** A person or lever the solver's explanation of the goal names: tried first. */
  named: boolean;
}

const COST: Record<WhatIfKind, number> = {
  window: 1,
  "after-school": 1,
  availability: 2,
  merge: 3,
  "atelier-partner": 4,
  grid: 5,
};

const PART_NL: Record<PartOfDay, string> = { morning: "voormiddag", afternoon: "namiddag" };
const PART_EN: Record<PartOfDay, string> = { morning: "morning", afternoon: "afternoon" };
const PARTS: PartOfDay[] = ["morning", "afternoon"];

const make = (r: Omit<Relaxation, "cost" | "named">, named = false): Relaxation => ({
  ...r,
  cost: COST[r.kind],
  named,
});

/** The school's time in one part of a day on a grid: first to last non-lunch slot (undefined: no lessons). */
function partSpan(s: Scenario, grid: DayGrid, day: Day, part: PartOfDay): [number, number] | undefined {
  const [a, b] = partInterval(s, grid, day, part);
  const slots = grid.days[day].filter(
    (x) => x.kind !== "lunch" && toMinutes(x.start) >= a && toMinutes(x.end) <= b && x.kind !== "break",
  );
  if (!slots.some((x) => x.kind === "lesson")) return undefined;
  return [toMinutes(slots[0].start), toMinutes(slots.at(-1)!.end)];
}

/** Windows of one day with [from, to] added, sorted and joined where they touch. */
function addWindow(list: readonly TimeWindow[], from: number, to: number): TimeWindow[] {
  const all = [...list.map((w) => [toMinutes(w.from), toMinutes(w.to)] as [number, number]), [from, to]];
  all.sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const w of all) {
    const last = out.at(-1);
    if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
    else out.push([w[0], w[1]]);
  }
  return out.map(([f, t]) => ({ from: toClock(f), to: toClock(t) }));
}

const covered = (list: readonly TimeWindow[] | undefined, from: number, to: number) =>
  (list ?? []).some((w) => toMinutes(w.from) <= from && to <= toMinutes(w.to));

/** "LO" for a specialist, else the ambt in words. */
function roleOf(s: Scenario, id: string): string {
  const subjects = s.subjects.filter((x) => x.taughtBy !== "class" && x.taughtBy.staff.includes(id)).map((x) => x.id);
  if (subjects.length) return subjects.join(", ");
  const p = s.staff.find((x) => x.id === id);
  return p ? p.ambt.replace(/-/g, " ") : "";
}

/** The staff and externals who matter for a goal: its members, and who can take over their classes. */
function peopleOf(s: Scenario, goal: ReleaseGoal) {
  const members = new Set([...goal.members, ...goal.optionalMembers]);
  const groups = s.groups.filter((g) => g.classTeachers.some((p) => members.has(p)));
  const ids = new Set(members);
  for (const g of groups) {
    if (s.cover.coTeachers) g.coTeachers.forEach((p) => ids.add(p));
    if (s.cover.specialists)
      for (const sub of s.subjects)
        if (sub.taughtBy !== "class" && sub.groups.includes(g.id)) sub.taughtBy.staff.forEach((p) => ids.add(p));
  }
  if (s.cover.careTeachers) for (const p of s.staff) if (p.flags.careTeacher) ids.add(p.id);
  return { staff: [...ids], groups };
}

function availabilityRelaxations(s: Scenario, grid: DayGrid, goal: ReleaseGoal, named: (n: string) => boolean) {
  const out: Relaxation[] = [];
  const { staff } = peopleOf(s, goal);
  const people: { path: string; name: string; role: string; av: WeeklyAvailability }[] = [];
  for (const id of staff) {
    const i = s.staff.findIndex((p) => p.id === id);
    const p = s.staff[i];
    if (p?.availability)
      people.push({ path: `/staff/${i}/availability`, name: p.name, role: roleOf(s, id), av: p.availability });
  }
  for (const id of goal.externals) {
    const i = s.externals.findIndex((x) => x.id === id);
    const x = s.externals[i];
    if (x?.availability)
      people.push({ path: `/externals/${i}/availability`, name: x.name, role: "", av: x.availability });
  }
  for (const person of people)
    for (const day of DAYS)
      for (const part of PARTS) {
        const span = partSpan(s, grid, day, part);
        if (!span || covered(person.av[day], span[0], span[1])) continue;
        const value = { ...person.av, [day]: addWindow(person.av[day] ?? [], span[0], span[1]) };
        const who = person.role ? `${person.name} (${person.role})` : person.name;
        out.push(
          make(
            {
              id: `availability:${person.path}:${day}:${part}`,
              kind: "availability",
              size: span[1] - span[0],
              text: {
                nl: `${who} ook op ${DAY_NAMES_NL[day]}${PART_NL[part]} (${toClock(span[0])}–${toClock(span[1])})`,
                en: `${who} also on ${DAY_NAMES_EN[day]} ${PART_EN[part]} (${toClock(span[0])}–${toClock(span[1])})`,
              },
              patch: [{ op: "add", path: person.path, value }],
            },
            named(person.name),
          ),
        );
      }
  return out;
}

function windowText(w: GoalWindow, lang: "nl" | "en"): string {
  const days = (w.days ?? []).map((d) => (lang === "nl" ? DAY_NAMES_NL[d] : DAY_NAMES_EN[d])).join(", ");
  const part = w.part ? (lang === "nl" ? PART_NL[w.part] : PART_EN[w.part]) : "";
  const clock = w.from || w.to ? ` ${w.from ?? ""}–${w.to ?? ""}` : "";
  const all = lang === "nl" ? "elke dag" : "every day";
  return `${days || all}${part ? (lang === "nl" ? (days ? "" : " ") + part : " " + part) : ""}${clock}`.trim();
}

function windowRelaxations(s: Scenario, goal: ReleaseGoal, gi: number) {
  const out: Relaxation[] = [];
  const when = goal.when ?? [];
  when.forEach((w, j) => {
    const put = (value: GoalWindow, id: string, nl: string, en: string, size: number) =>
      out.push(
        make({
          id: `window:${goal.id}:${j}:${id}`,
          kind: "window",
          size,
          text: { nl, en },
          patch: [{ op: "add", path: `/releaseGoals/${gi}/when`, value: when.map((x, k) => (k === j ? value : x)) }],
        }),
      );
    if (w.part) {
      const { part: _p, ...rest } = w;
      put(
        rest,
        "whole-day",
        `${goal.name} op ${windowText(rest, "nl")} de hele dag in plaats van enkel in de ${PART_NL[w.part]}`,
        `${goal.name} on ${windowText(rest, "en")} all day instead of only in the ${PART_EN[w.part]}`,
        1,
      );
    }
    if (w.days)
      for (const d of DAYS) {
        const k = DAYS.indexOf(d);
        const next = w.days.some((x) => Math.abs(DAYS.indexOf(x) - k) === 1);
        if (w.days.includes(d) || !next) continue;
        const value = { ...w, days: DAYS.filter((x) => w.days!.includes(x) || x === d) };
        const partNl = w.part ? PART_NL[w.part] : "";
        const partEn = w.part ? ` ${PART_EN[w.part]}` : "";
        put(
          value,
          `day-${d}`,
          `${goal.name} ook op ${DAY_NAMES_NL[d]}${partNl}`,
          `${goal.name} also on ${DAY_NAMES_EN[d]}${partEn}`,
          2,
        );
      }
  });
  (goal.notWhen ?? []).forEach((w, j) => {
    out.push(
      make({
        id: `window:${goal.id}:not:${j}`,
        kind: "window",
        size: 3,
        text: {
          nl: `${goal.name} toch toelaten op ${windowText(w, "nl")}`,
          en: `Allow ${goal.name} on ${windowText(w, "en")} after all`,
        },
        patch: [
          { op: "add", path: `/releaseGoals/${gi}/notWhen`, value: (goal.notWhen ?? []).filter((_, k) => k !== j) },
        ],
      }),
    );
  });
  const staffSlots = s.dayGrids.some((g) => DAYS.some((d) => g.days[d].some((x) => x.kind === "staff")));
  // After-school time is off for the whole school (cover.afterSchoolWindow): one switch, the same cost.
  if (goal.allowAfterSchool && !s.cover.afterSchoolWindow && staffSlots)
    out.push(
      make({
        id: "after-school:school",
        kind: "after-school",
        size: 0,
        text: {
          nl: "Overleg na de lessen (kindvrije tijd) toelaten in de school",
          en: "Allow meetings after lessons (child-free time) in the school",
        },
        patch: [{ op: "add", path: "/cover/afterSchoolWindow", value: true }],
      }),
    );
  if (!goal.allowAfterSchool && staffSlots)
    out.push(
      make({
        id: `after-school:${goal.id}`,
        kind: "after-school",
        size: 0,
        text: {
          nl: `${goal.name} ook na de lessen (kindvrije tijd) toelaten`,
          en: `Allow ${goal.name} after lessons (child-free time) too`,
        },
        patch: [{ op: "add", path: `/releaseGoals/${gi}/allowAfterSchool`, value: true }],
      }),
    );
  return out;
}

/** Pairs of the goal's classes with another class of the same level, under the school's own merge cap. */
function mergeRelaxations(s: Scenario, goal: ReleaseGoal, named: (n: string) => boolean) {
  const out: Relaxation[] = [];
  const { groups } = peopleOf(s, goal);
  const level = (id: string) => s.groups.find((g) => g.id === id)?.level;
  for (const g of groups) {
    // The cap is one the school agreed for a merge of this level; without one, no merge is proposed.
    const caps = s.cover.merges.filter((m) => m.groups.every((x) => level(x) === g.level)).map((m) => m.maxPupils);
    if (caps.length === 0) continue;
    const cap = Math.max(...caps);
    for (const o of s.groups) {
      if (o.id === g.id || o.level !== g.level || g.pupils + o.pupils > cap) continue;
      if (s.cover.merges.some((m) => m.groups.includes(g.id) && m.groups.includes(o.id))) continue;
      const pair = [g.id, o.id].sort() as [string, string];
      if (out.some((r) => r.id === `merge:${pair.join("+")}`)) continue;
      const [a, b] = pair.map((id) => s.groups.find((x) => x.id === id)!.name ?? id);
      out.push(
        make(
          {
            id: `merge:${pair.join("+")}`,
            kind: "merge",
            size: g.pupils + o.pupils,
            text: {
              nl: `${a} en ${b} mogen samen (${g.pupils + o.pupils} leerlingen, afgesproken maximum ${cap})`,
              en: `${a} and ${b} may be taught together (${g.pupils + o.pupils} pupils, agreed maximum ${cap})`,
            },
            patch: [{ op: "add", path: "/cover/merges", value: [...s.cover.merges, { groups: pair, maxPupils: cap }] }],
          },
          named(a) || named(b),
        ),
      );
    }
  }
  return out;
}

/** One volunteer atelier partner more, on one afternoon an atelier plan of the goal's classes may run. */
function atelierRelaxations(s: Scenario, grid: DayGrid, goal: ReleaseGoal) {
  if (!s.cover.ateliers || s.atelierPlans.length === 0) return [];
  const out: Relaxation[] = [];
  const { groups } = peopleOf(s, goal);
  s.atelierPlans.forEach((plan, pi) => {
    if (!plan.groups.some((g) => groups.some((x) => x.id === g))) return;
    for (const day of DAYS) {
      const pm = partInterval(s, grid, day, "afternoon")[0];
      const blocks = plan.candidateBlocks.filter((b) => b.day === day && toMinutes(b.start) >= pm);
      if (blocks.length === 0) continue;
      const from = Math.min(...blocks.map((b) => toMinutes(b.start)));
      const to = Math.max(...blocks.map((b) => toMinutes(b.end)));
      let id = `extra-partner-${day}`;
      for (let n = 2; s.externals.some((x) => x.id === id); n++) id = `extra-partner-${day}-${n}`;
      const partner = {
        id,
        name: `Extra atelierpartner (${DAY_NAMES_NL[day]})`,
        kind: "atelier-partner" as const,
        availability: { [day]: [{ from: toClock(from), to: toClock(to) }] },
        dates: [],
        maxGroups: 1,
      };
      const atelier = { id: `${id}-atelier`, name: "Extra atelier", leaders: [id], capacity: plan.pupilsPerLeader };
      out.push(
        make({
          id: `atelier-partner:${plan.id}:${day}`,
          kind: "atelier-partner",
          size: to - from,
          text: {
            nl: `Eén atelierpartner (vrijwilliger) extra op ${DAY_NAMES_NL[day]}namiddag voor ${plan.name}`,
            en: `One more atelier partner (volunteer) on ${DAY_NAMES_EN[day]} afternoon for ${plan.name}`,
          },
          patch: [
            { op: "add", path: "/externals", value: [...s.externals, partner] },
            { op: "add", path: `/atelierPlans/${pi}/ateliers`, value: [...plan.ateliers, atelier] },
          ],
        }),
      );
    }
  });
  return out;
}

/** A full day of the week's grid made like a shortened day with child-free time that the school already has. */
function gridRelaxations(s: Scenario, grid: DayGrid) {
  const templates: { grid: DayGrid; day: Day }[] = [];
  for (const g of s.dayGrids)
    for (const d of DAYS)
      if (g.days[d].some((x) => x.kind === "staff") && g.days[d].some((x) => x.kind === "lunch"))
        templates.push({ grid: g, day: d });
  const out: Relaxation[] = [];
  const lessons = (slots: DayGrid["days"][Day]) => slots.filter((x) => x.kind === "lesson").length;
  const seen = new Set<string>();
  for (const t of templates)
    for (const d of DAYS) {
      const day = grid.days[d];
      const shape = t.grid.days[t.day];
      if (day.some((x) => x.kind === "staff") || !day.some((x) => x.kind === "lunch")) continue;
      if (lessons(day) !== lessons(shape) || seen.has(d)) continue; // the week keeps its lesson count
      seen.add(d);
      let id = `${grid.id}-kort-${d}`;
      for (let n = 2; s.dayGrids.some((x) => x.id === id); n++) id = `${grid.id}-kort-${d}-${n}`;
      const variant: DayGrid = {
        ...grid,
        id,
        name: `${grid.name} met een 4+2-${DAY_NAMES_NL[d]}`,
        days: { ...grid.days, [d]: shape },
      };
      out.push(
        make({
          id: `grid:${grid.id}:${d}`,
          kind: "grid",
          size: 0,
          text: {
            nl: `Een 4+2-${DAY_NAMES_NL[d]} (zoals ${DAY_NAMES_NL[t.day]} in '${t.grid.name}')`,
            en: `A 4+2 ${DAY_NAMES_EN[d]} (like ${DAY_NAMES_EN[t.day]} in '${t.grid.name}')`,
          },
          patch: [{ op: "add", path: "/dayGrids", value: [...s.dayGrids, variant] }],
        }),
      );
    }
  return out;
}

/**
 * Every single relaxation that could help a goal, cheapest first; those whose person or classes the solver's
 * explanation names (`why`, in words) come first within their cost.
 */
export function relaxationsFor(s: Scenario, grid: DayGrid, goalId: string, why: readonly string[] = []) {
  const gi = s.releaseGoals.findIndex((g) => g.id === goalId);
  const goal = s.releaseGoals[gi];
  if (!goal) return [];
  const named = (name: string) => why.some((m) => m.includes(name));
  const all = [
    ...windowRelaxations(s, goal, gi),
    ...availabilityRelaxations(s, grid, goal, named),
    ...mergeRelaxations(s, goal, named),
    ...atelierRelaxations(s, grid, goal),
    ...gridRelaxations(s, grid),
  ];
  return all.sort((a, b) => a.cost - b.cost || Number(b.named) - Number(a.named) || a.size - b.size);
}
