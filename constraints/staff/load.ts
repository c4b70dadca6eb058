// Shared counting for the staff.* rules and the solver's metrics: lestijden per person and the
// schoolopdracht minutes per person (rules staff.min-max-lestijden, staff.schoolopdracht,
// staff.36h; counting as in README.md "The timetable format"). One place, so rules and metrics agree.
import {
  DAYS,
  type Candidate,
  type Day,
  type ReleaseGoal,
  type Scenario,
  type Staff,
  type Subject,
  durationMinutes,
  groupName,
  toClock,
  toMinutes,
} from "../../src/model/index.js";
import type { Message, MessageData } from "../rule.js";
import { activityKey } from "../structure/activities.js";
import { dayName } from "../structure/names.js";

export interface TaughtSlot {
  day: Day;
  start: string;
  end: string;
}

export interface StaffLoad {
  staff: string;
  /** Lesson slots in which the person is in `staff` (a merge or one atelier slot counts once). */
  lestijden: number;
  lestijdenPerDay: Record<Day, number>;
  lessonMinutes: number;
  /** Release minutes attended; overlapping releases of one person count once (one can attend one at a time). */
  releaseMinutes: number;
  supervisionMinutes: number;
  meetingMinutes: number;
  /** lesson + release + supervision + meeting minutes. */
  schoolopdrachtMinutes: number;
}

const emptyPerDay = (): Record<Day, number> => ({ mon: 0, tue: 0, wed: 0, thu: 0, fri: 0 });

/**
 * The lessons a person teaches in a candidate week, in day/time order: one per activity (a merged pair, one atelier
 * plan or the groups of a subject in `subjects` they take together in a slot is one activity; two groups at once
 * otherwise are two, as the model counts).
 */
export function taughtSlots(
  candidate: Pick<Candidate, "lessons">,
  staffId: string,
  subjects: readonly Subject[] = [],
): TaughtSlot[] {
  const seen = new Map<string, TaughtSlot>();
  for (const l of candidate.lessons) {
    if (!l.staff.includes(staffId)) continue;
    const key = activityKey(l, subjects);
    if (!seen.has(key)) seen.set(key, { day: l.day, start: l.start, end: l.end });
  }
  return [...seen.values()].sort(
    (a, b) => DAYS.indexOf(a.day) - DAYS.indexOf(b.day) || toMinutes(a.start) - toMinutes(b.start),
  );
}

/** Minutes covered by a set of intervals on one day, overlaps counted once. */
function unionMinutes(intervals: [number, number][]): number {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let curS = -1;
  let curE = -1;
  for (const [s, e] of sorted) {
    if (s > curE) {
      if (curE > curS) total += curE - curS;
      curS = s;
      curE = e;
    } else curE = Math.max(curE, e);
  }
  if (curE > curS) total += curE - curS;
  return total;
}

/**
 * The monthly-pattern week of each goal (release.monthly-pattern): blocks of goals with a different
 * pattern week happen in different weeks, so they never add up within one week.
 */
export function patternWeeks(goals: readonly ReleaseGoal[] = []): Map<string, number> {
  return new Map(
    goals.flatMap((g) => (g.frequency.kind === "monthly-pattern" ? [[g.id, g.frequency.week] as const] : [])),
  );
}

/**
 * Load of one person; without a candidate only the fixed parts (supervision, meetings) are known.
 * Release minutes are those of the heaviest real week: every block that is not on a monthly pattern,
 * plus the blocks of one pattern week (pass the scenario's goals to know them).
 */
