// week.lunch — BaO/2020/03: "Er moet een middagpauze van ten minste één uur zijn" on a full school day
// (Mon, Tue, Thu, Fri); settings.minLunchMinutes, default 60. The midday break is the lesson-free time around
// the grid's lunch slot (playtime next to it counts too); a grid day without a lunch slot uses its longest gap.
import { type Day, type DayGrid, lessonSlots, slotsOf, toClock, toMinutes } from "../../src/model/index.js";
import { defineRule, type MessageValue } from "../rule.js";
import { checkWeek, dayName, finding, FULL_DAYS } from "./grid.js";

interface Span {
  start: number;
  end: number;
}
const span = (x: { start: string; end: string }): Span => ({ start: toMinutes(x.start), end: toMinutes(x.end) });

/**
 * The midday break of one day's lessons: its length and where it is (a length of 0 = no break at all), or
 * undefined when the day has no afternoon lessons (then it is no full day: week.full-day-end judges it).
 */
export function middayBreak(
  lessons: { start: string; end: string }[],
  lunch: Span | undefined,
  fullDayEndFrom: string,
): Span | undefined {
  const ls = lessons.map(span).sort((a, b) => a.start - b.start);
  if (ls.length === 0) return undefined;
  const gaps: Span[] = [];
  let reach = ls[0].end;
  for (const l of ls.slice(1)) {
    if (l.start > reach) gaps.push({ start: reach, end: l.start });
    reach = Math.max(reach, l.end);
  }
  const longest = (xs: Span[]) => xs.sort((a, b) => b.end - b.start - (a.end - a.start))[0];
  if (lunch) {
    if (!ls.some((l) => l.start < lunch.start) || !ls.some((l) => l.end > lunch.end)) return undefined;
    return (
      longest(gaps.filter((g) => g.start < lunch.end && lunch.start < g.end)) ?? {
        start: lunch.start,
        end: lunch.start,
      }
    );
  }
  if (gaps.length > 0) return longest(gaps);
  return reach >= toMinutes(fullDayEndFrom) ? { start: reach, end: reach } : undefined;
}

/** The grid's lunch slot(s) on a day, as one span. */
function lunchOf(grid: DayGrid, day: Day): Span | undefined {
  const ls = slotsOf(grid, day, "lunch").map(span);
  if (ls.length === 0) return undefined;
  return { start: Math.min(...ls.map((l) => l.start)), end: Math.max(...ls.map((l) => l.end)) };
}

export const weekLunch = defineRule({
  id: "week.lunch",
  title: {
    nl: "Middagpauze van minstens een uur op volle dagen",
    en: "A midday break of at least an hour on full days",
  },
  source: "BaO/2020/03",
  severity: "hard",
  scope: "both",
  messages: {
    "grid-no-midday-break": {
      nl: "Dagindeling '{grid}' heeft {day} geen middagpauze; er moet een middagpauze van minstens {min} minuten zijn.{verdict}",
      en: "Day grid '{grid}' has no midday break on {day}; there must be a midday break of at least {min} minutes.{verdict}",
    },
    "grid-short-midday-break": {
      nl: "Dagindeling '{grid}' heeft {day} een middagpauze van {minutes} minuten ({start}–{end}); die moet minstens {min} minuten duren.{verdict}",
      en: "Day grid '{grid}' has a midday break of {minutes} minutes on {day} ({start}–{end}); it must last at least {min} minutes.{verdict}",
    },
    "class-no-midday-break": {
      nl: "{class} heeft {day} geen middagpauze; er moet een middagpauze van minstens {min} minuten zijn.",
      en: "{class} has no midday break on {day}; there must be a midday break of at least {min} minutes.",
    },
    "class-short-midday-break": {
      nl: "{class} heeft {day} een middagpauze van {minutes} minuten ({start}–{end}); die moet minstens {min} minuten duren.",
      en: "{class} has a midday break of {minutes} minutes on {day} ({start}–{end}); it must last at least {min} minutes.",
    },
  },
  // No encode(): a property of the day grid, checked before the solve (usableGrids); release blocks never span lunch
  // (solver/build.ts candidateBlocks).
  check(ctx) {
    const { minLunchMinutes: min, fullDayEndFrom } = ctx.scenario.settings;
    /** Where the break is and the values of its message. */
    const facts = (day: Day, b: Span, who: Record<string, MessageValue>) => {
      const where = { day, start: toClock(b.start), end: toClock(b.end) };
      return {
        where,
        none: b.end === b.start,
        data: { ...who, ...where, day: dayName(day), minutes: b.end - b.start, min },
      };
    };
    return checkWeek(
      this,
      ctx,
      (grid) =>
        FULL_DAYS.flatMap((day) => {
          const b = middayBreak(lessonSlots(grid, day), lunchOf(grid, day), fullDayEndFrom);
          if (!b || b.end - b.start >= min) return [];
          const f = facts(day, b, { grid: grid.name });
          return [finding(f.none ? "grid-no-midday-break" : "grid-short-midday-break", f.where, f.data)];
        }),
      (week, grid) =>
        week.flatMap((c) =>
          FULL_DAYS.flatMap((day) => {
            const b = middayBreak(c.days[day], lunchOf(grid, day), fullDayEndFrom);
            if (!b || b.end - b.start >= min) return [];
            const f = facts(day, b, { class: c.label });
            return [
              finding(
                f.none ? "class-no-midday-break" : "class-short-midday-break",
                { group: c.group, ...f.where },
                f.data,
              ),
            ];
          }),
        ),
    );
  },
});
