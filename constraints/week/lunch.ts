// week.lunch — BaO/2020/03: "Er moet een middagpauze van ten minste één uur zijn" on a full school day
// (Mon, Tue, Thu, Fri); settings.minLunchMinutes, default 60. The midday break is the lesson-free time around
// the grid's lunch slot (playtime next to it counts too); a grid day without a lunch slot uses its longest gap.
import {
  type Day,
  type DayGrid,
  DAY_NAMES_EN,
  DAY_NAMES_NL,
  lessonSlots,
  slotsOf,
  toClock,
  toMinutes,
} from "../../src/model/index.js";
import type { Rule } from "../rule.js";
import { checkWeek, type Finding, FULL_DAYS, gridLabel, gridLabelEn } from "./grid.js";

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

export const weekLunch: Rule = {
  id: "week.lunch",
  title: {
    nl: "Middagpauze van minstens een uur op volle dagen",
    en: "A midday break of at least an hour on full days",
  },
  source: "BaO/2020/03",
  severity: "hard",
  scope: "both",
  // No encode(): a property of the day grid, checked before the solve (usableGrids); release blocks never span lunch
  // (solver/build.ts candidateBlocks).
  check(ctx) {
    const { minLunchMinutes: min, fullDayEndFrom } = ctx.scenario.settings;
    const describe = (who: { nl: string; en: string }, day: Day, b: Span) => {
      const minutes = b.end - b.start;
      const where = { day, start: toClock(b.start), end: toClock(b.end) };
      if (minutes === 0)
        return {
          where,
          nl: `${who.nl} ${DAY_NAMES_NL[day]} geen middagpauze; er moet een middagpauze van minstens ${min} minuten zijn.`,
          en: `${who.en} no midday break on ${DAY_NAMES_EN[day]}; there must be a midday break of at least ${min} minutes.`,
        };
      return {
        where,
        nl: `${who.nl} ${DAY_NAMES_NL[day]} een middagpauze van ${minutes} minuten (${where.start}–${where.end}); die moet minstens ${min} minuten duren.`,
        en: `${who.en} a midday break of ${minutes} minutes on ${DAY_NAMES_EN[day]} (${where.start}–${where.end}); it must last at least ${min} minutes.`,
      };
    };
    return checkWeek(
      this,
      ctx,
      (grid) =>
        FULL_DAYS.flatMap((day): Finding[] => {
          const b = middayBreak(lessonSlots(grid, day), lunchOf(grid, day), fullDayEndFrom);
          if (!b || b.end - b.start >= min) return [];
          return [describe({ nl: `${gridLabel(grid)} heeft`, en: `${gridLabelEn(grid)} has` }, day, b)];
        }),
      (week, grid) =>
        week.flatMap((c) =>
          FULL_DAYS.flatMap((day): Finding[] => {
            const b = middayBreak(c.days[day], lunchOf(grid, day), fullDayEndFrom);
            if (!b || b.end - b.start >= min) return [];
            const f = describe({ nl: `${c.label} heeft`, en: `Class ${c.group} has` }, day, b);
            return [{ ...f, where: { group: c.group, ...f.where } }];
          }),
        ),
    );
  },
};
