// release.monthly-pattern — Flexio lines 1196–1203 (handvat 7, practice): a fixed monthly pattern —
// week 1 co-teaching/grade partners, week 2 kernteam/PLG, week 3 whole team with an external trainer,
// week 4 own choice. Scenario warnings: two monthly-pattern goals that share members claim the same
// week (those people would have two sessions that week), and which of weeks 1–4 are still unused.
import type { ReleaseGoal, Violation } from "../../src/model/index.js";
import { defineRule, report } from "../rule.js";

/** What each week of the pattern is for. */
const WEEK_PURPOSE: Record<number, { nl: string; en: string }> = {
  1: { nl: "co-teaching- of graadpartners", en: "co-teaching or grade partners" },
  2: { nl: "kernteam of PLG", en: "the core team or PLG" },
  3: { nl: "het hele team met een externe vormer", en: "the whole team with an external trainer" },
  4: { nl: "eigen keuze", en: "own choice" },
};

const weekOf = (g: ReleaseGoal) => (g.frequency.kind === "monthly-pattern" ? g.frequency.week : undefined);

export const releaseMonthlyPattern = defineRule({
  id: "release.monthly-pattern",
  title: { nl: "Vast maandelijks stramien (week 1–4)", en: "Fixed monthly pattern (weeks 1–4)" },
  source: "Flexio lines 1196–1203 (handvat 7)",
  severity: "warning",
  scope: "scenario",
  messages: {
    "same-week-shared-members": {
      nl: "'{a}' en '{b}' vallen allebei in week {week} van het maandpatroon, terwijl {who} aan beide {takePart}; leg één ervan in een andere week (week {week} is in het stramien voor {purpose}).",
      en: "'{a}' and '{b}' both fall in week {week} of the monthly pattern, while {who} {takePart} in both; move one of them to another week (in the pattern, week {week} is for {purpose}).",
    },
    "unused-weeks": {
      nl: "In het maandpatroon {weeks} nog niet gebruikt ({purposes}).",
      en: "In the monthly pattern, {weeks} not used yet ({purposes}).",
    },
  },
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
        const takePart =
          shared.length === 1 ? { nl: "deelneemt", en: "takes part" } : { nl: "deelnemen", en: "take part" };
        out.push(
          report(
            this,
            "same-week-shared-members",
            { goal: b.id },
            { a: a.name, b: b.name, week, who, takePart, purpose: WEEK_PURPOSE[week] },
          ),
        );
      }
    }
    const used = new Set(monthly.map((g) => weekOf(g)!));
    const free = [1, 2, 3, 4].filter((w) => !used.has(w));
    if (free.length > 0) {
      const list = free.join(", ");
      const weeks =
        free.length === 1
          ? { nl: `is week ${list}`, en: `week ${list} is` }
          : { nl: `zijn weken ${list}`, en: `weeks ${list} are` };
      const purposes = (lang: "nl" | "en") => free.map((w) => `week ${w}: ${WEEK_PURPOSE[w][lang]}`).join("; ");
      out.push(report(this, "unused-weeks", {}, { weeks, purposes: { nl: purposes("nl"), en: purposes("en") } }));
    }
    return out;
  },
});
