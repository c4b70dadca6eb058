// year.study-days-extra — Flexio lines 996–1012; KOV 2019: more than 1.5 study days needs a derogation,
// requested from AgODi before 1 May for the next school year, with a motivation and the protocol of the local
// committee. Checks the derogation the scenario claims (calendar.derogation): request date and extra days.
import { defineRule, report } from "../rule.js";
import { derogationDeadline, STUDY_DAYS_PER_YEAR, studyDaysPerGroup } from "./budget.js";
import { dateOf, decimal } from "./days.js";

export const yearStudyDaysExtra = defineRule({
  id: "year.study-days-extra",
  title: {
    nl: "Extra studiedagen vragen een afwijking, aangevraagd vóór 1 mei van het vorige schooljaar",
    en: "Extra study days need a derogation requested before 1 May of the previous school year",
  },
  source: "Flexio lines 996–1012; KOV 2019",
  severity: "hard",
  scope: "scenario",
  messages: {
    "no-request-date": {
      nl: "Er staat een afwijking voor extra studiedagen, maar zonder aanvraagdatum; die moest vóór {deadline} aangevraagd zijn (vul bij de afwijking 'Aangevraagd op' in).",
      en: "A derogation for extra study days is set, but without its request date; it had to be requested before {deadline} (fill in 'Requested on' with the derogation).",
    },
    "requested-too-late": {
      nl: "De afwijking voor extra studiedagen werd aangevraagd op {requested}; voor schooljaar {year} moest dat vóór {deadline}.",
      en: "The derogation for extra study days was requested on {requested}; for school year {year} that had to be before {deadline}.",
    },
    "no-extra-days": {
      nl: "De afwijking vermeldt geen extra dagen ('Extra dagen' is 0), terwijl {n} studiedagen gepland zijn.",
      en: "The derogation mentions no extra days ('Extra days' is 0), while {n} study days are planned.",
    },
  },
  // No encode(): scenario-only (the calendar), the week does not change it.
  check({ scenario }) {
    const d = scenario.calendar.derogation;
    if (!d.granted) return [];
    let deadline: string;
    try {
      deadline = derogationDeadline(scenario.schoolYear);
    } catch {
      return []; // year.bounds reports it
    }
    const out = [];
    if (!d.requestedOn) out.push(report(this, "no-request-date", {}, { deadline: dateOf(deadline) }, "warning"));
    else if (d.requestedOn >= deadline)
      out.push(
        report(
          this,
          "requested-too-late",
          { date: d.requestedOn },
          { requested: dateOf(d.requestedOn), year: scenario.schoolYear, deadline: dateOf(deadline) },
        ),
      );
    const most = Math.max(0, ...studyDaysPerGroup(scenario).values());
    if (d.extraDays === 0 && most > STUDY_DAYS_PER_YEAR)
      out.push(report(this, "no-extra-days", {}, { n: decimal(most) }, "warning"));
    return out;
  },
});
