// release.goal-met — a release goal gets its shared blocks in the week: `blocksPerWeek` blocks, at most
// one a day. A required goal without them is a hard violation; an optional one a warning. (Vrijrooster's
// own contract with the school, not law: the goal is what the school asked for.)
import { defineRule, report, tag } from "../rule.js";
import { dayOf } from "./blocks.js";
import { sum, WEIGHTS, type LinExpr, type ModelBuilder } from "../model-builder.js";
import { nameOf } from "../encode-util.js";
import { agree, andList, BLOCK, count, type Forms } from "../count.js";

const MUST: Forms = { nl: ["moet", "moeten"], en: ["must", "must"] };

export const releaseGoalMet = defineRule({
  id: "release.goal-met",
  title: {
    nl: "Elke vrijroostering krijgt de gevraagde blokken in de week",
    en: "Every release goal gets the blocks it asks for in the week",
  },
  source: "scenario (releaseGoals: required, blocksPerWeek)",
  severity: "hard",
  scope: "timetable",
  messages: {
    "encode-blocks-per-week": {
      nl: `'{goal}' vraagt {blocks} per week`,
      en: `'{goal}' asks for {blocks} a week`,
    },
    "encode-required": {
      nl: `'{goal}' is verplicht: {members}{externals} {must} samen vrij zijn`,
      en: `'{goal}' is required: {members}{externals} {must} be free together`,
    },
    "required-goal-short": {
      nl: "'{goal}' krijgt {got} per week maar vraagt {wanted}, en is verplicht.",
      en: "'{goal}' gets {got} a week but asks for {wanted}, and is required.",
    },
    "optional-goal-short": {
      nl: "'{goal}' krijgt {got} per week maar vraagt {wanted}.",
      en: "'{goal}' gets {got} a week but asks for {wanted}.",
    },
    "two-blocks-one-day": {
      nl: "'{goal}' heeft op {day} meer dan één blok; spreid de blokken over de week.",
      en: "'{goal}' has more than one block on {day}; spread the blocks over the week.",
    },
  },
  encode: encodeGoals,
  check({ scenario, candidate }) {
    if (!candidate) return [];
    const out = [];
    for (const goal of scenario.releaseGoals) {
      const blocks = candidate.releases.filter((r) => r.goal === goal.id);
      if (blocks.length < goal.blocksPerWeek) {
        out.push(
          report(
            this,
            goal.required ? "required-goal-short" : "optional-goal-short",
            { goal: goal.id },
            { goal: goal.name, got: count(blocks.length, BLOCK), wanted: count(goal.blocksPerWeek, BLOCK) },
            goal.required ? "hard" : "warning",
          ),
        );
      }
      const days = blocks.map((b) => b.day);
      for (const d of new Set(days)) {
        if (days.filter((x) => x === d).length > 1) {
          out.push(
            report(
              this,
              "two-blocks-one-day",
              { goal: goal.id, day: d },
              { goal: goal.name, day: dayOf(d) },
              "warning",
            ),
          );
        }
      }
    }
    return out;
  },
});

// ---- encode(): this rule as constraints of the solver's model ----

/** release.goal-met: blocks per week, at most one block a day, required goals must get theirs. */
function encodeGoals(m: ModelBuilder): string[] {
  const metVars: string[] = [];
  for (const goal of m.scenario.releaseGoals) {
    const vars = m.releaseVars.filter((v) => v.goal.id === goal.id);
    const perWeek = tag(releaseGoalMet, "encode-blocks-per-week", `goal:${goal.id}`, {
      goal: goal.name,
      blocks: count(goal.blocksPerWeek, BLOCK),
    });
    m.addConstraint(sum(vars.map((v) => v.name)), "<=", goal.blocksPerWeek, perWeek);
    for (const day of ["mon", "tue", "wed", "thu", "fri"]) {
      const onDay = vars.filter((v) => v.block.day === day).map((v) => v.name);
      if (onDay.length > 1) m.addConstraint(sum(onDay), "<=", 1, perWeek);
    }
    if (goal.required) {
      const externals = goal.externals.map((e) => nameOf(m, e)).join(", ");
      m.addConstraint(
        sum(vars.map((v) => v.name)),
        ">=",
        goal.blocksPerWeek,
        tag(releaseGoalMet, "encode-required", `required:${goal.id}`, {
          goal: goal.name,
          members: andList(goal.members.map((p) => nameOf(m, p))),
          externals: externals ? { nl: ` met ${externals}`, en: ` with ${externals}` } : "",
          // "An Peeters moet", "An Peeters en Bram Janssens moeten": the verb agrees with the members.
          must: agree(goal.members.length, MUST),
        }),
      );
    }
    const met = `met_${goal.id}`;
    metVars.push(met);
    // All of the goal's blocks or nothing: a goal with 1 of its 2 weekly blocks is not met (as check() says).
    m.addIndicatorVar(met);
    const e: LinExpr = new Map([[met, goal.blocksPerWeek]]);
    for (const v of vars) e.set(v.name, -1);
    m.addConstraint(e, "<=", 0, perWeek);
    const obj: LinExpr = new Map([[met, WEIGHTS.goal]]);
    for (const v of vars) obj.set(v.name, WEIGHTS.minute * goal.weight * v.block.minutes);
    m.addObjective(obj);
  }
  return metVars;
}
