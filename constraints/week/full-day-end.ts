// week.full-day-end — BaO/2020/03: on a full school day (Mon, Tue, Thu, Fri) the lessons end at 15:00 at the
// earliest and at 17:00 at the latest (settings.fullDayEndFrom / fullDayEndTo; both ends inclusive, so the
// 4+2 day ending at 15:00 is allowed). A day without lessons is week.days' business.
import { DAY_NAMES_EN, DAY_NAMES_NL, lessonSlots, toMinutes } from "../../src/model/index.js";
import type { Rule } from "../rule.js";
import { checkWeek, type Finding, FULL_DAYS, gridLabel, gridLabelEn } from "./grid.js";

function lastEnd(xs: { end: string }[]): string | undefined {
  return xs.map((x) => x.end).sort((a, b) => toMinutes(b) - toMinutes(a))[0];
}

export const weekFullDayEnd: Rule = {
  id: "week.full-day-end",
  title: { nl: "Volle dag eindigt tussen 15 en 17 uur", en: "A full day ends between 15:00 and 17:00" },
  source: "BaO/2020/03",
  severity: "hard",
  scope: "both",
  // No encode(): a property of the day grid, checked before the solve (usableGrids); lessons only take grid slots.
  check(ctx) {
    const { fullDayEndFrom: from, fullDayEndTo: to } = ctx.scenario.settings;
    const outside = (end: string | undefined) =>
      end !== undefined && (toMinutes(end) < toMinutes(from) || toMinutes(end) > toMinutes(to));
    const rule = {
      nl: `op een volle schooldag eindigen de lessen tussen ${from} en ${to}.`,
      en: `on a full school day lessons end between ${from} and ${to}.`,
    };
    return checkWeek(
      this,
      ctx,
      (grid) =>
        FULL_DAYS.flatMap((day): Finding[] => {
          const end = lastEnd(lessonSlots(grid, day));
          if (!outside(end)) return [];
          return [
            {
              where: { day, end },
              nl: `${gridLabel(grid)} laat de lessen op ${DAY_NAMES_NL[day]} eindigen om ${end}; ${rule.nl}`,
              en: `${gridLabelEn(grid)} ends lessons on ${DAY_NAMES_EN[day]} at ${end}; ${rule.en}`,
            },
          ];
        }),
      (week) =>
        week.flatMap((c) =>
          FULL_DAYS.flatMap((day): Finding[] => {
            const end = lastEnd(c.days[day]);
            if (!outside(end)) return [];
            return [
              {
                where: { group: c.group, day, end },
                nl: `${c.label} heeft ${DAY_NAMES_NL[day]} les tot ${end}; ${rule.nl}`,
                en: `Class ${c.group} has lessons on ${DAY_NAMES_EN[day]} until ${end}; ${rule.en}`,
              },
            ];
          }),
        ),
    );
  },
};
