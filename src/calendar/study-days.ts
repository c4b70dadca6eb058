// The study-day planner: proposes dates for the pedagogical study days within the legal budget
// (year.study-days: 1.5 days as 1 + ½ or 3 × ½; at most one whole day without a derogation), on school days
// outside exam weeks, facultative days and existing study days; prefers days a trainer is available
// (External.dates, else weekly availability) and spreads the days over the year. When the school wants
// more, it says a derogation is needed and by when (year.study-days-extra: before 1 May of the previous year).
import { DAYS, type External, type Scenario, toMinutes } from "../model/index.js";
import { derogationDeadline, STUDY_DAYS_PER_YEAR, studyDayBudget, studyDaysPerGroup } from "./budget.js";
import { addDays, dt, isSchoolDay, schoolYearCalendar, weekdayOf } from "./calendar.js";

export type Part = "full" | "am" | "pm";

export interface StudyDayProposal {
  date: string;
  part: Part;
  /** Trainers available that day (names). */
  trainers: string[];
  /** Dutch explanation. */
  reason: string;
}

export interface StudyDayPlan {
  schoolYear: string;
  budget: number;
  alreadyPlanned: number;
  want: number;
  proposals: StudyDayProposal[];
  derogation?: { extraDays: number; deadline: string; deadlinePassed: boolean; message: string; messageEn: string };
  messages: string[];
}

const PART_NL: Record<Part, string> = { full: "hele dag", am: "voormiddag", pm: "namiddag" };
const dateNl = (d: string) => dt(d).setLocale("nl").toFormat("cccc d LLLL yyyy");
const nl = (n: number) => String(n).replace(".", ",");
const HALF: Record<"am" | "pm", [number, number]> = {
  am: [toMinutes("08:30"), toMinutes("12:00")],
  pm: [toMinutes("13:00"), toMinutes("15:30")],
};

/** Is this external there for that part of the date (dated windows first, else the weekly availability)? */
function trainerAvailable(e: External, date: string, part: Part): boolean {
  const covers = (from: number, to: number) =>
    part === "full" ? from <= HALF.am[0] && to >= HALF.pm[1] : from <= HALF[part][0] && to >= HALF[part][1];
  if (!e.availability && e.dates.length === 0) return true; // no availability given = always available
  const dated = e.dates.filter((d) => d.date === date);
  if (dated.some((d) => covers(d.from ? toMinutes(d.from) : 0, d.to ? toMinutes(d.to) : 24 * 60))) return true;
  if (e.dates.length > 0 && !e.availability) return false;
  const windows = e.availability?.[DAYS[weekdayOf(date) - 1]];
  return !!windows?.some((w) => covers(toMinutes(w.from), toMinutes(w.to)));
}

/** The trainers to prefer: the named one, else every external of kind "trainer". */
function trainersOf(s: Scenario, trainer?: string): External[] {
  if (trainer) return s.externals.filter((e) => e.id === trainer);
  return s.externals.filter((e) => e.kind === "trainer");
}

