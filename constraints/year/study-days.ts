// year.study-days — BaO/2000/3; BaO/2020/03: pedagogical study days suspend lessons for all pupils or for a
// group of pupils: 1.5 days per school year, as 1 + ½ or 3 × ½, on dates the school board chooses — on a
// school day, never in a holiday. With calendar.derogation.granted the budget grows by derogation.extraDays.
import { groupName, type Scenario } from "../../src/model/index.js";
import { defineRule, report } from "../rule.js";
import { derogationDeadline, STUDY_DAYS_PER_YEAR, studyDayBudget, studyDaysPerGroup } from "./budget.js";
import { calendarOf, dateOf, decimal, partOf, whyNoSchool } from "./days.js";

function overBudget(s: Scenario): { groups: string[]; days: number }[] {
  const budget = studyDayBudget(s);
  const byDays = new Map<number, string[]>();
  for (const [g, n] of studyDaysPerGroup(s)) if (n > budget) byDays.set(n, [...(byDays.get(n) ?? []), g]);
  return [...byDays].map(([days, groups]) => ({ days, groups }));
}

export const yearStudyDays = defineRule({
  id: "year.study-days",
  title: {
    nl: "Anderhalve pedagogische studiedag per schooljaar (1 + ½ of 3 × ½), nooit in een vakantie",
    en: "1.5 study days per school year (1 + ½ or 3 × ½), never in a holiday",
  },
  source: "BaO/2000/3; BaO/2020/03",
  severity: "hard",
  scope: "scenario",
  messages: {
    "over-budget": {
      nl: "{who} plant {days} studiedagen; zonder afwijking mag dat hoogstens {max} (1 + ½ of 3 × ½). Meer vraagt een afwijking bij AgODi, aan te vragen vóór {deadline} met motivatie en protocol van het lokaal comité.",
      en: "{who}: {days} study days planned; without a derogation at most {max} are allowed (1 + ½ or 3 × ½). More needs a derogation from AgODi, to be requested before {deadline} with a motivation and the protocol of the local committee.",
    },
    "over-derogation": {
      nl: "{who} plant {days} studiedagen; de afwijking staat hoogstens {max} dagen toe.",
      en: "{who}: {days} study days planned; the derogation allows at most {max} days.",
    },
    "not-a-school-day": {
      nl: "De studiedag ({part}) op {date} valt op een dag zonder school ({why}); een studiedag ligt nooit in een vakantie of op een vrije dag.",
      en: "The study day ({part}) on {date} falls on a day without school ({why}); a study day is never in a holiday or on a day off.",
    },
  },
  // No encode(): scenario-only (the calendar), the week does not change it.
  check({ scenario }) {
    const out = [];
    const budget = studyDayBudget(scenario);
    const granted = scenario.calendar.derogation.granted;
    const name = (id: string) => {
      const g = scenario.groups.find((x) => x.id === id);
      return g ? groupName(g) : id;
    };
    for (const { days, groups } of overBudget(scenario)) {
      const all = groups.length === scenario.groups.length;
      const who = all
        ? { nl: "De school", en: "The school" }
        : groups.length === 1
          ? { nl: `Klas ${name(groups[0])}`, en: `Class ${name(groups[0])}` }
          : { nl: `De klassen ${groups.map(name).join(", ")}`, en: `Classes ${groups.map(name).join(", ")}` };
      let deadline = "";
      try {
        deadline = derogationDeadline(scenario.schoolYear);
      } catch {
        /* year.bounds reports an unknown school year */
      }
      const where = all ? {} : { group: groups[0] };
      if (granted) out.push(report(this, "over-derogation", where, { who, days: decimal(days), max: decimal(budget) }));
      else
        out.push(
          report(this, "over-budget", where, {
            who,
            days: decimal(days),
            max: decimal(STUDY_DAYS_PER_YEAR),
            deadline: deadline
              ? dateOf(deadline)
              : { nl: "1 mei van het vorige schooljaar", en: "1 May of the previous school year" },
          }),
        );
    }
    const cal = calendarOf(scenario);
    if (cal)
      for (const d of scenario.calendar.studyDays) {
        const why = whyNoSchool(d.date, cal);
        if (why && d.date >= cal.start && d.date <= cal.end)
          out.push(
            report(this, "not-a-school-day", { date: d.date }, { part: partOf(d.part), date: dateOf(d.date), why }),
          );
      }
    return out;
  },
});
