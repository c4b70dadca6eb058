// week.lesson-count — BaO/2020/03: a class has 28 lestijden a week; 29 only with an agreement of the
// local committee (scenario.localCommitteeAgreement).
import { lessonCount } from "../../src/model/index.js";
import { type Rule, violation } from "../rule.js";
import { checkWeek } from "./grid.js";

export const weekLessonCount: Rule = {
  id: "week.lesson-count",
  title: {
    nl: "28 lestijden per week (29 met akkoord lokaal comité)",
    en: "28 lesson periods a week (29 with local-committee agreement)",
  },
  source: "BaO/2020/03",
  severity: "hard",
  scope: "both",
  // No encode(): the day grid is checked before the solve (solver/core.ts usableGrids leaves out a grid that breaks a
  // hard week.* rule) and every lesson sits in a grid slot.
  check(ctx) {
    const { scenario } = ctx;
    const out = [];
    const allowed = scenario.localCommitteeAgreement ? [28, 29] : [28];
    if (!allowed.includes(scenario.lessonsPerWeek)) {
      out.push(
        violation(
          this,
          {},
          `Het scenario vraagt ${scenario.lessonsPerWeek} lestijden per week; dat moet 28 zijn` +
            (scenario.localCommitteeAgreement
              ? " of 29."
              : " (29 kan enkel met een akkoord van het lokaal comité: zet localCommitteeAgreement)."),
          `The scenario asks ${scenario.lessonsPerWeek} lesson periods a week; it must be 28 (29 with a local-committee agreement).`,
        ),
      );
    }
    // Each day grid must offer exactly the weekly number of lesson slots (only the chosen one for a candidate);
    // checkWeek grades a broken grid (warning while another offered grid is usable).
    out.push(
      ...checkWeek(this, ctx, (g) => {
        const n = lessonCount(g);
        if (n === scenario.lessonsPerWeek) return [];
        return [
          {
            where: {},
            nl: `Dagindeling '${g.name}' heeft ${n} lestijden per week, niet ${scenario.lessonsPerWeek}.`,
            en: `Day grid '${g.name}' has ${n} lesson periods a week, not ${scenario.lessonsPerWeek}.`,
          },
        ];
      }),
    );
    return out;
  },
};