/** Propose study days. `want` = days the school would like (default: the legal budget). */
export function planStudyDays(
  s: Scenario,
  opts: { want?: number; trainer?: string; today?: string } = {},
): StudyDayPlan {
  const cal = schoolYearCalendar(s.schoolYear);
  const budget = studyDayBudget(s);
  const planned = Math.max(0, ...studyDaysPerGroup(s).values());
  const want = opts.want ?? budget;
  const messages: string[] = [];
  const trainers = trainersOf(s, opts.trainer);

  // Units to place: without a derogation at most one whole day in total (1 + ½ or 3 × ½).
  let toPlace = Math.max(0, Math.min(want, budget) - planned);
  toPlace = Math.floor(toPlace * 2) / 2;
  const fullUsed = s.calendar.studyDays.some((d) => d.part === "full" && !d.groups);
  const maxFull = s.calendar.derogation.granted ? Infinity : fullUsed ? 0 : 1;
  const units: Part[] = [];
  while (toPlace >= 1 && units.filter((u) => u === "full").length < maxFull) (units.push("full"), (toPlace -= 1));
  while (toPlace >= 0.5) (units.push("pm"), (toPlace -= 0.5));

  const taken = new Set([...s.calendar.studyDays.map((d) => d.date), ...s.calendar.facultativeDays.map((d) => d.date)]);
  const inExam = (d: string) => s.calendar.examWeeks.some((w) => w.from <= d && d <= w.to);
  const candidates: string[] = [];
  for (let d = cal.start; d <= cal.end; d = addDays(d, 1))
    if (isSchoolDay(d, cal) && !inExam(d) && !taken.has(d)) candidates.push(d);

  const dayNumber = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
  const start = dayNumber(cal.start);
  const span = dayNumber(cal.end) - start;
  const chosen: string[] = [...taken].filter((d) => s.calendar.studyDays.some((x) => x.date === d));
  const proposals: StudyDayProposal[] = [];
  units.forEach((unit, i) => {
    // Spread: aim at evenly spaced points of the year, and keep away from days already chosen.
    const ideal = start + (span * (i + 1)) / (units.length + 1);
    let best: { score: number; p: StudyDayProposal } | undefined;
    for (const d of candidates) {
      if (chosen.includes(d)) continue;
      const wed = weekdayOf(d) === 3;
      if (unit === "full" && wed) continue; // Wednesday has no afternoon lessons: a whole study day there wastes half
      const part: Part = unit === "full" ? "full" : wed ? "am" : "pm";
      const avail = trainers.filter((t) => trainerAvailable(t, d, part));
      const nearest = Math.min(365, ...chosen.map((c) => Math.abs(dayNumber(c) - dayNumber(d))));
      const score = (avail.length ? 100 : 0) - Math.abs(dayNumber(d) - ideal) / 7 - (nearest < 28 ? 28 - nearest : 0);
      if (!best || score > best.score) {
        const why = [
          avail.length
            ? `${avail.map((t) => t.name).join(", ")} beschikbaar`
            : trainers.length
              ? "geen nascholer beschikbaar op een geschikte dag"
              : "",
          "schooldag buiten vakanties en toetsweken",
        ].filter(Boolean);
        best = {
          score,
          p: {
            date: d,
            part,
            trainers: avail.map((t) => t.name),
            reason: `${dateNl(d)} (${PART_NL[part]}): ${why.join("; ")}`,
          },
        };
      }
    }
    if (best) {
      proposals.push(best.p);
      chosen.push(best.p.date);
    }
  });
  proposals.sort((a, b) => a.date.localeCompare(b.date));

  if (planned >= budget)
    messages.push(`Er staan al ${nl(planned)} studiedagen gepland: het budget van ${nl(budget)} dagen is op.`);
  let derogation: StudyDayPlan["derogation"];
  if (want > budget) {
    const deadline = derogationDeadline(s.schoolYear);
    const today = opts.today ?? new Date().toISOString().slice(0, 10);
    const passed = today >= deadline;
    const extra = want - budget;
    derogation = {
      extraDays: extra,
      deadline,
      deadlinePassed: passed,
      message:
        `U wilt ${nl(want)} studiedagen; zonder afwijking mag dat hoogstens ${nl(STUDY_DAYS_PER_YEAR)} (1 + ½ of 3 × ½). ` +
        `Voor ${nl(extra)} dag(en) extra is een afwijking nodig, aan te vragen bij AgODi vóór ${dateNl(deadline)} met motivatie en protocol van het lokaal comité` +
        (passed ? `; die datum is voorbij, dus dat kan pas voor het volgende schooljaar.` : "."),
      messageEn: `You want ${want} study days; at most ${STUDY_DAYS_PER_YEAR} without a derogation. ${extra} extra day(s) need a derogation requested from AgODi before ${deadline}${passed ? " (that date has passed)" : ""}.`,
    };
    messages.push(derogation.message);
  }
  if (proposals.length < units.length)
    messages.push(`Slechts ${proposals.length} van ${units.length} studiedag(del)en konden geplaatst worden.`);
  return { schoolYear: s.schoolYear, budget, alreadyPlanned: planned, want, proposals, derogation, messages };
}
