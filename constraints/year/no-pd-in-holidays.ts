// year.no-pd-in-holidays — Flexio lines 2811–2813 (advice): do not plan professionalisation in holidays or
// during test/evaluation weeks. Holidays are already excluded (year.study-days; the year plan drops release
// sessions there), so this warns about study days and release sessions (the dates they meet) inside calendar.examWeeks.
import { DAY_NAMES_NL } from "../../src/model/index.js";
import { releaseSessionDates } from "../../src/calendar/index.js";
import { type Rule, violation } from "../rule.js";
import { calendarOf, dateEn, dateNl, partNl } from "./days.js";

export const yearNoPdInHolidays: Rule = {
  id: "year.no-pd-in-holidays",
  title: {
    nl: "Geen professionalisering in vakanties of toetsweken",
    en: "No professional development in holidays or exam weeks",
  },
  source: "Flexio lines 2811–2813",
  severity: "warning",
  scope: "both",
  // No encode(): a warning (informational) about dated sessions, not a constraint on the weekly search.
  check({ scenario, candidate }) {
    const out = [];
    const weeks = scenario.calendar.examWeeks;
    for (const s of scenario.calendar.studyDays) {
      const w = weeks.find((x) => x.from <= s.date && s.date <= x.to);
      if (w)
        out.push(
          violation(
            this,
            { date: s.date },
            `De studiedag (${partNl(s.part)}) op ${dateNl(s.date)} valt in de toetsweek ${w.from} – ${w.to}; plan professionalisering liever buiten toetsweken.`,
            `The study day on ${dateEn(s.date)} falls in the exam week ${w.from} – ${w.to}.`,
          ),
        );
    }
    if (!candidate || !calendarOf(scenario) || weeks.length === 0) return out;
    // The sessions that really take place (frequency, intern weeks, days off), read as the year plan does.
    for (const x of candidate.releases) {
      const held = releaseSessionDates(scenario, candidate, x);
      for (const w of weeks) {
        const dates = held.filter((d) => w.from <= d && d <= w.to);
        if (dates.length === 0) continue;
        const goal = scenario.releaseGoals.find((g) => g.id === x.goal)?.name ?? x.goal;
        out.push(
          violation(
            this,
            { goal: x.goal, day: x.day, start: x.start, end: x.end, date: dates[0] },
            `'${goal}' (${DAY_NAMES_NL[x.day]} ${x.start}–${x.end}) valt op ${dates.map(dateNl).join(", ")} in de toetsweek ${w.from} – ${w.to}; overweeg die sessie te verplaatsen of te schrappen.`,
            `'${goal}' (${x.day} ${x.start}–${x.end}) falls in the exam week ${w.from} – ${w.to}.`,
          ),
        );
      }
    }
    return out;
  },
};
