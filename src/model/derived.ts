// Derived facts about a scenario that several layers need (lookups, lesson slots, loads).
import type { Ambt, DayGrid, Group, Scenario, Staff, WeeklyAvailability } from "./scenario.js";
import { DAYS, type Day, toMinutes } from "./time.js";

export interface GridSlot {
  day: Day;
  /** Position among this day's lesson slots (0-based). */
  index: number;
  start: string;
  end: string;
  kind: "lesson" | "break" | "lunch" | "staff";
}

export function slotsOf(grid: DayGrid, day: Day, kind?: GridSlot["kind"]): GridSlot[] {
  const out: GridSlot[] = [];
  let lessonIndex = 0;
  for (const s of grid.days[day]) {
    const slot: GridSlot = {
      day,
      index: s.kind === "lesson" ? lessonIndex++ : -1,
      start: s.start,
      end: s.end,
      kind: s.kind,
    };
    if (!kind || s.kind === kind) out.push(slot);
  }
  return out;
}

export const lessonSlots = (grid: DayGrid, day: Day) => slotsOf(grid, day, "lesson");
export const allLessonSlots = (grid: DayGrid) => DAYS.flatMap((d) => lessonSlots(grid, d));
export const lessonCount = (grid: DayGrid) => allLessonSlots(grid).length;

/** Is someone with this weekly availability there for the whole of [start, end) on day? */
export function isAvailable(av: WeeklyAvailability | undefined, day: Day, start: string, end: string): boolean {
  if (!av) return true;
  const windows = av[day];
  if (!windows || windows.length === 0) return false;
  const s = toMinutes(start);
  const e = toMinutes(end);
  return windows.some((w) => toMinutes(w.from) <= s && e <= toMinutes(w.to));
}

export function fractionOf(staff: Staff): { units: number; of: 24 | 36 } {
  const [u, o] = staff.fraction.split("/").map(Number);
  return { units: u, of: o as 24 | 36 };
}

/** Ambts whose opdracht is counted in lestijden (x/24). */
export const TEACHING_AMBTS: readonly Ambt[] = [
  "kleuteronderwijzer",
  "onderwijzer",
  "leermeester-lo",
  "leermeester-levensbeschouwing",
];

/** Legal maximum lestijden of a full-time hoofdopdracht (staff.min-max-lestijden, Noemers). */
export const LEGAL_MAX_LESTIJDEN: Partial<Record<Ambt, number>> = {
  kleuteronderwijzer: 26,
  onderwijzer: 27,
  "leermeester-lo": 28,
  "leermeester-levensbeschouwing": 28,
};
export const LEGAL_MIN_LESTIJDEN = 24;

/**
 * Maximum lestijden per week for this person: the smaller of the legal maximum and the school's plage
 * (staff.local-plage), scaled by the fraction x/24 (staff.fraction). Undefined for non-teaching ambts.
 */
export function maxLestijden(s: Scenario, staff: Staff): number | undefined {
  const legal = LEGAL_MAX_LESTIJDEN[staff.ambt];
  if (legal === undefined) return undefined;
  const plage = staff.plageMax ?? s.settings.plageMax[staff.ambt as keyof Scenario["settings"]["plageMax"]] ?? legal;
  const full = Math.min(legal, plage);
  const { units, of } = fractionOf(staff);
  return of === 24 ? Math.floor((full * units) / 24) : full;
}

/** Ambts on the 36-hour regime, counted in clock hours, opdracht x/36 (staff.36h). */
export const THIRTY_SIX_HOUR_AMBTS: readonly Ambt[] = ["zorgcoordinator", "ict-coordinator", "administratief"];

/** buo-ondersteuner in the pre-waarborg model: lestijden on the class floor within 26 klokuren (staff.buo-ondersteuner, PWB). */
export const BUO_CLASS_FLOOR_LESTIJDEN = 22;

/** The share x/24 or x/36 of a full-time opdracht, as a number (20/24 → 0.833…). */
export function fractionShare(staff: Staff): number {
  const { units, of } = fractionOf(staff);
  return units / of;
}

export const isFullTime = (staff: Staff): boolean => fractionShare(staff) >= 1;

/** A full-time number of lestijden scaled by the person's fraction, rounded down (staff.fraction). */
export function scaleLestijden(full: number, staff: Staff): number {
  const { units, of } = fractionOf(staff);
  return Math.floor((full * units) / of);
}

/** Legal maximum lestijden for this person, scaled by the fraction (staff.min-max-lestijden). Undefined for non-teaching ambts. */
export function legalMaxLestijden(staff: Staff): number | undefined {
  const legal = LEGAL_MAX_LESTIJDEN[staff.ambt];
  return legal === undefined ? undefined : scaleLestijden(legal, staff);
}

/**
 * The school's own agreed maximum (plage, staff.local-plage) for a full-time post of this person's ambt:
 * staff.plageMax, else settings.plageMax[ambt]. Not scaled; undefined for non-teaching ambts.
 */
