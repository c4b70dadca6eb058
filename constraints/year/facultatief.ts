// year.facultatief — BaO/2020/03; BVR art. 6: the school chooses 2 facultative days off per school year;
// they may be split into half days. A facultative day only makes sense on a school day (not in a holiday,
// on a legal day off or in the weekend).
import { type Rule, violation } from "../rule.js";
import { calendarOf, dateEn, dateNl, nl, partNl, total, whyNoSchool } from "./days.js";

export const MAX_FACULTATIVE_DAYS = 2;

export const yearFacultatief: Rule = {
  id: "year.facultatief",
  title: {
    nl: "Twee facultatieve vrije dagen per schooljaar (halve dagen mogen)",
    en: "Two facultative days off per school year (half days allowed)",
  },
  source: "BaO/2020/03; BVR 17 april 1991 art. 6",
  severity: "hard",
  scope: "scenario",
  // No encode(): scenario-only (the calendar), the week does not change it.
  check({ scenario }) {
    const days = scenario.calendar.facultativeDays;
    const out = [];
    const n = total(days);
    if (n > MAX_FACULTATIVE_DAYS)
      out.push(
        violation(
          this,
          {},
          `Het scenario plant ${nl(n)} facultatieve vrije dagen; er mogen er hoogstens ${MAX_FACULTATIVE_DAYS} zijn per schooljaar.`,
          `The scenario plans ${n} facultative days off; at most ${MAX_FACULTATIVE_DAYS} per school year.`,
        ),
      );
    const seen = new Map<string, string>();
    for (const d of days) {
      const prev = seen.get(d.date);
      if (prev && (prev === "full" || d.part === "full" || prev === d.part))
        out.push(
          violation(
            this,
            { date: d.date },
            `${dateNl(d.date)} staat twee keer als facultatieve vrije dag.`,
            `${dateEn(d.date)} is listed twice as a facultative day off.`,
          ),
        );
      seen.set(d.date, prev && prev !== d.part ? "full" : d.part);
    }
    const cal = calendarOf(scenario);
    if (cal)
      for (const d of days) {
        const why = whyNoSchool(d.date, cal);
        if (why && d.date >= cal.start && d.date <= cal.end)
          out.push(
            violation(
              this,
              { date: d.date },
              `De facultatieve vrije dag (${partNl(d.part)}) op ${dateNl(d.date)} valt op een dag zonder school (${why.nl}); kies een schooldag.`,
              `The facultative day off on ${dateEn(d.date)} falls on a day without school (${why.en}).`,
            ),
          );
      }
    return out;
  },
};
