// The weekly availability grid ↔ the scenario's time windows. A cell (day × slot) is "aanwezig" when the
// slot lies inside one of that day's windows; painted cells become windows again, neighbouring cells merged.
// Pure.
import { listOf, type Item } from "./context.js";

export interface SlotLike {
  start: string;
  end: string;
}
export interface Window {
  from: string;
  to: string;
}
export type WeekAvail = Partial<Record<"mon" | "tue" | "wed" | "thu" | "fri", Window[]>>;

export function covered(windows: Window[] | undefined, slot: SlotLike): boolean {
  return (windows ?? []).some((w) => w.from <= slot.start && slot.end <= w.to);
}

/** Pressed slots of one day (in time order) → windows; consecutive pressed slots form one window. */
export function cellsToWindows(slots: SlotLike[], pressed: boolean[]): Window[] {
  const out: Window[] = [];
  let open: Window | null = null;
  slots.forEach((s, i) => {
    if (pressed[i]) {
      if (open) open.to = s.end;
      else open = { from: s.start, to: s.end };
    } else if (open) {
      out.push(open);
      open = null;
    }
  });
  if (open) out.push(open);
  return out;
}

/** Toggle one cell of a day and return that day's new windows. */
export function toggleCell(slots: SlotLike[], windows: Window[] | undefined, index: number, on: boolean): Window[] {
  const pressed = slots.map((s, i) => (i === index ? on : covered(windows, s)));
  return cellsToWindows(slots, pressed);
}

/**
 * The first day grid as this person lives it: a teacher whose classes are all kleuter classes paints on the kleuter
 * days when the grid has them (DayGrid.levels); everyone else on the grid's own days.
 */
export function availabilityGrid(draft: Item, person: Item | undefined): Item | undefined {
  const grid = listOf(draft, "dayGrids")[0];
  const mine = listOf(draft, "groups").filter(
    (g) =>
      person?.id !== undefined &&
      [...(Array.isArray(g.classTeachers) ? g.classTeachers : []), ...(Array.isArray(g.coTeachers) ? g.coTeachers : [])]
        .map(String)
        .includes(String(person.id)),
  );
  const levels = new Set(mine.map((g) => g.level));
  const level = levels.size === 1 ? [...levels][0] : undefined;
  const days = level === "kleuter" || level === "lager" ? grid?.levels?.[level] : undefined;
  return days ? { ...grid, days } : grid;
}
