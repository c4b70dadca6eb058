// staff.paramedic — PWB lines 309–311: paramedics (logopedist, kinesist, orthopedagoog…) are counted in
// clock hours, not lestijden. So a paramedicus never holds a lestijden-teaching role: not a class
// teacher, not a subject teacher, and in a week never teaching a lesson without a teacher present
// (supporting on the class floor next to a teacher is their job and is allowed).
import { DAYS, DAY_NAMES_EN, DAY_NAMES_NL, toClock, toMinutes } from "../../src/model/index.js";
import type { Violation } from "../../src/model/index.js";
import { type Rule, violation } from "../rule.js";
import { type ModelBuilder } from "../model-builder.js";
import { nameOf } from "../encode-util.js";

export const staffParamedic: Rule = {
  id: "staff.paramedic",
  title: {
    nl: "Paramedici tellen in klokuren, niet in lestijden",
    en: "Paramedics count in clock hours, not lesson periods",
  },
  source: "PWB lines 309–311",
  severity: "hard",
  scope: "both",
  encode: encodeParamedic,
  check({ scenario, candidate }) {
    const out: Violation[] = [];
    const para = new Map(scenario.staff.filter((s) => s.ambt === "paramedicus").map((s) => [s.id, s]));
    if (para.size === 0) return out;
    for (const g of scenario.groups) {
      for (const id of g.classTeachers.filter((t) => para.has(t))) {
        const st = para.get(id)!;
        out.push(
          violation(
            this,
            { staff: id, group: g.id },
            `${st.name} is paramedicus (opdracht in klokuren) en kan geen klasleerkracht van klas ${g.id} zijn: een klas telt lestijden.`,
            `${st.name} is a paramedic (clock hours) and cannot be the class teacher of ${g.id}.`,
          ),
        );
      }
    }
    for (const subj of scenario.subjects) {
      if (subj.taughtBy === "class") continue;
      for (const id of subj.taughtBy.staff.filter((t) => para.has(t))) {
        out.push(
          violation(
            this,
            { staff: id },
            `${para.get(id)!.name} is paramedicus (opdracht in klokuren) en kan het vak ${subj.name} (${subj.id}) niet als lestijden geven.`,
            `${para.get(id)!.name} is a paramedic (clock hours) and cannot teach subject ${subj.id} as lesson periods.`,
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
      out.push(
        violation(
          this,
          { staff: st.id, group: sp.group, day: sp.day, start: toClock(sp.from), end: toClock(sp.to) },
          `${st.name} is paramedicus (klokuren) maar geeft klas ${sp.group} alleen les op ${DAY_NAMES_NL[sp.day]} ${toClock(sp.from)}–${toClock(sp.to)}; ` +
            `lestijden horen bij een leerkracht.`,
          `${st.name} is a paramedic (clock hours) but teaches class ${sp.group} alone on ${DAY_NAMES_EN[sp.day]} ${toClock(sp.from)}–${toClock(sp.to)}.`,
        ),
      );
    }
    return out;
  },
};

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
    m.addConstraint(new Map([[name, 1]]), "=", 0, {
      rule: "staff.paramedic",
      instance: `person:${who}`,
      message: `${nameOf(m, who)} is paramedicus en geeft geen lestijden alleen`,
    });
  for (const v of [...m.subjectVars, ...m.classVars]) if (alone(v.teachers)) fix(v.name, v.teachers[0]);
  // An atelier period whose only staff leaders are paramedics is a lesson without a teacher (as check() reads it).
  for (const v of m.atelierVars) {
    const staffLeaders = [...new Set(v.plan.ateliers.flatMap((a) => a.leaders))].filter((l) =>
      m.scenario.staff.some((p) => p.id === l),
    );
    if (alone(staffLeaders)) fix(v.name, staffLeaders[0]);
  }
}
