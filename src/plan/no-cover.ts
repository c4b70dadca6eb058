// Why a release block needs no cover, said truthfully (issue 10 "Messages"): one sentence for the CLI, the
// exports, the calendars, the print renderer and the web app. Browser-safe (the web and src/export/print import
// it): src/model only, no node:*.
import { namesList, toMinutes, type Day } from "../model/browser.js";

/** The block, or one slot of it, and who it frees (staff ids). */
export type NoCoverBlock = { day: Day; start: string; end: string; staff?: readonly string[] };
type Timed = { day: Day; start: string; end: string };
/** The lessons to judge against (the school's, or one class's when a grid shows one class), and who supervises
 *  over lunch (a meeting over lunch while others supervise). */
export type NoCoverWeek = { lessons: readonly Timed[]; lunchDuties?: readonly { day: Day }[] };

/**
 * Before the day's lessons, after them, no lessons that day, between them (the lunch break, others supervising),
 * or during them while the members have no class.
 */
export type NoCoverReason =
  | { kind: "no-lessons" }
  | { kind: "before" }
  | { kind: "after" }
  | { kind: "between"; othersSupervise: boolean }
  | { kind: "during"; staff: readonly string[] };

export function noCoverReason(week: NoCoverWeek, block: NoCoverBlock): NoCoverReason {
  const day = week.lessons.filter((l) => l.day === block.day);
  if (day.length === 0) return { kind: "no-lessons" };
  const [from, to] = [toMinutes(block.start), toMinutes(block.end)];
  const first = Math.min(...day.map((l) => toMinutes(l.start)));
  const last = Math.max(...day.map((l) => toMinutes(l.end)));
  if (to <= first) return { kind: "before" };
  if (from >= last) return { kind: "after" };
  if (!day.some((l) => toMinutes(l.start) < to && from < toMinutes(l.end)))
    return { kind: "between", othersSupervise: !!week.lunchDuties?.some((d) => d.day === block.day) };
  return { kind: "during", staff: block.staff ?? [] };
}

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
    case "between": {
      const others = !reason.othersSupervise
        ? ""
        : nl
          ? "; het middagtoezicht doen anderen"
          : "; others do the lunch supervision";
      return nl
        ? `tussen de lessen (middagpauze): ${tail}${others}`
        : `between lessons (lunch break): ${tail}${others}`;
    }
    case "during": {
      const who = reason.staff.map(name); // at most three names; more are "de deelnemers"
      if (who.length === 0 || who.length > 3)
        return nl
          ? `tijdens de lessen, maar geen van de deelnemers heeft dan een klas: ${tail}`
          : `during lessons, but none of the members has a class then: ${tail}`;
      const one = who.length === 1;
      return nl
        ? `tijdens de lessen; ${namesList(who, "nl")} ${one ? "heeft" : "hebben"} dan geen klas: ${tail}`
        : `during lessons; ${namesList(who, "en")} ${one ? "has" : "have"} no class then: ${tail}`;
    }
  }
}

/** Both in one call: why this block (judged against these lessons) needs no cover, in words. */
export const noCoverText = (
  week: NoCoverWeek,
  block: NoCoverBlock,
  lang: "nl" | "en",
  name: (id: string) => string,
): string => noCoverPhrase(noCoverReason(week, block), lang, name);
