// timetable.subject-plan — structural (no regulation id; conventions: README.md "The timetable format"):
// every group gets exactly `periods` lessons of each subject of its plan (lessentabel), taught by exactly
// the subject's taughtBy.staff (a pool = all at once). Every other lesson is "KLAS" (the class teacher,
// a co-teacher, a care teacher, an intern of the group, or the teacher of a merge) or an "ATELIER" of a
// plan the group takes part in. Whether such cover is allowed during a release is timetable.release-cover.
import {
  isCoveringCareTeacher,
  mayCover,
  type Group,
  type Lesson,
  type Scenario,
  type Violation,
} from "../../src/model/index.js";
import { type Rule, violation } from "../rule.js";
import { groupLabel, lestijden, personName, whenEn, whenNl } from "./names.js";
import { sameSet } from "./facts.js";
import { sum, type ModelBuilder } from "../model-builder.js";

/** A co-teacher or care teacher who may take group g alone (cover policy and mayCover). */
function maySubstitute(s: Scenario, g: Group, staffId: string): boolean {
  const st = s.staff.find((x) => x.id === staffId);
  if (g.coTeachers.includes(staffId)) return s.cover.coTeachers && mayCover(st);
  return s.cover.careTeachers && isCoveringCareTeacher(st);
}

/** Who may stand in a KLAS lesson of group g (the lever checks are release-cover's job). */
function klasTeachers(s: Scenario, g: Group, l: Lesson): Set<string> {
  const ok = new Set([...g.classTeachers, ...g.coTeachers]);
  for (const st of s.staff) if (st.flags.careTeacher) ok.add(st.id);
  if (l.mergedWith) {
    const other = s.groups.find((x) => x.id === l.mergedWith);
    other?.classTeachers.forEach((t) => ok.add(t));
    other?.coTeachers.forEach((t) => ok.add(t));
    for (const m of s.cover.merges)
      if (m.by && m.groups.includes(g.id) && m.groups.includes(l.mergedWith)) ok.add(m.by);
  }
  return ok;
}

