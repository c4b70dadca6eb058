// week.earliest-start — BaO/2020/03: "Op een schooldag kunnen de lessen ten vroegste beginnen om 8 uur"
// (settings.earliestStart, default 08:00). Child-free staff slots before the first lesson are fine.
import { DAYS, lessonSlots, toMinutes } from "../../src/model/index.js";
import { defineRule } from "../rule.js";
import { checkWeek, dayName, finding } from "./grid.js";

function firstBefore<T extends { start: string }>(xs: T[], earliest: string): T | undefined {
  return xs
    .filter((x) => toMinutes(x.start) < toMinutes(earliest))
    .sort((a, b) => toMinutes(a.start) - toMinutes(b.start))[0];
}

export const weekEarliestStart = defineRule({
  id: "week.earliest-start",
  title: { nl: "Lessen beginnen ten vroegste om 8 uur", en: "Lessons start at 8:00 at the earliest" },
  source: "BaO/2020/03",
  severity: "hard",
  scope: "both",
  messages: {
    "grid-starts-too-early": {
      nl: "Dagindeling '{grid}' laat de lessen op {day} al om {start} beginnen; de lessen beginnen ten vroegste om {earliest}.{verdict}",
      en: "Day grid '{grid}' starts the lessons on {day} as early as {start}; lessons start at {earliest} at the earliest.{verdict}",
    },
    "class-starts-too-early": {
      nl: "{class} heeft {day} al om {start} les; de lessen beginnen ten vroegste om {earliest}.",
      en: "{class} has a lesson on {day} as early as {start}; lessons start at {earliest} at the earliest.",
    },
  },
  // No encode(): a property of the day grid, checked before the solve (usableGrids); lessons only take grid slots.
  check(ctx) {
    const earliest = ctx.scenario.settings.earliestStart;
    return checkWeek(
      this,
      ctx,
      (grid) =>
        DAYS.flatMap((day) => {
          const s = firstBefore(lessonSlots(grid, day), earliest);
          if (!s) return [];
          return [
            finding(
              "grid-starts-too-early",
              { day, start: s.start, end: s.end },
              { grid: grid.name, day: dayName(day), start: s.start, earliest },
            ),
          ];
        }),
      (week) =>
        week.flatMap((c) =>
          DAYS.flatMap((day) => {
            const l = firstBefore(c.days[day], earliest);
            if (!l) return [];
            return [
              finding(
                "class-starts-too-early",
                { group: c.group, day, start: l.start, end: l.end },
                { class: c.label, day: dayName(day), start: l.start, earliest },
              ),
            ];
          }),
        ),
    );
  },
});
