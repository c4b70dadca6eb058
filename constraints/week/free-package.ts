// week.free-package — Flexio line 1148: of the lestijdenpakket, 2 lestijden a week may be filled freely from the
// school's own pedagogical project; Flexio suggests planning ateliers there. More atelier time per class eats
// into the subject plan, so we warn (the regulations: medium confidence).
// Scenario: an atelier plan's candidate block that covers more than 2 lesson slots, or a class whose atelier
// plans together need more. Candidate: the ATELIER periods each class actually has.
import {
  type Block,
  type DayGrid,
  DAY_NAMES_EN,
  DAY_NAMES_NL,
  groupName,
  lessonSlots,
  overlaps,
} from "../../src/model/index.js";
import { type Rule, violation } from "../rule.js";
import { classLabel, classWeeks, gridsToCheck, lestijden } from "./grid.js";

/** Lestijden a week the school fills from its own project (Flexio line 1148). */
export const FREE_PACKAGE_LESTIJDEN = 2;

/** Lesson slots of the grid that an atelier block takes. */
export const blockLestijden = (grid: DayGrid, b: Block) =>
  lessonSlots(grid, b.day).filter((s) => overlaps(s.start, s.end, b.start, b.end)).length;

const why = {
  nl: `Flexio (r. 1148) voorziet ${lestijden(FREE_PACKAGE_LESTIJDEN)} per week die de school vrij invult vanuit het eigen pedagogisch project.`,
  en: `Flexio (l. 1148) allows ${FREE_PACKAGE_LESTIJDEN} lesson periods a week filled from the school's own pedagogical project.`,
};

export const weekFreePackage: Rule = {
  id: "week.free-package",
  title: {
    nl: "Hoogstens 2 vrij in te vullen lestijden (ateliers)",
    en: "At most 2 freely filled lesson periods (ateliers)",
  },
  source: "Flexio r. 1148",
  severity: "warning",
  scope: "both",
  // No encode(): a warning about the subject plan, not a constraint on the search.
  check(ctx) {
    const { scenario, candidate } = ctx;
    const out = [];
    if (candidate) {
      for (const c of classWeeks(scenario, candidate)) {
        const n = Object.values(c.days)
          .flat()
          .filter((l) => l.subject === "ATELIER").length;
        if (n > FREE_PACKAGE_LESTIJDEN)
          out.push(
            violation(
              this,
              { group: c.group },
              `${c.label} heeft ${lestijden(n)} atelier per week. ${why.nl}`,
              `Class ${c.group} has ${n} atelier periods a week. ${why.en}`,
            ),
          );
      }
      return out;
    }
    const grids = gridsToCheck(ctx);
    // Per plan, the fewest lestijden any of its blocks takes (in any grid): what the class must give at least.
    const fewest = new Map<string, number>();
    for (const plan of scenario.atelierPlans) {
      let least = Infinity;
      for (const b of plan.candidateBlocks) {
        for (const g of grids) {
          const n = blockLestijden(g, b);
          least = Math.min(least, n);
          if (n > FREE_PACKAGE_LESTIJDEN) {
            const gridNl = grids.length > 1 ? ` in dagindeling '${g.name}'` : "";
            const gridEn = grids.length > 1 ? ` in day grid '${g.name}'` : "";
            out.push(
              violation(
                this,
                { day: b.day, start: b.start, end: b.end },
                `Atelierwerking '${plan.name}': het blok op ${DAY_NAMES_NL[b.day]} ${b.start}–${b.end} neemt ${lestijden(n)}${gridNl}. ${why.nl}`,
                `Atelier plan '${plan.name}': the block on ${DAY_NAMES_EN[b.day]} ${b.start}–${b.end} takes ${n} lesson periods${gridEn}. ${why.en}`,
              ),
            );
          }
        }
      }
      fewest.set(plan.id, least);
    }
    for (const g of scenario.groups) {
      const plans = scenario.atelierPlans.filter((p) => p.groups.includes(g.id));
      if (plans.length < 2) continue; // one plan is judged by its blocks above
      const total = plans.reduce((sum, p) => sum + (fewest.get(p.id) ?? 0), 0);
      if (total > FREE_PACKAGE_LESTIJDEN) {
        const names = plans.map((p) => `'${p.name}'`).join(", ");
        out.push(
          violation(
            this,
            { group: g.id },
            `${classLabel(groupName(g))} neemt deel aan de atelierwerkingen ${names}, samen minstens ${lestijden(total)} per week. ${why.nl}`,
            `Class ${g.id} takes part in atelier plans ${names}, together at least ${total} lesson periods a week. ${why.en}`,
          ),
        );
      }
    }
    return out;
  },
};
