// The views of a day grid with level days (DayGrid.levels: other break and lunch times for the kleuters): which
// days a class, a person or a set of classes follows, and one grid by clock time for someone who works in both
// levels (an LO teacher, a care teacher). Browser-safe: the web app's week grids and the print pages use it.
import { levelGrid, ownLevelDays } from "./derived.js";
import type { DayGrid, Group, Scenario, Slot } from "./scenario.js";
import { DAYS, toMinutes, type Day } from "./time.js";
import type { Candidate } from "./timetable.js";

export type Level = Group["level"];

/** A slot on a week row is as "heavy" as its heaviest kind: a lesson on one grid makes it a lesson. */
const RANK: Record<Slot["kind"], number> = { lesson: 3, staff: 2, lunch: 1, break: 0 };

/** The level whose own days a class of `level` follows in this grid; undefined when it follows `days`. */
export function ownDaysLevel(grid: DayGrid, level: Level | undefined): Level | undefined {
  // Days equal to the main days are no days of their own (src/model/derived.ts ownLevelDays, as the solver reads it).
  return level && ownLevelDays(grid, level) ? level : undefined;
}

/**
 * The distinct days that classes (or posts) of these levels follow in this grid: the main days first, then the
 * kleuter's, then the lager's. `undefined` = the main days (a lunch post without a level). Never empty.
 */
export function gridsOfLevels(grid: DayGrid, levels: Iterable<Level | undefined>): DayGrid[] {
  const keys = new Set<Level | "main">();
  for (const l of levels) keys.add(ownDaysLevel(grid, l) ?? "main");
  if (keys.size === 0) keys.add("main");
  return (["main", "kleuter", "lager"] as const)
    .filter((k) => keys.has(k))
    .map((k) => (k === "main" ? grid : levelGrid(grid, k)));
}

/**
 * One grid by clock time: per day the slots of all the grids, each distinct start–end once (with the heavier
 * kind), in time order. Slots of two grids that overlap without being equal both stay (rows by clock time).
 */
export function mergeGrids(grids: readonly DayGrid[]): DayGrid {
  if (grids.length === 1) return grids[0];
  const days = {} as DayGrid["days"];
  for (const d of DAYS) {
    const byTime = new Map<string, Slot>();
    for (const g of grids)
      for (const s of g.days[d]) {
        const key = `${s.start}|${s.end}`;
        const old = byTime.get(key);
        if (!old || RANK[s.kind] > RANK[old.kind]) byTime.set(key, s);
      }
    days[d] = [...byTime.values()].sort(
      (a, b) => toMinutes(a.start) - toMinutes(b.start) || toMinutes(a.end) - toMinutes(b.end),
    );
  }
  const { levels: _own, ...rest } = grids[0];
  return { ...rest, days };
}

/** The grid by clock time of the days of these levels (undefined = the main days). */
export function gridOfLevels(grid: DayGrid, levels: Iterable<Level | undefined>): DayGrid {
  return mergeGrids(gridsOfLevels(grid, levels));
}

/**
 * The days each class follows in this week: its level's own days (DayGrid.levels), or undefined for the main days.
 * A class whose lessons all sit on the main days and not on its level's days (a week made before the level got
 * days of its own) follows the main days there, so that no lesson of it falls outside its rows.
 */
export function classDays(
  grid: DayGrid,
  groups: readonly Pick<Group, "id" | "level">[],
  lessons: readonly Pick<Candidate["lessons"][number], "group" | "day" | "start" | "end">[],
): Map<string, Level | undefined> {
  const byGroup = new Map<string, (typeof lessons)[number][]>();
  for (const l of lessons) byGroup.set(l.group, [...(byGroup.get(l.group) ?? []), l]);
  const on = (days: DayGrid["days"]) => (l: (typeof lessons)[number]) =>
    days[l.day].some((x) => x.start === l.start && x.end === l.end);
  return new Map(
    groups.map((g) => {
      const level = ownDaysLevel(grid, g.level);
      const own = ownLevelDays(grid, level);
      const mine = byGroup.get(g.id) ?? [];
      const mainOnly = own && mine.length > 0 && !mine.every(on(own)) && mine.every(on(grid.days));
      return [g.id, mainOnly ? undefined : level] as const;
    }),
  );
}

/**
 * The days each person works in this week (see classDays; undefined = the main days): the classes they are class
 * or co-teacher of, the classes whose lessons they give, cover or lead (staff, externals, interns), and the lunch
 * posts they supervise (a post without a level: the main days). A person missing from the map works in no class.
 */
export function levelsOfPeople(
  s: Pick<Scenario, "groups" | "lunchSupervision">,
  c: Pick<Candidate, "lessons" | "lunchDuties">,
  days: Map<string, Level | undefined>,
): Map<string, Set<Level | undefined>> {
  const out = new Map<string, Set<Level | undefined>>();
  const add = (p: string, l: Level | undefined) => {
    const set = out.get(p);
    if (set) set.add(l);
    else out.set(p, new Set([l]));
  };
  for (const g of s.groups) for (const p of [...g.classTeachers, ...g.coTeachers]) add(p, days.get(g.id));
  for (const l of c.lessons)
    for (const p of [...l.staff, ...(l.externals ?? []), ...(l.interns ?? [])]) add(p, days.get(l.group));
  const postLevel = new Map((s.lunchSupervision?.posts ?? []).map((x) => [x.id, x.level]));
  for (const d of c.lunchDuties ?? []) for (const p of d.staff) add(p, postLevel.get(d.post));
  return out;
}

/**
 * The first level (and day) of this grid whose own days have other lesson times than the main days, or undefined
 * when every level has the main days' lesson times (other break or lunch times alone keep the lesson hours).
 * A format with one list of hours for the whole school (FET) cannot hold such a week.
 */
export function otherLessonTimes(grid: DayGrid): { level: Level; day: Day; times: string[] } | undefined {
  const lessons = (days: DayGrid["days"], d: Day) =>
    days[d].filter((s) => s.kind === "lesson").map((s) => `${s.start}–${s.end}`);
  for (const level of ["kleuter", "lager"] as const) {
    const own = ownLevelDays(grid, level);
    if (!own) continue;
    for (const d of DAYS) {
      const main = new Set(lessons(grid.days, d));
      const times = lessons(own, d).filter((x) => !main.has(x));
      if (times.length || lessons(own, d).length !== main.size) return { level, day: d, times };
    }
  }
  return undefined;
}
