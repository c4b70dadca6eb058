// Clock times and weekdays: the small vocabulary every layer shares.
import { z } from "zod";

import { DAYS } from "./days.js";

export { DAYS, DAY_NAMES_EN, DAY_NAMES_NL } from "./days.js";
export type Day = (typeof DAYS)[number];
export const Day = z.enum(DAYS).describe("Weekday: mon tue wed thu fri");

export const Clock = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Gebruik het formaat UU:MM, bv. 08:30")
  .describe("Local time Europe/Brussels, HH:MM");

export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Gebruik het formaat JJJJ-MM-DD, bv. 2026-09-01")
  .describe("Calendar date YYYY-MM-DD");

/** "08:30" → 510 */
export function toMinutes(clock: string): number {
  const [h, m] = clock.split(":").map(Number);
  return h * 60 + m;
}

/** 510 → "08:30" */
export function toClock(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}

/** Half-open interval overlap in minutes. */
export function overlaps(aStart: string, aEnd: string, bStart: string, bEnd: string): boolean {
  return toMinutes(aStart) < toMinutes(bEnd) && toMinutes(bStart) < toMinutes(aEnd);
}

export function within(start: string, end: string, outerStart: string, outerEnd: string): boolean {
  return toMinutes(outerStart) <= toMinutes(start) && toMinutes(end) <= toMinutes(outerEnd);
}

export function durationMinutes(start: string, end: string): number {
  return toMinutes(end) - toMinutes(start);
}
