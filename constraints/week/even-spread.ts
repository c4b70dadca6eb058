// week.even-spread — BaO/2020/03: the lessons are "gelijk gespreid" over the 5 days. There is no official
// definition; the usual pattern is 6/6/4/6/6, so we check that the four full days (Mon, Tue, Thu, Fri) differ by
// at most 1 lestijd, and only warn (the regulations: rule high, check medium confidence).
import { type Day, DAY_NAMES_EN, DAY_NAMES_NL, lessonSlots } from "../../src/model/index.js";
import { defineRule } from "../rule.js";
import { checkWeek, finding, FULL_DAYS, lestijden } from "./grid.js";

/** Largest allowed difference in lestijden between two full days. */
export const MAX_FULL_DAY_DIFFERENCE = 1;

/** The full days' counts ("maandag 7, dinsdag 5, …") when they differ too much, else undefined. */
function uneven(counts: Record<Day, number>) {
  const ns = FULL_DAYS.map((d) => counts[d]);
  if (Math.max(...ns) - Math.min(...ns) <= MAX_FULL_DAY_DIFFERENCE) return undefined;
  return {
    nl: FULL_DAYS.map((d) => `${DAY_NAMES_NL[d]} ${counts[d]}`).join(", "),
    en: FULL_DAYS.map((d) => `${DAY_NAMES_EN[d]} ${counts[d]}`).join(", "),
  };
}

const ADVICE = {
  nl: "de volle dagen mogen hoogstens {difference} verschillen (gebruikelijk is 6/6/4/6/6).",
  en: "the full days should differ by at most {difference} (usual is 6/6/4/6/6).",
};

export const weekEvenSpread = defineRule({
  id: "week.even-spread",
  title: { nl: "Lestijden gelijk gespreid over de week", en: "Lesson periods spread evenly over the week" },
  source: "BaO/2020/03; praktijk",
  severity: "warning",
  scope: "both",
  messages: {
    "grid-uneven": {
      nl: `Dagindeling '{grid}' spreidt de lestijden ongelijk ({counts}); ${ADVICE.nl}{verdict}`,
      en: `Day grid '{grid}' spreads the lesson periods unevenly ({counts}); ${ADVICE.en}{verdict}`,
    },
    "class-uneven": {
      nl: `{class} heeft de lessen ongelijk gespreid ({counts}); ${ADVICE.nl}`,
      en: `{class} has its lessons spread unevenly ({counts}); ${ADVICE.en}`,
    },
  },
  // No encode(): a warning about the day grid, not a constraint on the search.
  check(ctx) {
    const difference = lestijden(MAX_FULL_DAY_DIFFERENCE);
    return checkWeek(
      this,
      ctx,
      (grid) => {
        const n = (d: Day) => lessonSlots(grid, d).length;
        const counts = uneven({ mon: n("mon"), tue: n("tue"), wed: n("wed"), thu: n("thu"), fri: n("fri") });
        if (!counts) return [];
        return [finding("grid-uneven", {}, { grid: grid.name, counts, difference }, "spread")];
      },
      (week) =>
        week.flatMap((c) => {
          const counts = uneven({
            mon: c.days.mon.length,
            tue: c.days.tue.length,
            wed: c.days.wed.length,
            thu: c.days.thu.length,
            fri: c.days.fri.length,
          });
          if (!counts) return [];
          return [finding("class-uneven", { group: c.group }, { class: c.label, counts, difference }, "spread")];
        }),
    );
  },
});
