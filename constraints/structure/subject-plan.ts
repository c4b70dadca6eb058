// timetable.subject-plan — structural (no regulation id; conventions: README.md "The timetable format"):
// every group gets exactly `periods` lessons of each subject of its plan (lessentabel), taught by exactly
// the subject's taughtBy.staff (a pool = all at once); groups that take a subject together (Subject.together) have
// each of its lessons at the same time, one lesson for all of them. Every other lesson is "KLAS" (the class teacher,
// a co-teacher, a care teacher, an intern of the group, or the teacher of a merge) or an "ATELIER" of a
// plan the group takes part in. Whether such cover is allowed during a release is timetable.release-cover.
import {
  DAYS,
  isCoveringCareTeacher,
  mayCover,
  type Group,
  type Lesson,
  type Scenario,
  type Violation,
} from "../../src/model/index.js";
import { defineRule, report, tag } from "../rule.js";
import { dayNames, groupLabel, periods, personNames, togetherLabel, when } from "./names.js";
import { sameSet } from "./facts.js";
import { sum, type ModelBuilder } from "../model-builder.js";
import { availableIn, nameOf } from "../encode-util.js";

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

export const timetableSubjectPlan = defineRule({
  id: "timetable.subject-plan",
  title: {
    nl: "Elke klas krijgt haar lessentabel, bij de juiste leerkracht",
    en: "Every group gets its subject plan, taught by the right teacher",
  },
  source: "structural",
  severity: "hard",
  scope: "timetable",
  messages: {
    "encode-teacher-capacity-days": {
      nl: "{name} is er enkel op {days}: {slots} lesuren voor {lessons} lessen",
      en: "{name} is only there on {days}: {slots} lesson slots for {lessons} lessons",
    },
    "encode-teacher-capacity": {
      nl: "{name} heeft {slots} lesuren op school voor {lessons} lessen",
      en: "{name} has {slots} lesson slots at school for {lessons} lessons",
    },
    "encode-periods": {
      nl: "Klas {group} krijgt {periods} {subject}",
      en: "Class {group} gets {periods} of {subject}",
    },
    "wrong-period-count": {
      nl: "Klas {group} heeft {periods} {subject} ({subjectId}); het lessenplan vraagt er {planned}.",
      en: "Group {group} has {periods} of {subject} ({subjectId}); the subject plan asks for {planned}.",
    },
    "not-the-class-teacher": {
      nl: "{subject} van klas {group} op {when} wordt gegeven door {teachers}; dat moet de klasleerkracht zijn.",
      en: "{subject} of group {group} on {when} is taught by {teachers}; it must be the class teacher.",
    },
    "not-the-planned-teacher": {
      nl: "{subject} van klas {group} op {when} wordt gegeven door {teachers}; volgens het lessenplan door {planned}.",
      en: "{subject} of group {group} on {when} is taught by {teachers}; according to the subject plan by {planned}.",
    },
    "not-a-teacher-of-the-class": {
      nl: "{teachers} geeft {when} klasuren aan klas {group}, maar is geen klasleerkracht, co-teacher of zorgleerkracht van die klas.",
      en: "{teachers} teaches class periods to group {group} on {when}, but is not its class teacher, co-teacher or care teacher.",
    },
    "may-not-take-class": {
      nl: "{teachers} neemt {when} klas {group} over, maar mag volgens de opvangregels van de school (cover) geen klas overnemen.",
      en: "{teachers} takes over group {group} on {when}, but may not take over a class under the school's cover rules (cover).",
    },
    "interns-do-not-cover": {
      nl: "Klas {group} staat {when} alleen bij een stagiair, maar stagiairs nemen geen klas over (cover.interns).",
      en: "Group {group} is alone with an intern on {when}, but interns do not take over classes (cover.interns).",
    },
    "no-teacher": {
      nl: "Klas {group} heeft {when} les zonder leerkracht.",
      en: "Group {group} has a lesson without a teacher on {when}.",
    },
    "intern-not-independent": {
      nl: "Klas {group} staat {when} alleen bij stagiair {interns}, maar enkel een zelfstandige stagiair mag de klas alleen nemen.",
      en: "Group {group} is alone with intern {interns} on {when}, but only an intern on an independent placement may take the class alone.",
    },
    "intern-not-placed": {
      nl: "Stagiair {interns} staat {when} in klas {group}, maar loopt daar geen stage.",
      en: "Intern {interns} is in group {group} on {when}, but is not placed there.",
    },
    "not-in-atelier-plan": {
      nl: "Klas {group} heeft {when} atelier, maar neemt niet deel aan atelierplan '{plan}'.",
      en: "Group {group} has an atelier on {when}, but does not take part in atelier plan '{plan}'.",
    },
    "unknown-atelier-plan": {
      nl: "Klas {group} heeft {when} atelier, maar het atelierplan '{plan}' bestaat niet.",
      en: "Group {group} has an atelier on {when}, but atelier plan '{plan}' does not exist.",
    },
    "not-together": {
      nl: "{together}: klas {group} heeft het {when}, maar {missing} niet op dat moment. Die klassen krijgen het vak samen, altijd tegelijk.",
      en: "{together}: group {group} has it on {when}, but {missing} not at that time. These groups take the subject together, always at the same time.",
    },
    "subject-not-in-plan": {
      nl: "Klas {group} heeft {when} het vak '{subject}', maar dat staat niet in het lessenplan van {group}.",
      en: "Group {group} has the subject '{subject}' on {when}, but it is not in the subject plan of {group}.",
    },
  },
  encode: encodeSubjectPlan,
  check({ scenario: s, candidate }) {
    if (!candidate) return [];
    const out: Violation[] = [];
    const staff = (ids: readonly string[]) => personNames(s, "staff", ids);
    const at = (l: Lesson) => ({ group: l.group, day: l.day, start: l.start, end: l.end });

    for (const sub of s.subjects) {
      for (const gid of sub.groups) {
        const ls = candidate.lessons.filter((l) => l.group === gid && l.subject === sub.id);
        const g = groupLabel(s, gid);
        if (ls.length !== sub.periods) {
          out.push(
            report(
              this,
              "wrong-period-count",
              { group: gid },
              {
                group: g,
                periods: periods(ls.length),
                subject: sub.name,
                subjectId: sub.id,
                planned: sub.periods,
              },
            ),
          );
        }
        for (const l of ls) {
          const data = { subject: sub.name, group: g, when: when(l.day, l.start, l.end), teachers: staff(l.staff) };
          if (sub.taughtBy === "class") {
            const group = s.groups.find((x) => x.id === gid);
            const own = new Set([...(group?.classTeachers ?? []), ...(group?.coTeachers ?? [])]);
            if (l.staff.length > 0 && l.staff.every((t) => own.has(t))) continue;
            out.push(report(this, "not-the-class-teacher", at(l), data));
          } else if (!sameSet(l.staff, sub.taughtBy.staff)) {
            out.push(report(this, "not-the-planned-teacher", at(l), { ...data, planned: staff(sub.taughtBy.staff) }));
          }
        }
      }
    }

    // Groups that take a subject together have each of its lessons at the same time.
    for (const sub of s.subjects) {
      if (!sub.together) continue;
      const at = (gid: string) =>
        new Set(
          candidate.lessons
            .filter((l) => l.group === gid && l.subject === sub.id)
            .map((l) => `${l.day}|${l.start}|${l.end}`),
        );
      const slots = new Map(sub.groups.map((g) => [g, at(g)]));
      for (const gid of sub.groups)
        for (const t of slots.get(gid)!) {
          const missing = sub.groups.filter((o) => !slots.get(o)!.has(t));
          if (missing.length === 0) continue;
          const [day, start, end] = t.split("|") as [Lesson["day"], string, string];
          out.push(
            report(
              this,
              "not-together",
              { group: gid, day, start, end },
              {
                together: togetherLabel(s, sub),
                group: groupLabel(s, gid),
                when: when(day, start, end),
                missing: missing.map((o) => groupLabel(s, o)).join(", "),
              },
            ),
          );
        }
    }

    // Every other lesson: KLAS or ATELIER, by someone who belongs there.
    for (const l of candidate.lessons) {
      const group = s.groups.find((x) => x.id === l.group);
      if (!group) continue; // timetable.one-activity reports unknown groups
      const data = { group: groupLabel(s, l.group), when: when(l.day, l.start, l.end) };
      if (l.subject === "KLAS") {
        const ok = klasTeachers(s, group, l);
        const stranger = l.staff.filter((t) => !ok.has(t));
        const interns = l.interns ?? [];
        const foreignIntern = interns.filter((i) => {
          const it = s.interns.find((x) => x.id === i);
          return !it || (it.group !== l.group && it.group !== l.mergedWith);
        });
        if (stranger.length > 0) {
          out.push(report(this, "not-a-teacher-of-the-class", at(l), { ...data, teachers: staff(stranger) }));
        } else if (
          !l.mergedWith &&
          l.staff.length > 0 &&
          !l.staff.some((t) => group.classTeachers.includes(t)) &&
          l.staff.some((t) => !maySubstitute(s, group, t))
        ) {
          // Someone takes the class in the class teacher's place: the one definition of who may (src/model/cover.ts).
          const barred = l.staff.filter((t) => !maySubstitute(s, group, t));
          out.push(report(this, "may-not-take-class", at(l), { ...data, teachers: staff(barred) }));
        } else if (l.staff.length === 0 && interns.length > 0 && !s.cover.interns) {
          out.push(report(this, "interns-do-not-cover", at(l), data));
        } else if (l.staff.length === 0 && interns.length === 0) {
          out.push(report(this, "no-teacher", at(l), data));
        } else if (l.staff.length === 0 && !interns.some((i) => s.interns.find((x) => x.id === i)?.independent)) {
          // Only a 3rd-year intern on an independent placement may take the class alone (scenario: interns).
          out.push(
            report(this, "intern-not-independent", at(l), { ...data, interns: personNames(s, "intern", interns) }),
          );
        }
        if (foreignIntern.length > 0) {
          out.push(
            report(this, "intern-not-placed", at(l), { ...data, interns: personNames(s, "intern", foreignIntern) }),
          );
        }
      } else if (l.subject === "ATELIER") {
        const plan = s.atelierPlans.find((p) => p.id === l.atelierPlan);
        if (!plan) out.push(report(this, "unknown-atelier-plan", at(l), { ...data, plan: l.atelierPlan ?? "?" }));
        else if (!plan.groups.includes(l.group))
          out.push(report(this, "not-in-atelier-plan", at(l), { ...data, plan: plan.name }));
      } else {
        const sub = s.subjects.find((x) => x.id === l.subject);
        if (!sub || !sub.groups.includes(l.group))
          out.push(report(this, "subject-not-in-plan", at(l), { ...data, subject: l.subject }));
      }
    }
    return out;
  },
});

