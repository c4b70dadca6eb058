// year.bounds — BaO/2020/03: the school year runs from 1 September to 30 June (summer holiday 1 July –
// 31 August), and it must be a school year the calendar knows (2020-2021 … 2040-2041). Every dated entry of
// the scenario (facultative days, study days, exam weeks, intern placements) must fall inside it.
import { defineRule, report } from "../rule.js";
import { calendarOf, dateOf } from "./days.js";

export const yearBounds = defineRule({
  id: "year.bounds",
  title: {
    nl: "Het schooljaar loopt van 1 september tot 30 juni",
    en: "The school year runs from 1 September to 30 June",
  },
  source: "BaO/2020/03",
  severity: "hard",
  scope: "scenario",
  messages: {
    "unknown-school-year": {
      nl: "Schooljaar {year} kent Vrijrooster niet (enkel 2020-2021 tot 2040-2041).",
      en: "Vrijrooster does not know school year {year} (only 2020-2021 to 2040-2041).",
    },
    "facultative-day-outside": {
      nl: "De facultatieve vrije dag op {date} valt buiten schooljaar {year} (1 september – 30 juni).",
      en: "The facultative day off on {date} falls outside school year {year} (1 September – 30 June).",
    },
    "study-day-outside": {
      nl: "De pedagogische studiedag op {date} valt buiten schooljaar {year} (1 september – 30 juni).",
      en: "The pedagogical study day on {date} falls outside school year {year} (1 September – 30 June).",
    },
    "exam-week-outside": {
      nl: "De toetsweek {from} – {to} valt buiten schooljaar {year}.",
      en: "The exam week {from} – {to} falls outside school year {year}.",
    },
    "placement-outside": {
      nl: "De stage van {name} ({from} – {to}) valt buiten schooljaar {year}.",
      en: "The placement of {name} ({from} – {to}) falls outside school year {year}.",
    },
  },
  // No encode(): scenario-only (the calendar), the week does not change it.
  check({ scenario }) {
    const year = scenario.schoolYear;
    const cal = calendarOf(scenario);
    if (!cal) return [report(this, "unknown-school-year", {}, { year })];
    const out = [];
    const outside = (d: string) => d < cal.start || d > cal.end;
    for (const f of scenario.calendar.facultativeDays)
      if (outside(f.date))
        out.push(report(this, "facultative-day-outside", { date: f.date }, { date: dateOf(f.date), year }));
    for (const s of scenario.calendar.studyDays)
      if (outside(s.date))
        out.push(report(this, "study-day-outside", { date: s.date }, { date: dateOf(s.date), year }));
    for (const w of scenario.calendar.examWeeks)
      if (w.to < cal.start || w.from > cal.end)
        out.push(report(this, "exam-week-outside", { date: w.from }, { from: w.from, to: w.to, year }, "warning"));
    for (const i of scenario.interns)
      for (const p of i.placements)
        if (p.to < cal.start || p.from > cal.end)
          out.push(
            report(
              this,
              "placement-outside",
              { date: p.from },
              { name: i.name, from: p.from, to: p.to, year },
              "warning",
            ),
          );
    return out;
  },
});
