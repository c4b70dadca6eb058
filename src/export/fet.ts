// The school and one week as a FET file (FET 6.x XML, read back by src/import/fet.ts), with every activity
// permanently locked at its slot so that `fet-cl` reproduces the week — and, doing so, checks it independently:
// a teacher or class in two places at once, or a lesson in a teacher's not-available time, is an impossibility
// FET reports.
//
// - Days: maandag … vrijdag. Hours: every distinct lesson slot of the candidate's day grid, by time ("08:30-09:20"),
//   and the midday break ("Middag …") where it overlaps no lesson; on a day whose grid lacks an hour (Wednesday
//   afternoon, a short day) that hour is a FET break time.
// - Teachers: every staff member (by name), and the externals and interns who lead a lesson.
// - Students: one year per level and grade ("Leerjaar 5", "Kleuter 2", "Leerjaar 5-6"), one group per class (its id).
// - Activities: one per lesson, duration 1; a merge, an atelier or a subject classes take together (several classes
//   at once) is one activity with all its classes and teachers, as in the year plan.
// - Time constraints: basic compulsory, break times, teachers' not-available times (from their weekly
//   availability) and one ConstraintActivityPreferredStartingTime per activity, Permanently_Locked = true.
import {
  DAY_NAMES_NL,
  DAYS,
  gridOf,
  InputError,
  isAvailable,
  overlaps,
  togetherOf,
  type Candidate,
  type Day,
  type Scenario,
} from "../model/index.js";
import { otherLessonTimes } from "../model/level-days.js";
import { person } from "../plan/index.js";

export const FET_VERSION = "6.8.5";

const esc = (v: string | number) =>
  String(v).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const capital = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
export const FET_DAY: Record<Day, string> = Object.fromEntries(
  DAYS.map((d) => [d, capital(DAY_NAMES_NL[d])]),
) as Record<Day, string>;

interface Hour {
  name: string;
  start: string;
  end: string;
  lunch: boolean;
}

/** One FET activity: what the exported file says, and where our week has it. */
export interface FetActivity {
  id: number;
  teachers: string[];
  subject: string;
  students: string[];
  day: Day;
  hour: string;
}

export interface FetExport {
  xml: string;
  activities: FetActivity[];
  hours: string[];
}

function hoursOf(s: Scenario, c: Candidate): { hours: Hour[]; lessonHours: Map<Day, Set<string>> } {
  const grid = gridOf(s, c);
  const lessons = new Map<string, Hour>();
  const lunches = new Map<string, Hour>();
  for (const d of DAYS)
    for (const slot of grid.days[d]) {
      const name = `${slot.start}-${slot.end}`;
      if (slot.kind === "lesson") lessons.set(name, { name, start: slot.start, end: slot.end, lunch: false });
      if (slot.kind === "lunch")
        lunches.set(name, { name: `Middag ${name}`, start: slot.start, end: slot.end, lunch: true });
    }
  const lessonList = [...lessons.values()];
  const hours = [
    ...lessonList,
    ...[...lunches.values()].filter((h) => !lessonList.some((l) => overlaps(l.start, l.end, h.start, h.end))),
  ].sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
  const lessonHours = new Map(
    DAYS.map((d) => [d, new Set(grid.days[d].filter((x) => x.kind === "lesson").map((x) => `${x.start}-${x.end}`))]),
  );
  return { hours, lessonHours };
}

/** Unique FET names for people: their name, with the id added when two people share a name. */
function teacherNames(s: Scenario, ids: string[]): Map<string, string> {
  const count = new Map<string, number>();
  for (const id of ids) count.set(person(s, id).name, (count.get(person(s, id).name) ?? 0) + 1);
  return new Map(
    ids.map((id) => [id, count.get(person(s, id).name)! > 1 ? `${person(s, id).name} (${id})` : person(s, id).name]),
  );
}

const yearName = (g: Scenario["groups"][number]) =>
  `${g.level === "kleuter" ? "Kleuter" : "Leerjaar"} ${[...g.grades].sort((a, b) => a - b).join("-")}`;

/**
 * Why this week cannot be a FET file, or undefined: FET has one list of hours for the whole school, so a day grid
 * whose kleuter (or lager) days have other lesson times (DayGrid.levels) has no honest FET form. Other break or
 * lunch times alone are fine (the lesson hours stay the same).
 */
export function fetRefusal(s: Scenario, c: Candidate): InputError | undefined {
  const grid = gridOf(s, c);
  const other = otherLessonTimes(grid);
  if (!other) return undefined;
  const who = other.level === "kleuter" ? "de kleuters" : "het lager";
  const which = other.times.length ? ` (${DAY_NAMES_NL[other.day]} ${other.times.slice(0, 3).join(", ")})` : "";
  const message =
    `FET kent één lijst lesuren voor de hele school, maar dagindeling '${grid.name}' geeft ${who} andere lesuren` +
    `${which}. Exporteer deze week als xlsx, csv, html of pdf, of geef ${who} dezelfde lesuren in de dagindeling.`;
  const i = s.dayGrids.indexOf(grid);
  const field = `andere lesuren voor ${who}${which}; FET kan dat niet bewaren`;
  return new InputError(message, [{ path: `dayGrids[${i}].levels.${other.level}`, message: field }]);
}

