// The week grid's cells, computed without React (so they can be unit-tested and memoized): days across,
// the chosen day grid's slots down, one text per cell in the principal's words (names, never ids).
// Everything is looked up through maps built once per candidate, so a 36-class overview stays fast.
import {
  DAYS,
  overlaps,
  toMinutes,
  type Candidate,
  type Day,
  type DayGrid,
  type Group,
  type Lesson,
  type Release,
  type Scenario,
  type Staff,
  isAvailable,
  togetherOf,
} from "../../model/browser.js";
import { classDays, gridsOfLevels, levelsOfPeople, mergeGrids, type Level } from "../../model/level-days.js";
import { coverText, noCoverBoth, type Names } from "./names.js";

type T = (nl: string, en: string) => string;
export type RowKind = "lesson" | "break" | "lunch" | "staff";
export type CellKind = RowKind | "none";

export interface WeekRow {
  start: string;
  end: string;
  kind: RowKind;
  /** Lesson period number (1-based) when every day that has this row calls it the same lesson and no other
   * row has that number; else the row is named by its time only. */
  period?: number;
  /** start and end in minutes (no string parsing per cell). */
  from: number;
  to: number;
}

export interface WeekCell {
  day: Day;
  start: string;
  end: string;
  /** What the day grid says this slot is on this day; "none" = no slot that day (Wednesday afternoon). */
  kind: CellKind;
  /** The first, bold line; empty for an empty cell. */
  main: string;
  /** Further lines (teacher, cover, members, supervision). */
  sub: string[];
  /** A release block of this goal covers the cell. */
  goal?: string;
  goalName?: string;
  goalIndex?: number;
  /** The release block (for "Vastzetten"); set on every cell the block covers. */
  release?: Pick<Release, "goal" | "day" | "start" | "end">;
  /** First row of its release block (the band's label lives there). */
  releaseStart?: boolean;
  /** The lesson in this slot (class view), as a lock would name it. */
  lesson?: { group: string; subject: string; day: Day; start: string };
  /** That lesson is a specialist's (LO, FRA…): it gets its own lock button. */
  specialist?: boolean;
  /** "free" = a teacher's lesson slot without a lesson; "absent" = not at school then. */
  state?: "free" | "absent" | "cover";
}

export interface WeekModel {
  kind: "class" | "teacher" | "goal";
  id: string;
  title: string;
  rows: WeekRow[];
  /** cells[row][dayIndex] */
  cells: WeekCell[][];
  /** Things outside the grid's slots (supervision before the first lesson…). */
  notes: string[];
  /** Goals that appear, for the legend. */
  goals: { id: string; name: string; index: number }[];
}

/** The rows of one view and, per day, the kind of the slot at "start|end" (no entry = no slot that day). */
export interface GridView {
  grid: DayGrid;
  rows: WeekRow[];
  slotKind: Record<Day, Map<string, RowKind>>;
}

/**
 * Lookups built once per (scenario, candidate). `grid`, `rows` and `slotKind` are the candidate's main days; a
 * class with its level's own days (DayGrid.levels) and a person who works in both levels have their own view
 * (viewOfGroup, viewOfPerson).
 */
export interface WeekIndex extends GridView {
  scenario: Scenario;
  candidate: Candidate;
  byGroupSlot: Map<string, Lesson[]>;
  byStaffSlot: Map<string, Lesson[]>;
  releasesByDay: Record<Day, { r: Release; from: number; to: number }[]>;
  groups: Map<string, Group>;
  staff: Map<string, Staff>;
  groupsOfStaff: Map<string, string[]>;
  goalIndex: Map<string, number>;
  goalName: Map<string, string>;
  names: Names;
  t: T;
  /** The days each class follows (its level's own days, or undefined = the main days; src/model/level-days.ts). */
  daysOf: Map<string, Level | undefined>;
  /** The days each person works in. */
  levelsOf: Map<string, Set<Level | undefined>>;
  /** Views by the days they merge ("kleuter|lager…"), built on first use. */
  views: Map<string, GridView>;
}

const slotKey = (who: string, day: string, start: string) => `${who}|${day}|${start}`;
const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
};