export function loadOf(
  staff: Staff,
  candidate?: Pick<Candidate, "lessons" | "releases" | "lunchDuties">,
  goals?: readonly ReleaseGoal[],
  subjects?: readonly Subject[],
): StaffLoad {
  const lestijdenPerDay = emptyPerDay();
  let lessonMinutes = 0;
  let releaseMinutes = 0;
  if (candidate) {
    for (const t of taughtSlots(candidate, staff.id, subjects)) {
      lestijdenPerDay[t.day]++;
      lessonMinutes += durationMinutes(t.start, t.end);
    }
    const weekOf = patternWeeks(goals);
    const mine = candidate.releases.filter((r) => r.staff.includes(staff.id));
    const weeks = mine.some((r) => weekOf.has(r.goal)) ? [1, 2, 3, 4] : [0];
    for (const w of weeks) {
      const inWeek = mine.filter((r) => (weekOf.get(r.goal) ?? w) === w);
      let minutes = 0;
      for (const day of DAYS) {
        minutes += unionMinutes(
          inWeek.filter((r) => r.day === day).map((r) => [toMinutes(r.start), toMinutes(r.end)] as [number, number]),
        );
      }
      releaseMinutes = Math.max(releaseMinutes, minutes);
    }
  }
  // Fixed duties, and the lunch posts the week gives this person (lunchSupervision; each post and day once).
  const lunch = new Map(
    (candidate?.lunchDuties ?? [])
      .filter((d) => d.staff.includes(staff.id))
      .map((d) => [`${d.post}|${d.day}|${d.start}`, durationMinutes(d.start, d.end)]),
  );
  const supervisionMinutes =
    staff.supervision.reduce((sum, d) => sum + durationMinutes(d.start, d.end), 0) +
    [...lunch.values()].reduce((a, b) => a + b, 0);
  const meetingMinutes = staff.meetingMinutesPerWeek;
  const lestijden = DAYS.reduce((n, d) => n + lestijdenPerDay[d], 0);
  return {
    staff: staff.id,
    lestijden,
    lestijdenPerDay,
    lessonMinutes,
    releaseMinutes,
    supervisionMinutes,
    meetingMinutes,
    schoolopdrachtMinutes: lessonMinutes + releaseMinutes + supervisionMinutes + meetingMinutes,
  };
}

/** Load of every staff member of the scenario (by id). */
export function staffLoads(scenario: Scenario, candidate?: Candidate): Map<string, StaffLoad> {
  return new Map(scenario.staff.map((s) => [s.id, loadOf(s, candidate, scenario.releaseGoals, scenario.subjects)]));
}

export interface PlannedLoad {
  periods: number;
  /** e.g. ["LO 2 × 2 klassen"] for messages, in both languages. */
  parts: Phrase[];
}

/**
 * Lestijden the subject plan alone gives a specialist: periods × number of groups, for every subject
 * whose taughtBy lists the person (a pool teaches all at once, so each member gets all of them).
 * A lower bound only if no class merge shares a specialist lesson.
 */
export function plannedSpecialistPeriods(scenario: Scenario): Map<string, PlannedLoad> {
  const out = new Map<string, PlannedLoad>();
  for (const subj of scenario.subjects) {
    if (subj.taughtBy === "class") continue;
    for (const id of subj.taughtBy.staff) {
      const p = out.get(id) ?? { periods: 0, parts: [] };
      // Groups that take it together have one lesson for all of them (Subject.together).
      const n = subj.together ? 1 : subj.groups.length;
      p.periods += subj.periods * n;
      const data = { subject: subj.id, periods: subj.periods, groups: subj.groups.length };
      const part = subj.together ? "planned-part-together" : n === 1 ? "planned-part-one" : "planned-part";
      p.parts.push(phrase(LOAD_PHRASES[part], data));
      out.set(id, p);
    }
  }
  return out;
}

// ---- Phrases: parts of the staff.* rules' messages, Dutch and English side by side ----

/** A word or phrase in both languages: a value for a message placeholder. */
export type Phrase = { nl: string; en: string };

/**
 * The phrases the staff.* rules put inside their messages (a table like a rule's own `messages`, filled the
 * same way: both languages use the same placeholders).
 */
export const LOAD_PHRASES = {
  breakdown: {
    nl: "{total} min = {lessons} min les ({lestijden}) + {release} min vrijgeroosterd overleg + {supervision} min toezicht + {meetings} min vaste vergaderingen",
    en: "{total} min = {lessons} min lessons ({lestijden}) + {release} min release sessions + {supervision} min supervision + {meetings} min fixed meetings",
  },
  "lestijden-one": { nl: "{n} lestijd", en: "{n} lesson period" },
  lestijden: { nl: "{n} lestijden", en: "{n} lesson periods" },
  "planned-part-one": { nl: "{subject} {periods} × {groups} klas", en: "{subject} {periods} × {groups} class" },
  "planned-part": { nl: "{subject} {periods} × {groups} klassen", en: "{subject} {periods} × {groups} classes" },
  "planned-part-together": {
    nl: "{subject} {periods} × 1 ({groups} klassen samen)",
    en: "{subject} {periods} × 1 ({groups} classes together)",
  },
  hours: { nl: "{h}u{mm}", en: "{h} h {mm} min" },
  "whole-hours": { nl: "{h}u00", en: "{h} h" },
  when: { nl: "{day} {start}–{end}", en: "{day} {start}–{end}" },
} satisfies Record<string, Message>;

