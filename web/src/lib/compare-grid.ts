// Two week grids of the same view (one class, one teacher, one goal) compared cell by cell: which cells
// differ (outlined on both sides) and the differences in words, for the compare page.
import { DAYS, type Day } from "../../../src/model/browser.js";
import { cellKey, cellText, type WeekCell, type WeekModel } from "./week.js";

export interface CellDiff {
  key: string;
  day: Day;
  start: string;
  end: string;
  a: string;
  b: string;
}

const cellsByKey = (m: WeekModel) => {
  const out = new Map<string, WeekCell>();
  for (const row of m.cells) for (const c of row) out.set(cellKey(c), c);
  return out;
};

/** What a cell says, with the goal it belongs to (two bands with the same text but another goal differ). */
const meaning = (c: WeekCell | undefined) => (c ? `${c.goal ?? ""}#${c.kind === "none" ? "" : cellText(c)}` : "#");

/** Every cell whose content differs between the two weeks, in day and time order. */
export function diffWeeks(a: WeekModel, b: WeekModel): CellDiff[] {
  const ca = cellsByKey(a);
  const cb = cellsByKey(b);
  const keys = new Set([...ca.keys(), ...cb.keys()]);
  const out: CellDiff[] = [];
  for (const key of keys) {
    const x = ca.get(key);
    const y = cb.get(key);
    if (meaning(x) === meaning(y)) continue;
    const [day, start, end] = key.split("|") as [Day, string, string];
    out.push({ key, day, start, end, a: x ? describe(x) : "", b: y ? describe(y) : "" });
  }
  return out.sort(
    (p, q) => DAYS.indexOf(p.day) - DAYS.indexOf(q.day) || p.start.localeCompare(q.start) || p.end.localeCompare(q.end),
  );
}

function describe(c: WeekCell): string {
  if (c.kind === "none") return "";
  const text = c.goal && c.main !== c.goalName ? `${c.goalName}: ${c.main}` : c.main;
  return text || "";
}

/** "di 13:20–14:10: LO · Pieter Willems → Klasleerkracht" */
export function diffSentence(d: CellDiff, dayShort: (d: Day) => string, t: (nl: string, en: string) => string): string {
  const empty = t("(leeg)", "(empty)");
  return `${dayShort(d.day)} ${d.start}–${d.end}: ${d.a || empty} → ${d.b || empty}`;
}
