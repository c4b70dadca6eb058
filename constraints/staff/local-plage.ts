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
import { type Rule, violation } from "../rule.js";
import { plannedSpecialistPeriods, staffLoads } from "./load.js";
import { type ModelBuilder } from "../model-builder.js";
import { lestijdenExpr } from "./load-model.js";

const OWN = "het maximum dat de school zelf afsprak (plage, lokaal comité)";

export const staffLocalPlage: Rule = {
  id: "staff.local-plage",
  title: { nl: "Eigen plage-maximum van de school", en: "The school's own agreed maximum (plage)" },
  source: "BaO/97/8; Flexio lines 1859–1866",
  severity: "hard",
  scope: "both",
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
      // Only meaningful when the school's maximum is the stricter one; above the legal maximum it is void.
      if (full > legalFull) {
        if (!candidate)
          out.push(
            violation(
              this,
              { staff: st.id },
              `Het plage-maximum voor ${st.name} (${st.ambt}) staat op ${full} lestijden, boven het wettelijke maximum van ${legalFull}; ` +
                `de school kan zelf enkel een lager maximum afspreken, dus ${legalFull} blijft gelden.`,
              `The agreed maximum for ${st.name} (${st.ambt}) is ${full}, above the legal maximum ${legalFull}; the legal maximum still holds.`,
              "warning",
            ),
          );
        continue;
      }
      if (plage >= legal) continue;
      let n: number;
      let what: string;
      let whatEn: string;
      if (candidate) {
        n = loads!.get(st.id)!.lestijden;
        what = "geeft in deze week";
        whatEn = "teaches this week";
      } else {
        const p = planned.get(st.id);
        if (!p) continue;
        n = p.periods;
        what = `krijgt volgens de lessentabel al (${p.parts.join(", ")})`;
        whatEn = "already gets from the subject plan";
      }
      if (n <= plage) continue;
      out.push(
        violation(
          this,
          { staff: st.id },
          `${st.name} (${st.ambt}, opdracht ${st.fraction}) ${what} ${n} lestijden; ${OWN} is ${plage}` +
            (st.fraction.endsWith("/24") && st.fraction !== "24/24"
              ? ` (${full} voltijds, naar rato van ${st.fraction})`
              : "") +
            `. Dat is strenger dan het wettelijke maximum (${legal}).`,
          `${st.name} (${st.ambt}, ${st.fraction}) ${whatEn} ${n} periods; the school's own agreed maximum (plage) is ${plage}, stricter than the legal ${legal}.`,
        ),
      );
    }
    return out;
  },
};

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
    m.addConstraint(e, "<=", plage, {
      rule: "staff.local-plage",
      instance: `person:${p.id}`,
      message: `${p.name} geeft hoogstens ${plage} lestijden per week (plage-afspraak van de school)`,
    });
  }
}
