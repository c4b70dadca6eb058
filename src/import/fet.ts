// A FET file (.fet XML, or .fet.gz) → a scenario: teachers, years/groups/subgroups, subjects, activities,
// teacher and students-set not-available times, days and hours. What has no counterpart in Vrijrooster is
// listed in the report, never dropped silently. A file that cannot be a school week is refused with a reason.
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { XMLParser } from "fast-xml-parser";
import { DAYS, InputError, type Day, type ScenarioInput } from "../model/index.js";
import { toClock } from "../model/index.js";
import {
  IdMaker,
  defaultSchoolYear,
  emptyReport,
  ImportError,
  mergeInto,
  validateResult,
  type ImportReport,
  type Part,
} from "./common.js";
import type { SpreadsheetOptions } from "./spreadsheet.js";

type X = Record<string, unknown>;
const arr = <T = X>(v: unknown): T[] =>
  (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]) as T[];
const text = (v: unknown): string =>
  (v === undefined || v === null ? "" : typeof v === "object" ? "" : String(v))
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ")
    .trim()
    .slice(0, 200);

/** A FET file that cannot become a scenario: said in words (the CLI exits 2). */
export class FetRefusal extends ImportError {}

function refuse(reason: string, report: ImportReport = emptyReport()): never {
  report.problems.push({ where: "FET-bestand", message: reason });
  throw new FetRefusal(`Dit FET-bestand kan niet ingelezen worden / cannot be imported: ${reason}`, report);
}

function readXml(file: string): X {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new InputError(`Kan ${file} niet lezen (${(e as NodeJS.ErrnoException).code ?? "onbekende fout"})`);
  }
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes);
    } catch (e) {
      refuse(`het gz-bestand is beschadigd (${(e as Error).message})`);
    }
  }
  const parser = new XMLParser({
    ignoreAttributes: true,
    parseTagValue: false,
    trimValues: true,
    processEntities: true,
  });
  let doc: X;
  try {
    doc = parser.parse(bytes.toString("utf8")) as X;
  } catch (e) {
    refuse(`geen geldige XML (${(e as Error).message})`);
  }
  const fet = doc.fet;
  if (!fet || typeof fet !== "object") refuse("geen <fet>-element: dit is geen FET-bestand");
  return fet as X;
}

const LO = /^(lo|gym|turnen|sport|bewegingsopvoeding|pe|eps|sport.*|physical.*|education physique.*)$/i;
const RELIGION = /^(rk|isl|ncz|prot|ort|lbv|godsdienst|religie|levensbeschouwing|religion|ethics|zedenleer)$/i;

interface Activity {
  id: string;
  teachers: string[];
  subject: string;
  students: string[];
  duration: number;
  active: boolean;
}

/** Lesson hours per day after FET's break times and all-students not-available times, laid out in clock time. */
function buildGrid(
  dayNames: string[],
  hourNames: string[],
  removed: Set<string>,
  breaks: Set<string>,
): { grid: ScenarioInput["dayGrids"][number]; slotOf: Map<string, { start: string; end: string }> } {
  const days = {} as Record<Day, { start: string; end: string; kind: "lesson" | "break" | "lunch" }[]>;
  const slotOf = new Map<string, { start: string; end: string }>();
  DAYS.forEach((day, di) => {
    const slots: (typeof days)[Day] = [];
    days[day] = slots;
    if (di >= dayNames.length) return;
    const d = dayNames[di];
    const kept = hourNames
      .map((h, hi) => ({ h, hi }))
      .filter(({ h }) => !removed.has(`${d}|${h}`) && !breaks.has(`${d}|${h}`));
    // Where FET has a break hour between lessons, the lunch goes there; else after the 4th lesson.
    const firstBreakAfter = hourNames.findIndex(
      (h, hi) => breaks.has(`${d}|${h}`) && hi > 0 && hi < hourNames.length - 1,
    );
    let lunchAfter = firstBreakAfter > 0 ? kept.filter((k) => k.hi < firstBreakAfter).length : 4;
    if (lunchAfter <= 0 || lunchAfter >= kept.length) lunchAfter = kept.length > 4 ? 4 : kept.length;
    let t = 8 * 60 + 30;
    kept.forEach((k, i) => {
      const start = toClock(t);
      t += 50;
      slots.push({ start, end: toClock(t), kind: "lesson" });
      slotOf.set(`${d}|${k.h}`, { start, end: toClock(t) });
      const inMorning = i < lunchAfter;
      const n = inMorning ? i + 1 : i + 1 - lunchAfter;
      if (i === kept.length - 1) return;
      if (i + 1 === lunchAfter) {
        slots.push({ start: toClock(t), end: toClock(t + 75), kind: "lunch" });
        t += 75;
      } else if (n % 2 === (inMorning ? 0 : 1) && n > 0) {
        slots.push({ start: toClock(t), end: toClock(t + 15), kind: "break" });
        t += 15;
      }
    });
  });
  const counts = DAYS.map((d) => days[d].filter((s) => s.kind === "lesson").length);
  return { grid: { id: "fet", name: `Dagindeling uit FET (${counts.join("/")})`, days }, slotOf };
}

