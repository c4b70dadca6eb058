// The weekly availability grid ↔ the scenario's time windows. A cell (day × slot) is "aanwezig" when the
// slot lies inside one of that day's windows; painting a cell adds or takes its clock time, neighbouring cells
// merged.
// Windows are clock times, as the solver reads them (src/model/derived.ts isAvailable: there for the whole
// slot); a person who works in both levels paints the rows of both by clock time (src/model/level-days.ts).
// Pure.
import { DAYS, DayGrid, isAvailable, levelGrid, toClock, toMinutes, type Day } from "../../../src/model/browser.js";
import { gridOfLevels, type Level } from "../../../src/model/level-days.js";
import { listOf, type Item } from "./context.js";

export interface SlotLike {
  start: string;
  end: string;
}
export interface Window {
  from: string;
  to: string;
}
export type WeekAvail = Partial<Record<Day, Window[]>>;

/** Is this slot "aanwezig": there for the whole of it, exactly as the solver reads the windows? */
export function covered(windows: Window[] | undefined, slot: SlotLike): boolean {
  return isAvailable({ mon: windows ?? [] }, "mon", slot.start, slot.end);
}

type Span = { from: number; to: number };
const span = (w: Window): Span => ({ from: toMinutes(w.from), to: toMinutes(w.to) });
const ofSlot = (s: SlotLike): Span => ({ from: toMinutes(s.start), to: toMinutes(s.end) });
const holds = (w: Span, s: Span) => w.from <= s.from && s.to <= w.to;

/** The spans in time order, overlapping or touching ones joined. */
function union(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const w of [...spans].sort((a, b) => a.from - b.from || a.to - b.to)) {
    const last = out.at(-1);
    if (last && w.from <= last.to) last.to = Math.max(last.to, w.to);
    else out.push({ ...w });
  }
  return out;
}

/**
 * Toggle one cell of a day and return that day's new windows, changing only that cell's clock time. Off: the
 * slot's time leaves the windows, so a slot of the other level that overlaps it is off too (the solver wants
 * someone there for a whole slot). On: the slot's time joins the windows, and also the break between it and a
 * window next to it (the person stays over the break) unless that would take in a slot that is off. Times outside
 * every slot (a gate duty at 08:15) stay as they were.
 */
export function toggleCell(slots: SlotLike[], windows: Window[] | undefined, index: number, on: boolean): Window[] {
  const cell = ofSlot(slots[index]);
  const spans = (windows ?? []).map(span);
  let out: Span[];
  if (!on)
    out = spans.flatMap((w) =>
      [
        { from: w.from, to: Math.min(w.to, cell.from) },
        { from: Math.max(w.from, cell.to), to: w.to },
      ].filter((x) => x.from < x.to),
    );
  else {
    out = union([...spans, cell]);
    const off = slots.map(ofSlot).filter((s) => !out.some((w) => holds(w, s)));
    const bridge = (a: number) => {
      const joined = a >= 0 && out[a + 1] && { from: out[a].from, to: out[a + 1].to };
      if (joined && !off.some((s) => holds(joined, s))) out.splice(a, 2, joined);
    };
    const at = out.findIndex((w) => holds(w, cell));
    bridge(at); // with the window after it
    bridge(at - 1); // with the window before it
  }
  return out.map((w) => ({ from: toClock(w.from), to: toClock(w.to) }));
}

/** The whole day present: one window from the first slot's start to the last slot's end (none without slots). */
export function wholeDay(slots: SlotLike[]): Window[] {
  if (slots.length === 0) return [];
  const from = slots.reduce((a, s) => (toMinutes(s.start) < toMinutes(a) ? s.start : a), slots[0].start);
  const to = slots.reduce((a, s) => (toMinutes(s.end) > toMinutes(a) ? s.end : a), slots[0].end);
  return [{ from, to }];
}

const ids = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);

/**
 * The levels a person works in, as the draft says: the classes they are class or co-teacher of and the classes of
 * the subjects they teach. Someone with none of these (a care teacher, a kinderverzorger, an external who covers)
 * may work in any class: every level of the school.
 */
export function personLevels(draft: Item, person: Item | undefined): Level[] {
  const groups = listOf(draft, "groups");
  const levelOf = new Map(groups.map((g) => [String(g.id), g.level as Level]));
  const id = person?.id === undefined ? undefined : String(person.id);
  const mine = new Set<Level>();
  for (const g of groups) if (id && [...ids(g.classTeachers), ...ids(g.coTeachers)].includes(id)) mine.add(g.level);
  for (const s of listOf(draft, "subjects"))
    if (id && ids(s.taughtBy?.staff).includes(id))
      for (const g of ids(s.groups)) if (levelOf.has(g)) mine.add(levelOf.get(g)!);
  return [...(mine.size ? mine : new Set(levelOf.values()))].filter((l) => l === "kleuter" || l === "lager");
}

/**
 * The first day grid as this person lives it: the days of the levels they work in (DayGrid.levels), merged by
 * clock time for someone in both levels, as the week views show them. A grid the editor cannot read yet (a time
 * being typed) gives its own days.
 */
export function availabilityGrid(draft: Item, person: Item | undefined): Item | undefined {
  return levelView(draft, person).grid;
}

function levelView(draft: Item, person: Item | undefined): { grid: Item | undefined; levels: Map<Level, Item> } {
  const grid = listOf(draft, "dayGrids")[0];
  const parsed = DayGrid.safeParse(grid);
  if (!parsed.success) return { grid, levels: new Map() };
  const levels = personLevels(draft, person);
  return {
    grid: gridOfLevels(parsed.data, levels),
    levels: new Map(levels.map((l) => [l, levelGrid(parsed.data, l)])),
  };
}

export interface Row extends SlotLike {
  /** The one level whose lesson time this is, for someone in both levels whose levels differ here. */
  level?: Level;
}

/** Per day the rows to paint: the lesson and child-free slots of availabilityGrid, each clock time once. */
export function availabilityRows(draft: Item, person: Item | undefined): Record<Day, Row[]> {
  const { grid, levels } = levelView(draft, person);
  const slotsOn = (g: Item | undefined, d: Day) =>
    ((Array.isArray(g?.days?.[d]) ? g.days[d] : []) as Item[]).filter(
      (s) => s.kind !== "break" && s.kind !== "lunch" && typeof s.start === "string" && typeof s.end === "string",
    );
  const out = {} as Record<Day, Row[]>;
  for (const d of DAYS) {
    out[d] = slotsOn(grid, d)
      .filter((s, i, all) => all.findIndex((x) => x.start === s.start && x.end === s.end) === i)
      .map((s) => {
        const having = [...levels].filter(([, g]) => slotsOn(g, d).some((x) => x.start === s.start && x.end === s.end));
        return {
          start: s.start as string,
          end: s.end as string,
          ...(having.length === 1 && levels.size > 1 ? { level: having[0][0] } : {}),
        };
      });
  }
  return out;
}
