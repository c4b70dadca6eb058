// week.days — BaO/2020/03: the lessons are spread over 5 days, Monday to Friday. Every weekday of a day grid
// needs lesson slots (Wednesday only in the morning), and every class of a candidate has lessons each weekday.
import { DAY_NAMES_EN, DAY_NAMES_NL, DAYS, lessonSlots } from "../../src/model/index.js";
import type { Rule } from "../rule.js";
import { checkWeek, type Finding, gridLabel, gridLabelEn } from "./grid.js";

export const weekDays: Rule = {
  id: "week.days",
  title: { nl: "Lesdagen: maandag tot en met vrijdag", en: "Lesson days: Monday to Friday" },
  source: "BaO/2020/03",
  severity: "hard",
  scope: "both",
  // No encode(): a property of the day grid, checked before the solve (usableGrids); lessons only take grid slots.
  check(ctx) {
    return checkWeek(
      this,
      ctx,
      (grid) =>
        DAYS.filter((day) => lessonSlots(grid, day).length === 0).map((day) => ({
          where: { day },
          nl: `${gridLabel(grid)} heeft geen lestijden op ${DAY_NAMES_NL[day]}; de lessen lopen van maandag tot en met vrijdag.`,
          en: `${gridLabelEn(grid)} has no lesson slots on ${DAY_NAMES_EN[day]}; lessons run Monday to Friday.`,
        })),
      (week) =>
        week.flatMap((c): Finding[] => {
          const missing = DAYS.filter((day) => c.days[day].length === 0);
          // A class without any lesson is one finding, not five.
          if (missing.length === DAYS.length)
            return [
              {
                where: { group: c.group },
                key: `none:${c.group}`,
                nl: `${c.label} heeft deze week geen enkele les.`,
                en: `Class ${c.group} has no lessons this week.`,
              },
            ];
          return missing.map((day) => ({
            where: { group: c.group, day },
            nl: `${c.label} heeft geen lessen op ${DAY_NAMES_NL[day]}; de lessen lopen van maandag tot en met vrijdag.`,
            en: `Class ${c.group} has no lessons on ${DAY_NAMES_EN[day]}; lessons run Monday to Friday.`,
          }));
        }),
    );
  },
};
