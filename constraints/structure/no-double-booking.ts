// timetable.no-double-booking — structural (no REGULATIONS.md id; see /work/briefs/timetable-conventions.md):
// nobody (staff, external, intern) is in two activities at once. A merged pair and all lessons of one
// atelier plan in a slot are one activity. A released member is in no lesson during the block, and two
// blocks of one person do not overlap — except blocks of monthly-pattern goals with a different `week`:
// those never happen in the same week (release.monthly-pattern), so they may share a weekly slot.
import { toClock, toMinutes, type Scenario, type Violation } from "../../src/model/index.js";
import { type Rule, violation } from "../rule.js";
import { type Activity, describe, occupations, type Occupation, overlapping, personName, whenEn, whenNl } from "./activities.js";

/** Two release blocks whose goals run in different weeks of the monthly pattern never meet. */
function differentMonthlyWeeks(s: Scenario, a: Activity, b: Activity): boolean {
  if (a.kind !== "release" || b.kind !== "release") return false;
  const fa = s.releaseGoals.find((g) => g.id === a.release!.goal)?.frequency;
  const fb = s.releaseGoals.find((g) => g.id === b.release!.goal)?.frequency;
  return fa?.kind === "monthly-pattern" && fb?.kind === "monthly-pattern" && fa.week !== fb.week;
}

export const timetableNoDoubleBooking: Rule = {
  id: "timetable.no-double-booking",
  title: { nl: "Niemand staat op twee plaatsen tegelijk", en: "Nobody is in two activities at once" },
  source: "structural",
  severity: "hard",
  scope: "timetable",
  check({ scenario: s, candidate }) {
    if (!candidate) return [];
    const out: Violation[] = [];
    const byPerson = new Map<string, Occupation[]>();
    for (const o of occupations(candidate)) {
      const k = `${o.kind}:${o.person}`;
      byPerson.set(k, [...(byPerson.get(k) ?? []), o]);
    }
    for (const list of byPerson.values()) {
      list.sort((x, y) => x.activity.day.localeCompare(y.activity.day) || toMinutes(x.activity.start) - toMinutes(y.activity.start));
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const a = list[i].activity;
          const b = list[j].activity;
          // Sorted by day, then start: once b starts after a ends (or on another day), no later one overlaps a.
          if (!overlapping(a, b)) break;
          if (differentMonthlyWeeks(s, a, b)) continue;
          const { person, kind } = list[i];
          const name = personName(s, kind, person);
          const start = toClock(Math.max(toMinutes(a.start), toMinutes(b.start)));
          const end = toClock(Math.min(toMinutes(a.end), toMinutes(b.end)));
          const da = describe(s, a);
          const db = describe(s, b);
          const released = a.kind === "release" || b.kind === "release";
          out.push(
            violation(
              this,
              { staff: person, day: a.day, start, end, ...(released ? { goal: (a.release ?? b.release)!.goal } : {}) },
              `${name} staat ${whenNl(a.day, start, end)} op twee plaatsen tegelijk: ${da.nl} (${whenNl(a.day, a.start, a.end)}) en ${db.nl} (${whenNl(b.day, b.start, b.end)}).` +
                (released ? " Wie vrijgeroosterd is, kan intussen geen les geven." : ""),
              `${name} is in two places at once on ${whenEn(a.day, start, end)}: ${da.en} and ${db.en}.`,
            ),
          );
        }
      }
    }
    return out;
  },
};
