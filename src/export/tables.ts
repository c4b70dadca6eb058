// The tables of an export, once for every format (xlsx sheets, csv files): the week per class, the week per
// teacher, the release blocks per goal with the cover per class, and the staff load. Names, not ids; Dutch.
import {
  DAY_NAMES_NL,
  DAYS,
  durationMinutes,
  gridOf,
  overlaps,
  parseCoverBy,
  type Candidate,
  type DayGrid,
  type Lesson,
  type Scenario,
} from "../model/index.js";
import { classDays, gridOfLevels, levelsOfPeople } from "../model/level-days.js";
import { ambtNl, coverNl, frequencyNl, person, subjectName, yearPlan } from "../plan/index.js";

export { ambtNl, coverNl };
import { staffLoadRows } from "./staff-load.js";

export interface TimeRow {
  start: string;
  end: string;
  /** "lesson", or "staff" for child-free time after school (only in the teachers' weeks). */
  kind: "lesson" | "staff";
}

/** One person's or one class's week: rows = periods, columns = mon..fri, each cell a list of lines (empty = free). */
export interface WeekGrid {
  id: string;
  title: string;
  subtitle: string;
  rows: TimeRow[];
  cells: string[][][];
}

export const DAY_HEADERS = DAYS.map((d) => DAY_NAMES_NL[d]);

/**
 * The period rows of a day grid: every distinct lesson (and, if asked, staff) slot, by time. The grid is a class's
 * own days (a kleuter class with other break times), or a person's days of every level they work in, merged by
 * clock time (src/model/level-days.ts); the candidate's main days when neither is given.
 */
export function timeRows(s: Scenario, c: Candidate, withStaffSlots: boolean, grid: DayGrid = gridOf(s, c)): TimeRow[] {
  const rows = new Map<string, TimeRow>();
  for (const d of DAYS)
    for (const slot of grid.days[d])
      if (slot.kind === "lesson" || (withStaffSlots && slot.kind === "staff"))
        rows.set(`${slot.start}-${slot.end}`, { start: slot.start, end: slot.end, kind: slot.kind });
  return [...rows.values()].sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
}

const names = (s: Scenario, ids: readonly string[] = []) => ids.map((id) => person(s, id).name);

/** "Bewegingsopvoeding", "Klasuren (samen met L2)", "Ateliers Wereldateliers". */
function lessonTitle(s: Scenario, l: Lesson): string {
  if (l.atelierPlan) {
    const plan = s.atelierPlans.find((p) => p.id === l.atelierPlan);
    return `Ateliers${plan ? ` ${plan.name}` : ""}`;
  }
  return `${subjectName(s, l.subject)}${l.mergedWith ? ` (samen met ${l.mergedWith})` : ""}`;
}

const lessonPeople = (s: Scenario, l: Lesson) => [
  ...names(s, l.staff),
  ...names(s, l.externals),
  ...names(s, l.interns).map((n) => `${n} (stagiair)`),
];

function emptyCells(rows: TimeRow[]): string[][][] {
  return rows.map(() => DAYS.map(() => [] as string[]));
}

/** The rows a release block covers (a release of 13:20–15:00 covers two periods). */
const rowOf = (rows: TimeRow[], start: string, end: string) =>
  rows.flatMap((r, i) => (overlaps(r.start, r.end, start, end) ? [i] : []));

/** The row of a lesson: the one with its times (rows of two levels can overlap); else every row it overlaps. */
function lessonRows(rows: TimeRow[], l: Pick<Lesson, "start" | "end">): number[] {
  const exact = rows.findIndex((r) => r.start === l.start && r.end === l.end);
  return exact >= 0 ? [exact] : rowOf(rows, l.start, l.end);
}

/** The klasuurrooster: per group, the subject and who teaches it. */
export function classWeeks(s: Scenario, c: Candidate): WeekGrid[] {
  const grid = gridOf(s, c);
  const days = classDays(grid, s.groups, c.lessons);
  return s.groups.map((g) => {
    const rows = timeRows(s, c, false, gridOfLevels(grid, [days.get(g.id)]));
    const cells = emptyCells(rows);
    for (const l of c.lessons.filter((x) => x.group === g.id))
      for (const i of lessonRows(rows, l))
        cells[i][DAYS.indexOf(l.day)].push(lessonTitle(s, l), lessonPeople(s, l).join(", "));
    const teachers = names(s, g.classTeachers).join(", ");
    const co = g.coTeachers.length ? `; co-teacher ${names(s, g.coTeachers).join(", ")}` : "";
    return {
      id: g.id,
      title: `Klas ${g.id}${g.name ? ` — ${g.name}` : ""}`,
      subtitle: `klasleerkracht ${teachers}${co}; ${g.pupils} leerlingen`,
      rows,
      cells,
    };
  });
}