/**
 * The classes tied to `cid` in one occurrence (an activity or a same-starting-time set): an activity whose students
 * are in several classes ties them, and ties pass on (1A+1B and 1B+1C: all three). Sorted; [cid] when none.
 */
function jointClasses(classesPerActivity: string[][], cid: string): string[] {
  const tied = new Set([cid]);
  for (let grown = true; grown;) {
    grown = false;
    for (const cs of classesPerActivity)
      if (cs.length > 1 && cs.some((c) => tied.has(c)) && cs.some((c) => !tied.has(c))) {
        cs.forEach((c) => tied.add(c));
        grown = true;
      }
  }
  return [...tied].sort();
}

export function importFet(file: string, opts: SpreadsheetOptions = {}) {
  const report = emptyReport();
  const fet = readXml(file);
  const dayNames = arr(fet.Days_List && (fet.Days_List as X).Day).map((d) =>
    typeof d === "object" ? text(d.Name) : text(d),
  );
  const hourNames = arr(fet.Hours_List && (fet.Hours_List as X).Hour).map((h) =>
    typeof h === "object" ? text(h.Name) : text(h),
  );
  if (dayNames.length === 0) refuse("er staan geen dagen in (Days_List is leeg)", report);
  if (hourNames.length === 0) refuse("er staan geen uren in (Hours_List is leeg)", report);
  if (dayNames.length > 7)
    refuse(
      `de week heeft ${dayNames.length} 'dagen' (bv. voor- en namiddag als aparte dagen); Vrijrooster kent een schoolweek van 5 dagen`,
      report,
    );
  if (dayNames.length !== 5)
    report.notes.push(
      `FET heeft ${dayNames.length} dagen (${dayNames.join(", ")}); ze zijn in volgorde op ma-vr gelegd${dayNames.length > 5 ? `, ${dayNames.slice(5).join(", ")} niet` : ""}`,
    );
  const days5 = dayNames.slice(0, 5);
  const dayOf = new Map(days5.map((d, i) => [d, DAYS[i]]));

  // ---------- students ----------
  const classIds = new IdMaker();
  interface Cls {
    id: string;
    name: string;
    year: string;
    pupils: number;
  }
  const classes: Cls[] = [];
  const setToClasses = new Map<string, string[]>();
  const subgroupOf = new Set<string>();
  let pupilsGuessed = 0;
  let sharedSubgroups = 0;
  for (const y of arr(fet.Students_List && (fet.Students_List as X).Year)) {
    const yName = text(y.Name);
    const groups = arr(y.Group);
    const mk = (name: string, n: unknown): Cls => {
      let pupils = Number(text(n));
      if (!Number.isInteger(pupils) || pupils < 1) {
        pupils = 20;
        pupilsGuessed++;
      }
      if (pupils > 60) {
        report.notes.push(`klas '${name}': ${pupils} leerlingen in FET, ingelezen als 60 (het maximum per klas)`);
        pupils = 60;
      }
      const c = { id: classIds.make(name === "" ? "klas" : name), name, year: yName, pupils };
      classes.push(c);
      return c;
    };
    if (groups.length === 0) {
      const c = mk(yName, y.Number_of_Students);
      setToClasses.set(yName, [c.id]);
      continue;
    }
    const inYear: string[] = [];
    for (const g of groups) {
      const gName = text(g.Name);
      const existing = setToClasses.get(gName);
      const c = existing ? undefined : mk(gName, g.Number_of_Students);
      const ids = existing ?? [c!.id];
      setToClasses.set(gName, ids);
      inYear.push(...ids);
      for (const s of arr(g.Subgroup)) {
        const sName = text(s.Name);
        const prev = setToClasses.get(sName);
        if (prev && !prev.includes(ids[0])) {
          sharedSubgroups++;
          continue;
        }
        setToClasses.set(sName, ids);
        subgroupOf.add(sName);
      }
    }
    setToClasses.set(yName, [...new Set([...(setToClasses.get(yName) ?? []), ...inYear])]);
  }
  if (pupilsGuessed) report.notes.push(`${pupilsGuessed} klas(sen) zonder aantal leerlingen in FET: 20 aangenomen`);
  if (sharedSubgroups)
    report.notes.push(
      `${sharedSubgroups} subgroep(en) horen bij meer dan één groep (FET-categorieën); hun lessen tellen bij de eerste groep`,
    );
  if (classes.length === 0) refuse("er staan geen leerlingen (jaren/groepen) in", report);

  // ---------- activities ----------
  const acts: Activity[] = arr((fet.Activities_List as X | undefined)?.Activity).map((a) => ({
    id: text(a.Id),
    teachers: arr<string>(a.Teacher).map(text).filter(Boolean),
    subject: text(a.Subject),
    students: arr<string>(a.Students).map(text).filter(Boolean),
    duration: Math.max(1, Number(text(a.Duration)) || 1),
    active: text(a.Active) !== "false",
  }));
  if (acts.length === 0) refuse("er staan geen activiteiten (lessen) in", report);
  const inactive = acts.filter((a) => !a.active).length;
  if (inactive) report.notes.push(`${inactive} niet-actieve activiteit(en) overgeslagen`);
  const active = acts.filter((a) => a.active);

  // ---------- constraints ----------
  const timeCons = (fet.Time_Constraints_List ?? {}) as X;
  const spaceCons = (fet.Space_Constraints_List ?? {}) as X;
  const isOn = (c: X) => text(c.Active) !== "false";
  const full = (c: X) => Number(text(c.Weight_Percentage)) >= 100;
  const breaks = new Set<string>();
  for (const c of arr(timeCons.ConstraintBreakTimes).filter(isOn))
    for (const b of arr(c.Break_Time)) breaks.add(`${text(b.Day)}|${text(b.Hour)}`);
  const notAvailClasses = new Map<string, Set<string>>();
  const partialStudents: string[] = [];
  for (const c of arr(timeCons.ConstraintStudentsSetNotAvailableTimes).filter(isOn)) {
    const ids = setToClasses.get(text(c.Students));
    if (!ids || !full(c) || subgroupOf.has(text(c.Students))) {
      partialStudents.push(text(c.Students));
      continue;
    }
    for (const t of arr(c.Not_Available_Time)) {
      const k = `${text(t.Day)}|${text(t.Hour)}`;
      const s = notAvailClasses.get(k) ?? new Set<string>();
      ids.forEach((id) => s.add(id));
      notAvailClasses.set(k, s);
    }
  }
  const removed = new Set([...notAvailClasses].filter(([, s]) => s.size === classes.length).map(([k]) => k));
  const partialSlots = [...notAvailClasses].filter(([, s]) => s.size < classes.length).length;
  if (partialSlots || partialStudents.length)
    report.notes.push(
      `'leerlingen niet beschikbaar' voor een deel van de klassen (${partialSlots} tijdvak(ken)${partialStudents.length ? `; ${partialStudents.slice(0, 5).join(", ")}` : ""}) heeft geen tegenhanger: Vrijrooster heeft één dagindeling voor alle klassen`,
    );
  const perDay = days5.map(
    (d) => hourNames.filter((h) => !removed.has(`${d}|${h}`) && !breaks.has(`${d}|${h}`)).length,
  );
  if (Math.max(...perDay) > 12)
    refuse(`tot ${Math.max(...perDay)} lesuren per dag; een basisschooldag heeft er hoogstens 12`, report);
  const { grid, slotOf } = buildGrid(days5, hourNames, removed, breaks);
  report.notes.push(
    `Dagindeling: de ${hourNames.length} FET-uren per dag zijn lestijden van 50 minuten vanaf 08:30 geworden, met speeltijden en middagpauze (${grid.name}); controleer de uren in de editor`,
  );

  // ---------- teachers ----------
  const teacherNames = [
    ...new Set(
      arr((fet.Teachers_List as X | undefined)?.Teacher)
        .map((t) => text(t.Name))
        .filter(Boolean),
    ),
  ];
  for (const a of active) for (const t of a.teachers) if (!teacherNames.includes(t)) teacherNames.push(t);
  if (teacherNames.length === 0) refuse("er staan geen leerkrachten in", report);
  const staffIds = new IdMaker();
  const staffId = new Map(teacherNames.map((n) => [n, staffIds.make(n)]));

  // Same-starting-time sets: the parallel lessons of one class (levensbeschouwing) become one subject.
  const setOf = new Map<string, string>();
  for (const c of arr(timeCons.ConstraintActivitiesSameStartingTime).filter(isOn)) {
    const ids = arr<string>(c.Activity_Id).map(text);
    for (const id of ids) setOf.set(id, ids[0]);
  }

  // Per class: hours per teacher (the one with most is the class teacher).
  const classOfAct = (a: Activity) => [...new Set(a.students.flatMap((s) => setToClasses.get(s) ?? []))];
  const hours = new Map<string, Map<string, number>>();
  let unknownStudents = 0;
  let noTeacher = 0;
  const meetings: Activity[] = [];
  for (const a of active) {
    if (a.students.length === 0) {
      if (a.teachers.length >= 2) meetings.push(a);
      else noTeacher++;
      continue;
    }
    if (a.students.some((s) => !setToClasses.has(s))) unknownStudents++;
    if (a.teachers.length === 0) {
      noTeacher++;
      continue;
    }
    for (const cid of classOfAct(a)) {
      const m = hours.get(cid) ?? new Map<string, number>();
      for (const t of a.teachers) m.set(t, (m.get(t) ?? 0) + a.duration);
      hours.set(cid, m);
    }
  }
  if (noTeacher)
    report.notes.push(`${noTeacher} activiteit(en) zonder leerkracht (of zonder leerlingen): niet ingelezen`);
  if (unknownStudents) report.notes.push(`${unknownStudents} activiteit(en) noemen onbekende leerlingengroepen`);

  const classTeacher = new Map<string, string>();
  const withoutLessons: string[] = [];
  for (const c of classes) {
    const m = hours.get(c.id);
    if (!m || m.size === 0) {
      withoutLessons.push(c.name);
      continue;
    }
    classTeacher.set(c.id, [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0]);
  }
  if (withoutLessons.length)
    report.notes.push(
      `${withoutLessons.length} groep(en) zonder lessen niet ingelezen als klas: ${withoutLessons.slice(0, 8).join(", ")}${withoutLessons.length > 8 ? ", …" : ""}`,
    );
  const keptClasses = classes.filter((c) => classTeacher.has(c.id));
  if (keptClasses.length === 0) refuse("geen enkele klas heeft lessen met een leerkracht", report);

  // Subjects: lessons not given by the class teacher alone. One occurrence is an activity or a same-starting-time
  // set; an activity whose students span several classes ties them: those classes take it together, at once
  // (Subject.together), e.g. levensbeschouwing for 1A and 1B in three option groups of pupils of both classes.
  interface Tally {
    subject: string;
    teachers: string[];
    /** The classes that take it together (one subject for all of them), or undefined: each class on its own. */
    together?: string[];
    perClass: Map<string, number>;
    acts: string[];
  }
  const tallies = new Map<string, Tally>();
  const seenSet = new Set<string>();
  const bySet = new Map<string, Activity[]>();
  for (const a of active) if (setOf.has(a.id)) bySet.set(setOf.get(a.id)!, [...(bySet.get(setOf.get(a.id)!) ?? []), a]);
  const kept = (a: Activity) => classOfAct(a).filter((c) => classTeacher.has(c));
  let taughtAlone = 0;
  for (const a of active) {
    if (a.students.length === 0 || a.teachers.length === 0) continue;
    const set = setOf.get(a.id);
    const members = set ? bySet.get(set)! : [a];
    for (const cid of kept(a)) {
      const cluster = jointClasses(members.map(kept), cid);
      const key0 = `${cluster.join("+")}|${set ?? a.id}`;
      if (seenSet.has(key0)) continue;
      seenSet.add(key0);
      const mine = members.filter((m) => kept(m).some((c) => cluster.includes(c)));
      const teachers = [...new Set(mine.flatMap((m) => m.teachers))].sort();
      if (cluster.length === 1 && teachers.length === 1 && teachers[0] === classTeacher.get(cid)) {
        taughtAlone += a.duration;
        continue;
      }
      const subject = [...new Set(mine.map((m) => m.subject))].sort().join("/");
      const together = cluster.length > 1 ? cluster : undefined;
      const key = `${subject}|${teachers.join(",")}|${cluster.length > 1 ? cluster.join("+") : ""}`;
      const t: Tally = tallies.get(key) ?? { subject, teachers, together, perClass: new Map(), acts: [] };
      for (const c of cluster) t.perClass.set(c, (t.perClass.get(c) ?? 0) + Math.max(...mine.map((m) => m.duration)));
      t.acts.push(...mine.map((m) => m.id));
      tallies.set(key, t);
    }
  }
  const minDays = new Map<string, number>();
  for (const c of arr(timeCons.ConstraintMinDaysBetweenActivities).filter(isOn)) {
    const n = Number(text(c.MinDays));
    for (const id of arr<string>(c.Activity_Id).map(text)) minDays.set(id, Math.max(minDays.get(id) ?? 0, n));
  }
  const subjIds = new IdMaker();
  const subjects: X[] = [];
  const joint: string[] = [];
  const className = (id: string) => classes.find((c) => c.id === id)!.name;
  let capped = 0;
  let crowded = 0;
  for (const t of tallies.values()) {
    if (t.teachers.length > 20) {
      crowded++;
      continue;
    }
    // One subject per distinct weekly amount (Subject.periods is per group); classes together share one amount.
    const byPeriods = new Map<number, string[]>();
    for (const [cid, n] of t.perClass) byPeriods.set(n, [...(byPeriods.get(n) ?? []), cid]);
    if (t.together) joint.push(`${t.subject || "vak"} samen voor ${t.together.map(className).join(" en ")}`);
    const md = Math.min(4, Math.max(0, ...t.acts.map((id) => minDays.get(id) ?? 0)));
    for (const [n, groups] of byPeriods) {
      if (n > 10) capped++;
      subjects.push({
        id: subjIds.make(t.subject === "" ? "vak" : t.subject.replace(/\//g, "-")),
        name: t.subject || "vak",
        groups,
        periods: Math.min(10, n),
        taughtBy: { staff: t.teachers.map((x) => staffId.get(x)!) },
        maxPerDay: n > 5 ? Math.ceil(n / 5) : 1,
        minDaysApart: n > 5 ? 0 : n > 1 ? Math.min(md, Math.floor(4 / (n - 1))) : md,
        ...(t.together ? { together: true } : {}),
      });
    }
  }
  if (joint.length)
    report.notes.push(
      `${joint.length} vak(ken) krijgen klassen samen, tegelijk, verdeeld over hun leerkrachten (together; één les telt één keer voor elke leerkracht): ${joint.slice(0, 8).join("; ")}${joint.length > 8 ? "; …" : ""}`,
    );
  if (crowded)
    report.notes.push(`${crowded} activiteit(en) met meer dan 20 leerkrachten (bv. een schoolviering): niet ingelezen`);
  if (capped)
    report.notes.push(`${capped} vak(ken) met meer dan 10 lestijden per week bij een andere leerkracht: op 10 gezet`);

  // ---------- staff ----------
  const subjectsOf = new Map<string, Set<string>>();
  const load = new Map<string, number>();
  for (const a of active)
    for (const t of a.teachers) {
      subjectsOf.set(t, (subjectsOf.get(t) ?? new Set()).add(a.subject));
      load.set(t, (load.get(t) ?? 0) + a.duration);
    }
  const classTeachers = new Set(classTeacher.values());
  const kleuterTeachers = new Set(
    keptClasses.filter((c) => /^k/i.test(c.year) || /^k\d/i.test(c.name)).map((c) => classTeacher.get(c.id)!),
  );
  // A teacher who is not available at all in the grid has no counterpart (the class teacher fills every free slot).
  const notAvail = new Map<string, Set<string>>();
  let partialTeacher = 0;
  for (const c of arr(timeCons.ConstraintTeacherNotAvailableTimes).filter(isOn)) {
    if (!full(c)) {
      partialTeacher++;
      continue;
    }
    const s = notAvail.get(text(c.Teacher)) ?? new Set<string>();
    for (const t of arr(c.Not_Available_Time)) s.add(`${text(t.Day)}|${text(t.Hour)}`);
    notAvail.set(text(c.Teacher), s);
  }
  if (partialTeacher)
    report.notes.push(`${partialTeacher} 'leerkracht niet beschikbaar' met gewicht < 100%: niet ingelezen`);
  // A specialist's opdracht follows the lessons Vrijrooster will plan for them (periods × classes).
  const planned = new Map<string, number>();
  for (const sub of subjects)
    for (const id of (sub.taughtBy as { staff: string[] }).staff)
      planned.set(
        id,
        (planned.get(id) ?? 0) + (sub.periods as number) * (sub.together ? 1 : (sub.groups as string[]).length),
      );
  const staff = teacherNames.map((n) => {
    const subs = [...(subjectsOf.get(n) ?? [])];
    const isClass = classTeachers.has(n);
    const ambt = isClass
      ? kleuterTeachers.has(n)
        ? "kleuteronderwijzer"
        : "onderwijzer"
      : subs.length && subs.every((s) => LO.test(s))
        ? "leermeester-lo"
        : subs.length && subs.every((s) => RELIGION.test(s))
          ? "leermeester-levensbeschouwing"
          : "onderwijzer";
    const units = isClass ? 24 : Math.min(24, Math.max(1, planned.get(staffId.get(n)!) ?? load.get(n) ?? 0));
    const na = notAvail.get(n);
    let availability: Partial<Record<Day, { from: string; to: string }[]>> | undefined;
    if (na && na.size) {
      availability = {};
      for (const d of days5) {
        const windows: { from: string; to: string }[] = [];
        let open: { from: string; to: string } | undefined;
        for (const h of hourNames) {
          const slot = slotOf.get(`${d}|${h}`);
          if (!slot) continue;
          if (na.has(`${d}|${h}`)) open = undefined;
          else if (open) open.to = slot.end;
          else windows.push((open = { from: slot.start, to: slot.end }));
        }
        if (windows.length) availability[dayOf.get(d)!] = windows;
      }
    }
    return {
      id: staffId.get(n)!,
      name: n,
      ambt,
      fraction: `${units}/24`,
      ...(availability ? { availability } : {}),
    };
  });
  report.notes.push(
    "Ambt en opdracht zijn afgeleid uit de lessen (klasleerkracht 24/24; anderen: hun lestijden/24; LO- en levensbeschouwingsvakken geven het ambt); controleer ze",
  );
  const active_ = staff.filter((s) => load.has(s.name));
  if (active_.length < staff.length)
    report.notes.push(
      `${staff.length - active_.length} leerkracht(en) zonder lessen weggelaten: ${staff
        .filter((s) => !load.has(s.name))
        .slice(0, 8)
        .map((s) => s.name)
        .join(", ")}`,
    );
  const staffOut = active_;

  // ---------- meetings → release goals ----------
  const goalIds = new IdMaker();
  const goals = meetings.map((m) => ({
    id: goalIds.make(m.subject || "overleg"),
    name: `${m.subject || "Overleg"} (uit FET)`,
    members: m.teachers.map((t) => staffId.get(t)!),
    purpose: "plg",
    mode: "physical",
    // As long as in FET: its hours are 50-minute lestijden here (a block may span a break between them).
    minBlockMinutes: Math.min(600, m.duration * 50),
    maxBlockMinutes: Math.min(600, m.duration * 50),
  }));
  if (goals.length)
    report.notes.push(
      `${goals.length} activiteit(en) zonder leerlingen met meerdere leerkrachten (bv. overleg) zijn vrijroosterdoelen geworden, even lang als in FET (FET-uren × 50 min); Vrijrooster kiest zelf het blok in plaats van FET's vaste uren`,
    );

  // ---------- what has no counterpart ----------
  const MAPPED = new Set([
    "ConstraintBasicCompulsoryTime",
    "ConstraintBasicCompulsorySpace",
    "ConstraintBreakTimes",
    "ConstraintStudentsSetNotAvailableTimes",
    "ConstraintTeacherNotAvailableTimes",
    "ConstraintActivitiesSameStartingTime",
    "ConstraintMinDaysBetweenActivities",
  ]);
  const left: string[] = [];
  for (const list of [timeCons, spaceCons])
    for (const [k, v] of Object.entries(list)) if (!MAPPED.has(k)) left.push(`${arr(v).length}× ${k}`);
  if (left.length)
    report.notes.push(
      `FET-regels zonder tegenhanger in Vrijrooster (niet ingelezen / not imported): ${left.join(", ")}`,
    );
  const rooms = arr((fet.Rooms_List as X | undefined)?.Room).length;
  if (rooms)
    report.notes.push(
      `${rooms} lokaal/lokalen niet ingelezen (Vrijrooster plant enkel gedeelde lokalen zoals de turnzaal)`,
    );
  const tags = arr((fet.Activity_Tags_List as X | undefined)?.Activity_Tag).length;
  if (tags) report.notes.push(`${tags} activiteitslabel(s) niet ingelezen`);
  if (taughtAlone)
    report.notes.push(`${taughtAlone} lestijden van de klasleerkracht zelf: die vult Vrijrooster vanzelf in`);

  const groups = keptClasses.map((c) => {
    const digit = /(\d)/.exec(c.year) ?? /(\d)/.exec(c.name);
    const kleuter = /^k/i.test(c.year) || /^k\d/i.test(c.name);
    const g = digit ? Number(digit[1]) : 1;
    const grade = Math.min(kleuter ? 3 : 6, Math.max(1, g));
    return {
      id: c.id,
      name: c.name,
      level: kleuter ? "kleuter" : "lager",
      grades: [grade],
      pupils: c.pupils,
      classTeachers: [staffId.get(classTeacher.get(c.id)!)!],
    };
  });
  report.notes.push(
    "Niveau en leerjaar van elke klas zijn uit de naam afgeleid (K… = kleuter; het eerste cijfer = leerjaar)",
  );
  report.counts = {
    klassen: groups.length,
    personeelsleden: staffOut.length,
    vakken: subjects.length,
    doelen: goals.length,
    "FET-activiteiten": acts.length,
  };

  const parts = { groups, staff: staffOut, subjects, releaseGoals: goals } as unknown as Pick<ScenarioInput, Part>;
  let input: ScenarioInput;
  if (opts.into) {
    const { merged, summary } = mergeInto(opts.into, parts as never);
    report.merge = summary;
    report.notes.push("--into: de dagindeling van het bestaande scenario is behouden");
    input = merged;
  } else {
    input = {
      name: opts.name ?? (text(fet.Institution_Name) || "FET-school"),
      schoolYear: opts.schoolYear ?? defaultSchoolYear(),
      dayGrids: [grid],
      ...parts,
    };
  }
  const scenario = validateResult(input, report);
  return { scenario, input, report };
}
