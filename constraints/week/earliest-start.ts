// week.earliest-start — BaO/2020/03: "Op een schooldag kunnen de lessen ten vroegste beginnen om 8 uur"
// (settings.earliestStart, default 08:00). Child-free staff slots before the first lesson are fine.
import { DAY_NAMES_EN, DAY_NAMES_NL, DAYS, lessonSlots, toMinutes } from "../../src/model/index.js";
import type { Rule } from "../rule.js";
import { checkWeek, type Finding, gridLabel, gridLabelEn } from "./grid.js";

function firstBefore<T extends { start: string }>(xs: T[], earliest: string): T | undefined {
  return xs
    .filter((x) => toMinutes(x.start) < toMinutes(earliest))
    .sort((a, b) => toMinutes(a.start) - toMinutes(b.start))[0];
}

export const weekEarliestStart: Rule = {
  id: "week.earliest-start",
  title: { nl: "Lessen beginnen ten vroegste om 8 uur", en: "Lessons start at 8:00 at the earliest" },
  source: "BaO/2020/03",
  severity: "hard",
  scope: "both",
  // No encode(): a property of the day grid, checked before the solve (usableGrids); lessons only take grid slots.
  check(ctx) {
    const earliest = ctx.scenario.settings.earliestStart;
    return checkWeek(
      this,
      ctx,
      (grid) =>
        DAYS.flatMap((day): Finding[] => {
          const s = firstBefore(lessonSlots(grid, day), earliest);
          if (!s) return [];
          return [
            {
              where: { day, start: s.start, end: s.end },
              nl: `${gridLabel(grid)} laat de lessen op ${DAY_NAMES_NL[day]} al om ${s.start} beginnen; de lessen beginnen ten vroegste om ${earliest}.`,
              en: `${gridLabelEn(grid)} starts lessons on ${DAY_NAMES_EN[day]} at ${s.start}; lessons may start at ${earliest} at the earliest.`,
            },
          ];
        }),
      (week) =>
        week.flatMap((c) =>
          DAYS.flatMap((day): Finding[] => {
            const l = firstBefore(c.days[day], earliest);
            if (!l) return [];
            return [
              {
                where: { group: c.group, day, start: l.start, end: l.end },
                nl: `${c.label} heeft ${DAY_NAMES_NL[day]} al om ${l.start} les; de lessen beginnen ten vroegste om ${earliest}.`,
                en: `Class ${c.group} has a lesson on ${DAY_NAMES_EN[day]} at ${l.start}; lessons may start at ${earliest} at the earliest.`,
              },
            ];
          }),
        ),
    );
  },
};