/**
 * The rows: the union of the grid's slots over the week, in time order. Several grids (a person in both levels):
 * the union of all their slots by clock time, each lesson numbered within its own grid.
 */
export function weekRows(grids: DayGrid | readonly DayGrid[]): WeekRow[] {
  const rank: Record<RowKind, number> = { lesson: 3, staff: 2, lunch: 1, break: 0 };
  const rows = new Map<string, WeekRow>();
  const periods = new Map<string, number[]>();
  const list: readonly DayGrid[] = "days" in grids ? [grids] : grids;
  for (const grid of list)
    for (const d of DAYS) {
      let n = 0;
      for (const s of grid.days[d]) {
        const key = `${s.start}|${s.end}`;
        const row = rows.get(key);
        // A row is as "heavy" as its heaviest day: a lesson on one day makes it a lesson row.
        if (!row) {
          rows.set(key, { start: s.start, end: s.end, kind: s.kind, from: toMinutes(s.start), to: toMinutes(s.end) });
        } else if (rank[s.kind] > rank[row.kind]) row.kind = s.kind;
        if (s.kind === "lesson") push(periods, key, ++n);
      }
    }
  // A number only when it names one row unambiguously: the same lesson on every day that has the row, and
  // no other row with that number (a 4+2 day's 14:10–15:00 and the usual 14:25–15:15 are both lesson 6).
  const single = new Map(
    [...rows.keys()].map((key) => {
      const ps = new Set(periods.get(key) ?? []);
      return [key, ps.size === 1 ? [...ps][0] : undefined] as const;
    }),
  );
  const claims = new Map<number, number>();
  for (const p of single.values()) if (p !== undefined) claims.set(p, (claims.get(p) ?? 0) + 1);
  const out = [...rows.entries()].map(([key, r]) => {
    const p = single.get(key);
    return p !== undefined && claims.get(p) === 1 ? { ...r, period: p } : r;
  });
  return out.sort((a, b) => a.from - b.from || a.to - b.to);
}

/** The rows and slot kinds of one grid, or of several merged by clock time. */
function gridView(grids: readonly DayGrid[]): GridView {
  const grid = mergeGrids(grids);
  const slotKind = Object.fromEntries(
    DAYS.map((d) => [d, new Map(grid.days[d].map((s) => [`${s.start}|${s.end}`, s.kind] as const))]),
  ) as Record<Day, Map<string, RowKind>>;
  return { grid, rows: weekRows(grids), slotKind };
}

/** The view of the days of these levels (undefined = the main days), kept per set (36 classes share two views). */
function cachedView(ix: WeekIndex, levels: Iterable<Level | undefined>): GridView {
  const grids = gridsOfLevels(ix.grid, levels);
  if (grids.length === 1 && grids[0] === ix.grid) return ix;
  const key = grids.map((g) => (g === ix.grid ? "main" : DAYS.map((d) => JSON.stringify(g.days[d])).join())).join("+");
  let v = ix.views.get(key);
  if (!v) ix.views.set(key, (v = gridView(grids)));
  return v;
}

/** A class's rows: its own level's days when the grid gives its level other break and lunch times. */
export function viewOfGroup(ix: WeekIndex, groupId: string): GridView {
  return cachedView(ix, [ix.daysOf.get(groupId)]);
}

/** A person's rows by clock time: the days of every level they work in, merged (an LO teacher of both levels). */
export function viewOfPerson(ix: WeekIndex, staffId: string): GridView {
  return cachedView(ix, ix.levelsOf.get(staffId) ?? []);
}

/** A goal's rows: the days of its members' classes, merged. */
function viewOfGoal(ix: WeekIndex, goalId: string): GridView {
  const staff = new Set(ix.candidate.releases.filter((r) => r.goal === goalId).flatMap((r) => r.staff));
  return cachedView(
    ix,
    [...staff].flatMap((p) => ix.groupsOfStaff.get(p) ?? []).map((id) => ix.daysOf.get(id)),
  );
}

