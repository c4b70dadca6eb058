// release.window — the school's own wish, not law (issue 10, shared/PRACTICES.md "intervisie every Wednesday
// morning", "the kernteam on a Thursday", "never on Friday afternoon"): a goal with `when` meets only inside
// one of those windows, a goal with `notWhen` never touches one of those. Morning and afternoon are read from
// the day grid (before / after the lunch break; a day without lunch: settings.wednesdayCutoff).
import { DAY_NAMES_EN, DAY_NAMES_NL, goalGrid, windowProblem, type Violation } from "../../src/model/index.js";
import { defineRule, report, tag } from "../rule.js";
import type { ModelBuilder } from "../model-builder.js";
import { gridFor } from "../structure/facts.js";

export const releaseWindow = defineRule({
  id: "release.window",
  title: {
    nl: "Een vrijroostering valt in de toegelaten dagen en dagdelen van haar doel",
    en: "A release falls in its goal's allowed days and parts of the day",
  },
  source: "scenario (releaseGoals: when, notWhen)",
  severity: "hard",
  scope: "timetable",
  messages: {
    "encode-outside-when": {
      nl: `'{goal}' mag enkel op de toegelaten momenten (when)`,
      en: `'{goal}' may only meet at the allowed times (when)`,
    },
    "encode-in-not-when": {
      nl: `'{goal}' mag niet op de uitgesloten momenten (notWhen)`,
      en: `'{goal}' may not meet at the excluded times (notWhen)`,
    },
    outside: {
      nl: "Het blok van '{goal}' op {day} {start}–{end} valt buiten de toegelaten momenten van dat doel.",
      en: "The block of '{goal}' on {day} {start}–{end} lies outside that goal's allowed times.",
    },
    forbidden: {
      nl: "Het blok van '{goal}' op {day} {start}–{end} valt (deels) in een moment dat voor dat doel uitgesloten is.",
      en: "The block of '{goal}' on {day} {start}–{end} falls (partly) in a time excluded for that goal.",
    },
  },
  encode: encodeWindow,
  check(ctx) {
    const { scenario: s, candidate } = ctx;
    if (!candidate) return [];
    const grid = gridFor(ctx);
    const out: Violation[] = [];
    for (const r of candidate.releases) {
      const goal = s.releaseGoals.find((g) => g.id === r.goal);
      if (!goal) continue;
      const problem = windowProblem(s, goalGrid(s, grid, goal), goal, r.day, r.start, r.end);
      if (!problem) continue;
      out.push(
        report(
          this,
          problem,
          { goal: goal.id, day: r.day, start: r.start, end: r.end },
          { goal: goal.name, day: { nl: DAY_NAMES_NL[r.day], en: DAY_NAMES_EN[r.day] }, start: r.start, end: r.end },
        ),
      );
    }
    return out;
  },
});

/** A block outside the goal's windows (or touching a forbidden one) is never chosen: y = 0. */
function encodeWindow(m: ModelBuilder): void {
  for (const v of m.releaseVars) {
    const grid = goalGrid(m.scenario, m.grid, v.goal); // morning and afternoon of the goal's own days
    const problem = windowProblem(m.scenario, grid, v.goal, v.block.day, v.block.start, v.block.end);
    if (!problem) continue;
    m.addConstraint(
      new Map([[v.name, 1]]),
      "<=",
      0,
      tag(releaseWindow, problem === "outside" ? "encode-outside-when" : "encode-in-not-when", `goal:${v.goal.id}`, {
        goal: v.goal.name,
      }),
    );
  }
}
