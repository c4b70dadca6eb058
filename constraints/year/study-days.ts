// year.study-days — BaO/2000/3; BaO/2020/03: pedagogical study days suspend lessons for all pupils or for a
// group of pupils: 1.5 days per school year, as 1 + ½ or 3 × ½, on dates the school board chooses — on a
// school day, never in a holiday. With calendar.derogation.granted the budget grows by derogation.extraDays.
import { groupName, type Scenario } from "../../src/model/index.js";
import { type Rule, violation } from "../rule.js";
import { derogationDeadline, STUDY_DAYS_PER_YEAR, studyDayBudget, studyDaysPerGroup } from "./budget.js";
import { calendarOf, dateEn, dateNl, nl, partNl, whyNoSchool } from "./days.js";

function overBudget(s: Scenario): { groups: string[]; days: number }[] {
  const budget = studyDayBudget(s);
  const byDays = new Map<number, string[]>();
  for (const [g, n] of studyDaysPerGroup(s)) if (n > budget) byDays.set(n, [...(byDays.get(n) ?? []), g]);
  return [...byDays].map(([days, groups]) => ({ days, groups }));
}

export const yearStudyDays: Rule = {
  id: "year.study-days",
  title: {
    nl: "Anderhalve pedagogische studiedag per schooljaar (1 + ½ of 3 × ½), nooit in een vakantie",
    en: "1.5 study days per school year (1 + ½ or 3 × ½), never in a holiday",
  },
  source: "BaO/2000/3; BaO/2020/03",
  severity: "hard",
  scope: "scenario",
  // No encode(): scenario-only (the calendar), the week does not change it.
  check({ scenario }) {
    const out = [];
    const budget = studyDayBudget(scenario);
    const granted = scenario.calendar.derogation.granted;
    for (const { days, groups } of overBudget(scenario)) {
      const all = groups.length === scenario.groups.length;
      const who = all
        ? "De school"
        : groups.length === 1
          ? `Klas ${groupName(scenario.groups.find((g) => g.id === groups[0])!)}`
          : `De klassen ${groups.join(", ")}`;
      let deadline = "";
      try {
        deadline = derogationDeadline(scenario.schoolYear);
      } catch {
        /* year.bounds reports an unknown school year */
      }
      const msg = granted
        ? `${who} plant ${nl(days)} studiedagen; de afwijking staat hoogstens ${nl(budget)} dagen toe.`
        : `${who} plant ${nl(days)} studiedagen; zonder afwijking mag dat hoogstens ${nl(STUDY_DAYS_PER_YEAR)} (1 + ½ of 3 × ½). Meer vraagt een afwijking bij AgODi, aan te vragen vóór ${deadline ? dateNl(deadline) : "1 mei van het vorige schooljaar"} met motivatie en protocol van het lokaal comité.`;
      out.push(
        violation(
          this,
          all ? {} : { group: groups[0] },
          msg,
          `${all ? "The school" : `Groups ${groups.join(", ")}`} plan ${days} study days; at most ${budget}${granted ? " under the derogation" : " without a derogation (requested before 1 May of the previous school year)"}.`,
        ),
      );
    }
    const cal = calendarOf(scenario);
    if (cal)
      for (const d of scenario.calendar.studyDays) {
        const why = whyNoSchool(d.date, cal);
        if (why && d.date >= cal.start && d.date <= cal.end)
          out.push(
            violation(
              this,
              { date: d.date },
              `De studiedag (${partNl(d.part)}) op ${dateNl(d.date)} valt op een dag zonder school (${why.nl}); een studiedag ligt nooit in een vakantie of op een vrije dag.`,
              `The study day on ${dateEn(d.date)} falls on a day without school (${why.en}); study days are never in a holiday.`,
            ),
          );
      }
    return out;
  },
};