export function buildWeekIndex(scenario: Scenario, candidate: Candidate, names: Names, t: T): WeekIndex {
  const grid = scenario.dayGrids.find((g) => g.id === candidate.dayGrid) ?? scenario.dayGrids[0];
  const byGroupSlot = new Map<string, Lesson[]>();
  const byStaffSlot = new Map<string, Lesson[]>();
  for (const l of candidate.lessons) {
    push(byGroupSlot, slotKey(l.group, l.day, l.start), l);
    for (const p of new Set(l.staff)) push(byStaffSlot, slotKey(p, l.day, l.start), l);
  }
  const releasesByDay: WeekIndex["releasesByDay"] = { mon: [], tue: [], wed: [], thu: [], fri: [] };
  for (const r of candidate.releases) releasesByDay[r.day].push({ r, from: toMinutes(r.start), to: toMinutes(r.end) });
  const groupsOfStaff = new Map<string, string[]>();
  for (const g of scenario.groups) for (const p of g.classTeachers) push(groupsOfStaff, p, g.id);
  const daysOf = classDays(grid, scenario.groups, candidate.lessons);
  return {
    scenario,
    candidate,
    ...gridView([grid]),
    byGroupSlot,
    byStaffSlot,
    releasesByDay,
    groups: new Map(scenario.groups.map((g) => [g.id, g])),
    staff: new Map(scenario.staff.map((p) => [p.id, p])),
    groupsOfStaff,
    goalIndex: new Map(scenario.releaseGoals.map((g, i) => [g.id, i % 8])),
    goalName: new Map(scenario.releaseGoals.map((g) => [g.id, g.name])),
    names,
    t,
    daysOf,
    levelsOf: levelsOfPeople(scenario, candidate, daysOf),
    views: new Map(),
  };
}

function emptyCell(v: GridView, row: WeekRow, day: Day): WeekCell {
  const kind = v.slotKind[day].get(`${row.start}|${row.end}`) ?? "none";
  return { day, start: row.start, end: row.end, kind, main: "", sub: [] };
}

/** Releases on that day overlapping the row (of view v), optionally only those someone takes part in. */
function releasesAt(ix: WeekIndex, v: GridView, row: WeekRow, day: Day, who?: (r: Release) => boolean): Release[] {
  // A row that is no slot on this day (another day's break) carries no band.
  if (!v.slotKind[day].has(`${row.start}|${row.end}`)) return [];
  const out: Release[] = [];
  for (const x of ix.releasesByDay[day]) if (x.from < row.to && row.from < x.to && (!who || who(x.r))) out.push(x.r);
  return out;
}

function markRelease(ix: WeekIndex, v: GridView, cell: WeekCell, r: Release, row: WeekRow): void {
  cell.goal = r.goal;
  cell.goalName = ix.goalName.get(r.goal) ?? ix.names.goal(r.goal);
  cell.goalIndex = ix.goalIndex.get(r.goal) ?? 0;
  cell.release = { goal: r.goal, day: r.day, start: r.start, end: r.end };
  // The band's first row: the first slot of the day it overlaps (rows of two levels can both start before it).
  const from = toMinutes(r.start);
  const to = toMinutes(r.end);
  const first = v.rows.find((x) => x.from < to && from < x.to && v.slotKind[r.day].has(`${x.start}|${x.end}`));
  cell.releaseStart = first === row;
}

const staffNames = (ix: WeekIndex, ids: readonly string[]) => ids.map((p) => ix.names.staff(p)).join(", ");

/** "LO · Dries Smets", "Klasleerkracht", "Klas · Veerle Cools" — what a class has in a lesson. */
function lessonText(ix: WeekIndex, g: Group, l: Lesson): string {
  const { t } = ix;
  if (l.subject === "KLAS") {
    if (l.staff.every((p) => g.classTeachers.includes(p) || g.coTeachers.includes(p))) {
      return t("Klasleerkracht", "Class teacher");
    }
    return `${t("Klas", "Class")} · ${staffNames(ix, l.staff)}`;
  }
  if (l.subject === "ATELIER") {
    return `${t("Ateliers", "Ateliers")}${l.staff.length ? ` · ${staffNames(ix, l.staff)}` : ""}`;
  }
  return `${l.subject} · ${staffNames(ix, l.staff)}`;
}

