// release.goal-met — a release goal gets its shared block(s) in the week: `blocksPerWeek` blocks, at most
// one a day. A required goal without them is a hard violation; an optional one a warning. (Vrijrooster's
// own contract with the school, not law: the goal is what the school asked for.)
import { DAY_NAMES_NL } from "../../src/model/index.js";
import { type Rule, violation } from "../rule.js";

export const releaseGoalMet: Rule = {
  id: "release.goal-met",
  title: { nl: "Elke vrijroostering krijgt haar blok(ken) in de week", en: "Every release goal gets its block(s) in the week" },
  source: "scenario (releaseGoals: required, blocksPerWeek)",
  severity: "hard",
  scope: "timetable",
  check({ scenario, candidate }) {
    if (!candidate) return [];
    const out = [];
    for (const goal of scenario.releaseGoals) {
      const blocks = candidate.releases.filter((r) => r.goal === goal.id);
      if (blocks.length < goal.blocksPerWeek) {
        out.push(
          violation(
            this,
            { goal: goal.id },
            `'${goal.name}' krijgt ${blocks.length} van de ${goal.blocksPerWeek} gevraagde blok(ken) per week${goal.required ? " en is verplicht" : ""}.`,
            `'${goal.name}' gets ${blocks.length} of the ${goal.blocksPerWeek} requested block(s) a week${goal.required ? " and is required" : ""}.`,
            goal.required ? "hard" : "warning",
          ),
        );
      }
      const days = blocks.map((b) => b.day);
      for (const d of new Set(days)) {
        if (days.filter((x) => x === d).length > 1) {
          out.push(violation(this, { goal: goal.id, day: d }, `'${goal.name}' heeft op ${DAY_NAMES_NL[d]} meer dan één blok; spreid de blokken over de week.`, `'${goal.name}' has more than one block on one day.`, "warning"));
        }
      }
    }
    return out;
  },
};
