// release.traject — Flexio line 416 (practice): effective professionalisation is an extensive trajectory
// spread over a long enough period, with at least about twenty contact hours. Warning per learning goal
// (not the coteach-consult or zorg consultations) when its weekly block minutes × expected sessions per
// school year stay below 20 h. Sessions: ~36 school weeks; every n weeks → 36/n; monthly pattern → ~9.
// Scenario: the configured minimum block; candidate: the goal's actual blocks in the week.
import { goalSessionDates } from "../../src/calendar/index.js";
import {
  DAYS,
  frequencyPhrase,
  visitOf,
  type ReleaseGoal,
  type Scenario,
  type Violation,
} from "../../src/model/index.js";
import { type Rule, defineRule, report } from "../rule.js";
import { blocksOf, minBlockOf } from "./blocks.js";

/** Approximate number of school weeks in a Flemish school year (1 Sept – 30 June minus holidays). */
export const SCHOOL_WEEKS = 36;
const MIN_CONTACT_MINUTES = 20 * 60;

export function sessionsPerYear(goal: ReleaseGoal, s: Scenario): number {
  // Dated goals (a placement week, a date range): their real number of weeks, on the weekday that has most.
  if (goal.frequency.kind === "placement-week" || goal.from || goal.to)
    return Math.max(...DAYS.map((d) => goalSessionDates(s, goal, d).length));
  switch (goal.frequency.kind) {
    case "weekly":
      return SCHOOL_WEEKS;
    case "every-n-weeks":
      return SCHOOL_WEEKS / goal.frequency.n;
    case "monthly-pattern":
      return SCHOOL_WEEKS / 4;
  }
}

/** How often a goal meets, in both languages (the one phrase of src/model). */
const frequencyOf = (g: ReleaseGoal) => ({ nl: frequencyPhrase(g, "nl"), en: frequencyPhrase(g, "en") });

/** 9.5 → "9,5" in Dutch, "9.5" in English (whole numbers without ",0"). */
const decimal = (n: number) => ({ nl: String(n).replace(".", ","), en: String(n) });

// Team meetings are no learning trajectory either (issue 10: the 20-hour warning was shown for them).
const isTrajectory = (g: ReleaseGoal) =>
  g.purpose !== "coteach-consult" && g.purpose !== "zorg" && g.purpose !== "team";

export const releaseTraject = defineRule({
  id: "release.traject",
  title: {
    nl: "Professionaliseringstraject van minstens ~20 contacturen per jaar",
    en: "Professional learning trajectory of at least ~20 contact hours a year",
  },
  source: "Flexio line 416",
  severity: "warning",
  scope: "both",
  messages: {
    "plan-too-few-hours": {
      nl: "'{goal}' komt {frequency} samen, minstens {weekly} min per keer ({blocks} × {minBlock} min): over ongeveer {sessions} keer per schooljaar is dat {hours} uur, minder dan de ongeveer 20 contacturen die een effectief professionaliseringstraject vraagt.",
      en: "'{goal}' meets {frequency}, at least {weekly} min each time ({blocks} × {minBlock} min): over about {sessions} times a school year that is {hours} hours, less than the about 20 contact hours an effective professional learning trajectory needs.",
    },
    "week-too-few-hours": {
      nl: "'{goal}' komt {frequency} samen, in deze week {weekly} min: over ongeveer {sessions} keer per schooljaar is dat {hours} uur, minder dan de ongeveer 20 contacturen die een effectief professionaliseringstraject vraagt.",
      en: "'{goal}' meets {frequency}, {weekly} min in this week: over about {sessions} times a school year that is {hours} hours, less than the about 20 contact hours an effective professional learning trajectory needs.",
    },
  },
  // No encode(): a warning over the whole year (contact hours), informational for the weekly search.
  check({ scenario, candidate }) {
    const out: Violation[] = [];
    // A visit of an observation goal (hospiteren) is one lesson observed, no trajectory of its own.
    for (const goal of scenario.releaseGoals.filter((g) => isTrajectory(g) && !visitOf(scenario, g.id))) {
      const weekly = weeklyMinutes(scenario, goal, candidate);
      const sessions = sessionsPerYear(goal, scenario);
      const total = Math.round(weekly * sessions);
      if (total >= MIN_CONTACT_MINUTES) continue;
      const data = {
        goal: goal.name,
        frequency: frequencyOf(goal),
        weekly,
        sessions: decimal(Math.round(sessions * 10) / 10),
        hours: decimal(Math.round(total / 6) / 10),
      };
      out.push(
        candidate
          ? report(this, "week-too-few-hours", { goal: goal.id }, data)
          : report(
              this,
              "plan-too-few-hours",
              { goal: goal.id },
              { ...data, blocks: goal.blocksPerWeek, minBlock: minBlockOf(scenario, goal) },
            ),
      );
    }
    return out;
  },
});

function weeklyMinutes(
  scenario: Scenario,
  goal: ReleaseGoal,
  candidate?: Parameters<Rule["check"]>[0]["candidate"],
): number {
  if (!candidate) return minBlockOf(scenario, goal) * goal.blocksPerWeek;
  return blocksOf(candidate, goal.id).reduce((sum, b) => sum + b.to - b.from, 0);
}
