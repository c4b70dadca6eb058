// week.wednesday-afternoon — BaO/2020/03: "De woensdagnamiddag is vrij". No lesson may end after the
// Wednesday morning block; the cut-off (settings.wednesdayCutoff, default 12:30) is a setting because the
// circular names no hour (the regulations: cut-off medium confidence).
import { type Lesson, type Slot, lessonSlots, toMinutes } from "../../src/model/index.js";
import { defineRule } from "../rule.js";
import { checkWeek, finding } from "./grid.js";

/** The latest-ending of these lessons that ends after the cut-off, if any. */
function lastAfter<T extends Pick<Slot | Lesson, "start" | "end">>(xs: T[], cutoff: string): T | undefined {
  const late = xs.filter((x) => toMinutes(x.end) > toMinutes(cutoff));
  return late.sort((a, b) => toMinutes(b.end) - toMinutes(a.end))[0];
}

const WHY = {
  nl: "de woensdagnamiddag moet vrij zijn (geen les na {cutoff}, instelling wednesdayCutoff).",
  en: "Wednesday afternoon must be free (no lesson after {cutoff}, setting wednesdayCutoff).",
};

export const weekWednesdayAfternoon = defineRule({
  id: "week.wednesday-afternoon",
  title: { nl: "Woensdagnamiddag vrij", en: "Wednesday afternoon free" },
  source: "BaO/2020/03",
  severity: "hard",
  scope: "both",
  messages: {
    "grid-lesson-on-wednesday-afternoon": {
      nl: `Dagindeling '{grid}' heeft woensdag een les tot {end}; ${WHY.nl}{verdict}`,
      en: `Day grid '{grid}' has a lesson on Wednesday until {end}; ${WHY.en}{verdict}`,
    },
    "class-lesson-on-wednesday-afternoon": {
      nl: `{class} heeft woensdag een les tot {end}; ${WHY.nl}`,
      en: `{class} has a lesson on Wednesday until {end}; ${WHY.en}`,
    },
  },
  // No encode(): a property of the day grid, checked before the solve (usableGrids); lessons only take grid slots.
  check(ctx) {
    const cutoff = ctx.scenario.settings.wednesdayCutoff;
    return checkWeek(
      this,
      ctx,
      (grid) => {
        const s = lastAfter(lessonSlots(grid, "wed"), cutoff);
        if (!s) return [];
        return [
          finding(
            "grid-lesson-on-wednesday-afternoon",
            { day: "wed", start: s.start, end: s.end },
            { grid: grid.name, end: s.end, cutoff },
          ),
        ];
      },
      (week) =>
        week.flatMap((c) => {
          const l = lastAfter(c.days.wed, cutoff);
          if (!l) return [];
          return [
            finding(
              "class-lesson-on-wednesday-afternoon",
              { group: c.group, day: "wed", start: l.start, end: l.end },
              { class: c.label, end: l.end, cutoff },
            ),
          ];
        }),
    );
  },
});
