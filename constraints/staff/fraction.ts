// staff.fraction — Noemers: a (part-time) opdracht of onderwijzend personeel is written x/24 and its
// maximum lestijden scale with it (the scaling itself is applied by staff.min-max-lestijden and
// staff.local-plage); staff.36h: zorgcoördinator, ICT-coördinator and administratief medewerker work a
// 36-hour regime, written x/36. Other ambts (directeur, ondersteuner, paramedicus) are not checked here.
import { TEACHING_AMBTS, THIRTY_SIX_HOUR_AMBTS, fractionOf } from "../../src/model/index.js";
import type { Violation } from "../../src/model/index.js";
import { type Rule, violation } from "../rule.js";

export const staffFraction: Rule = {
  id: "staff.fraction",
  title: {
    nl: "Opdracht in x/24 (onderwijzend personeel) of x/36 (36-urenregeling)",
    en: "Opdracht as x/24 (teaching posts) or x/36 (36-hour regime)",
  },
  source: "Noemers; onderwijs.vlaanderen prestatieregeling",
  severity: "hard",
  scope: "scenario",
  // No encode(): scenario-only (how an opdracht is written); the lestijden it allows are encoded by
  // staff.min-max-lestijden and staff.local-plage.
  check({ scenario }) {
    const out: Violation[] = [];
    for (const st of scenario.staff) {
      const { units, of } = fractionOf(st);
      const expected = TEACHING_AMBTS.includes(st.ambt) ? 24 : THIRTY_SIX_HOUR_AMBTS.includes(st.ambt) ? 36 : undefined;
      if (expected !== undefined && of !== expected) {
        const why =
          expected === 24
            ? "onderwijzend personeel telt in lestijden (x/24)"
            : "dit ambt valt onder de 36-urenregeling (x/36, klokuren)";
        out.push(
          violation(
            this,
            { staff: st.id },
            `De opdracht van ${st.name} (${st.ambt}) staat als ${st.fraction}; ${why}. Schrijf ze als ${Math.round((units * expected) / of)}/${expected} of wat de opdracht werkelijk is.`,
            `${st.name} (${st.ambt}) has opdracht ${st.fraction}; this post is counted as x/${expected}.`,
          ),
        );
      }
      if (units < 1 || units > of) {
        out.push(
          violation(
            this,
            { staff: st.id },
            `De opdracht van ${st.name} is ${st.fraction}: dat moet tussen 1/${of} en ${of}/${of} liggen.`,
            `${st.name}'s opdracht ${st.fraction} must lie between 1/${of} and ${of}/${of}.`,
          ),
        );
      }
    }
    return out;
  },
};
