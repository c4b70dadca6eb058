// How often a release goal meets, in one phrase for people: the export's sessions table, the iCal feed's
// description and the web app's goal card all say it with this function (issue 10 item 3), in Dutch or English.
import type { ReleaseGoal } from "./scenario.js";

const MONTHS_NL = [
  "januari",
  "februari",
  "maart",
  "april",
  "mei",
  "juni",
  "juli",
  "augustus",
  "september",
  "oktober",
  "november",
  "december",
];
const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "14 september 2026" / "14 September 2026". */
export function dateWords(date: string, lang: "nl" | "en"): string {
  const [y, m, d] = date.split("-").map(Number);
  return `${d} ${(lang === "en" ? MONTHS_EN : MONTHS_NL)[m - 1]} ${y}`;
}

/**
 * "elke week", "elke 3 weken vanaf schoolweek 2", "in week 3 van elke stage van Lotte Maes", "week 2 van elke
 * 4 schoolweken (maandpatroon)", each with the goal's date range when it has one ("…, van 1 september 2026 tot
 * 31 januari 2027"). `internName` turns an intern id into a name (default: the id).
 */
export function frequencyPhrase(
  g: Pick<ReleaseGoal, "frequency"> & Partial<Pick<ReleaseGoal, "from" | "to">>,
  lang: "nl" | "en",
  internName: (id: string) => string = (id) => id,
): string {
  const t = (nl: string, en: string) => (lang === "en" ? en : nl);
  const f = g.frequency;
  let text: string;
  switch (f.kind) {
    case "weekly":
      text = t("elke week", "every week");
      break;
    case "every-n-weeks":
      text = t(`elke ${f.n} weken`, `every ${f.n} weeks`);
      if (f.offset) text += t(` vanaf schoolweek ${f.offset + 1}`, ` from school week ${f.offset + 1}`);
      if (f.firstDate)
        text += t(
          ` vanaf de week van ${dateWords(f.firstDate, lang)}`,
          ` from the week of ${dateWords(f.firstDate, lang)}`,
        );
      break;
    case "monthly-pattern":
      text = t(
        `week ${f.week} van elke 4 schoolweken (maandpatroon)`,
        `week ${f.week} of every 4 school weeks (monthly pattern)`,
      );
      break;
    case "placement-week": {
      const which = f.week
        ? t(`in week ${f.week} van elke stage`, `in week ${f.week} of each placement`)
        : t("in elke stageweek", "in every placement week");
      text = f.intern ? which + t(` van ${internName(f.intern)}`, ` of ${internName(f.intern)}`) : which;
      break;
    }
  }
  const from = g.from && dateWords(g.from, lang);
  const to = g.to && dateWords(g.to, lang);
  if (from && to) text += t(`, van ${from} tot ${to}`, `, from ${from} to ${to}`);
  else if (from) text += t(`, vanaf ${from}`, `, from ${from}`);
  else if (to) text += t(`, tot ${to}`, `, until ${to}`);
  return text;
}
