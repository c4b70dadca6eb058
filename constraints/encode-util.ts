// Small helpers shared by the rules' encode() functions.
import type { ModelBuilder, SlotRef } from "./model-builder.js";
import { DAY_NAMES_NL, DAYS, isAvailable, type WeeklyAvailability } from "../src/model/index.js";
import { externalAvailable } from "./structure/facts.js";

export function nameOf(m: ModelBuilder, id: string): string {
  const s = m.scenario;
  return s.staff.find((x) => x.id === id)?.name ?? s.externals.find((x) => x.id === id)?.name ?? s.interns.find((x) => x.id === id)?.name ?? id;
}

export function availabilityOf(m: ModelBuilder, id: string): WeeklyAvailability | undefined {
  const s = m.scenario;
  return s.staff.find((x) => x.id === id)?.availability ?? s.externals.find((x) => x.id === id)?.availability;
}

/** "enkel dinsdag 08:30–12:05 en donderdag 08:30–12:05" */
export function describeAvailability(av: WeeklyAvailability | undefined): string {
  if (!av) return "altijd";
  const parts = DAYS.flatMap((d) => (av[d]?.length ? [`${DAY_NAMES_NL[d]} ${av[d]!.map((w) => `${w.from}–${w.to}`).join(", ")}`] : []));
  return parts.length ? `enkel ${parts.join(" en ")}` : "nooit";
}

/** How a principal reads someone's availability, for messages. */
export function describePersonAvailability(m: ModelBuilder, id: string): string {
  const ext = m.scenario.externals.find((x) => x.id === id);
  if (ext && !ext.availability && ext.dates.length) {
    const days = [...new Set(ext.dates.map((d) => DAYS[new Date(`${d.date}T12:00:00Z`).getUTCDay() - 1]).filter(Boolean))];
    return `enkel op vaste data (${ext.dates.length}, op ${days.map((d) => DAY_NAMES_NL[d]).join(" en ")})`;
  }
  return describeAvailability(availabilityOf(m, id));
}

/** Is this person there for the whole slot? Externals with only dated availability: on those weekdays (as the checker). */
export function availableIn(m: ModelBuilder, id: string, slot: Pick<SlotRef, "day" | "start" | "end">): boolean {
  const ext = m.scenario.externals.find((x) => x.id === id);
  if (ext) return externalAvailable(ext, slot.day, slot.start, slot.end);
  return isAvailable(availabilityOf(m, id), slot.day, slot.start, slot.end);
}

export const slotLabel = (t: Pick<SlotRef, "day" | "start" | "end">) => `${DAY_NAMES_NL[t.day]} ${t.start}–${t.end}`;
