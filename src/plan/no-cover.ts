// Why a release block needs no cover, said truthfully (issue 10 "Messages"): one sentence for the CLI, the
// exports, the calendars, the print renderer and the web app. Browser-safe (the web and src/export/print import
// it): src/model only, no node:*.
import { toMinutes, type Day } from "../model/browser.js";

/** The block, or one slot of it, and who it frees (staff ids). */
export type NoCoverBlock = { day: Day; start: string; end: string; staff?: readonly string[] };
type Timed = { day: Day; start: string; end: string };

/** Before the day's lessons, after them, no lessons that day, or during them while the members have no class. */
export type NoCoverReason =
  { kind: "no-lessons" } | { kind: "before" } | { kind: "after" } | { kind: "during"; staff: readonly string[] };

/** Judged against `lessons` (the school's, or one class's when a grid shows one class). */
export function noCoverReason(lessons: readonly Timed[], block: NoCoverBlock): NoCoverReason {
  const day = lessons.filter((l) => l.day === block.day);
  if (day.length === 0) return { kind: "no-lessons" };
  const first = Math.min(...day.map((l) => toMinutes(l.start)));
  const last = Math.max(...day.map((l) => toMinutes(l.end)));
  if (toMinutes(block.end) <= first) return { kind: "before" };
  if (toMinutes(block.start) >= last) return { kind: "after" };
  return { kind: "during", staff: block.staff ?? [] };
}

/** "An", "An en Bert", "An, Bert en Carl" (at most three names; more are "de deelnemers"). */
const list = (names: string[], and: string) =>
  names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} ${and} ${names[names.length - 1]}`;

/**
 * "na de lessen: geen opvang nodig", "tijdens de lessen; Veerle Cools heeft dan geen klas: geen opvang nodig" —
 * or in English. `name` turns a staff id into the person's name.
 */
export function noCoverPhrase(reason: NoCoverReason, lang: "nl" | "en", name: (id: string) => string): string {
  const nl = lang === "nl";
  const tail = nl ? "geen opvang nodig" : "no cover needed";
  switch (reason.kind) {
    case "no-lessons":
      return nl ? `geen lessen die dag: ${tail}` : `no lessons that day: ${tail}`;
    case "before":
      return nl ? `voor de lessen: ${tail}` : `before lessons: ${tail}`;
    case "after":
      return nl ? `na de lessen: ${tail}` : `after lessons: ${tail}`;
    case "during": {
      const who = reason.staff.map(name);
      if (who.length === 0 || who.length > 3)
        return nl
          ? `tijdens de lessen, maar geen van de deelnemers heeft dan een klas: ${tail}`
          : `during lessons, but none of the members has a class then: ${tail}`;
      const one = who.length === 1;
      return nl
        ? `tijdens de lessen; ${list(who, "en")} ${one ? "heeft" : "hebben"} dan geen klas: ${tail}`
        : `during lessons; ${list(who, "and")} ${one ? "has" : "have"} no class then: ${tail}`;
    }
  }
}

/** Both in one call: why this block (judged against these lessons) needs no cover, in words. */
export const noCoverText = (
  lessons: readonly Timed[],
  block: NoCoverBlock,
  lang: "nl" | "en",
  name: (id: string) => string,
): string => noCoverPhrase(noCoverReason(lessons, block), lang, name);
