// week.days — BaO/2020/03: the lessons are spread over 5 days, Monday to Friday. Every weekday of a day grid
// needs lesson slots (Wednesday only in the morning), and every class of a candidate has lessons each weekday.
import { DAYS, lessonSlots } from "../../src/model/index.js";
import { defineRule } from "../rule.js";
import { checkWeek, dayName, type Finding, finding } from "./grid.js";

export const weekDays = defineRule({
  id: "week.days",
  title: { nl: "Lesdagen: maandag tot en met vrijdag", en: "Lesson days: Monday to Friday" },
  source: "BaO/2020/03",
  severity: "hard",
  scope: "both",
  messages: {
    "grid-day-without-lessons": {
      nl: "Dagindeling '{grid}' heeft geen lestijden op {day}; de lessen lopen van maandag tot en met vrijdag.{verdict}",
      en: "Day grid '{grid}' has no lesson slots on {day}; lessons run from Monday to Friday.{verdict}",
    },
    "class-without-lessons": {
      nl: "{class} heeft deze week geen enkele les.",
      en: "{class} has no lessons at all this week.",
    },
    "class-day-without-lessons": {
      nl: "{class} heeft geen lessen op {day}; de lessen lopen van maandag tot en met vrijdag.",
      en: "{class} has no lessons on {day}; lessons run from Monday to Friday.",
    },
  },
  // No encode(): a property of the day grid, checked before the solve (usableGrids); lessons only take grid slots.
  check(ctx) {
    return checkWeek(
      this,
      ctx,
      (grid) =>
        DAYS.filter((day) => lessonSlots(grid, day).length === 0).map((day) =>
          finding("grid-day-without-lessons", { day }, { grid: grid.name, day: dayName(day) }),
        ),
      (week) =>
        week.flatMap((c): Finding<"class-without-lessons" | "class-day-without-lessons">[] => {
          const missing = DAYS.filter((day) => c.days[day].length === 0);
          // A class without any lesson is one finding, not five.
          if (missing.length === DAYS.length)
            return [finding("class-without-lessons", { group: c.group }, { class: c.label }, `none:${c.group}`)];
          return missing.map((day) =>
            finding("class-day-without-lessons", { group: c.group, day }, { class: c.label, day: dayName(day) }),
          );
        }),
    );
  },
});
