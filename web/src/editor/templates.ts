// Day-grid templates and the scenario a new school starts from (the guided start). Pure: the result must
// pass the zod schema and the checker's hard rules for a normal school (28 lessons, lunch ≥ 60 min,
// Wednesday afternoon free, lessons end 15:00–17:00).
import type { ScenarioInput } from "../../../src/model/browser.js";
import { uniqueId } from "./ids.js";

type SlotIn = { start: string; end: string; kind: "lesson" | "break" | "lunch" | "staff" };
type Days = Record<"mon" | "tue" | "wed" | "thu" | "fri", SlotIn[]>;

const L = (start: string, end: string): SlotIn => ({ start, end, kind: "lesson" });
const MORNING: SlotIn[] = [
  L("08:30", "09:20"),
  L("09:20", "10:10"),
  { start: "10:10", end: "10:25", kind: "break" },
  L("10:25", "11:15"),
  L("11:15", "12:05"),
];
const LUNCH: SlotIn = { start: "12:05", end: "13:20", kind: "lunch" };
const FULL: SlotIn[] = [
  ...MORNING,
  LUNCH,
  L("13:20", "14:10"),
  { start: "14:10", end: "14:25", kind: "break" },
  L("14:25", "15:15"),
];
const SHORT: SlotIn[] = [
  ...MORNING,
  LUNCH,
  L("13:20", "14:10"),
  L("14:10", "15:00"),
  { start: "15:00", end: "17:00", kind: "staff" },
];

export const GRID_TEMPLATES = {
  standard: {
    nl: "Gewone week 6/6/4/6/6",
    en: "Regular week 6/6/4/6/6",
    days: { mon: FULL, tue: FULL, wed: MORNING, thu: FULL, fri: FULL } as Days,
  },
  "four-two-thu": {
    nl: "4+2-dag op donderdag (tot 15:00, daarna kindvrij)",
    en: "4+2 day on Thursday (until 15:00, then child-free)",
    days: { mon: FULL, tue: FULL, wed: MORNING, thu: SHORT, fri: FULL } as Days,
  },
} as const;
export type GridTemplate = keyof typeof GRID_TEMPLATES;

export const copyDays = (d: Days): Days =>
  Object.fromEntries(Object.entries(d).map(([k, v]) => [k, v.map((s) => ({ ...s }))])) as Days;

export interface NewClass {
  code: string;
  level: "kleuter" | "lager";
  grade: number;
  pupils: number | string;
  teacher: string;
}

export interface NewSchool {
  name: string;
  network: "GO" | "OVSG" | "KOV" | "FOPEM" | "other";
  schoolYear: string;
  template: GridTemplate;
  classes: NewClass[];
  loTeacher: string;
  careTeacher: string;
  principal: string;
  /** x/24; default: 2 lestijden LO per class (at most 24/24). */
  loFraction?: string;
  /** x/24; default 12/24. */
  careFraction?: string;
}

/** The fractions the guided start offers: exact x/24 values with a plain label. */
export const FRACTION_CHOICES = [
  { value: "6/24", nl: "6/24 (kwart)", en: "6/24 (quarter)" },
  { value: "8/24", nl: "8/24 (een derde)", en: "8/24 (a third)" },
  { value: "12/24", nl: "12/24 (halftijds)", en: "12/24 (half-time)" },
  { value: "18/24", nl: "18/24 (3/4)", en: "18/24 (3/4)" },
  { value: "24/24", nl: "24/24 (voltijds)", en: "24/24 (full-time)" },
] as const;

/** The LO teacher's fraction when none is chosen: 2 lestijden per class, at most full-time. */
export const defaultLoFraction = (classes: number) => `${Math.min(24, Math.max(1, 2 * classes))}/24`;

/** The default class list: k kleuter classes K1..Kk and l lager classes L1..Ll. */
export function defaultClasses(kleuter: number, lager: number): NewClass[] {
  const out: NewClass[] = [];
  for (let i = 1; i <= kleuter; i++)
    out.push({ code: `K${i}`, level: "kleuter", grade: Math.min(i, 3), pupils: 18, teacher: "" });
  for (let i = 1; i <= lager; i++)
    out.push({ code: `L${i}`, level: "lager", grade: Math.min(i, 6), pupils: 20, teacher: "" });
  return out;
}

