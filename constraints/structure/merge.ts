// timetable.merge — structural (README.md "The levers": merged classes): two classes are taught together
// only as the scenario's cover policy allows, in or outside a release block: the pair is listed in
// cover.merges (none listed = merging is switched off), both classes together stay within its maxPupils,
// and a merge with a named teacher (`by`) is taught by that teacher.
import { mergeOf, type Violation } from "../../src/model/index.js";
import { type Rule, violation } from "../rule.js";
import { groupLabel, personName, whenEn, whenNl } from "./names.js";
import { sameSet } from "./facts.js";
import { type ModelBuilder } from "../model-builder.js";

export const timetableMerge: Rule = {
  id: "timetable.merge",
  title: {
    nl: "Klassen samenzetten enkel zoals afgesproken (paar, maximum leerlingen)",
    en: "Classes merge only as agreed (pair, maximum pupils)",
  },
  source: "structural; cover.merges (practice: merged classes)",
  severity: "hard",
  scope: "timetable",
  encode: encodeMerge,
  check({ scenario: s, candidate }) {
    if (!candidate) return [];
    const out: Violation[] = [];
    const seen = new Set<string>();
    for (const l of candidate.lessons) {
      if (!l.mergedWith) continue;
      const key = `${[l.group, l.mergedWith].sort().join("+")}|${l.day}|${l.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const a = groupLabel(s, l.group);
      const b = groupLabel(s, l.mergedWith);
      const where = { group: l.group, day: l.day, start: l.start, end: l.end };
      const when = { nl: whenNl(l.day, l.start, l.end), en: whenEn(l.day, l.start, l.end) };
      const m = mergeOf(s, l.group, l.mergedWith);
      if (!m) {
        const off = s.cover.merges.length === 0;
        out.push(
          violation(
            this,
            where,
            off
              ? `Klas ${a} zit ${when.nl} samen met ${b}, maar klassen samenzetten staat uit (cover.merges is leeg).`
              : `Klas ${a} zit ${when.nl} samen met ${b}, maar die samenzetting staat niet in cover.merges.`,
            off
              ? `Group ${a} is merged with ${b} on ${when.en}, but merges are switched off (cover.merges is empty).`
              : `Group ${a} is merged with ${b} on ${when.en}, but that pair is not listed in cover.merges.`,
          ),
        );
      } else if (!m.fits) {
        out.push(
          violation(
            this,
            where,
            `Klas ${a} zit ${when.nl} samen met ${b}: samen ${m.pupils} leerlingen, meer dan de afgesproken ${m.maxPupils}.`,
            `Group ${a} is merged with ${b} on ${when.en}: ${m.pupils} pupils together, more than ${m.maxPupils}.`,
          ),
        );
      } else if (m.by && !sameSet(l.staff, [m.by])) {
        out.push(
          violation(
            this,
            where,
            `De samengezette klassen ${a} + ${b} moeten ${when.nl} les krijgen van ${personName(s, "staff", m.by)}.`,
            `The merged groups ${a} + ${b} must be taught by ${m.by} on ${when.en}.`,
          ),
        );
      }
    }
    return out;
  },
};

// ---- encode(): this rule as constraints of the solver's model ----

/** The model only has merge variables for listed pairs (and `by` hosts); a pair above maxPupils is fixed to 0. */
function encodeMerge(m: ModelBuilder): void {
  for (const v of m.coverVars) {
    if (v.lever !== "merge") continue;
    const merge = mergeOf(m.scenario, v.group, v.who);
    if (merge?.fits) continue;
    m.addConstraint(new Map([[v.name, 1]]), "=", 0, {
      rule: "timetable.merge",
      instance: `merge:${[v.group, v.who].sort().join("+")}`,
      message: `Klassen ${v.group} en ${v.who} samen zijn ${merge?.pupils ?? "?"} leerlingen, meer dan de afgesproken ${merge?.maxPupils ?? 0}`,
    });
  }
}
