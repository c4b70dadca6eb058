// timetable.availability — structural (no regulation id; conventions: README.md "The timetable format"):
// staff, externals and interns appear only when they are there: staff within their weekly availability,
// externals within their weekly (or, failing that, dated) windows — in a release for the whole block —
// and interns only on their placement weekdays. Unknown people are reported here too.
import { DAY_NAMES_EN, DAY_NAMES_NL, personAvailable, readScenario, type Violation } from "../../src/model/index.js";
import { type Rule, violation } from "../rule.js";
import { describe, whenEn, whenNl } from "./names.js";
import { occupations } from "./activities.js";
import { type ModelBuilder } from "../model-builder.js";
import { availableIn, describePersonAvailability, nameOf } from "../encode-util.js";

const WHAT = {
  staff: ["Onbekend personeelslid", "staff member"],
  external: ["Onbekende externe", "external"],
  intern: ["Onbekende stagiair", "intern"],
} as const;

export const timetableAvailability: Rule = {
  id: "timetable.availability",
  title: {
    nl: "Personeel, externen en stagiairs enkel wanneer ze er zijn",
    en: "Staff, externals and interns only when available",
  },
  source: "structural",
  severity: "hard",
  scope: "timetable",
  encode: encodeAvailability,
  check({ scenario: s, candidate }) {
    if (!candidate) return [];
    const out: Violation[] = [];
    const seen = new Set<string>(); // report each unknown id once
    for (const { person, kind, activity: a } of occupations(candidate)) {
      const where = {
        staff: person,
        day: a.day,
        start: a.start,
        end: a.end,
        ...(a.release ? { goal: a.release.goal } : {}),
      };
      const d = describe(s, a);
      const nl = whenNl(a.day, a.start, a.end);
      const en = whenEn(a.day, a.start, a.end);
      const p =
        kind === "staff"
          ? s.staff.find((x) => x.id === person)
          : kind === "external"
            ? s.externals.find((x) => x.id === person)
            : s.interns.find((x) => x.id === person);
      if (!p) {
        if (!seen.has(`${kind}:${person}`)) {
          seen.add(`${kind}:${person}`);
          out.push(
            violation(
              this,
              where,
              `${WHAT[kind][0]} '${person}' in ${d.nl} op ${nl}.`,
              `Unknown ${WHAT[kind][1]} '${person}' in ${d.en} on ${en}.`,
            ),
          );
        }
        continue;
      }
      // The one reading of who is there when (src/model/reading.ts), as the encoding reads it.
      const ok = readScenario(s).available(person, a.day, a.start, a.end);
      let why = { nl: "", en: "" };
      if (kind === "staff") {
        why = { nl: "is dan niet op school (beschikbaarheid)", en: "is not at school then (availability)" };
      } else if (kind === "external") {
        why =
          a.kind === "release"
            ? { nl: "is niet het hele blok beschikbaar", en: "is not available for the whole block" }
            : { nl: "is dan niet beschikbaar", en: "is not available then" };
      } else {
        const intern = s.interns.find((x) => x.id === person)!;
        why = {
          nl: `komt enkel op ${intern.weekdays.map((x) => DAY_NAMES_NL[x]).join(", ")}`,
          en: `only comes on ${intern.weekdays.map((x) => DAY_NAMES_EN[x]).join(", ")}`,
        };
      }
      if (!ok) {
        out.push(
          violation(
            this,
            where,
            `${p.name} staat ${nl} in ${d.nl}, maar ${why.nl}.`,
            `${p.name} is in ${d.en} on ${en}, but ${why.en}.`,
          ),
        );
      }
    }
    return out;
  },
};

// ---- encode(): this rule as constraints of the solver's model ----
const availabilityTag = (m: ModelBuilder, id: string) => ({
  rule: "timetable.availability",
  instance: `person:${id}`,
  message: `${nameOf(m, id)} is ${describePersonAvailability(m, id)} beschikbaar`,
});

/** timetable.availability: nobody is scheduled when they are not there. Fixed to 0 as tagged constraints. */
function encodeAvailability(m: ModelBuilder): void {
  const off = (name: string, who: string) => m.addConstraint(new Map([[name, 1]]), "=", 0, availabilityTag(m, who));
  for (const v of m.subjectVars) for (const p of v.teachers) if (!availableIn(m, p, v.slot)) off(v.name, p);
  for (const v of m.classVars) {
    // The class is taught by its class teacher(s) only when at least one of them is there.
    const present = v.teachers.filter((p) => availableIn(m, p, v.slot));
    if (present.length === 0) off(v.name, v.teachers[0]);
  }
  for (const v of m.coverVars)
    if ((v.lever === "coteacher" || v.lever === "care") && !availableIn(m, v.who, v.slot)) off(v.name, v.who);
  for (const v of m.releaseVars) {
    for (const p of [...v.goal.members, ...v.goal.externals]) {
      if (v.block.slots.some((t) => !availableIn(m, p, t))) off(v.name, p);
    }
  }
  for (const v of m.atelierVars) {
    // Every leader — staff, external or intern — must be there for the whole atelier block.
    for (const l of new Set(v.plan.ateliers.flatMap((a) => a.leaders))) {
      if (!personAvailable(m.scenario, l, v.block.day, v.block.start, v.block.end)) off(v.name, l);
    }
  }
}
