// year.bounds — BaO/2020/03: the school year runs from 1 September to 30 June (summer holiday 1 July –
// 31 August), and it must be a school year the calendar knows (2020-2021 … 2040-2041). Every dated entry of
// the scenario (facultative days, study days, exam weeks, intern placements) must fall inside it.
import { type Rule, violation } from "../rule.js";
import { calendarOf, dateEn, dateNl } from "./days.js";

export const yearBounds: Rule = {
  id: "year.bounds",
  title: {
    nl: "Het schooljaar loopt van 1 september tot 30 juni",
    en: "The school year runs from 1 September to 30 June",
  },
  source: "BaO/2020/03",
  severity: "hard",
  scope: "scenario",
  // No encode(): scenario-only (the calendar), the week does not change it.
  check({ scenario }) {
    const cal = calendarOf(scenario);
    if (!cal)
      return [
        violation(
          this,
          {},
          `Schooljaar ${scenario.schoolYear} kent Vrijrooster niet (enkel 2020-2021 tot 2040-2041).`,
          `School year ${scenario.schoolYear} is not supported (2020-2021 to 2040-2041 only).`,
        ),
      ];
    const out = [];
    const outside = (d: string) => d < cal.start || d > cal.end;
    const msg = (what: string, whatEn: string, d: string) =>
      violation(
        this,
        { date: d },
        `${what} op ${dateNl(d)} valt buiten schooljaar ${scenario.schoolYear} (1 september – 30 juni).`,
        `${whatEn} on ${dateEn(d)} is outside school year ${scenario.schoolYear} (1 September – 30 June).`,
      );
    for (const f of scenario.calendar.facultativeDays)
      if (outside(f.date)) out.push(msg("De facultatieve vrije dag", "The facultative day off", f.date));
    for (const s of scenario.calendar.studyDays)
      if (outside(s.date)) out.push(msg("De pedagogische studiedag", "The study day", s.date));
    for (const w of scenario.calendar.examWeeks)
      if (w.to < cal.start || w.from > cal.end)
        out.push(
          violation(
            this,
            { date: w.from },
            `De toetsweek ${w.from} – ${w.to} valt buiten schooljaar ${scenario.schoolYear}.`,
            `The exam week ${w.from} – ${w.to} is outside school year ${scenario.schoolYear}.`,
            "warning",
          ),
        );
    for (const i of scenario.interns)
      for (const p of i.placements)
        if (p.to < cal.start || p.from > cal.end)
          out.push(
            violation(
              this,
              { date: p.from },
              `De stage van ${i.name} (${p.from} – ${p.to}) valt buiten schooljaar ${scenario.schoolYear}.`,
              `${i.name}'s placement (${p.from} – ${p.to}) is outside school year ${scenario.schoolYear}.`,
              "warning",
            ),
          );
    return out;
  },
};
