// year.no-pd-in-holidays — Flexio lines 2811–2813 (advice): do not plan professionalisation in holidays or
// during test/evaluation weeks. Holidays are already excluded (year.study-days; the year plan drops release
// sessions there), so this warns about study days and release sessions (the dates they meet) inside calendar.examWeeks.
import { DAY_NAMES_EN, DAY_NAMES_NL } from "../../src/model/index.js";
import { releaseSessionDates } from "../../src/calendar/index.js";
import { defineRule, report } from "../rule.js";
import { calendarOf, dateEn, dateNl, dateOf, partOf } from "./days.js";

export const yearNoPdInHolidays = defineRule({
  id: "year.no-pd-in-holidays",
  title: {
    nl: "Geen professionalisering in vakanties of toetsweken",
    en: "No professional development in holidays or exam weeks",
  },
  source: "Flexio lines 2811–2813",
  severity: "warning",
  scope: "both",
  messages: {
    "study-day-in-exam-week": {
      nl: "De studiedag ({part}) op {date} valt in de toetsweek {from} – {to}; plan professionalisering liever buiten toetsweken.",
      en: "The study day ({part}) on {date} falls in the exam week {from} – {to}; better plan professional development outside exam weeks.",
    },
    "session-in-exam-week": {
      nl: "'{goal}' ({when}) valt op {dates} in de toetsweek {from} – {to}; overweeg die sessie te verplaatsen of te schrappen.",
      en: "'{goal}' ({when}) falls on {dates} in the exam week {from} – {to}; consider moving or cancelling that session.",
    },
  },
  // No encode(): a warning (informational) about dated sessions, not a constraint on the weekly search.
  check({ scenario, candidate }) {
    const out = [];
    const weeks = scenario.calendar.examWeeks;
    for (const s of scenario.calendar.studyDays) {
      const w = weeks.find((x) => x.from <= s.date && s.date <= x.to);
      if (w)
        out.push(
          report(
            this,
            "study-day-in-exam-week",
            { date: s.date },
            { part: partOf(s.part), date: dateOf(s.date), from: w.from, to: w.to },
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
          report(
            this,
            "session-in-exam-week",
            { goal: x.goal, day: x.day, start: x.start, end: x.end, date: dates[0] },
            {
              goal,
              when: {
                nl: `${DAY_NAMES_NL[x.day]} ${x.start}–${x.end}`,
                en: `${DAY_NAMES_EN[x.day]} ${x.start}–${x.end}`,
              },
              dates: { nl: dates.map(dateNl).join(", "), en: dates.map(dateEn).join(", ") },
              from: w.from,
              to: w.to,
            },
          ),
        );
      }
    }
    return out;
  },
});
