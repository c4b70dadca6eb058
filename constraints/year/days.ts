// Shared helpers for the year.* rules: date labels in both languages and how much of a day an entry takes.
import { daysOffOn, dt, schoolYearCalendar, type SchoolYearCalendar } from "../../src/calendar/index.js";
import type { Scenario } from "../../src/model/index.js";

/** A word or phrase in both languages: a value for a message placeholder. */
export type Phrase = { nl: string; en: string };

/** "woensdag 11 november 2026" */
export const dateNl = (date: string) => dt(date).setLocale("nl").toFormat("cccc d LLLL yyyy");
export const dateEn = (date: string) => dt(date).setLocale("en").toFormat("cccc d LLLL yyyy");
/** "woensdag 11 november 2026" / "Wednesday 11 November 2026". */
export const dateOf = (date: string): Phrase => ({ nl: dateNl(date), en: dateEn(date) });

const PARTS: Record<"full" | "am" | "pm", Phrase> = {
  full: { nl: "hele dag", en: "full day" },
  am: { nl: "voormiddag", en: "morning" },
  pm: { nl: "namiddag", en: "afternoon" },
};
/** "hele dag" / "full day", "voormiddag" / "morning", "namiddag" / "afternoon". */
export const partOf = (part: "full" | "am" | "pm"): Phrase => PARTS[part];
export const dayValue = (part: "full" | "am" | "pm") => (part === "full" ? 1 : 0.5);

/** The scenario's legal calendar, or undefined when its school year is outside the supported range. */
export function calendarOf(s: Scenario): SchoolYearCalendar | undefined {
  try {
    return schoolYearCalendar(s.schoolYear);
  } catch {
    return undefined;
  }
}

/** Why a date is no school day under the legal calendar: "Kerstvakantie", "zaterdag", "buiten het schooljaar", or undefined. */
export function whyNoSchool(date: string, cal: SchoolYearCalendar): (Phrase & { holiday: boolean }) | undefined {
  if (date < cal.start || date > cal.end)
    return {
      nl: `buiten het schooljaar (${cal.start} – ${cal.end})`,
      en: `outside the school year (${cal.start} – ${cal.end})`,
      holiday: false,
    };
  const off = daysOffOn(date, cal);
  if (off.length) return { nl: off[0].name, en: off[0].nameEn, holiday: true };
  if (dt(date).weekday > 5) return { nl: "weekend", en: "weekend", holiday: false };
  return undefined;
}

/** Days (1 or ½) per entry, summed. */
export const total = (xs: { part: "full" | "am" | "pm" }[]) => xs.reduce((n, x) => n + dayValue(x.part), 0);

/** "1,5" — Dutch decimal comma. */
export const nl = (n: number) => String(n).replace(".", ",");
/** A number of days: "1,5" in Dutch, "1.5" in English. */
export const decimal = (n: number): Phrase => ({ nl: nl(n), en: String(n) });