// ---- encode(): this rule as constraints of the solver's model ----

/** timetable.subject-plan: each group gets exactly `periods` lessons of each subject. */
function encodeSubjectPlan(m: ModelBuilder): void {
  encodeTeacherCapacity(m);
  const byKey = new Map<string, string[]>();
  for (const v of m.subjectVars)
    byKey.set(`${v.group}|${v.subject.id}`, [...(byKey.get(`${v.group}|${v.subject.id}`) ?? []), v.name]);
  for (const subject of m.scenario.subjects) {
    for (const g of subject.groups) {
      m.addConstraint(
        sum(byKey.get(`${g}|${subject.id}`) ?? []),
        "=",
        subject.periods,
        tag(timetableSubjectPlan, "encode-periods", `subject:${subject.id}@${g}`, {
          group: groupLabel(m.scenario, g),
          periods: periods(subject.periods),
          subject: subject.name,
        }),
      );
    }
  }
}

/**
 * A capacity fact per specialist teacher who has more lessons (Σ periods over their subjects' groups) than
 * lesson slots they are there: both sides as one tagged group, implied by the subject plan, availability and
 * no-double-booking (one lesson a slot). That group alone cannot hold, so an explanation names exactly this
 * cause with its numbers ("there only on Monday: 6 slots for 12 lessons") instead of the rows that happen to
 * be in the first irreducible set. With enough slots it is not added (it would only stand in for the plan).
 */