export function buildFet(s: Scenario, c: Candidate, label = "kandidaat 1"): FetExport {
  const refused = fetRefusal(s, c);
  if (refused) throw refused;
  const { hours, lessonHours } = hoursOf(s, c);

  // Activities: a lesson with its merge partner, an atelier plan's groups or the groups of a subject they take
  // together (Subject.together) in one slot, is one activity.
  interface Draft {
    groups: string[];
    people: string[];
    subject: string;
    day: Day;
    start: string;
    end: string;
  }
  const drafts = new Map<string, Draft>();
  for (const l of c.lessons) {
    const together = togetherOf(s.subjects, l.subject, l.group);
    const key = l.atelierPlan
      ? `atelier:${l.atelierPlan}:${l.day}:${l.start}`
      : l.mergedWith
        ? `les:${[l.group, l.mergedWith].sort().join("+")}:${l.day}:${l.start}`
        : together
          ? `les:${together.key}:${l.day}:${l.start}`
          : `les:${l.group}:${l.day}:${l.start}:${l.subject}:${l.staff.join(",")}`;
    const d = drafts.get(key) ?? {
      groups: [],
      people: [],
      subject: l.atelierPlan ? "ATELIER" : l.subject,
      day: l.day,
      start: l.start,
      end: l.end,
    };
    const add = (xs: string[], ys: readonly string[] = []) => ys.forEach((y) => xs.includes(y) || xs.push(y));
    add(d.groups, [l.group, ...(l.mergedWith ? [l.mergedWith] : [])]);
    add(d.people, [...l.staff, ...(l.externals ?? []), ...(l.interns ?? [])]);
    drafts.set(key, d);
  }

  const inLessons = [...new Set([...drafts.values()].flatMap((d) => d.people))];
  const people = [...s.staff.map((x) => x.id), ...inLessons.filter((id) => !s.staff.some((x) => x.id === id))];
  const tName = teacherNames(s, people);
  const subjects = [...new Set([...s.subjects.map((x) => x.id), ...[...drafts.values()].map((d) => d.subject)])];

  const hourOf = (d: Draft) => {
    const h = hours.find((x) => x.start === d.start && x.end === d.end && !x.lunch);
    if (!h) throw new Error(`les ${d.groups.join("+")} ${d.day} ${d.start}-${d.end} valt niet op een lesuur`);
    return h.name;
  };
  const activities: FetActivity[] = [...drafts.values()]
    .sort(
      (a, b) =>
        a.groups[0].localeCompare(b.groups[0]) ||
        DAYS.indexOf(a.day) - DAYS.indexOf(b.day) ||
        a.start.localeCompare(b.start),
    )
    .map((d, i) => ({
      id: i + 1,
      teachers: d.people.map((p) => tName.get(p)!),
      subject: d.subject,
      students: d.groups,
      day: d.day,
      hour: hourOf(d),
    }));

  const x: string[] = [];
  const tag = (indent: number, name: string, value: string | number) =>
    x.push(`${"\t".repeat(indent)}<${name}>${esc(value)}</${name}>`);
  x.push(`<?xml version="1.0" encoding="UTF-8"?>`, "", `<fet version="${FET_VERSION}">`, "");
  x.push("<Mode>Official</Mode>", "");
  tag(0, "Institution_Name", s.name);
  x.push("");
  tag(
    0,
    "Comments",
    `Uit Vrijrooster: ${label}, dagindeling ${gridOf(s, c).name}, schooljaar ${s.schoolYear}. Elke les staat vast (Permanently_Locked); de vrijroosterblokken staan niet in dit bestand.`,
  );
  x.push("", "<Days_List>");
  tag(0, "Number_of_Days", DAYS.length);
  for (const d of DAYS) x.push("<Day>", `\t<Name>${esc(FET_DAY[d])}</Name>`, "</Day>");
  x.push("</Days_List>", "", "<Hours_List>");
  tag(0, "Number_of_Hours", hours.length);
  for (const h of hours) x.push("<Hour>", `\t<Name>${esc(h.name)}</Name>`, "</Hour>");
  x.push("</Hours_List>", "", "<Subjects_List>");
  for (const sub of subjects) {
    const long =
      s.subjects.find((y) => y.id === sub)?.name ?? (sub === "KLAS" ? "Klasuren" : sub === "ATELIER" ? "Ateliers" : "");
    x.push("<Subject>");
    tag(1, "Name", sub);
    tag(1, "Comments", long);
    x.push("</Subject>");
  }
  x.push("</Subjects_List>", "", "<Activity_Tags_List>", "</Activity_Tags_List>", "", "<Teachers_List>");
  for (const id of people) {
    x.push("<Teacher>");
    tag(1, "Name", tName.get(id)!);
    tag(1, "Target_Number_of_Hours", 0);
    x.push("\t<Qualified_Subjects>", "\t</Qualified_Subjects>");
    const p = person(s, id);
    tag(1, "Comments", `${id}${p.role ? `: ${p.role}` : ""}`);
    x.push("</Teacher>");
  }
  x.push("</Teachers_List>", "", "<Students_List>");
  const years = new Map<string, Scenario["groups"]>();
  for (const g of s.groups) years.set(yearName(g), [...(years.get(yearName(g)) ?? []), g]);
  for (const [name, groups] of [...years].sort((a, b) => a[0].localeCompare(b[0]))) {
    x.push("<Year>");
    tag(1, "Name", name);
    tag(
      1,
      "Number_of_Students",
      groups.reduce((n, g) => n + g.pupils, 0),
    );
    tag(1, "Comments", "");
    for (const g of groups) {
      x.push("\t<Group>");
      tag(2, "Name", g.id);
      tag(2, "Number_of_Students", g.pupils);
      tag(2, "Comments", g.name ?? "");
      x.push("\t</Group>");
    }
    x.push("</Year>");
  }
  x.push("</Students_List>", "", "<Activities_List>");
  for (const a of activities) {
    x.push("<Activity>");
    for (const t of a.teachers) tag(1, "Teacher", t);
    tag(1, "Subject", a.subject);
    for (const st of a.students) tag(1, "Students", st);
    tag(1, "Duration", 1);
    tag(1, "Total_Duration", 1);
    tag(1, "Id", a.id);
    tag(1, "Activity_Group_Id", 0);
    tag(1, "Active", "true");
    tag(1, "Comments", "");
    x.push("</Activity>");
  }
  x.push("</Activities_List>", "", "<Buildings_List>", "</Buildings_List>", "", "<Rooms_List>", "</Rooms_List>", "");

  x.push("<Time_Constraints_List>", "<ConstraintBasicCompulsoryTime>");
  tag(1, "Weight_Percentage", 100);
  tag(1, "Active", "true");
  tag(1, "Comments", "");
  x.push("</ConstraintBasicCompulsoryTime>");
  const breaks = DAYS.flatMap((d) => hours.filter((h) => !lessonHours.get(d)!.has(h.name)).map((h) => ({ d, h })));
  if (breaks.length) {
    x.push("<ConstraintBreakTimes>");
    tag(1, "Weight_Percentage", 100);
    tag(1, "Number_of_Break_Times", breaks.length);
    for (const { d, h } of breaks)
      x.push(
        "\t<Break_Time>",
        `\t\t<Day>${esc(FET_DAY[d])}</Day>`,
        `\t\t<Hour>${esc(h.name)}</Hour>`,
        "\t</Break_Time>",
      );
    tag(1, "Active", "true");
    tag(1, "Comments", "");
    x.push("</ConstraintBreakTimes>");
  }
  for (const st of s.staff) {
    if (!st.availability) continue;
    const away = DAYS.flatMap((d) =>
      hours
        .filter((h) => lessonHours.get(d)!.has(h.name) && !isAvailable(st.availability, d, h.start, h.end))
        .map((h) => ({ d, h })),
    );
    if (away.length === 0) continue;
    x.push("<ConstraintTeacherNotAvailableTimes>");
    tag(1, "Weight_Percentage", 100);
    tag(1, "Teacher", tName.get(st.id)!);
    tag(1, "Number_of_Not_Available_Times", away.length);
    for (const { d, h } of away)
      x.push(
        "\t<Not_Available_Time>",
        `\t\t<Day>${esc(FET_DAY[d])}</Day>`,
        `\t\t<Hour>${esc(h.name)}</Hour>`,
        "\t</Not_Available_Time>",
      );
    tag(1, "Active", "true");
    tag(1, "Comments", "");
    x.push("</ConstraintTeacherNotAvailableTimes>");
  }
  for (const a of activities) {
    x.push("<ConstraintActivityPreferredStartingTime>");
    tag(1, "Weight_Percentage", 100);
    tag(1, "Activity_Id", a.id);
    tag(1, "Preferred_Day", FET_DAY[a.day]);
    tag(1, "Preferred_Hour", a.hour);
    tag(1, "Permanently_Locked", "true");
    tag(1, "Active", "true");
    tag(1, "Comments", "");
    x.push("</ConstraintActivityPreferredStartingTime>");
  }
  x.push("</Time_Constraints_List>", "", "<Space_Constraints_List>", "<ConstraintBasicCompulsorySpace>");
  tag(1, "Weight_Percentage", 100);
  tag(1, "Active", "true");
  tag(1, "Comments", "");
  x.push("</ConstraintBasicCompulsorySpace>", "</Space_Constraints_List>", "", "</fet>", "");
  return { xml: x.join("\n"), activities, hours: hours.map((h) => h.name) };
}