/** The scenario a guided start produces. */
export function buildScenario(n: NewSchool): ScenarioInput {
  const taken: string[] = [];
  const person = (name: string, fallback: string) => {
    const id = uniqueId(name, taken, fallback);
    taken.push(id);
    return id;
  };
  const staff: ScenarioInput["staff"] = [];
  const groups: ScenarioInput["groups"] = n.classes.map((c, i) => {
    const name = c.teacher.trim() || `Klasleerkracht ${c.code || i + 1}`;
    const id = person(name, `kl-${i + 1}`);
    staff.push({ id, name, ambt: c.level === "kleuter" ? "kleuteronderwijzer" : "onderwijzer", fraction: "24/24" });
    return {
      id: c.code.trim(),
      level: c.level,
      grades: [c.grade],
      pupils: typeof c.pupils === "number" ? c.pupils : Number(c.pupils),
      classTeachers: [id],
    };
  });
  const subjects: ScenarioInput["subjects"] = [];
  if (n.loTeacher.trim()) {
    const id = person(n.loTeacher.trim(), "lo");
    const fraction = n.loFraction || defaultLoFraction(groups.length);
    staff.push({ id, name: n.loTeacher.trim(), ambt: "leermeester-lo", fraction });
    subjects.push({
      id: "LO",
      name: "Lichamelijke opvoeding",
      groups: groups.map((g) => g.id),
      periods: 2,
      taughtBy: { staff: [id] },
      maxPerDay: 1,
      minDaysApart: 1,
    });
  }
  if (n.careTeacher.trim()) {
    const id = person(n.careTeacher.trim(), "zorg");
    staff.push({
      id,
      name: n.careTeacher.trim(),
      ambt: "onderwijzer",
      fraction: n.careFraction || "12/24",
      flags: { careTeacher: true },
    });
  }
  addGateDuties(staff, GRID_TEMPLATES[n.template].days);
  if (n.principal.trim())
    staff.push({ id: person(n.principal.trim(), "directie"), name: n.principal.trim(), ambt: "directeur" });
  const template = GRID_TEMPLATES[n.template];
  return {
    name: n.name.trim(),
    network: n.network,
    schoolYear: n.schoolYear.trim(),
    lessonsPerWeek: 28,
    dayGrids: [{ id: n.template, name: template.nl, days: copyDays(template.days) }],
    groups,
    staff,
    subjects,
    releaseGoals: [],
  };
}

/**
 * Supervision 15 minutes before the first and after the last lesson of each day (the school must supervise
 * then), shared in turn among the class teachers; the principal adjusts it later in Personeel.
 */
function addGateDuties(staff: ScenarioInput["staff"], days: Days): void {
  const teachers = staff.filter((p) => p.ambt === "kleuteronderwijzer" || p.ambt === "onderwijzer");
  if (teachers.length === 0) return;
  const shift = (clock: string, by: number) => {
    const m = Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3)) + by;
    return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
  };
  let turn = 0;
  for (const day of ["mon", "tue", "wed", "thu", "fri"] as const) {
    const lessons = days[day].filter((x) => x.kind === "lesson");
    if (lessons.length === 0) continue;
    const first = lessons[0].start;
    const last = lessons[lessons.length - 1].end;
    for (const [start, end, nl] of [
      [shift(first, -15), first, "poort 's morgens"],
      [last, shift(last, 15), "poort na de lessen"],
    ] as const) {
      const p = teachers[turn++ % teachers.length];
      p.supervision = [...(p.supervision ?? []), { day, start, end, label: nl }];
    }
  }
}

/** The school year a principal most likely plans: the one starting this calendar year. */
export function nextSchoolYear(today = new Date()): string {
  const y = today.getFullYear();
  return `${y}-${y + 1}`;
}
