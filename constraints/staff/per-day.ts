// staff.per-day — the regulations: no legal maximum of lestijden per teacher per day was found, so none
// is invented. Only when the school set settings.maxLessonsPerDay (its own agreement) is it checked.
import { DAYS, DAY_NAMES_EN, DAY_NAMES_NL } from "../../src/model/index.js";
import type { Violation } from "../../src/model/index.js";
import { type Rule, violation } from "../rule.js";
import { staffLoads } from "./load.js";
import { type LinExpr, type ModelBuilder } from "../model-builder.js";
import { dayOfLestijdVar, lestijdenExpr } from "./load-model.js";

export const staffPerDay: Rule = {
  id: "staff.per-day",
  title: {
    nl: "Eigen maximum lestijden per dag (geen wettelijk maximum)",
    en: "School's own maximum periods per day (no legal maximum)",
  },
  source: "none found in the regulations; school setting settings.maxLessonsPerDay",
  severity: "hard",
  scope: "timetable",
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
        out.push(
          violation(
            this,
            { staff: st.id, day },
            `${st.name} geeft op ${DAY_NAMES_NL[day]} ${n} lestijden; de school stelde zelf een maximum van ${max} per dag in ` +
              `(settings.maxLessonsPerDay). Een wettelijk maximum per dag bestaat niet.`,
            `${st.name} teaches ${n} periods on ${DAY_NAMES_EN[day]}; the school's own maximum is ${max} a day (there is no legal maximum).`,
          ),
        );
      }
    }
    return out;
  },
};

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
        m.addConstraint(e, "<=", max, {
          rule: "staff.per-day",
          instance: `person:${p.id}`,
          message: `${p.name}: hoogstens ${max} lestijden per dag (afspraak van de school)`,
        });
  }
}
