// year.no-pd-in-holidays — Flexio lines 2811–2813 (advice): do not plan professionalisation in holidays or
// during test/evaluation weeks. Holidays are already excluded (year.study-days; the year plan drops release
// sessions there), so this warns about study days and release sessions inside calendar.examWeeks.
import { dt, isSchoolDay, schoolYearCalendar } from "../../src/calendar/index.js";
import { DAY_NAMES_NL, DAYS, type Day } from "../../src/model/index.js";
import { type Rule, violation } from "../rule.js";
import { calendarOf, dateEn, dateNl, partNl } from "./days.js";

/** School days of an exam week that fall on this weekday. */
function datesOnWeekday(from: string, to: string, day: Day, schoolYear: string): string[] {
  const cal = schoolYearCalendar(schoolYear);
  const out: string[] = [];
  for (let d = dt(from); d.toISODate()! <= to; d = d.plus({ days: 1 }))
    if (DAYS[d.weekday - 1] === day && isSchoolDay(d.toISODate()!, cal)) out.push(d.toISODate()!);
  return out;
}

export const yearNoPdInHolidays: Rule = {
  id: "year.no-pd-in-holidays",
  title: { nl: "Geen professionalisering in vakanties of toetsweken", en: "No professional development in holidays or exam weeks" },
  source: "Flexio lines 2811–2813",
  severity: "warning",
  scope: "both",
  check({ scenario, candidate }) {
    const out = [];
    const weeks = scenario.calendar.examWeeks;
    for (const s of scenario.calendar.studyDays) {
      const w = weeks.find((x) => x.from <= s.date && s.date <= x.to);
      if (w)
        out.push(violation(this, { date: s.date }, `De studiedag (${partNl(s.part)}) op ${dateNl(s.date)} valt in de toetsweek ${w.from} – ${w.to}; plan professionalisering liever buiten toetsweken.`, `The study day on ${dateEn(s.date)} falls in the exam week ${w.from} – ${w.to}.`));
    }
    if (!candidate || !calendarOf(scenario)) return out;
    const seen = new Set<string>();
    for (const r of candidate.releases)
      for (const w of weeks) {
        const key = `${r.goal}|${r.day}|${w.from}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const dates = datesOnWeekday(w.from, w.to, r.day, scenario.schoolYear);
        if (dates.length === 0) continue;
        const goal = scenario.releaseGoals.find((g) => g.id === r.goal)?.name ?? r.goal;
        out.push(violation(this, { goal: r.goal, day: r.day, start: r.start, end: r.end, date: dates[0] }, `'${goal}' (${DAY_NAMES_NL[r.day]} ${r.start}–${r.end}) valt op ${dates.map(dateNl).join(", ")} in de toetsweek ${w.from} – ${w.to}; overweeg die sessie te verplaatsen of te schrappen.`, `'${goal}' (${r.day} ${r.start}–${r.end}) falls in the exam week ${w.from} – ${w.to}.`));
      }
    return out;
  },
};
