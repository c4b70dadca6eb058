// timetable.merge — structural (README.md "The levers": merged classes): two classes are taught together
// only as the scenario's cover policy allows, in or outside a release block: the pair is listed in
// cover.merges (none listed = merging is switched off), both classes together stay within its maxPupils,
// and a merge with a named teacher (`by`) is taught by that teacher.
import { mergeOf, type Violation } from "../../src/model/index.js";
import { defineRule, report, tag } from "../rule.js";
import { groupLabel, personName, when } from "./names.js";
import { sameSet } from "./facts.js";
import { type ModelBuilder } from "../model-builder.js";

export const timetableMerge = defineRule({
  id: "timetable.merge",
  title: {
    nl: "Klassen samenzetten enkel zoals afgesproken (paar, maximum leerlingen)",
    en: "Classes merge only as agreed (pair, maximum pupils)",
  },
  source: "structural; cover.merges (practice: merged classes)",
  severity: "hard",
  scope: "timetable",
  messages: {
    "encode-merge-too-large": {
      nl: "Klassen {group} en {other} samen zijn {pupils} leerlingen, meer dan de afgesproken {max}",
      en: "Classes {group} and {other} together are {pupils} pupils, more than the agreed {max}",
    },
    "merges-off": {
      nl: "Klas {group} zit {when} samen met {other}, maar klassen samenzetten staat uit (cover.merges is leeg).",
      en: "Group {group} is merged with {other} on {when}, but merging classes is switched off (cover.merges is empty).",
    },
    "pair-not-listed": {
      nl: "Klas {group} zit {when} samen met {other}, maar die samenzetting staat niet in cover.merges.",
      en: "Group {group} is merged with {other} on {when}, but that pair is not listed in cover.merges.",
    },
    "too-many-pupils": {
      nl: "Klas {group} zit {when} samen met {other}: samen {pupils} leerlingen, meer dan de afgesproken {max}.",
      en: "Group {group} is merged with {other} on {when}: {pupils} pupils together, more than the agreed {max}.",
    },
    "wrong-teacher": {
      nl: "De samengezette klassen {group} + {other} moeten {when} les krijgen van {teacher}.",
      en: "The merged groups {group} + {other} must be taught by {teacher} on {when}.",
    },
  },
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
      const where = { group: l.group, day: l.day, start: l.start, end: l.end };
      const data = {
        group: groupLabel(s, l.group),
        other: groupLabel(s, l.mergedWith),
        when: when(l.day, l.start, l.end),
      };
      const m = mergeOf(s, l.group, l.mergedWith, l.staff);
      if (!m) {
        out.push(report(this, s.cover.merges.length === 0 ? "merges-off" : "pair-not-listed", where, data));
      } else if (!m.fits) {
        out.push(report(this, "too-many-pupils", where, { ...data, pupils: m.pupils, max: m.maxPupils }));
      } else if (m.by && !sameSet(l.staff, [m.by])) {
        out.push(report(this, "wrong-teacher", where, { ...data, teacher: personName(s, "staff", m.by) }));
      }
    }
    return out;
  },
});

// ---- encode(): this rule as constraints of the solver's model ----

/** The model only has merge variables for listed pairs (and `by` hosts); a pair above maxPupils is fixed to 0. */
function encodeMerge(m: ModelBuilder): void {
  for (const v of m.coverVars) {
    if (v.lever !== "merge") continue;
    const host = m.scenario.groups.find((g) => g.id === v.who)?.classTeachers;
    const merge = mergeOf(m.scenario, v.group, v.who, host);
    if (merge?.fits) continue;
    m.addConstraint(
      new Map([[v.name, 1]]),
      "=",
      0,
      tag(timetableMerge, "encode-merge-too-large", `merge:${[v.group, v.who].sort().join("+")}`, {
        group: groupLabel(m.scenario, v.group),
        other: groupLabel(m.scenario, v.who),
        pupils: merge?.pupils ?? "?",
        max: merge?.maxPupils ?? 0,
      }),
    );
  }
}