function encodeTeacherCapacity(m: ModelBuilder): void {
  const lessonSlots = m.slots.filter((t) => t.kind === "lesson");
  const byTeacher = new Map<string, Set<string>>();
  for (const v of m.subjectVars)
    if (v.subject.taughtBy !== "class")
      for (const p of v.teachers) byTeacher.set(p, (byTeacher.get(p) ?? new Set()).add(v.name));
  for (const [p, vars] of byTeacher) {
    const lessons = m.scenario.subjects
      .filter((s) => s.taughtBy !== "class" && s.taughtBy.staff.includes(p))
      .reduce((n, s) => n + s.periods * (s.together ? 1 : s.groups.length), 0);
    const there = lessonSlots.filter((t) => availableIn(m, p, t));
    if (lessons <= there.length) continue; // enough slots: the detailed rows decide
    const days = DAYS.filter((d) => there.some((t) => t.day === d));
    const gridDays = DAYS.filter((d) => lessonSlots.some((t) => t.day === d));
    const fact = tag(
      timetableSubjectPlan,
      days.length < gridDays.length ? "encode-teacher-capacity-days" : "encode-teacher-capacity",
      `capacity:teacher:${p}`,
      { name: nameOf(m, p), days: dayNames(days), slots: there.length, lessons },
      {
        implied: true,
        relaxes: [
          { rule: "timetable.availability", instance: `person:${p}` },
          { rule: "timetable.no-double-booking", instance: `person:${p}` },
        ],
      },
    );
    // Both sides as one group, so that this fact alone is the conflict (the explanation keeps compact facts).
    m.addConstraint(sum(vars), "=", lessons, fact);
    m.addConstraint(sum(vars), "<=", there.length, fact);
  }
}
