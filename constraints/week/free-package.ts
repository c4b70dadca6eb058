// week.free-package — Flexio line 1148: of the lestijdenpakket, 2 lestijden a week may be filled freely from the
// school's own pedagogical project; Flexio suggests planning ateliers there. More atelier time per class eats
// into the subject plan, so we warn (the regulations: medium confidence).
// Scenario: an atelier plan's candidate block that covers more than 2 lesson slots, or a class whose atelier
// plans together need more. Candidate: the ATELIER periods each class actually has.
import { type Block, type DayGrid, groupName, lessonSlots, overlaps, type Violation } from "../../src/model/index.js";
import { defineRule, report } from "../rule.js";
import { classLabel, classWeeks, dayName, gridsToCheck, lestijden } from "./grid.js";

/** Lestijden a week the school fills from its own project (Flexio line 1148). */
export const FREE_PACKAGE_LESTIJDEN = 2;

/** Lesson slots of the grid that an atelier block takes. */
export const blockLestijden = (grid: DayGrid, b: Block) =>
  lessonSlots(grid, b.day).filter((s) => overlaps(s.start, s.end, b.start, b.end)).length;

const WHY = {
  nl: "Flexio (r. 1148) voorziet {free} per week die de school vrij invult vanuit het eigen pedagogisch project.",
  en: "Flexio (l. 1148) provides {free} a week that the school fills freely from its own pedagogical project.",
};

export const weekFreePackage = defineRule({
  id: "week.free-package",
  title: {
    nl: "Hoogstens 2 vrij in te vullen lestijden (ateliers)",
    en: "At most 2 freely filled lesson periods (ateliers)",
  },
  source: "Flexio r. 1148",
  severity: "warning",
  scope: "both",
  messages: {
    "class-too-many-atelier-periods": {
      nl: `{class} heeft {periods} atelier per week. ${WHY.nl}`,
      en: `{class} has {periods} of ateliers a week. ${WHY.en}`,
    },
    "block-too-long": {
      nl: `Atelierwerking '{plan}': het blok op {day} {start}–{end} neemt {periods}{inGrid}. ${WHY.nl}`,
      en: `Atelier plan '{plan}': the block on {day} {start}–{end} takes {periods}{inGrid}. ${WHY.en}`,
    },
    "plans-too-many-periods": {
      nl: `{class} neemt deel aan de atelierwerkingen {plans}, samen minstens {periods} per week. ${WHY.nl}`,
      en: `{class} takes part in the atelier plans {plans}, together at least {periods} a week. ${WHY.en}`,
    },
  },
  // No encode(): a warning about the subject plan, not a constraint on the search.
  check(ctx) {
    const { scenario, candidate } = ctx;
    const out: Violation[] = [];
    const free = lestijden(FREE_PACKAGE_LESTIJDEN);
    if (candidate) {
      for (const c of classWeeks(scenario, candidate)) {
        const n = Object.values(c.days)
          .flat()
          .filter((l) => l.subject === "ATELIER").length;
        if (n > FREE_PACKAGE_LESTIJDEN)
          out.push(
            report(
              this,
              "class-too-many-atelier-periods",
              { group: c.group },
              {
                class: c.label,
                periods: lestijden(n),
                free,
              },
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
            // The grid is named only when the scenario offers several.
            const inGrid =
              grids.length > 1 ? { nl: ` in dagindeling '${g.name}'`, en: ` in day grid '${g.name}'` } : "";
            out.push(
              report(
                this,
                "block-too-long",
                { day: b.day, start: b.start, end: b.end },
                {
                  plan: plan.name,
                  day: dayName(b.day),
                  start: b.start,
                  end: b.end,
                  periods: lestijden(n),
                  inGrid,
                  free,
                },
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
        out.push(
          report(
            this,
            "plans-too-many-periods",
            { group: g.id },
            {
              class: classLabel(groupName(g)),
              plans: plans.map((p) => `'${p.name}'`).join(", "),
              periods: lestijden(total),
              free,
            },
          ),
        );
      }
    }
    return out;
  },
});