export function localPlageFullTime(s: Scenario, staff: Staff): number | undefined {
  if (LEGAL_MAX_LESTIJDEN[staff.ambt] === undefined) return undefined;
  return staff.plageMax ?? s.settings.plageMax[staff.ambt as keyof Scenario["settings"]["plageMax"]];
}

/** The school's agreed maximum scaled by the fraction (staff.local-plage). */
export function localPlageMaxLestijden(s: Scenario, staff: Staff): number | undefined {
  const full = localPlageFullTime(s, staff);
  return full === undefined ? undefined : scaleLestijden(full, staff);
}

export interface Index {
  staff: Map<string, Staff>;
  groups: Map<string, Group>;
  grid: Map<string, DayGrid>;
}

export function indexScenario(s: Scenario): Index {
  return {
    staff: new Map(s.staff.map((x) => [x.id, x])),
    groups: new Map(s.groups.map((x) => [x.id, x])),
    grid: new Map(s.dayGrids.map((x) => [x.id, x])),
  };
}

export const groupName = (g: Group) => g.name ?? g.id;
export const staffName = (s: Staff) => s.name;

/** The grid a candidate was made on (its `dayGrid`, else the scenario's first grid). */
export function gridOf(scenario: Scenario, candidate?: { dayGrid?: string }): DayGrid {
  const id = candidate?.dayGrid;
  return (id && scenario.dayGrids.find((g) => g.id === id)) || scenario.dayGrids[0];
}

/** Do two sets of grid days hold the same slots? (A level whose days equal the main days has no days of its own.) */
function sameDays(a: DayGrid["days"], b: DayGrid["days"]): boolean {
  return DAYS.every(
    (d) =>
      a[d].length === b[d].length &&
      a[d].every((x, i) => x.kind === b[d][i].kind && x.start === b[d][i].start && x.end === b[d][i].end),
  );
}

/** The level's own days in this grid (DayGrid.levels), or undefined when it follows the main days. */
export function ownLevelDays(grid: DayGrid, level: Group["level"] | undefined): DayGrid["days"] | undefined {
  const days = level ? grid.levels?.[level] : undefined;
  return days && !sameDays(days, grid.days) ? days : undefined;
}

/**
 * The grid as one level's classes live it (DayGrid.levels: other break and lunch times for the kleuters): the
 * same grid with that level's days, or the grid itself when the level follows the main days.
 */
export function levelGrid(grid: DayGrid, level: Group["level"] | undefined): DayGrid {
  const days = ownLevelDays(grid, level);
  return days ? { ...grid, days } : grid;
}

/** The levels that have days of their own in this grid (empty: every class follows `days`). */
export function ownLevels(grid: DayGrid): Group["level"][] {
  return (["kleuter", "lager"] as const).filter((l) => ownLevelDays(grid, l));
}

/** Does this grid give some level its own days? (Then a class's slots depend on its level.) */
export function hasLevelDays(grid: DayGrid): boolean {
  return ownLevels(grid).length > 0;
}

/** The grid a class follows: its level's days if the grid has them. */
export function groupGrid(grid: DayGrid, group: Pick<Group, "level">): DayGrid {
  return levelGrid(grid, group.level);
}

/**
 * The grid as each level of this school lives it: the grid itself, then per level with days of its own (and
 * classes) that level's grid. Without DayGrid.levels: [grid].
 */
export function schoolLevelGrids(s: Pick<Scenario, "groups">, grid: DayGrid): DayGrid[] {
  const own = ownLevels(grid).filter((l) => s.groups.some((g) => g.level === l));
  return [grid, ...own.map((l) => levelGrid(grid, l))];
}

/**
 * The level whose own days (DayGrid.levels) a release goal meets in: when the classes its members teach (as class
 * or co-teacher) are all of one level with days of its own, e.g. a kleuter team over the kleuter lunch. Members
 * without a class do not count; a goal with no such class, or classes of both levels, meets in the main days.
 */
export function goalLevel(
  s: Pick<Scenario, "groups">,
  grid: DayGrid,
  goal: { members: readonly string[]; optionalMembers?: readonly string[] },
): Group["level"] | undefined {
  const people = new Set([...goal.members, ...(goal.optionalMembers ?? [])]);
  const levels = new Set(
    s.groups.filter((g) => [...g.classTeachers, ...g.coTeachers].some((p) => people.has(p))).map((g) => g.level),
  );
  const [level] = levels;
  return levels.size === 1 && schoolLevelGrids(s, grid).length > 1 && ownLevelDays(grid, level) ? level : undefined;
}

/** The days a goal's blocks fit: its level's own days (goalLevel) or the grid's main days. */
export function goalGrid(
  s: Pick<Scenario, "groups">,
  grid: DayGrid,
  goal: { members: readonly string[]; optionalMembers?: readonly string[] },
): DayGrid {
  return levelGrid(grid, goalLevel(s, grid, goal));
}
