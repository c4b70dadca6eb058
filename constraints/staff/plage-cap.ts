// staff.plage-cap — decreet basisonderwijs art. 164bis: unpaid plage in lager onderwijs is capped at
// 10 % of the staffing across the scholengemeenschap. One school cannot check the group-wide cap, so this
// is informational; a scenario with the whole group (schools, issue 11) is checked across all its schools: in a candidate, the plage-lestijden of the lager teaching staff (lestijden above
// 24 × fraction) as a share of their opdracht lestijden; a warning above 10 %.
import { TEACHING_AMBTS, fractionOf } from "../../src/model/index.js";
import { defineRule, report } from "../rule.js";
import { staffLoads } from "./load.js";

const CAP = 0.1;

export const staffPlageCap = defineRule({
  id: "staff.plage-cap",
  title: {
    nl: "Onbetaalde plage in het lager hoogstens 10 % (scholengemeenschap; ter info)",
    en: "Unpaid plage in lager at most 10 % (school group; informational)",
  },
  source: "decreet basisonderwijs art. 164bis",
  severity: "warning",
  scope: "timetable",
  messages: {
    "above-cap": {
      nl: "Ter info: in het lager geven de leerkrachten samen {plage} plage-lestijden boven hun opdracht ({who}), {pct} % van hun {opdracht} lestijden opdracht. De onbetaalde plage is beperkt tot 10 % over de hele scholengemeenschap (art. 164bis); ga na of dat binnen de scholengemeenschap past.",
      en: "For information: in lager the teachers together teach {plage} plage periods above their opdracht ({who}), {pct} % of their {opdracht} opdracht periods. Unpaid plage is capped at 10 % across the whole school group (scholengemeenschap, art. 164bis); check whether this fits within the school group.",
    },
    "above-cap-group": {
      nl: "In het lager geven de leerkrachten van de {schools} scholen van de scholengemeenschap samen {plage} plage-lestijden boven hun opdracht ({who}), {pct} % van hun {opdracht} lestijden opdracht. De onbetaalde plage is beperkt tot 10 % over de hele scholengemeenschap (art. 164bis).",
      en: "In lager the teachers of the {schools} schools of the school group together teach {plage} plage periods above their opdracht ({who}), {pct} % of their {opdracht} opdracht periods. Unpaid plage is capped at 10 % across the whole school group (scholengemeenschap, art. 164bis).",
    },
  },
  // No encode(): a warning (informational), not a constraint on the search.
  check({ scenario, candidate }) {
    if (!candidate) return [];
    const loads = staffLoads(scenario, candidate);
    const lagerGroups = new Set(scenario.groups.filter((g) => g.level === "lager").map((g) => g.id));
    const lagerStaff = new Set(candidate.lessons.filter((l) => lagerGroups.has(l.group)).flatMap((l) => l.staff));
    let plage = 0;
    let opdracht = 0;
    const who: string[] = [];
    for (const st of scenario.staff) {
      // kleuteronderwijzers teach in kleuter; only teaching posts are counted in lestijden.
      if (!TEACHING_AMBTS.includes(st.ambt) || st.ambt === "kleuteronderwijzer" || !lagerStaff.has(st.id)) continue;
      const { units, of } = fractionOf(st);
      const paid = of === 24 ? units : Math.round((24 * units) / of);
      const over = Math.max(0, loads.get(st.id)!.lestijden - paid);
      opdracht += paid;
      plage += over;
      if (over > 0) who.push(`${st.name} ${over}`);
    }
    if (opdracht === 0 || plage / opdracht <= CAP) return [];
    const pct = ((100 * plage) / opdracht).toFixed(1);
    const data = { plage, who: who.join(", "), pct: { nl: pct.replace(".", ","), en: pct }, opdracht };
    const schools = scenario.schools?.length ?? 0;
    return [
      schools > 0 ? report(this, "above-cap-group", {}, { ...data, schools }) : report(this, "above-cap", {}, data),
    ];
  },
});
