// year.facultatief — BaO/2020/03; BVR art. 6: the school chooses 2 facultative days off per school year;
// they may be split into half days. A facultative day only makes sense on a school day (not in a holiday,
// on a legal day off or in the weekend). They "may differ per site": in a school group (schools, issue 11) a day
// may be for some schools only (facultativeDays[].schools), and each school has its own 2.
import { defineRule, report } from "../rule.js";
import { calendarOf, dateOf, decimal, partOf, total, whyNoSchool } from "./days.js";

export const MAX_FACULTATIVE_DAYS = 2;

export const yearFacultatief = defineRule({
  id: "year.facultatief",
  title: {
    nl: "Twee facultatieve vrije dagen per schooljaar (halve dagen mogen)",
    en: "Two facultative days off per school year (half days allowed)",
  },
  source: "BaO/2020/03; BVR 17 april 1991 art. 6",
  severity: "hard",
  scope: "scenario",
  messages: {
    "too-many": {
      nl: "Het scenario plant {n} facultatieve vrije dagen; er mogen er hoogstens {max} zijn per schooljaar.",
      en: "The scenario plans {n} facultative days off; there may be at most {max} per school year.",
    },
    "too-many-school": {
      nl: "{school} heeft {n} facultatieve vrije dagen (die van de hele scholengemeenschap inbegrepen); er mogen er hoogstens {max} zijn per schooljaar.",
      en: "{school} has {n} facultative days off (those of the whole school group included); there may be at most {max} per school year.",
    },
    "listed-twice": {
      nl: "{date} staat twee keer als facultatieve vrije dag.",
      en: "{date} is listed twice as a facultative day off.",
    },
    "not-a-school-day": {
      nl: "De facultatieve vrije dag ({part}) op {date} valt op een dag zonder school ({why}); kies een schooldag.",
      en: "The facultative day off ({part}) on {date} falls on a day without school ({why}); choose a school day.",
    },
  },
  // No encode(): scenario-only (the calendar), the week does not change it.
  check({ scenario }) {
    const all = scenario.calendar.facultativeDays;
    const out = [];
    // One school: its days. A school group: per school, the days for all schools and those for that school.
    const sites = scenario.schools?.length ? scenario.schools : [undefined];
    const twice = new Set<string>();
    for (const site of sites) {
      const days = all.filter((d) => !site || !d.schools || d.schools.includes(site.id));
      const n = total(days);
      if (n > MAX_FACULTATIVE_DAYS)
        out.push(
          site
            ? report(this, "too-many-school", {}, { school: site.name, n: decimal(n), max: MAX_FACULTATIVE_DAYS })
            : report(this, "too-many", {}, { n: decimal(n), max: MAX_FACULTATIVE_DAYS }),
        );
      const seen = new Map<string, string>();
      for (const d of days) {
        const prev = seen.get(d.date);
        if (prev && (prev === "full" || d.part === "full" || prev === d.part) && !twice.has(d.date)) {
          twice.add(d.date);
          out.push(report(this, "listed-twice", { date: d.date }, { date: dateOf(d.date) }));
        }
        seen.set(d.date, prev && prev !== d.part ? "full" : d.part);
      }
    }
    const cal = calendarOf(scenario);
    if (cal)
      for (const d of all) {
        const why = whyNoSchool(d.date, cal);
        if (why && d.date >= cal.start && d.date <= cal.end)
          out.push(
            report(this, "not-a-school-day", { date: d.date }, { part: partOf(d.part), date: dateOf(d.date), why }),
          );
      }
    return out;
  },
});
