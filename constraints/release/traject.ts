// release.traject — Flexio line 416 (practice): effective professionalisation is an extensive trajectory
// spread over a long enough period, with at least about twenty contact hours. Warning per learning goal
// (not the coteach-consult or zorg consultations) when its weekly block minutes × expected sessions per
// school year stay below 20 h. Sessions: ~36 school weeks; every n weeks → 36/n; monthly pattern → ~9.
// Scenario: the configured minimum block; candidate: the goal's actual blocks in the week.
import type { ReleaseGoal, Scenario, Violation } from "../../src/model/index.js";
import { type Rule, violation } from "../rule.js";
import { blocksOf, minBlockOf } from "./blocks.js";

/** Approximate number of school weeks in a Flemish school year (1 Sept – 30 June minus holidays). */
export const SCHOOL_WEEKS = 36;
const MIN_CONTACT_MINUTES = 20 * 60;

export function sessionsPerYear(goal: ReleaseGoal): number {
  switch (goal.frequency.kind) {
    case "weekly":
      return SCHOOL_WEEKS;
    case "every-n-weeks":
      return SCHOOL_WEEKS / goal.frequency.n;
    case "monthly-pattern":
      return SCHOOL_WEEKS / 4;
  }
}

const freqNl = (g: ReleaseGoal) =>
  g.frequency.kind === "weekly"
    ? "wekelijks"
    : g.frequency.kind === "every-n-weeks"
      ? `om de ${g.frequency.n} weken`
      : `maandelijks (week ${g.frequency.week})`;

/** 570 → "9,5" (Dutch decimal comma, whole hours without ",0"). */
const hours = (min: number) => String(Math.round(min / 6) / 10).replace(".", ",");

// Team meetings are no learning trajectory either (issue 10: the 20-hour warning was shown for them).
const isTrajectory = (g: ReleaseGoal) =>
  g.purpose !== "coteach-consult" && g.purpose !== "zorg" && g.purpose !== "team";

export const releaseTraject: Rule = {
  id: "release.traject",
  title: {
    nl: "Professionaliseringstraject van minstens ~20 contacturen per jaar",
    en: "Professional learning trajectory of at least ~20 contact hours a year",
  },
  source: "Flexio line 416",
  severity: "warning",
  scope: "both",
  // No encode(): a warning over the whole year (contact hours), informational for the weekly search.
  check({ scenario, candidate }) {
    const out: Violation[] = [];
    for (const goal of scenario.releaseGoals.filter(isTrajectory)) {
      const weekly = weeklyMinutes(scenario, goal, candidate);
      const sessions = sessionsPerYear(goal);
      const total = Math.round(weekly * sessions);
      if (total >= MIN_CONTACT_MINUTES) continue;
      const basis = candidate
        ? `in deze week ${weekly} min`
        : `minstens ${weekly} min per keer (${goal.blocksPerWeek} × ${minBlockOf(scenario, goal)} min)`;
      out.push(
        violation(
          this,
          { goal: goal.id },
          `'${goal.name}' komt ${freqNl(goal)} samen, ${basis}: over ongeveer ${String(Math.round(sessions * 10) / 10).replace(".", ",")} keer per schooljaar is dat ${hours(total)} uur, ` +
            `minder dan de ongeveer 20 contacturen die een effectief professionaliseringstraject vraagt.`,
          `'${goal.name}' gives about ${Math.round(total / 6) / 10} contact hours a school year (${weekly} min × ${Math.round(sessions * 10) / 10}); effective professional learning needs about 20.`,
        ),
      );
    }
    return out;
  },
};

function weeklyMinutes(
  scenario: Scenario,
  goal: ReleaseGoal,
  candidate?: Parameters<Rule["check"]>[0]["candidate"],
): number {
  if (!candidate) return minBlockOf(scenario, goal) * goal.blocksPerWeek;
  return blocksOf(candidate, goal.id).reduce((sum, b) => sum + b.to - b.from, 0);
}
