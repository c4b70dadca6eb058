// week.lesson-count — BaO/2020/03: a class has 28 lestijden a week; 29 only with an agreement of the
// local committee (scenario.localCommitteeAgreement).
import { lessonCount, type Violation } from "../../src/model/index.js";
import { defineRule, report } from "../rule.js";
import { checkWeek, finding } from "./grid.js";

export const weekLessonCount = defineRule({
  id: "week.lesson-count",
  title: {
    nl: "28 lestijden per week (29 met akkoord lokaal comité)",
    en: "28 lesson periods a week (29 with local-committee agreement)",
  },
  source: "BaO/2020/03",
  severity: "hard",
  scope: "both",
  messages: {
    "no-usable-grid": {
      nl: "Geen enkele dagindeling ({grids}) is bruikbaar",
      en: "No day grid ({grids}) is usable",
    },
    "wrong-lessons-per-week": {
      nl: "Het scenario vraagt {count} lestijden per week; dat moet 28 zijn (29 kan enkel met een akkoord van het lokaal comité: zet localCommitteeAgreement).",
      en: "The scenario asks for {count} lesson periods a week; that must be 28 (29 only with an agreement of the local committee: set localCommitteeAgreement).",
    },
    "wrong-lessons-per-week-with-agreement": {
      nl: "Het scenario vraagt {count} lestijden per week; dat moet 28 zijn of 29.",
      en: "The scenario asks for {count} lesson periods a week; that must be 28 or 29.",
    },
    "grid-wrong-lesson-count": {
      nl: "Dagindeling '{grid}' heeft {count} lestijden per week, niet {wanted}.{verdict}",
      en: "Day grid '{grid}' has {count} lesson periods a week, not {wanted}.{verdict}",
    },
  },
  // No encode(): the day grid is checked before the solve (solver/core.ts usableGrids leaves out a grid that breaks a
  // hard week.* rule) and every lesson sits in a grid slot.
  check(ctx) {
    const { scenario } = ctx;
    const out: Violation[] = [];
    const allowed = scenario.localCommitteeAgreement ? [28, 29] : [28];
    if (!allowed.includes(scenario.lessonsPerWeek)) {
      const id = scenario.localCommitteeAgreement ? "wrong-lessons-per-week-with-agreement" : "wrong-lessons-per-week";
      out.push(report(this, id, {}, { count: scenario.lessonsPerWeek }));
    }
    // Each day grid must offer exactly the weekly number of lesson slots (only the chosen one for a candidate);
    // checkWeek grades a broken grid (warning while another offered grid is usable).
    out.push(
      ...checkWeek(this, ctx, (g) => {
        const count = lessonCount(g);
        if (count === scenario.lessonsPerWeek) return [];
        return [finding("grid-wrong-lesson-count", {}, { grid: g.name, count, wanted: scenario.lessonsPerWeek })];
      }),
    );
    return out;
  },
});
