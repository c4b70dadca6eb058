// Small helpers shared by the rules' encode() functions.
import type { ModelBuilder, SlotRef } from "./model-builder.js";
import { DAY_NAMES_NL, DAYS, isAvailable, readScenario, type WeeklyAvailability } from "../src/model/index.js";

export function nameOf(m: ModelBuilder, id: string): string {
  return readScenario(m.scenario).nameOf(id);
}

export function availabilityOf(m: ModelBuilder, id: string): WeeklyAvailability | undefined {
  const r = readScenario(m.scenario);
  return r.staff.get(id)?.availability ?? r.externals.get(id)?.availability;
}

/** "enkel dinsdag 08:30–12:05 en donderdag 08:30–12:05" */
export function describeAvailability(av: WeeklyAvailability | undefined): string {
  if (!av) return "altijd";
  const parts = DAYS.flatMap((d) =>
    av[d]?.length ? [`${DAY_NAMES_NL[d]} ${av[d]!.map((w) => `${w.from}–${w.to}`).join(", ")}`] : [],
  );
  return parts.length ? `enkel ${parts.join(" en ")}` : "nooit";
}

/** How a principal reads someone's availability, for messages. */
export function describePersonAvailability(m: ModelBuilder, id: string): string {
  const ext = m.scenario.externals.find((x) => x.id === id);
  if (ext && !ext.availability && ext.dates.length) {
    const days = [
      ...new Set(ext.dates.map((d) => DAYS[new Date(`${d.date}T12:00:00Z`).getUTCDay() - 1]).filter(Boolean)),
    ];
    return `enkel op vaste data (${ext.dates.length}, op ${days.map((d) => DAY_NAMES_NL[d]).join(" en ")})`;
  }
  return describeAvailability(availabilityOf(m, id));
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

export const slotLabel = (t: Pick<SlotRef, "day" | "start" | "end">) => `${DAY_NAMES_NL[t.day]} ${t.start}–${t.end}`;
