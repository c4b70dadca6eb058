// staff.min-max-lestijden — Noemers: a full-time hoofdopdracht is 24 lestijden minimum and at most
// kleuteronderwijzer 26, onderwijzer 27, leermeester godsdienst/NCZ 28, leermeester LO 28; the maximum
// scales with the fraction x/24 (staff.fraction). The school's lower agreed maximum is staff.local-plage.
// Scenario: the subject plan alone already gives a specialist more lestijden than the legal maximum.
// Candidate: lestijden taught above the maximum (hard); a full-time teacher below 24 (warning).
import { LEGAL_MAX_LESTIJDEN, LEGAL_MIN_LESTIJDEN, isFullTime, legalMaxLestijden } from "../../src/model/index.js";
import type { Staff, Violation } from "../../src/model/index.js";
import { defineRule, report, tag } from "../rule.js";
import { ambtName, joinPhrases, plannedSpecialistPeriods, staffLoads } from "./load.js";
import { type ModelBuilder } from "../model-builder.js";
import { lestijdenExpr } from "./load-model.js";

export const staffMinMaxLestijden = defineRule({
  id: "staff.min-max-lestijden",
  title: {
    nl: "Minimum en maximum lestijden per week per ambt (24 tot 26/27/28, naar rato van de opdracht)",
    en: "Minimum and maximum lesson periods a week per post (24 to 26/27/28, pro rata)",
  },
  source: "Noemers (prestatienoemers onderwijzend personeel)",
  severity: "hard",
  scope: "both",
  messages: {
    "encode-max": {
      nl: "{name} mag hoogstens {max} lestijden per week geven ({ambt}, {fraction})",
      en: "{name} may teach at most {max} lesson periods a week ({ambt}, {fraction})",
    },
    "plan-above-max": {
      nl: "{name} ({ambt}, opdracht {fraction}) krijgt volgens de lessentabel al {n} lestijden ({parts}); het wettelijke maximum is {max} ({full} voltijds, naar rato van {fraction}).",
      en: "{name} ({ambt}, opdracht {fraction}) already gets {n} lesson periods from the subject plan ({parts}); the legal maximum is {max} ({full} full-time, pro rata to {fraction}).",
    },
    "week-above-max": {
      nl: "{name} ({ambt}, opdracht {fraction}) geeft in deze week {n} lestijden; het wettelijke maximum is {max} ({full} voltijds, naar rato van {fraction}).",
      en: "{name} ({ambt}, opdracht {fraction}) teaches {n} lesson periods this week; the legal maximum is {max} ({full} full-time, pro rata to {fraction}).",
    },
    "week-below-min": {
      nl: "{name} ({ambt}, voltijds) geeft in deze week maar {n} lestijden; een voltijdse hoofdopdracht telt minstens {min} lestijden.",
      en: "{name} ({ambt}, full-time) teaches only {n} lesson periods this week; a full-time main post (hoofdopdracht) counts at least {min} lesson periods.",
    },
  },
  encode: encodeMaxLestijden,
  check({ scenario, candidate }) {
    const out: Violation[] = [];
    const person = (st: Staff) => ({
      name: st.name,
      ambt: ambtName(st.ambt),
      fraction: st.fraction,
      full: LEGAL_MAX_LESTIJDEN[st.ambt] ?? "",
    });
    if (!candidate) {
      const planned = plannedSpecialistPeriods(scenario);
      for (const st of scenario.staff) {
        const max = legalMaxLestijden(st);
        const p = planned.get(st.id);
        if (max === undefined || !p || p.periods <= max) continue;
        out.push(
          report(
            this,
            "plan-above-max",
            { staff: st.id },
            { ...person(st), n: p.periods, parts: joinPhrases(p.parts), max },
          ),
        );
      }
      return out;
    }
    const loads = staffLoads(scenario, candidate);
    for (const st of scenario.staff) {
      const max = legalMaxLestijden(st);
      if (max === undefined) continue;
      const n = loads.get(st.id)!.lestijden;
      if (n > max) {
        out.push(report(this, "week-above-max", { staff: st.id }, { ...person(st), n, max }));
      } else if (isFullTime(st) && n < LEGAL_MIN_LESTIJDEN) {
        out.push(
          report(this, "week-below-min", { staff: st.id }, { ...person(st), n, min: LEGAL_MIN_LESTIJDEN }, "warning"),
        );
      }
    }
    return out;
  },
});

// ---- encode(): this rule as constraints of the solver's model ----

/** staff.min-max-lestijden: at most the legal maximum, scaled by the fraction (the plage: staff.local-plage). */
function encodeMaxLestijden(m: ModelBuilder): void {
  for (const p of m.scenario.staff) {
    const max = legalMaxLestijden(p);
    if (max === undefined) continue;
    const e = lestijdenExpr(m, p.id);
    if (e.size <= max) continue;
    m.addConstraint(
      e,
      "<=",
      max,
      tag(staffMinMaxLestijden, "encode-max", `person:${p.id}`, {
        name: p.name,
        max,
        ambt: ambtName(p.ambt),
        fraction: p.fraction,
      }),
    );
  }
}
