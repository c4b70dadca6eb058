// timetable.spread — structural (no regulation id; conventions: README.md "The timetable format"):
// a subject's lessons respect its spread settings: at most `maxPerDay` a day per group, and days with
// lessons of the subject at least `minDaysApart` weekdays apart (e.g. 2: Monday and Wednesday, not Tuesday).
import { DAY_NAMES_EN, DAY_NAMES_NL, DAYS, type Violation } from "../../src/model/index.js";
import { type Rule, violation } from "../rule.js";
import { groupLabel, lestijden } from "./names.js";
import { sum, type ModelBuilder } from "../model-builder.js";

export const timetableSpread: Rule = {
  id: "timetable.spread",
  title: {
    nl: "Vakken gespreid over de week (max per dag, dagen ertussen)",
    en: "Subjects spread over the week (max per day, days apart)",
  },
  source: "structural",
  severity: "hard",
  scope: "timetable",
  encode: encodeSpread,
  check({ scenario: s, candidate }) {
    if (!candidate) return [];
    const out: Violation[] = [];
    for (const sub of s.subjects) {
      for (const gid of sub.groups) {
        const g = groupLabel(s, gid);
        const perDay = DAYS.map(
          (d) => candidate.lessons.filter((l) => l.group === gid && l.subject === sub.id && l.day === d).length,
        );
        DAYS.forEach((d, i) => {
          if (perDay[i] > sub.maxPerDay) {
            out.push(
              violation(
                this,
                { group: gid, day: d },
                `Klas ${g} heeft op ${DAY_NAMES_NL[d]} ${lestijden(perDay[i])} ${sub.name}; hoogstens ${sub.maxPerDay} per dag.`,
                `Group ${g} has ${perDay[i]} periods of ${sub.name} on ${DAY_NAMES_EN[d]}; at most ${sub.maxPerDay} a day.`,
              ),
            );
          }
        });
        // Days in week order: checking neighbours is enough to find every too-close pair.
        const days = DAYS.map((d, i) => ({ d, i })).filter(({ i }) => perDay[i] > 0);
        for (let k = 1; k < days.length; k++) {
          const a = days[k - 1];
          const b = days[k];
          if (b.i - a.i < sub.minDaysApart) {
            out.push(
              violation(
                this,
                { group: gid, day: b.d },
                `Klas ${g} heeft ${sub.name} op ${DAY_NAMES_NL[a.d]} en ${DAY_NAMES_NL[b.d]}; die dagen moeten minstens ${sub.minDaysApart} dagen uit elkaar liggen.`,
                `Group ${g} has ${sub.name} on ${DAY_NAMES_EN[a.d]} and ${DAY_NAMES_EN[b.d]}; these must be at least ${sub.minDaysApart} days apart.`,
              ),
            );
          }
        }
      }
    }
    return out;
  },
};

// ---- encode(): this rule as constraints of the solver's model ----
const DAY_INDEX = { mon: 0, tue: 1, wed: 2, thu: 3, fri: 4 } as const;

/** timetable.spread: at most maxPerDay a day; lessons at least minDaysApart days apart. */
function encodeSpread(m: ModelBuilder): void {
  const byDay = new Map<string, string[]>();
  for (const v of m.subjectVars) {
    const key = `${v.group}|${v.subject.id}|${v.slot.day}`;
    byDay.set(key, [...(byDay.get(key) ?? []), v.name]);
  }
  for (const subject of m.scenario.subjects) {
    for (const g of subject.groups) {
      const tag = {
        rule: "timetable.spread",
        instance: `subject:${subject.id}@${g}`,
        message: `${subject.name} voor klas ${g}: hoogstens ${subject.maxPerDay} per dag${subject.minDaysApart ? `, minstens ${subject.minDaysApart} dagen uit elkaar` : ""}`,
      };
      const days = Object.keys(DAY_INDEX) as (keyof typeof DAY_INDEX)[];
      for (const d of days)
        m.addConstraint(sum(byDay.get(`${g}|${subject.id}|${d}`) ?? []), "<=", subject.maxPerDay, tag);
      if (subject.minDaysApart > 1) {
        for (const d1 of days)
          for (const d2 of days) {
            const gap = DAY_INDEX[d2] - DAY_INDEX[d1];
            if (gap <= 0 || gap >= subject.minDaysApart) continue;
            // Not both days: a lesson on d1 leaves no room on d2 (max·x + Σ d2 ≤ max; exact, unlike Σ d1 + Σ d2).
            const second = byDay.get(`${g}|${subject.id}|${d2}`) ?? [];
            if (second.length === 0) continue;
            for (const x of byDay.get(`${g}|${subject.id}|${d1}`) ?? []) {
              const e = sum(second);
              e.set(x, subject.maxPerDay);
              m.addConstraint(e, "<=", subject.maxPerDay, tag);
            }
          }
      }
    }
  }
}