export const timetableSubjectPlan: Rule = {
  id: "timetable.subject-plan",
  title: {
    nl: "Elke klas krijgt haar lessentabel, bij de juiste leerkracht",
    en: "Every group gets its subject plan, taught by the right teacher",
  },
  source: "structural",
  severity: "hard",
  scope: "timetable",
  encode: encodeSubjectPlan,
  check({ scenario: s, candidate }) {
    if (!candidate) return [];
    const out: Violation[] = [];
    const names = (ids: readonly string[]) => ids.map((id) => personName(s, "staff", id)).join(", ") || "niemand";
    const at = (l: Lesson) => ({ group: l.group, day: l.day, start: l.start, end: l.end });

    for (const sub of s.subjects) {
      for (const gid of sub.groups) {
        const ls = candidate.lessons.filter((l) => l.group === gid && l.subject === sub.id);
        const g = groupLabel(s, gid);
        if (ls.length !== sub.periods) {
          out.push(
            violation(
              this,
              { group: gid },
              `Klas ${g} heeft ${lestijden(ls.length)} ${sub.name} (${sub.id}); het lessenplan vraagt er ${sub.periods}.`,
              `Group ${g} has ${ls.length} periods of ${sub.name} (${sub.id}); the subject plan asks ${sub.periods}.`,
            ),
          );
        }
        for (const l of ls) {
          if (sub.taughtBy === "class") {
            const group = s.groups.find((x) => x.id === gid);
            const own = new Set([...(group?.classTeachers ?? []), ...(group?.coTeachers ?? [])]);
            if (l.staff.length > 0 && l.staff.every((t) => own.has(t))) continue;
            out.push(
              violation(
                this,
                at(l),
                `${sub.name} van klas ${g} op ${whenNl(l.day, l.start, l.end)} wordt gegeven door ${names(l.staff)}; dat moet de klasleerkracht zijn.`,
                `${sub.name} of group ${g} on ${whenEn(l.day, l.start, l.end)} is taught by ${names(l.staff)}; it must be the class teacher.`,
              ),
            );
          } else if (!sameSet(l.staff, sub.taughtBy.staff)) {
            out.push(
              violation(
                this,
                at(l),
                `${sub.name} van klas ${g} op ${whenNl(l.day, l.start, l.end)} wordt gegeven door ${names(l.staff)}; volgens het lessenplan door ${names(sub.taughtBy.staff)}.`,
                `${sub.name} of group ${g} on ${whenEn(l.day, l.start, l.end)} is taught by ${names(l.staff)}; the plan says ${names(sub.taughtBy.staff)}.`,
              ),
            );
          }
        }
      }
    }

    // Every other lesson: KLAS or ATELIER, by someone who belongs there.
    for (const l of candidate.lessons) {
      const group = s.groups.find((x) => x.id === l.group);
      if (!group) continue; // timetable.one-activity reports unknown groups
      const g = groupLabel(s, l.group);
      const when = { nl: whenNl(l.day, l.start, l.end), en: whenEn(l.day, l.start, l.end) };
      if (l.subject === "KLAS") {
        const ok = klasTeachers(s, group, l);
        const stranger = l.staff.filter((t) => !ok.has(t));
        const interns = l.interns ?? [];
        const foreignIntern = interns.filter((i) => {
          const it = s.interns.find((x) => x.id === i);
          return !it || (it.group !== l.group && it.group !== l.mergedWith);
        });
        if (stranger.length > 0) {
          out.push(
            violation(
              this,
              at(l),
              `${names(stranger)} geeft ${when.nl} klasuren aan klas ${g}, maar is geen klasleerkracht, co-teacher of zorgleerkracht van die klas.`,
              `${names(stranger)} teaches class periods to group ${g} on ${when.en} but is not its class teacher, co-teacher or care teacher.`,
            ),
          );
        } else if (
          !l.mergedWith &&
          l.staff.length > 0 &&
          !l.staff.some((t) => group.classTeachers.includes(t)) &&
          l.staff.some((t) => !maySubstitute(s, group, t))
        ) {
          // Someone takes the class in the class teacher's place: the one definition of who may (src/model/cover.ts).
          const barred = l.staff.filter((t) => !maySubstitute(s, group, t));
          out.push(
            violation(
              this,
              at(l),
              `${names(barred)} neemt ${when.nl} klas ${g} over, maar mag volgens de opvangregels van de school (cover) geen klas overnemen.`,
              `${names(barred)} takes group ${g} on ${when.en}, but may not take a class under the school's cover policy.`,
            ),
          );
        } else if (l.staff.length === 0 && interns.length > 0 && !s.cover.interns) {
          out.push(
            violation(
              this,
              at(l),
              `Klas ${g} staat ${when.nl} alleen bij een stagiair, maar stagiairs nemen geen klas over (cover.interns).`,
              `Group ${g} is alone with an intern on ${when.en}, but interns do not take classes (cover.interns).`,
            ),
          );
        } else if (l.staff.length === 0 && interns.length === 0) {
          out.push(
            violation(
              this,
              at(l),
              `Klas ${g} heeft ${when.nl} les zonder leerkracht.`,
              `Group ${g} has a lesson without a teacher on ${when.en}.`,
            ),
          );
        } else if (l.staff.length === 0 && !interns.some((i) => s.interns.find((x) => x.id === i)?.independent)) {
          // Only a 3rd-year intern on an independent placement may take the class alone (scenario: interns).
          out.push(
            violation(
              this,
              at(l),
              `Klas ${g} staat ${when.nl} alleen bij stagiair ${interns.map((i) => personName(s, "intern", i)).join(", ")}, maar enkel een zelfstandige stagiair mag de klas alleen nemen.`,
              `Group ${g} is alone with intern ${interns.join(", ")} on ${when.en}, but only an independent intern may take the class alone.`,
            ),
          );
        }
        if (foreignIntern.length > 0) {
          out.push(
            violation(
              this,
              at(l),
              `Stagiair ${foreignIntern.map((i) => personName(s, "intern", i)).join(", ")} staat ${when.nl} in klas ${g}, maar loopt daar geen stage.`,
              `Intern ${foreignIntern.join(", ")} is in group ${g} on ${when.en} but is not placed there.`,
            ),
          );
        }
      } else if (l.subject === "ATELIER") {
        const plan = s.atelierPlans.find((p) => p.id === l.atelierPlan);
        if (!plan || !plan.groups.includes(l.group)) {
          out.push(
            violation(
              this,
              at(l),
              `Klas ${g} heeft ${when.nl} atelier, maar ${plan ? `neemt niet deel aan atelierplan '${plan.name}'` : `het atelierplan '${l.atelierPlan ?? "?"}' bestaat niet`}.`,
              `Group ${g} has an atelier on ${when.en} but ${plan ? `does not take part in atelier plan '${plan.name}'` : `atelier plan '${l.atelierPlan ?? "?"}' does not exist`}.`,
            ),
          );
        }
      } else {
        const sub = s.subjects.find((x) => x.id === l.subject);
        if (!sub || !sub.groups.includes(l.group)) {
          out.push(
            violation(
              this,
              at(l),
              `Klas ${g} heeft ${when.nl} het vak '${l.subject}', maar dat staat niet in het lessenplan van ${g}.`,
              `Group ${g} has subject '${l.subject}' on ${when.en}, which is not in its subject plan.`,
            ),
          );
        }
      }
    }
    return out;
  },
};

// ---- encode(): this rule as constraints of the solver's model ----

/** timetable.subject-plan: each group gets exactly `periods` lessons of each subject. */
function encodeSubjectPlan(m: ModelBuilder): void {
  const byKey = new Map<string, string[]>();
  for (const v of m.subjectVars)
    byKey.set(`${v.group}|${v.subject.id}`, [...(byKey.get(`${v.group}|${v.subject.id}`) ?? []), v.name]);
  for (const subject of m.scenario.subjects) {
    for (const g of subject.groups) {
      m.addConstraint(sum(byKey.get(`${g}|${subject.id}`) ?? []), "=", subject.periods, {
        rule: "timetable.subject-plan",
        instance: `subject:${subject.id}@${g}`,
        message: `Klas ${g} krijgt ${subject.periods} lestijden ${subject.name}`,
      });
    }
  }
}
