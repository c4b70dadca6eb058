// timetable.availability — structural (no regulation id; conventions: README.md "The timetable format"):
// staff, externals and interns appear only when they are there: staff within their weekly availability,
// externals within their weekly (or, failing that, dated) windows — in a release for the whole block —
// and interns only on their placement weekdays. Unknown people are reported here too.
import { personAvailable, readScenario, type Violation } from "../../src/model/index.js";
import { defineRule, report, tag } from "../rule.js";
import { dayNames, describe, when } from "./names.js";
import { occupations } from "./activities.js";
import { type ModelBuilder } from "../model-builder.js";
import { availabilityPhrase, availableIn, nameOf } from "../encode-util.js";

const UNKNOWN = { staff: "unknown-staff", external: "unknown-external", intern: "unknown-intern" } as const;

export const timetableAvailability = defineRule({
  id: "timetable.availability",
  title: {
    nl: "Personeel, externen en stagiairs enkel wanneer ze er zijn",
    en: "Staff, externals and interns only when available",
  },
  source: "structural",
  severity: "hard",
  scope: "timetable",
  messages: {
    "encode-available": {
      nl: "{name} is {availability} beschikbaar",
      en: "{name} is available {availability}",
    },
    "unknown-staff": {
      nl: "Onbekend personeelslid '{id}' in {activity} op {when}.",
      en: "Unknown staff member '{id}' in {activity} on {when}.",
    },
    "unknown-external": {
      nl: "Onbekende externe '{id}' in {activity} op {when}.",
      en: "Unknown external '{id}' in {activity} on {when}.",
    },
    "unknown-intern": {
      nl: "Onbekende stagiair '{id}' in {activity} op {when}.",
      en: "Unknown intern '{id}' in {activity} on {when}.",
    },
    "staff-absent": {
      nl: "{name} staat {when} in {activity}, maar is dan niet op school (beschikbaarheid).",
      en: "{name} is in {activity} on {when}, but is not at school then (availability).",
    },
    "external-absent": {
      nl: "{name} staat {when} in {activity}, maar is dan niet beschikbaar.",
      en: "{name} is in {activity} on {when}, but is not available then.",
    },
    "external-absent-part-of-block": {
      nl: "{name} staat {when} in {activity}, maar is niet het hele blok beschikbaar.",
      en: "{name} is in {activity} on {when}, but is not available for the whole block.",
    },
    "intern-not-on-day": {
      nl: "{name} staat {when} in {activity}, maar komt enkel op {weekdays}.",
      en: "{name} is in {activity} on {when}, but only comes on {weekdays}.",
    },
  },
  encode: encodeAvailability,
  check({ scenario: s, candidate }) {
    if (!candidate) return [];
    const out: Violation[] = [];
    const seen = new Set<string>(); // report each unknown id once
    for (const { person, kind, activity: a } of occupations(candidate, s.subjects)) {
      const where = {
        staff: person,
        day: a.day,
        start: a.start,
        end: a.end,
        ...(a.release ? { goal: a.release.goal } : {}),
      };
      const data = { activity: describe(s, a), when: when(a.day, a.start, a.end) };
      const p =
        kind === "staff"
          ? s.staff.find((x) => x.id === person)
          : kind === "external"
            ? s.externals.find((x) => x.id === person)
            : s.interns.find((x) => x.id === person);
      if (!p) {
        if (!seen.has(`${kind}:${person}`)) {
          seen.add(`${kind}:${person}`);
          out.push(report(this, UNKNOWN[kind], where, { id: person, ...data }));
        }
        continue;
      }
      // The one reading of who is there when (src/model/reading.ts), as the encoding reads it.
      if (readScenario(s).available(person, a.day, a.start, a.end)) continue;
      if (kind === "staff") out.push(report(this, "staff-absent", where, { name: p.name, ...data }));
      else if (kind === "external")
        out.push(
          report(this, a.kind === "release" ? "external-absent-part-of-block" : "external-absent", where, {
            name: p.name,
            ...data,
          }),
        );
      else {
        const intern = s.interns.find((x) => x.id === person)!;
        out.push(
          report(this, "intern-not-on-day", where, { name: p.name, weekdays: dayNames(intern.weekdays), ...data }),
        );
      }
    }
    return out;
  },
});

// ---- encode(): this rule as constraints of the solver's model ----
const availabilityTag = (m: ModelBuilder, id: string) =>
  tag(timetableAvailability, "encode-available", `person:${id}`, {
    name: nameOf(m, id),
    availability: availabilityPhrase(m, id),
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
