// staff.paramedic — PWB lines 309–311: paramedics (logopedist, kinesist, orthopedagoog…) are counted in
// clock hours, not lestijden. So a paramedicus never holds a lestijden-teaching role: not a class
// teacher, not a subject teacher, and in a week never teaching a lesson without a teacher present
// (supporting on the class floor next to a teacher is their job and is allowed).
import { DAYS, groupName, toClock, toMinutes } from "../../src/model/index.js";
import type { Violation } from "../../src/model/index.js";
import { defineRule, report, tag } from "../rule.js";
import { groupLabel, when } from "./load.js";
import { type ModelBuilder } from "../model-builder.js";
import { nameOf } from "../encode-util.js";

export const staffParamedic = defineRule({
  id: "staff.paramedic",
  title: {
    nl: "Paramedici tellen in klokuren, niet in lestijden",
    en: "Paramedics count in clock hours, not lesson periods",
  },
  source: "PWB lines 309–311",
  severity: "hard",
  scope: "both",
  messages: {
    "encode-not-alone": {
      nl: "{name} is paramedicus en geeft geen lestijden alleen",
      en: "{name} is a paramedic and teaches no lesson periods alone",
    },
    "class-teacher": {
      nl: "{name} is paramedicus (opdracht in klokuren) en kan geen klasleerkracht van klas {group} zijn: een klas telt lestijden.",
      en: "{name} is a paramedic (opdracht in clock hours) and cannot be the class teacher of class {group}: a class counts lesson periods.",
    },
    "subject-teacher": {
      nl: "{name} is paramedicus (opdracht in klokuren) en kan het vak {subject} ({code}) niet als lestijden geven.",
      en: "{name} is a paramedic (opdracht in clock hours) and cannot teach the subject {subject} ({code}) as lesson periods.",
    },
    "teaches-alone": {
      nl: "{name} is paramedicus (klokuren) maar geeft klas {group} alleen les op {when}; lestijden horen bij een leerkracht.",
      en: "{name} is a paramedic (clock hours) but teaches class {group} alone on {when}; lesson periods belong to a teacher.",
    },
  },
  encode: encodeParamedic,
  check({ scenario, candidate }) {
    const out: Violation[] = [];
    const para = new Map(scenario.staff.filter((s) => s.ambt === "paramedicus").map((s) => [s.id, s]));
    if (para.size === 0) return out;
    for (const g of scenario.groups) {
      for (const id of g.classTeachers.filter((t) => para.has(t))) {
        const st = para.get(id)!;
        out.push(report(this, "class-teacher", { staff: id, group: g.id }, { name: st.name, group: groupName(g) }));
      }
    }
    for (const subj of scenario.subjects) {
      if (subj.taughtBy === "class") continue;
      for (const id of subj.taughtBy.staff.filter((t) => para.has(t))) {
        out.push(
          report(
            this,
            "subject-teacher",
            { staff: id },
            { name: para.get(id)!.name, subject: subj.name, code: subj.id },
          ),
        );
      }
    }
    if (!candidate) return out;
    // A lesson the paramedic(s) give without any teacher: one message per person, group and day.
    const spans = new Map<
      string,
      { staff: string; group: string; day: (typeof DAYS)[number]; from: number; to: number }
    >();
    for (const l of candidate.lessons) {
      if (l.staff.length === 0 || !l.staff.every((s) => para.has(s))) continue;
      for (const s of l.staff) {
        const key = `${s}|${l.group}|${l.day}`;
        const sp = spans.get(key) ?? {
          staff: s,
          group: l.group,
          day: l.day,
          from: toMinutes(l.start),
          to: toMinutes(l.end),
        };
        sp.from = Math.min(sp.from, toMinutes(l.start));
        sp.to = Math.max(sp.to, toMinutes(l.end));
        spans.set(key, sp);
      }
    }
    for (const sp of spans.values()) {
      const st = para.get(sp.staff)!;
      const [start, end] = [toClock(sp.from), toClock(sp.to)];
      out.push(
        report(
          this,
          "teaches-alone",
          { staff: st.id, group: sp.group, day: sp.day, start, end },
          { name: st.name, group: groupLabel(scenario, sp.group), when: when(sp.day, start, end) },
        ),
      );
    }
    return out;
  },
});

// ---- encode(): this rule as constraints of the solver's model ----

/**
 * staff.paramedic: no lesson taught by paramedics alone — a subject only they teach, or a class only they
 * hold, gets no period in the week. Paramedics never cover: the model has no cover variable for them (mayCover).
 */
function encodeParamedic(m: ModelBuilder): void {
  const para = new Set(m.scenario.staff.filter((p) => p.ambt === "paramedicus").map((p) => p.id));
  if (para.size === 0) return;
  const alone = (teachers: readonly string[]) => teachers.length > 0 && teachers.every((t) => para.has(t));
  const fix = (name: string, who: string) =>
    m.addConstraint(
      new Map([[name, 1]]),
      "=",
      0,
      tag(staffParamedic, "encode-not-alone", `person:${who}`, { name: nameOf(m, who) }),
    );
  for (const v of [...m.subjectVars, ...m.classVars]) if (alone(v.teachers)) fix(v.name, v.teachers[0]);
  // An atelier period whose only staff leaders are paramedics is a lesson without a teacher (as check() reads it).
  for (const v of m.atelierVars) {
    const staffLeaders = [...new Set(v.plan.ateliers.flatMap((a) => a.leaders))].filter((l) =>
      m.scenario.staff.some((p) => p.id === l),
    );
    if (alone(staffLeaders)) fix(v.name, staffLeaders[0]);
  }
}
