// timetable.spread — structural (no regulation id; conventions: README.md "The timetable format"):
// a subject's lessons respect its spread settings: at most `maxPerDay` a day per group, and days with
// lessons of the subject at least `minDaysApart` weekdays apart (e.g. 2: Monday and Wednesday, not Tuesday).
import { DAYS, type Violation } from "../../src/model/index.js";
import { defineRule, report, tag } from "../rule.js";
import { dayName, groupLabel, periods } from "./names.js";
import { sum, type ModelBuilder } from "../model-builder.js";

export const timetableSpread = defineRule({
  id: "timetable.spread",
  title: {
    nl: "Vakken gespreid over de week (max per dag, dagen ertussen)",
    en: "Subjects spread over the week (max per day, days apart)",
  },
  source: "structural",
  severity: "hard",
  scope: "timetable",
  messages: {
    "encode-spread": {
      nl: "{subject} voor klas {group}: hoogstens {max} per dag",
      en: "{subject} for class {group}: at most {max} a day",
    },
    "encode-spread-apart": {
      nl: "{subject} voor klas {group}: hoogstens {max} per dag, minstens {apart} dagen uit elkaar",
      en: "{subject} for class {group}: at most {max} a day, at least {apart} days apart",
    },
    "too-many-per-day": {
      nl: "Klas {group} heeft op {day} {periods} {subject}; hoogstens {max} per dag.",
      en: "Group {group} has {periods} of {subject} on {day}; at most {max} a day.",
    },
    "days-too-close": {
      nl: "Klas {group} heeft {subject} op {first} en {second}; die dagen moeten minstens {min} dagen uit elkaar liggen.",
      en: "Group {group} has {subject} on {first} and {second}; these days must be at least {min} days apart.",
    },
  },
  encode: encodeSpread,
  check({ scenario: s, candidate }) {
    if (!candidate) return [];
    const out: Violation[] = [];
    for (const sub of s.subjects) {
      for (const gid of sub.groups) {
        const data = { group: groupLabel(s, gid), subject: sub.name };
        const perDay = DAYS.map(
          (d) => candidate.lessons.filter((l) => l.group === gid && l.subject === sub.id && l.day === d).length,
        );
        DAYS.forEach((d, i) => {
          if (perDay[i] > sub.maxPerDay) {
            out.push(
              report(
                this,
                "too-many-per-day",
                { group: gid, day: d },
                {
                  ...data,
                  day: dayName(d),
                  periods: periods(perDay[i]),
                  max: sub.maxPerDay,
                },
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
              report(
                this,
                "days-too-close",
                { group: gid, day: b.d },
                {
                  ...data,
                  first: dayName(a.d),
                  second: dayName(b.d),
                  min: sub.minDaysApart,
                },
              ),
            );
          }
        }
      }
    }
    return out;
  },
});

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
      const spread = tag(
        timetableSpread,
        subject.minDaysApart ? "encode-spread-apart" : "encode-spread",
        `subject:${subject.id}@${g}`,
        {
          subject: subject.name,
          group: groupLabel(m.scenario, g),
          max: subject.maxPerDay,
          ...(subject.minDaysApart ? { apart: subject.minDaysApart } : {}),
        },
      );
      const days = Object.keys(DAY_INDEX) as (keyof typeof DAY_INDEX)[];
      for (const d of days)
        m.addConstraint(sum(byDay.get(`${g}|${subject.id}|${d}`) ?? []), "<=", subject.maxPerDay, spread);
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
              m.addConstraint(e, "<=", subject.maxPerDay, spread);
            }
          }
      }
    }
  }
}