const PLACEHOLDER = /\{(\w+)\}/g;

/** Fill a phrase in both languages, as report() fills a rule's message. */
export function phrase(message: Message, data: MessageData = {}): Phrase {
  const fill = (lang: "nl" | "en") =>
    message[lang].replace(PLACEHOLDER, (_, key: string) => {
      const value = data[key];
      if (value === undefined) throw new Error(`phrase "${message.nl}": no value for {${key}}`);
      return typeof value === "object" ? value[lang] : String(value);
    });
  return { nl: fill("nl"), en: fill("en") };
}

/** Phrases joined into a list: "An Peeters, Bram Janssens". */
export const joinPhrases = (xs: readonly Phrase[], sep = ", "): Phrase => ({
  nl: xs.map((x) => x.nl).join(sep),
  en: xs.map((x) => x.en).join(sep),
});

/** The name of a post (ambt) as a principal says it. */
const AMBT_NAMES: Record<string, Phrase> = {
  kleuteronderwijzer: { nl: "kleuteronderwijzer", en: "nursery teacher" },
  onderwijzer: { nl: "onderwijzer", en: "primary teacher" },
  "leermeester-lo": { nl: "leermeester LO", en: "PE teacher" },
  "leermeester-levensbeschouwing": { nl: "leermeester levensbeschouwing", en: "religion/ethics teacher" },
  zorgcoordinator: { nl: "zorgcoördinator", en: "care coordinator" },
  "ict-coordinator": { nl: "ICT-coördinator", en: "ICT coordinator" },
  administratief: { nl: "administratief medewerker", en: "administrative staff" },
  directeur: { nl: "directeur", en: "principal" },
  ondersteuner: { nl: "ondersteuner", en: "support worker" },
  paramedicus: { nl: "paramedicus", en: "paramedic" },
};
export const ambtName = (ambt: string): Phrase => AMBT_NAMES[ambt] ?? { nl: ambt, en: ambt };

/** "1 lestijd" / "26 lestijden". */
export const lestijden = (n: number): Phrase => phrase(LOAD_PHRASES[n === 1 ? "lestijden-one" : "lestijden"], { n });

/** "1520 min = 1300 min les (26 lestijden) + 110 min vrijgeroosterd overleg + 60 min toezicht + 50 min vaste vergaderingen". */
export function describeLoad(l: StaffLoad): Phrase {
  return phrase(LOAD_PHRASES.breakdown, {
    total: l.schoolopdrachtMinutes,
    lessons: l.lessonMinutes,
    lestijden: lestijden(l.lestijden),
    release: l.releaseMinutes,
    supervision: l.supervisionMinutes,
    meetings: l.meetingMinutes,
  });
}

/** Clock hours: "4u20" / "4 h 20 min"; "26u00" / "26 h". */
export function hours(minutes: number): Phrase {
  const [h, mm] = toClock(minutes).split(":");
  const data = { h: Number(h), mm };
  return phrase(LOAD_PHRASES[mm === "00" ? "whole-hours" : "hours"], data);
}

/** The day's name: "maandag" / "Monday" (one definition, in structure/names.ts). */
export { dayName };

/** "maandag 08:30–09:20" / "Monday 08:30–09:20". */
export const when = (day: Day, start: string, end: string): Phrase =>
  phrase(LOAD_PHRASES.when, { day: dayName(day), start, end });

/** A class as a principal calls it: its name, else its id. */
export function groupLabel(scenario: Scenario, id: string): string {
  const g = scenario.groups.find((x) => x.id === id);
  return g ? groupName(g) : id;
}
