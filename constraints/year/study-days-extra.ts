// year.study-days-extra — Flexio lines 996–1012; KOV 2019: more than 1.5 study days needs a derogation,
// requested from AgODi before 1 May for the next school year, with a motivation and the protocol of the local
// committee. Checks the derogation the scenario claims (calendar.derogation): request date and extra days.
import { type Rule, violation } from "../rule.js";
import { derogationDeadline, STUDY_DAYS_PER_YEAR, studyDaysPerGroup } from "./budget.js";
import { dateEn, dateNl, nl } from "./days.js";

export const yearStudyDaysExtra: Rule = {
  id: "year.study-days-extra",
  title: {
    nl: "Extra studiedagen vragen een afwijking, aangevraagd vóór 1 mei van het vorige schooljaar",
    en: "Extra study days need a derogation requested before 1 May of the previous school year",
  },
  source: "Flexio lines 996–1012; KOV 2019",
  severity: "hard",
  scope: "scenario",
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
    if (!d.requestedOn)
      out.push(
        violation(
          this,
          {},
          `Er staat een afwijking voor extra studiedagen, maar zonder aanvraagdatum; die moest vóór ${dateNl(deadline)} aangevraagd zijn (vul calendar.derogation.requestedOn in).`,
          `A derogation is set without its request date; it had to be requested before ${dateEn(deadline)}.`,
          "warning",
        ),
      );
    else if (d.requestedOn >= deadline)
      out.push(
        violation(
          this,
          { date: d.requestedOn },
          `De afwijking voor extra studiedagen werd aangevraagd op ${dateNl(d.requestedOn)}; voor schooljaar ${scenario.schoolYear} moest dat vóór ${dateNl(deadline)}.`,
          `The derogation was requested on ${dateEn(d.requestedOn)}; for ${scenario.schoolYear} it had to be before ${dateEn(deadline)}.`,
        ),
      );
    const most = Math.max(0, ...studyDaysPerGroup(scenario).values());
    if (d.extraDays === 0 && most > STUDY_DAYS_PER_YEAR)
      out.push(
        violation(
          this,
          {},
          `De afwijking vermeldt geen extra dagen (calendar.derogation.extraDays = 0), terwijl ${nl(most)} studiedagen gepland zijn.`,
          `The derogation grants no extra days while ${most} study days are planned.`,
          "warning",
        ),
      );
    return out;
  },
};