/** Who takes the class in this slot while its teacher is released: "LO bij Pieter Willems". */
export function coverInSlot(ix: WeekIndex, r: Release, group: string, row: WeekRow, lessons: Lesson[]): string {
  const { t, names, scenario, candidate } = ix;
  const l = lessons[0];
  if (!l) {
    const g = ix.groups.get(group);
    const mine = r.staff.filter((p) => g?.classTeachers.includes(p) || g?.coTeachers.includes(p));
    const block = { day: r.day, start: row.start, end: row.end, staff: mine };
    return t(
      ...noCoverBoth({ ...candidate, lessons: candidate.lessons.filter((x) => x.group === group) }, block, names.staff),
    );
  }
  const matches = (by: string): boolean => {
    const i = by.indexOf(":");
    const kind = i < 0 ? by : by.slice(0, i);
    const who = i < 0 ? "" : by.slice(i + 1);
    switch (kind) {
      case "merge":
        return l.mergedWith === who;
      case "care":
      case "coteacher":
        return l.staff.includes(who);
      case "intern":
        return (l.interns ?? []).includes(who);
      case "atelier":
        return l.subject === "ATELIER";
      case "none":
        return false;
      default:
        return l.subject === kind;
    }
  };
  const c = r.cover.find((x) => x.group === group && matches(x.by));
  if (c && !c.by.includes(":") && c.by !== "atelier") {
    const who = staffNames(ix, l.staff);
    return t(`${c.by} bij ${who}`, `${c.by} with ${who}`);
  }
  if (c) return coverText(scenario, names, candidate, { day: r.day, start: row.start, end: row.end }, c.by, group, t);
  // No cover entry names this lesson: say who teaches it.
  if (l.mergedWith) return coverText(scenario, names, candidate, r, `merge:${l.mergedWith}`, group, t);
  const what = l.subject === "KLAS" ? t("klas", "class") : l.subject;
  return t(`${what} bij ${staffNames(ix, l.staff)}`, `${what} with ${staffNames(ix, l.staff)}`);
}

/** Klasuurrooster: what a class has in every slot, and who covers it while its teacher is released. */
export function classWeek(ix: WeekIndex, groupId: string): WeekModel {
  const g = ix.groups.get(groupId);
  const teachers = new Set([...(g?.classTeachers ?? [])]);
  const goals = new Map<string, number>();
  const view = viewOfGroup(ix, groupId);
  const cells = view.rows.map((row) =>
    DAYS.map((day) => {
      const cell = emptyCell(view, row, day);
      // Lessons sit exactly on a slot; a row of another day with the same start is not theirs.
      const own = (ix.byGroupSlot.get(slotKey(groupId, day, row.start)) ?? []).filter((l) => l.end === row.end);
      const rel = releasesAt(ix, view, row, day, (r) => r.staff.some((p) => teachers.has(p)))[0];
      if (rel) {
        markRelease(ix, view, cell, rel, row);
        goals.set(rel.goal, cell.goalIndex!);
        // A break inside the block needs no cover: the band alone says the teacher is away.
        if (cell.kind === "lesson" || cell.kind === "staff" || own.length > 0) {
          const away = staffNames(
            ix,
            rel.staff.filter((p) => teachers.has(p)),
          );
          cell.state = "cover";
          cell.main = `${groupId}: ${coverInSlot(ix, rel, groupId, row, own)}`;
          cell.sub = [ix.t(`${away} vrij`, `${away} released`)];
        }
      } else if (own.length > 0 && g) {
        cell.main = own.map((l) => lessonText(ix, g, l)).join(" + ");
        const other = own[0].mergedWith;
        if (other) cell.sub.push(ix.t(`samen met ${other}`, `together with ${other}`));
      }
      // Lock target: the specialist lesson if there is one, else the class teacher's own (week locks use it).
      const spec = own.find((l) => l.subject !== "KLAS") ?? own[0];
      if (spec) {
        cell.lesson = { group: groupId, subject: spec.subject, day, start: row.start };
        cell.specialist = spec.subject !== "KLAS";
      }
      return cell;
    }),
  );
  return {
    kind: "class",
    id: groupId,
    title: g?.name && g.name !== groupId ? `${groupId} — ${g.name}` : groupId,
    rows: view.rows,
    cells,
    notes: [],
    goals: legend(ix, goals),
  };
}

