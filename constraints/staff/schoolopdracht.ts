// staff.schoolopdracht — Flexio lines 1859–1866 and school work rules: a teacher's time at school
// (lessons + supervision + required non-teaching presence: meetings, PLG, consultation) is at most
// 26 klokuren = 1560 min a week (settings.schoolopdrachtMaxMinutes). Applies to the lestijden ambts
// and to the buo-ondersteuner ("22 lestijden within 26 klokuren", PWB). The 36-hour staff: staff.36h.
// Part-timers: REGULATIONS gives no part-time figure, so above the pro-rata share is only a warning.
import { TEACHING_AMBTS, durationMinutes, fractionShare } from "../../src/model/index.js";
import type { Scenario, Staff, Violation } from "../../src/model/index.js";
import { defineRule, report, tag } from "../rule.js";
import { type StaffLoad, describeLoad, hours, loadOf, plannedSpecialistPeriods } from "./load.js";
import { type ModelBuilder } from "../model-builder.js";
import { schoolMinutesPerWeek } from "./load-model.js";

const applies = (st: Staff) => TEACHING_AMBTS.includes(st.ambt) || st.ambt === "ondersteuner";

function scenarioLoad(scenario: Scenario, st: Staff, plannedPeriods: number): StaffLoad {
  // Without a week only the subject plan's specialist lessons, supervision and meetings are certain.
  const l = loadOf(st);
  const lessonMinutes = plannedPeriods * scenario.settings.lessonMinutes;
  return {
    ...l,
    lestijden: plannedPeriods,
    lessonMinutes,
    schoolopdrachtMinutes: l.schoolopdrachtMinutes + lessonMinutes,
  };
}

export const staffSchoolopdracht = defineRule({
  id: "staff.schoolopdracht",
  title: {
    nl: "Schoolopdracht hoogstens 26 klokuren (1560 min) per week",
    en: "Time at school at most 26 clock hours (1560 min) a week",
  },
  source: "Flexio lines 1859–1866; school work rules",
  severity: "hard",
  scope: "both",
  messages: {
    "encode-max-minutes": {
      nl: "{name}: hoogstens {max} minuten schoolopdracht per week (lessen, vrijroostering, toezicht{fixed})",
      en: "{name}: at most {max} minutes of school assignment a week (lessons, release, supervision{fixed})",
    },
    "above-max": {
      nl: "De schoolopdracht van {name} is {when} {hours} ({breakdown}); het maximum is {max} min ({maxHours} klokuren).",
      en: "{name}'s time at school (schoolopdracht) is {hours} {when} ({breakdown}); the maximum is {max} min ({maxHours} in clock hours).",
    },
    "part-time-above-share": {
      nl: "De schoolopdracht van {name} (deeltijds, {fraction}) is {when} {hours} ({breakdown}); naar rato van {fraction} is dat meer dan {proRata} min van de {max} min. Ga na wat het arbeidsreglement voor deeltijdsen zegt.",
      en: "{name}'s time at school (schoolopdracht; part-time, {fraction}) is {hours} {when} ({breakdown}); pro rata to {fraction} that is more than {proRata} min of the {max} min. Check what the work rules (arbeidsreglement) say for part-timers.",
    },
  },
  encode: encodeSchoolopdracht,
  check({ scenario, candidate }) {
    const out: Violation[] = [];
    const max = scenario.settings.schoolopdrachtMaxMinutes;
    const planned = plannedSpecialistPeriods(scenario);
    for (const st of scenario.staff) {
      if (!applies(st)) continue;
      const load = candidate
        ? loadOf(st, candidate, scenario.releaseGoals, scenario.subjects)
        : scenarioLoad(scenario, st, planned.get(st.id)?.periods ?? 0);
      const share = Math.min(1, fractionShare(st));
      const proRata = Math.round(max * share);
      const data = {
        name: st.name,
        when: candidate
          ? { nl: "in deze week", en: "this week" }
          : { nl: "volgens het scenario al", en: "according to the scenario alone" },
        hours: hours(load.schoolopdrachtMinutes),
        breakdown: describeLoad(load),
        max,
      };
      if (load.schoolopdrachtMinutes > max) {
        out.push(report(this, "above-max", { staff: st.id }, { ...data, maxHours: hours(max) }));
      } else if (share < 1 && load.schoolopdrachtMinutes > proRata) {
        out.push(
          report(
            this,
            "part-time-above-share",
            { staff: st.id },
            { ...data, fraction: st.fraction, proRata },
            "warning",
          ),
        );
      }
    }
    return out;
  },
});

// ---- encode(): this rule as constraints of the solver's model ----

/**
 * staff.schoolopdracht: lessons + releases + supervision + meetings ≤ the weekly maximum, in every real
 * week: blocks of monthly-pattern goals count only in their own pattern week (they never meet together).
 */
function encodeSchoolopdracht(m: ModelBuilder): void {
  const s = m.scenario;
  for (const p of s.staff) {
    if (!applies(p)) continue; // as check(): the lestijden ambts and the ondersteuner
    const fixed = p.supervision.reduce((n, d) => n + durationMinutes(d.start, d.end), 0) + p.meetingMinutesPerWeek;
    const max = s.settings.schoolopdrachtMaxMinutes;
    for (const e of schoolMinutesPerWeek(m, p.id)) {
      m.addConstraint(
        e,
        "<=",
        max - fixed,
        tag(staffSchoolopdracht, "encode-max-minutes", `person:${p.id}`, {
          name: p.name,
          max,
          fixed: fixed ? { nl: ` en ${fixed} min vaste taken`, en: ` and ${fixed} min of fixed tasks` } : "",
        }),
      );
    }
  }
}
