// staff.local-plage — BaO/97/8 (plage criteria are negotiated yearly in the lokaal comité); Flexio lines
// 1859–1866 (24 + 2 plage-lestijden for a teacher, + 4 for a leermeester). The school's own agreed maximum
// (staff.plageMax, else settings.plageMax per ambt; default onderwijzer 26) may be lower than the legal
// maximum; it scales with the fraction. Scenario: an agreed maximum above the legal one (warning: the legal
// one still holds), or a subject plan already above it. Candidate: lestijden taught above it.
import {
  LEGAL_MAX_LESTIJDEN,
  legalMaxLestijden,
  localPlageFullTime,
  localPlageMaxLestijden,
} from "../../src/model/index.js";
import type { Violation } from "../../src/model/index.js";
import { defineRule, report, tag } from "../rule.js";
import { ambtName, joinPhrases, plannedSpecialistPeriods, staffLoads } from "./load.js";
import { type ModelBuilder } from "../model-builder.js";
import { lestijdenExpr } from "./load-model.js";

export const staffLocalPlage = defineRule({
  id: "staff.local-plage",
  title: { nl: "Eigen plage-maximum van de school", en: "The school's own agreed maximum (plage)" },
  source: "BaO/97/8; Flexio lines 1859–1866",
  severity: "hard",
  scope: "both",
  messages: {
    "encode-plage": {
      nl: `{name} geeft hoogstens {plage} lestijden per week (plage-afspraak van de school)`,
      en: `{name} teaches at most {plage} lesson periods a week (the school's plage agreement)`,
    },
    "agreed-above-legal": {
      nl: "Het plage-maximum voor {name} ({ambt}) staat op {full} lestijden, boven het wettelijke maximum van {legal}; de school kan zelf enkel een lager maximum afspreken, dus {legal} blijft gelden.",
      en: "The plage maximum for {name} ({ambt}) is set at {full} lesson periods, above the legal maximum of {legal}; the school can only agree a lower maximum itself, so {legal} still applies.",
    },
    "week-above-agreed": {
      nl: "{name} ({ambt}, opdracht {fraction}) geeft in deze week {n} lestijden; het maximum dat de school zelf afsprak (plage, lokaal comité) is {plage}{proRata}. Dat is strenger dan het wettelijke maximum ({legal}).",
      en: "{name} ({ambt}, opdracht {fraction}) teaches {n} lesson periods this week; the maximum the school agreed itself (plage, local committee) is {plage}{proRata}. That is stricter than the legal maximum ({legal}).",
    },
    "plan-above-agreed": {
      nl: "{name} ({ambt}, opdracht {fraction}) krijgt volgens de lessentabel al {n} lestijden ({parts}); het maximum dat de school zelf afsprak (plage, lokaal comité) is {plage}{proRata}. Dat is strenger dan het wettelijke maximum ({legal}).",
      en: "{name} ({ambt}, opdracht {fraction}) already gets {n} lesson periods from the subject plan ({parts}); the maximum the school agreed itself (plage, local committee) is {plage}{proRata}. That is stricter than the legal maximum ({legal}).",
    },
  },
  encode: encodeLocalPlage,
  check({ scenario, candidate }) {
    const out: Violation[] = [];
    const loads = candidate ? staffLoads(scenario, candidate) : undefined;
    const planned = plannedSpecialistPeriods(scenario);
    for (const st of scenario.staff) {
      const full = localPlageFullTime(scenario, st);
      const plage = localPlageMaxLestijden(scenario, st);
      const legal = legalMaxLestijden(st);
      if (full === undefined || plage === undefined || legal === undefined) continue;
      const legalFull = LEGAL_MAX_LESTIJDEN[st.ambt]!;
      const who = { staff: st.id };
      const person = { name: st.name, ambt: ambtName(st.ambt) };
      // Only meaningful when the school's maximum is the stricter one; above the legal maximum it is void.
      if (full > legalFull) {
        if (!candidate)
          out.push(report(this, "agreed-above-legal", who, { ...person, full, legal: legalFull }, "warning"));
        continue;
      }
      if (plage >= legal) continue;
      const proRata =
        st.fraction.endsWith("/24") && st.fraction !== "24/24"
          ? {
              nl: ` (${full} voltijds, naar rato van ${st.fraction})`,
              en: ` (${full} full-time, pro rata to ${st.fraction})`,
            }
          : "";
      const data = { ...person, fraction: st.fraction, plage, proRata, legal };
      if (candidate) {
        const n = loads!.get(st.id)!.lestijden;
        if (n > plage) out.push(report(this, "week-above-agreed", who, { ...data, n }));
      } else {
        const p = planned.get(st.id);
        if (p && p.periods > plage)
          out.push(report(this, "plan-above-agreed", who, { ...data, n: p.periods, parts: joinPhrases(p.parts) }));
      }
    }
    return out;
  },
});

// ---- encode(): this rule as constraints of the solver's model ----

/** staff.local-plage: at most the school's own maximum, where it is stricter than the legal one. */
function encodeLocalPlage(m: ModelBuilder): void {
  for (const p of m.scenario.staff) {
    const full = localPlageFullTime(m.scenario, p);
    const plage = localPlageMaxLestijden(m.scenario, p);
    const legal = legalMaxLestijden(p);
    if (full === undefined || plage === undefined || legal === undefined) continue;
    if (full > LEGAL_MAX_LESTIJDEN[p.ambt]! || plage >= legal) continue; // void or not stricter: as check()
    const e = lestijdenExpr(m, p.id);
    if (e.size <= plage) continue;
    m.addConstraint(e, "<=", plage, tag(staffLocalPlage, "encode-plage", `person:${p.id}`, { name: p.name, plage }));
  }
}
