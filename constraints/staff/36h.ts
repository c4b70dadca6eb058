// staff.36h — onderwijs.vlaanderen prestatieregeling: beleids- en ondersteunend personeel
// (zorgcoördinator, ICT-coördinator, administratief medewerker) work a 36-hour regime counted in clock
// hours; with opdracht x/36 that is at most x klokuren. We check the time at school we can see:
// supervision + fixed meetings (scenario) and, in a candidate, also lessons taught (e.g. care cover)
// and release sessions attended (counted as in load.ts).
import { THIRTY_SIX_HOUR_AMBTS, durationMinutes, fractionOf } from "../../src/model/index.js";
import { type ModelBuilder } from "../model-builder.js";
import { schoolMinutesPerWeek } from "./load-model.js";
import type { Violation } from "../../src/model/index.js";
import { defineRule, report, tag } from "../rule.js";
import { ambtName, describeLoad, hours, loadOf } from "./load.js";

export const staff36h = defineRule({
  id: "staff.36h",
  title: { nl: "36-urenregeling (klokuren, x/36)", en: "36-hour regime (clock hours, x/36)" },
  source: "onderwijs.vlaanderen prestatieregeling",
  severity: "hard",
  scope: "both",
  messages: {
    "encode-at-school": {
      nl: "{name}: hoogstens {cap} minuten op school per week (36-urenregeling, {fraction})",
      en: "{name}: at most {cap} minutes at school a week (36-hour rule, {fraction})",
    },
    "over-36-hours": {
      nl: "{name} ({ambt}, opdracht {fraction}) is {when} {hours} op school ({breakdown}); de 36-urenregeling laat {cap} toe (36 klokuren × {fraction}).",
      en: "{name} ({ambt}, opdracht {fraction}) is at school {hours} {when} ({breakdown}); the 36-hour regime allows {cap} (36 clock hours × {fraction}).",
    },
  },
  encode: encode36h,
  check({ scenario, candidate }) {
    const out: Violation[] = [];
    for (const st of scenario.staff) {
      const { units, of } = fractionOf(st);
      // x/36 staff (and the 36-hour ambts whatever their fraction says: staff.fraction reports that).
      if (of !== 36 && !THIRTY_SIX_HOUR_AMBTS.includes(st.ambt)) continue;
      const capMinutes = Math.round((36 * 60 * units) / of);
      const load = loadOf(st, candidate, scenario.releaseGoals, scenario.subjects);
      if (load.schoolopdrachtMinutes <= capMinutes) continue;
      out.push(
        report(
          this,
          "over-36-hours",
          { staff: st.id },
          {
            name: st.name,
            ambt: ambtName(st.ambt),
            fraction: st.fraction,
            when: candidate
              ? { nl: "in deze week", en: "this week" }
              : { nl: "volgens het scenario al", en: "according to the scenario alone" },
            hours: hours(load.schoolopdrachtMinutes),
            breakdown: describeLoad(load),
            cap: hours(capMinutes),
          },
        ),
      );
    }
    return out;
  },
});

// ---- encode(): this rule as constraints of the solver's model ----

/** staff.36h: minutes at school (lessons, releases, supervision, meetings) ≤ 36 klokuren × x/36, every real week. */
function encode36h(m: ModelBuilder): void {
  for (const st of m.scenario.staff) {
    const { units, of } = fractionOf(st);
    if (of !== 36 && !THIRTY_SIX_HOUR_AMBTS.includes(st.ambt)) continue;
    const capMinutes = Math.round((36 * 60 * units) / of);
    const fixed = st.supervision.reduce((n, d) => n + durationMinutes(d.start, d.end), 0) + st.meetingMinutesPerWeek;
    for (const e of schoolMinutesPerWeek(m, st.id)) {
      if (e.size === 0 && fixed <= capMinutes) continue;
      m.addConstraint(
        e,
        "<=",
        capMinutes - fixed,
        tag(staff36h, "encode-at-school", `person:${st.id}`, {
          name: st.name,
          cap: capMinutes,
          fraction: st.fraction,
        }),
      );
    }
  }
}
