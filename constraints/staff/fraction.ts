// staff.fraction — Noemers: a (part-time) opdracht of onderwijzend personeel is written x/24 and its
// maximum lestijden scale with it (the scaling itself is applied by staff.min-max-lestijden and
// staff.local-plage); staff.36h: zorgcoördinator, ICT-coördinator and administratief medewerker work a
// 36-hour regime, written x/36. Other ambts (directeur, ondersteuner, paramedicus) are not checked here.
import { TEACHING_AMBTS, THIRTY_SIX_HOUR_AMBTS, fractionOf } from "../../src/model/index.js";
import type { Violation } from "../../src/model/index.js";
import { defineRule, report } from "../rule.js";
import { ambtName } from "./load.js";

export const staffFraction = defineRule({
  id: "staff.fraction",
  title: {
    nl: "Opdracht in x/24 (onderwijzend personeel) of x/36 (36-urenregeling)",
    en: "Opdracht as x/24 (teaching posts) or x/36 (36-hour regime)",
  },
  source: "Noemers; onderwijs.vlaanderen prestatieregeling",
  severity: "hard",
  scope: "scenario",
  messages: {
    "wrong-denominator": {
      nl: "De opdracht van {name} ({ambt}) staat als {fraction}; {why}. Schrijf ze als {suggested} of wat de opdracht werkelijk is.",
      en: "{name}'s opdracht ({ambt}) is written {fraction}; {why}. Write it as {suggested} or whatever the opdracht really is.",
    },
    "out-of-range": {
      nl: "De opdracht van {name} is {fraction}: dat moet tussen 1/{of} en {of}/{of} liggen.",
      en: "{name}'s opdracht is {fraction}: it must lie between 1/{of} and {of}/{of}.",
    },
  },
  // No encode(): scenario-only (how an opdracht is written); the lestijden it allows are encoded by
  // staff.min-max-lestijden and staff.local-plage.
  check({ scenario }) {
    const out: Violation[] = [];
    for (const st of scenario.staff) {
      const { units, of } = fractionOf(st);
      const expected = TEACHING_AMBTS.includes(st.ambt) ? 24 : THIRTY_SIX_HOUR_AMBTS.includes(st.ambt) ? 36 : undefined;
      const who = { staff: st.id };
      if (expected !== undefined && of !== expected) {
        const why =
          expected === 24
            ? { nl: "onderwijzend personeel telt in lestijden (x/24)", en: "teaching staff count in lestijden (x/24)" }
            : {
                nl: "dit ambt valt onder de 36-urenregeling (x/36, klokuren)",
                en: "this post falls under the 36-hour regime (x/36, clock hours)",
              };
        const suggested = `${Math.round((units * expected) / of)}/${expected}`;
        out.push(
          report(this, "wrong-denominator", who, {
            name: st.name,
            ambt: ambtName(st.ambt),
            fraction: st.fraction,
            why,
            suggested,
          }),
        );
      }
      if (units < 1 || units > of) {
        out.push(report(this, "out-of-range", who, { name: st.name, fraction: st.fraction, of }));
      }
    }
    return out;
  },
});
