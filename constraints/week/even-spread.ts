// week.even-spread — BaO/2020/03: the lessons are "gelijk gespreid" over the 5 days. There is no official
// definition; the usual pattern is 6/6/4/6/6, so we check that the four full days (Mon, Tue, Thu, Fri) differ by
// at most 1 lestijd, and only warn (the regulations: rule high, check medium confidence).
import { type Day, DAY_NAMES_EN, DAY_NAMES_NL, lessonSlots } from "../../src/model/index.js";
import type { Rule } from "../rule.js";
import { checkWeek, FULL_DAYS, gridLabel, gridLabelEn } from "./grid.js";

/** Largest allowed difference in lestijden between two full days. */
export const MAX_FULL_DAY_DIFFERENCE = 1;

function uneven(counts: Record<Day, number>) {
  const ns = FULL_DAYS.map((d) => counts[d]);
  if (Math.max(...ns) - Math.min(...ns) <= MAX_FULL_DAY_DIFFERENCE) return undefined;
  return {
    nl: FULL_DAYS.map((d) => `${DAY_NAMES_NL[d]} ${counts[d]}`).join(", "),
    en: FULL_DAYS.map((d) => `${DAY_NAMES_EN[d]} ${counts[d]}`).join(", "),
  };
}

const advice = {
  nl: `de volle dagen mogen hoogstens ${MAX_FULL_DAY_DIFFERENCE} lestijd verschillen (gebruikelijk is 6/6/4/6/6).`,
  en: `the full days should differ by at most ${MAX_FULL_DAY_DIFFERENCE} lesson period (usual is 6/6/4/6/6).`,
};

export const weekEvenSpread: Rule = {
  id: "week.even-spread",
  title: { nl: "Lestijden gelijk gespreid over de week", en: "Lesson periods spread evenly over the week" },
  source: "BaO/2020/03; praktijk",
  severity: "warning",
  scope: "both",
  // No encode(): a warning about the day grid, not a constraint on the search.
  check(ctx) {
    return checkWeek(
      this,
      ctx,
      (grid) => {
        const n = (d: Day) => lessonSlots(grid, d).length;
        const u = uneven({ mon: n("mon"), tue: n("tue"), wed: n("wed"), thu: n("thu"), fri: n("fri") });
        if (!u) return [];
        return [
          {
            where: {},
            key: "spread",
            nl: `${gridLabel(grid)} spreidt de lestijden ongelijk (${u.nl}); ${advice.nl}`,
            en: `${gridLabelEn(grid)} spreads lesson periods unevenly (${u.en}); ${advice.en}`,
          },
        ];
      },
      (week) =>
        week.flatMap((c) => {
          const u = uneven({
            mon: c.days.mon.length,
            tue: c.days.tue.length,
            wed: c.days.wed.length,
            thu: c.days.thu.length,
            fri: c.days.fri.length,
          });
          if (!u) return [];
          return [
            {
              where: { group: c.group },
              key: "spread",
              nl: `${c.label} heeft de lessen ongelijk gespreid (${u.nl}); ${advice.nl}`,
              en: `Class ${c.group} has lessons spread unevenly (${u.en}); ${advice.en}`,
            },
          ];
        }),
    );
  },
};
