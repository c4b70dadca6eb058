// Small helpers shared by the rules' encode() functions.
import type { ModelBuilder, SlotRef } from "./model-builder.js";
import {
  DAY_NAMES_EN,
  DAY_NAMES_NL,
  DAYS,
  isAvailable,
  readScenario,
  type WeeklyAvailability,
} from "../src/model/index.js";

const atomCache = new WeakMap<ModelBuilder, Map<string, string[]>>();

/** The atoms (keys) a slot covers: itself without level days (DayGrid.levels), else the stretches it spans. */
export function atomKeys(m: ModelBuilder, slot: Pick<SlotRef, "key">): string[] {
  if (!m.levelled) return [slot.key];
  let index = atomCache.get(m);
  if (!index) {
    index = new Map();
    for (const a of m.atoms) for (const t of a.slots) index.set(t.key, [...(index.get(t.key) ?? []), a.key]);
    atomCache.set(m, index);
  }
  return index.get(slot.key) ?? [];
}

export function nameOf(m: ModelBuilder, id: string): string {
  return readScenario(m.scenario).nameOf(id);
}

export function availabilityOf(m: ModelBuilder, id: string): WeeklyAvailability | undefined {
  const r = readScenario(m.scenario);
  return r.staff.get(id)?.availability ?? r.externals.get(id)?.availability;
}

/**
 * Is this staff member or external there for the whole slot? Externals with only dated availability: on
 * those weekdays (as the checker). Interns are not asked here: their cover variables exist only on their days.
 */
export function availableIn(m: ModelBuilder, id: string, slot: Pick<SlotRef, "day" | "start" | "end">): boolean {
  const r = readScenario(m.scenario);
  if (r.interns.has(id)) return isAvailable(undefined, slot.day, slot.start, slot.end);
  return r.available(id, slot.day, slot.start, slot.end);
}

/** "enkel dinsdag 08:30–12:05 en donderdag 08:30–12:05" / "only Tuesday 08:30–12:05 and Thursday …" (a message value). */
export function availabilityPhrase(m: ModelBuilder, id: string): { nl: string; en: string } {
  const ext = m.scenario.externals.find((x) => x.id === id);
  if (ext && !ext.availability && ext.dates.length) {
    const days = [
      ...new Set(ext.dates.map((d) => DAYS[new Date(`${d.date}T12:00:00Z`).getUTCDay() - 1]).filter(Boolean)),
    ];
    return {
      nl: `enkel op vaste data (${ext.dates.length}, op ${days.map((d) => DAY_NAMES_NL[d]).join(" en ")})`,
      en: `only on fixed dates (${ext.dates.length}, on ${days.map((d) => DAY_NAMES_EN[d]).join(" and ")})`,
    };
  }
  const av = availabilityOf(m, id);
  if (!av) return { nl: "altijd", en: "always" };
  const parts = (names: Record<string, string>) =>
    DAYS.flatMap((d) => (av[d]?.length ? [`${names[d]} ${av[d]!.map((w) => `${w.from}–${w.to}`).join(", ")}`] : []));
  const nl = parts(DAY_NAMES_NL);
  return nl.length
    ? { nl: `enkel ${nl.join(" en ")}`, en: `only ${parts(DAY_NAMES_EN).join(" and ")}` }
    : { nl: "nooit", en: "never" };
}

/** "maandag 08:30–09:20" / "Monday 08:30–09:20" (a value for a message placeholder). */
export const slotPhrase = (t: Pick<SlotRef, "day" | "start" | "end">) => ({
  nl: `${DAY_NAMES_NL[t.day]} ${t.start}–${t.end}`,
  en: `${DAY_NAMES_EN[t.day]} ${t.start}–${t.end}`,
});