/**
 * The rows a duty (supervision, a lunch post) is shown in: the tightest slot of that day that holds it — with the
 * rows of two levels, 12:05–12:20 sits in the 12:05–13:20 lunch, not also in the kleuter's 12:00–13:10 — else every
 * slot of that day it overlaps; on a day without such slots (Wednesday afternoon) the same among all rows.
 */
function dutyRows(v: GridView): (d: { day: Day; start: string; end: string }) => Set<number> {
  const memo = new Map<string, Set<number>>();
  return (d) => {
    const key = `${d.day}|${d.start}|${d.end}`;
    let hit = memo.get(key);
    if (hit) return hit;
    const from = toMinutes(d.start);
    const to = toMinutes(d.end);
    const over = v.rows.flatMap((row, i) => (row.from < to && from < row.to ? [i] : []));
    const slots = over.filter((i) => v.slotKind[d.day].has(`${v.rows[i].start}|${v.rows[i].end}`));
    const pool = slots.length ? slots : over;
    const holding = pool.filter((i) => v.rows[i].from <= from && to <= v.rows[i].to);
    const tightest = holding.sort((a, b) => v.rows[b].from - v.rows[a].from || v.rows[a].to - v.rows[b].to)[0];
    hit = new Set(tightest !== undefined ? [tightest] : pool);
    memo.set(key, hit);
    return hit;
  };
}

/** Leerkrachtenuurrooster: what a person teaches, their release bands, supervision and free periods. */
export function teacherWeek(ix: WeekIndex, staffId: string): WeekModel {
  const p = ix.staff.get(staffId);
  const goals = new Map<string, number>();
  const duties = p?.supervision ?? [];
  const placed = new Set<number>();
  const view = viewOfPerson(ix, staffId);
  // Someone in both levels has overlapping rows (10:20–11:10 kleuter, 10:25–11:15 lager): a row they spend in
  // another row's lesson or meeting is not "free".
  const busy = [
    ...ix.candidate.lessons.filter((l) => l.staff.includes(staffId)),
    ...ix.candidate.releases.filter((r) => r.staff.includes(staffId)),
  ];
  const busyAt = (day: Day, row: WeekRow) =>
    busy.some((x) => x.day === day && toMinutes(x.start) < row.to && row.from < toMinutes(x.end));
  const at = dutyRows(view);
  const cells = view.rows.map((row, r) =>
    DAYS.map((day) => {
      const cell = emptyCell(view, row, day);
      const rel = releasesAt(ix, view, row, day, (r) => r.staff.includes(staffId))[0];
      const lessons = (ix.byStaffSlot.get(slotKey(staffId, day, row.start)) ?? []).filter((l) => l.end === row.end);
      if (rel) {
        markRelease(ix, view, cell, rel, row);
        goals.set(rel.goal, cell.goalIndex!);
        cell.main = cell.goalName!;
        cell.sub.push(ix.t("vrijgeroosterd voor overleg", "released for the meeting"));
      } else if (lessons.length > 0) {
        cell.main = lessons
          .map((l) => {
            // A merge, or a subject classes take together, is one lesson for all of its classes.
            const together = togetherOf(ix.scenario.subjects, l.subject, l.group)?.subject.groups;
            const who = l.mergedWith ? `${l.group} + ${l.mergedWith}` : together ? together.join(" + ") : l.group;
            return `${who} · ${l.subject === "KLAS" ? ix.t("klas", "class") : l.subject}`;
          })
          .filter((x, i, all) => all.indexOf(x) === i)
          .join(", ");
      } else if (cell.kind === "lesson" && !busyAt(day, row)) {
        const here = !p?.availability || isAvailable(p.availability, day, row.start, row.end);
        cell.state = here ? "free" : "absent";
        cell.main = here ? ix.t("vrij", "free") : ix.t("niet op school", "not at school");
      }
      duties.forEach((d, i) => {
        if (d.day === day && at(d).has(r)) {
          placed.add(i);
          cell.sub.push(`${ix.t("Toezicht", "Supervision")} ${d.start}–${d.end}${d.label ? `: ${d.label}` : ""}`);
        }
      });
      // Lunch supervision the solver assigned (lunchSupervision): the post, in the lunch row.
      for (const d of ix.candidate.lunchDuties ?? [])
        if (d.day === day && d.staff.includes(staffId) && at(d).has(r)) {
          if (!cell.main) cell.main = ix.t("Middagtoezicht", "Lunch supervision");
          cell.sub.push(ix.scenario.lunchSupervision?.posts.find((x) => x.id === d.post)?.name ?? d.post);
        }
      return cell;
    }),
  );
  const notes = duties
    .filter((_, i) => !placed.has(i))
    .map((d) => {
      const what = `${ix.t("Toezicht", "Supervision")} ${dayShortOf(d.day, ix.t)} ${d.start}–${d.end}`;
      return d.label ? `${what}: ${d.label}` : what;
    });
  return {
    kind: "teacher",
    id: staffId,
    title: ix.names.staffLabel(staffId),
    rows: view.rows,
    cells,
    notes,
    goals: legend(ix, goals),
  };
}