/** Everyone who has a lesson or a release block in this week: staff in the scenario's order, then externals, interns. */
function peopleInWeek(s: Scenario, c: Candidate): string[] {
  const seen = new Set<string>();
  for (const l of c.lessons) [...l.staff, ...(l.externals ?? []), ...(l.interns ?? [])].forEach((p) => seen.add(p));
  for (const r of c.releases) [...r.staff, ...r.externals].forEach((p) => seen.add(p));
  const order = [...s.staff, ...s.externals, ...s.interns].map((x) => x.id);
  return [...order.filter((id) => seen.has(id)), ...[...seen].filter((id) => !order.includes(id)).sort()];
}

/** The leerkrachtenuurrooster: per person, which class and subject, and the release blocks ("Overleg: …"). */
export function teacherWeeks(s: Scenario, c: Candidate): WeekGrid[] {
  const grid = gridOf(s, c);
  const levels = levelsOfPeople(s, c, classDays(grid, s.groups, c.lessons));
  const goals = new Map(s.releaseGoals.map((g) => [g.id, g]));
  return peopleInWeek(s, c).map((id) => {
    const rows = timeRows(s, c, true, gridOfLevels(grid, levels.get(id) ?? []));
    const cells = emptyCells(rows);
    // A merge or an atelier is one activity over several groups: one line "L1A + L1B · Klasuren".
    const mine = c.lessons.filter((l) => [...l.staff, ...(l.externals ?? []), ...(l.interns ?? [])].includes(id));
    const byKey = new Map<string, { l: Lesson; groups: string[] }>();
    for (const l of mine) {
      const key = `${l.day}|${l.start}|${l.end}|${lessonTitle(s, { ...l, mergedWith: undefined })}`;
      const e = byKey.get(key) ?? { l, groups: [] };
      for (const g of [l.group, ...(l.mergedWith ? [l.mergedWith] : [])]) if (!e.groups.includes(g)) e.groups.push(g);
      byKey.set(key, e);
    }
    for (const { l, groups } of byKey.values())
      for (const i of lessonRows(rows, l))
        cells[i][DAYS.indexOf(l.day)].push(
          `${groups.join(" + ")} · ${lessonTitle(s, { ...l, mergedWith: undefined })}`,
        );
    for (const r of c.releases.filter((x) => x.staff.includes(id) || x.externals.includes(id)))
      for (const i of rowOf(rows, r.start, r.end))
        cells[i][DAYS.indexOf(r.day)].push(`Overleg: ${goals.get(r.goal)?.name ?? r.goal}`);
    const p = person(s, id);
    return { id, title: p.name, subtitle: p.role, rows, cells };
  });
}

export const RELEASE_HEADERS = [
  "Doel",
  "Frequentie",
  "Dag",
  "Van",
  "Tot",
  "Minuten",
  "Keer per schooljaar",
  "Vrijgeroosterd",
  "Externen",
  "Klas",
  "Opvang",
] as const;

/** The release blocks per goal (goals in the scenario's order), one row per covered class. */
export function releaseRows(s: Scenario, c: Candidate): (string | number)[][] {
  const sessions = new Map(yearPlan(s, c).goals.map((g) => [g.goal, g.sessions]));
  const out: (string | number)[][] = [];
  for (const g of s.releaseGoals) {
    const rs = c.releases
      .filter((r) => r.goal === g.id)
      .sort((a, b) => DAYS.indexOf(a.day) - DAYS.indexOf(b.day) || a.start.localeCompare(b.start));
    if (rs.length === 0) {
      out.push([g.name, frequencyNl(s, g), "geen gezamenlijk moment gevonden", "", "", 0, 0, "", "", "", ""]);
      continue;
    }
    for (const r of rs) {
      const base = [
        g.name,
        frequencyNl(s, g),
        DAY_NAMES_NL[r.day],
        r.start,
        r.end,
        durationMinutes(r.start, r.end),
        sessions.get(g.id) ?? 0,
        names(s, r.staff).join(", "),
        names(s, r.externals).join(", "),
      ];
      const covers = r.cover.length ? r.cover : [{ group: "", by: "none" }];
      for (const cv of covers) out.push([...base, cv.group, coverNl(s, cv.by, { week: c, release: r })]);
    }
  }
  return out;
}

export const LOAD_HEADERS = [
  "Naam",
  "Ambt",
  "Opdracht",
  "Lestijden",
  "Wettelijk maximum",
  "Maximum school (plage)",
  "Schoolopdracht (min)",
  "Maximum schoolopdracht (min)",
  "Vrijgeroosterd (min/week)",
  "Boven een maximum",
] as const;

/** The staff-load table: the web app's staffLoadRows, in cells ("" = not applicable or unknown). */
export function loadRows(s: Scenario, c: Candidate): (string | number)[][] {
  return staffLoadRows(s, c).map((r) => [
    r.name,
    ambtNl(r.ambt),
    r.fraction,
    r.lestijden,
    r.legalMax ?? "",
    r.plageMax ?? "",
    r.schoolopdrachtMinutes ?? "",
    r.schoolopdrachtMax,
    r.releaseMinutes,
    r.over ? "JA" : "nee",
  ]);
}
