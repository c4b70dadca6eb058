// staff.per-day — the regulations: no legal maximum of lestijden per teacher per day was found, so none
// is invented. Only when the school set settings.maxLessonsPerDay (its own agreement) is it checked.
import { DAYS } from "../../src/model/index.js";
import type { Violation } from "../../src/model/index.js";
import { defineRule, report, tag } from "../rule.js";
import { dayName, staffLoads } from "./load.js";
import { type LinExpr, type ModelBuilder } from "../model-builder.js";
import { dayOfLestijdVar, lestijdenExpr } from "./load-model.js";

export const staffPerDay = defineRule({
  id: "staff.per-day",
  title: {
    nl: "Eigen maximum lestijden per dag (geen wettelijk maximum)",
    en: "School's own maximum periods per day (no legal maximum)",
  },
  source: "none found in the regulations; school setting settings.maxLessonsPerDay",
  severity: "hard",
  scope: "timetable",
  messages: {
    "encode-per-day": {
      nl: `{name}: hoogstens {max} lestijden per dag (afspraak van de school)`,
      en: `{name}: at most {max} lesson periods a day (the school's agreement)`,
    },
    "above-school-max": {
      nl: "{name} geeft op {day} {n} lestijden; de school stelde zelf een maximum van {max} per dag in (instelling 'Afgesproken maximum lestijden per dag'). Een wettelijk maximum per dag bestaat niet.",
      en: "{name} teaches {n} lesson periods on {day}; the school set its own maximum of {max} a day (setting 'Agreed maximum lessons per day'). There is no legal maximum per day.",
    },
  },
  encode: encodePerDay,
  check({ scenario, candidate }) {
    const max = scenario.settings.maxLessonsPerDay;
    if (!candidate || max === undefined) return [];
    const out: Violation[] = [];
    const loads = staffLoads(scenario, candidate);
    for (const st of scenario.staff) {
      const load = loads.get(st.id)!;
      for (const day of DAYS) {
        const n = load.lestijdenPerDay[day];
        if (n <= max) continue;
        out.push(report(this, "above-school-max", { staff: st.id, day }, { name: st.name, day: dayName(day), n, max }));
      }
    }
    return out;
  },
});

// ---- encode(): this rule as constraints of the solver's model ----

/** staff.per-day: only when the school set a maximum (no legal one exists). */
function encodePerDay(m: ModelBuilder): void {
  const max = m.scenario.settings.maxLessonsPerDay;
  if (!max) return;
  const dayOf = dayOfLestijdVar(m);
  for (const p of m.scenario.staff) {
    const byDay = new Map<string, LinExpr>();
    for (const [v, c] of lestijdenExpr(m, p.id)) {
      const d = dayOf.get(v)!;
      const e = byDay.get(d) ?? new Map();
      e.set(v, c);
      byDay.set(d, e);
    }
    for (const e of byDay.values())
      if (e.size > max)
        m.addConstraint(e, "<=", max, tag(staffPerDay, "encode-per-day", `person:${p.id}`, { name: p.name, max }));
  }
}