/** One goal's week: its blocks, who takes part, and for every class of every member who covers it. */
export function goalWeek(ix: WeekIndex, goalId: string): WeekModel {
  const goals = new Map<string, number>();
  const view = viewOfGoal(ix, goalId);
  const cells = view.rows.map((row) =>
    DAYS.map((day) => {
      const cell = emptyCell(view, row, day);
      const rel = releasesAt(ix, view, row, day, (r) => r.goal === goalId)[0];
      if (!rel) return cell;
      markRelease(ix, view, cell, rel, row);
      goals.set(rel.goal, cell.goalIndex!);
      cell.main = cell.goalName!;
      if (cell.releaseStart) {
        cell.sub.push(staffNames(ix, rel.staff));
        if (rel.externals.length) cell.sub.push(`+ ${rel.externals.map((e) => ix.names.person(e)).join(", ")}`);
      }
      const groups = [...new Set(rel.staff.flatMap((p) => ix.groupsOfStaff.get(p) ?? []))];
      for (const gid of groups) {
        const lessons = (ix.byGroupSlot.get(slotKey(gid, day, row.start)) ?? []).filter((l) => l.end === row.end);
        // After school, or a row of the other level's days: nobody of this class to cover.
        const own = viewOfGroup(ix, gid).slotKind[day].get(`${row.start}|${row.end}`);
        if (lessons.length === 0 && own !== "lesson") continue;
        cell.sub.push(`${gid}: ${coverInSlot(ix, rel, gid, row, lessons)}`);
      }
      return cell;
    }),
  );
  const g = ix.scenario.releaseGoals.find((x) => x.id === goalId);
  const title = g?.name ?? goalId;
  return { kind: "goal", id: goalId, title, rows: view.rows, cells, notes: [], goals: legend(ix, goals) };
}

function legend(ix: WeekIndex, goals: Map<string, number>) {
  return [...goals].map(([id, index]) => ({ id, index, name: ix.goalName.get(id) ?? id }));
}

function dayShortOf(d: Day, t: T): string {
  const nl: Record<Day, string> = { mon: "ma", tue: "di", wed: "wo", thu: "do", fri: "vr" };
  const en: Record<Day, string> = { mon: "Mon", tue: "Tue", wed: "Wed", thu: "Thu", fri: "Fri" };
  return t(nl[d], en[d]);
}

/** The whole text of a cell, for comparing and for screen readers. */
export const cellText = (c: WeekCell) => [c.main, ...c.sub].filter(Boolean).join(" — ");
export const cellKey = (c: Pick<WeekCell, "day" | "start" | "end">) => `${c.day}|${c.start}|${c.end}`;

export type WeekView = { kind: "class" | "teacher" | "goal"; id: string };

export function weekOf(ix: WeekIndex, v: WeekView): WeekModel {
  return v.kind === "class" ? classWeek(ix, v.id) : v.kind === "teacher" ? teacherWeek(ix, v.id) : goalWeek(ix, v.id);
}
