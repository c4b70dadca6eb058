// release.monthly-pattern — Flexio lines 1196–1203 (handvat 7, practice): a fixed monthly pattern —
// week 1 co-teaching/grade partners, week 2 kernteam/PLG, week 3 whole team with an external trainer,
// week 4 own choice. Scenario warnings: two monthly-pattern goals that share members claim the same
// week (those people would have two sessions that week), and which of weeks 1–4 are still unused.
import type { ReleaseGoal, Violation } from "../../src/model/index.js";
import { type Rule, violation } from "../rule.js";

const WEEK_NL: Record<number, string> = {
  1: "co-teaching- of graadpartners",
  2: "kernteam of PLG",
  3: "het hele team met een externe vormer",
  4: "eigen keuze",
};
const WEEK_EN: Record<number, string> = {
  1: "co-teaching/grade partners",
  2: "core team/PLG",
  3: "whole team with an external trainer",
  4: "own choice",
};

const weekOf = (g: ReleaseGoal) => (g.frequency.kind === "monthly-pattern" ? g.frequency.week : undefined);

export const releaseMonthlyPattern: Rule = {
  id: "release.monthly-pattern",
  title: { nl: "Vast maandelijks stramien (week 1–4)", en: "Fixed monthly pattern (weeks 1–4)" },
  source: "Flexio lines 1196–1203 (handvat 7)",
  severity: "warning",
  scope: "scenario",
  // No encode(): a scenario warning; the pattern weeks themselves shape the encodings of no-double-booking and
  // schoolopdracht.
  check({ scenario }) {
    const monthly = scenario.releaseGoals.filter((g) => weekOf(g) !== undefined);
    if (monthly.length === 0) return [];
    const names = new Map(scenario.staff.map((s) => [s.id, s.name]));
    const out: Violation[] = [];
    for (let i = 0; i < monthly.length; i++) {
      for (let j = i + 1; j < monthly.length; j++) {
        const a = monthly[i];
        const b = monthly[j];
        const week = weekOf(a)!;
        if (weekOf(b) !== week) continue;
        const shared = a.members.filter((m) => b.members.includes(m));
        if (shared.length === 0) continue;
        const who = shared.map((id) => names.get(id) ?? id).join(", ");
        out.push(
          violation(
            this,
            { goal: b.id },
            `'${a.name}' en '${b.name}' vallen allebei in week ${week} van het maandpatroon, terwijl ${who} aan beide deelneemt; ` +
              `leg één ervan in een andere week (week ${week} is in het stramien voor ${WEEK_NL[week]}).`,
            `'${a.name}' and '${b.name}' both claim week ${week} of the monthly pattern while ${who} take part in both.`,
          ),
        );
      }
    }
    const used = new Set(monthly.map((g) => weekOf(g)!));
    const free = [1, 2, 3, 4].filter((w) => !used.has(w));
    if (free.length > 0) {
      out.push(
        violation(
          this,
          {},
          `In het maandpatroon ${free.length === 1 ? "is week" : "zijn weken"} ${free.join(", ")} nog niet gebruikt ` +
            `(${free.map((w) => `week ${w}: ${WEEK_NL[w]}`).join("; ")}).`,
          `Monthly pattern week(s) ${free.join(", ")} are unused (${free.map((w) => `week ${w}: ${WEEK_EN[w]}`).join("; ")}).`,
        ),
      );
    }
    return out;
  },
};
