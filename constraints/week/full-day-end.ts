// week.full-day-end — BaO/2020/03: on a full school day (Mon, Tue, Thu, Fri) the lessons end at 15:00 at the
// earliest and at 17:00 at the latest (settings.fullDayEndFrom / fullDayEndTo; both ends inclusive, so the
// 4+2 day ending at 15:00 is allowed). A day without lessons is week.days' business.
import { lessonSlots, toMinutes } from "../../src/model/index.js";
import { defineRule } from "../rule.js";
import { checkWeek, dayName, finding, FULL_DAYS } from "./grid.js";

function lastEnd(xs: { end: string }[]): string | undefined {
  return xs.map((x) => x.end).sort((a, b) => toMinutes(b) - toMinutes(a))[0];
}

const RULE = {
  nl: "op een volle schooldag eindigen de lessen tussen {from} en {to}.",
  en: "on a full school day lessons end between {from} and {to}.",
};

export const weekFullDayEnd = defineRule({
  id: "week.full-day-end",
  title: { nl: "Volle dag eindigt tussen 15 en 17 uur", en: "A full day ends between 15:00 and 17:00" },
  source: "BaO/2020/03",
  severity: "hard",
  scope: "both",
  messages: {
    "grid-end-out-of-range": {
      nl: `Dagindeling '{grid}' laat de lessen op {day} eindigen om {end}; ${RULE.nl}{verdict}`,
      en: `Day grid '{grid}' ends the lessons on {day} at {end}; ${RULE.en}{verdict}`,
    },
    "class-end-out-of-range": {
      nl: `{class} heeft {day} les tot {end}; ${RULE.nl}`,
      en: `{class} has lessons on {day} until {end}; ${RULE.en}`,
    },
  },
  // No encode(): a property of the day grid, checked before the solve (usableGrids); lessons only take grid slots.
  check(ctx) {
    const { fullDayEndFrom: from, fullDayEndTo: to } = ctx.scenario.settings;
    const outside = (end: string | undefined): end is string =>
      end !== undefined && (toMinutes(end) < toMinutes(from) || toMinutes(end) > toMinutes(to));
    return checkWeek(
      this,
      ctx,
      (grid) =>
        FULL_DAYS.flatMap((day) => {
          const end = lastEnd(lessonSlots(grid, day));
          if (!outside(end)) return [];
          return [
            finding("grid-end-out-of-range", { day, end }, { grid: grid.name, day: dayName(day), end, from, to }),
          ];
        }),
      (week) =>
        week.flatMap((c) =>
          FULL_DAYS.flatMap((day) => {
            const end = lastEnd(c.days[day]);
            if (!outside(end)) return [];
            return [
              finding(
                "class-end-out-of-range",
                { group: c.group, day, end },
                { class: c.label, day: dayName(day), end, from, to },
              ),
            ];
          }),
        ),
    );
  },
});
