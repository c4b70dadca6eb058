// staff.schools — a school group in one scenario (issue 11; school policy): a shared teacher works in several
// schools of the scholengemeenschap. The regulations set no travel time; the PWB asks that "de verplaatsingstijd
// … zo beperkt mogelijk" is kept (seeds 002 lines 526–531), so the number is the school's setting:
// - cover stays within a school: a care teacher covers only classes of the schools they work in (staff.schools,
//   else the schools of the classes they teach), on that school's days;
// - a specialist teaches in a school only on the days they work there (staff.schools[].days);
// - between a lesson (or cover) in one school and one in another the teacher needs the travel time
//   (schools[].travelMinutes for the pair, else settings.travelMinutes); with no minutes set, a shared teacher
//   works in one school per half day (morning / afternoon: the lunch break is the travel).
// Counted: specialist lessons and care cover (a class teacher or co-teacher works in their class's school).
// Release blocks are not placed in a school, so they need no travel here. A scenario without schools: nothing.
import {
  isSchoolGroup,
  partInterval,
  reachOf,
  schoolName,
  toMinutes,
  travelBetween,
  type Day,
  type DayGrid,
  type Lesson,
  type Scenario,
  type Violation,
} from "../../src/model/index.js";
import { defineRule, report, tag } from "../rule.js";
import { type LinExpr, type ModelBuilder } from "../model-builder.js";
import { nameOf } from "../encode-util.js";
import { dayName, groupLabel, when } from "../structure/names.js";

/** A piece of work of a shared teacher in one school: a specialist lesson or care cover. */
interface SchoolWork {
  staff: string;
  school: string;
  day: Day;
  start: string;
  end: string;
}

/** Must a teacher who works in school a until `end` and in school b from `start` (same day) travel more? */
function tooClose(s: Scenario, grid: DayGrid, x: SchoolWork, y: SchoolWork): boolean {
  if (x.school === y.school || x.day !== y.day) return false;
  const travel = travelBetween(s, x.school, y.school);
  if (travel === "half-day") {
    const noon = partInterval(s, grid, x.day, "morning")[1];
    return toMinutes(x.end) <= noon === toMinutes(y.end) <= noon;
  }
  const [first, second] = x.start <= y.start ? [x, y] : [y, x];
  return toMinutes(second.start) - toMinutes(first.end) < travel;
}

/** Is this KLAS lesson care cover by someone who is not the class's own (class or co-)teacher? */
function careCover(s: Scenario, l: Lesson): string | undefined {
  if (l.subject !== "KLAS" || l.mergedWith || l.staff.length !== 1) return undefined;
  const g = s.groups.find((x) => x.id === l.group);
  if (!g || g.classTeachers.includes(l.staff[0]) || g.coTeachers.includes(l.staff[0])) return undefined;
  return l.staff[0];
}

/** Who teaches a specialist lesson (empty for KLAS, ateliers and subjects the class teacher gives). */
function specialistsOf(s: Scenario, l: Lesson): string[] {
  const sub = s.subjects.find((x) => x.id === l.subject);
  return sub && sub.taughtBy !== "class" ? l.staff : [];
}

export const staffSchools = defineRule({
  id: "staff.schools",
  title: {
    nl: "Scholengemeenschap: opvang binnen de eigen school, reistijd tussen scholen",
    en: "School group: cover within the own school, travel time between schools",
  },
  source: "school policy (travel: settings.travelMinutes; PWB 'verplaatsingstijd zo beperkt mogelijk')",
  severity: "hard",
  scope: "timetable",
  messages: {
    "encode-works-at": {
      nl: "{name} werkt op {day} niet in {school}",
      en: "{name} does not work in {school} on {day}",
    },
    "encode-travel": {
      nl: "{name} heeft tijd nodig om van {school} naar {other} te gaan ({travel})",
      en: "{name} needs time to get from {school} to {other} ({travel})",
    },
    "cover-other-school": {
      nl: "{name} vangt {when} klas {group} van {school} op, maar werkt niet in {school} op die dag (opvang blijft binnen de eigen school; zie schools bij {name}).",
      en: "{name} covers class {group} of {school} on {when}, but does not work in {school} that day (cover stays within the own school; see {name}'s schools).",
    },
    "teaches-other-day": {
      nl: "{name} geeft {when} {subject} in klas {group} van {school}, maar werkt die dag niet in {school} (schools).",
      en: "{name} teaches {subject} to class {group} of {school} on {when}, but does not work in {school} that day (schools).",
    },
    "travel-too-short": {
      nl: "{name} werkt {first} in {school} en {second} in {other}: daartussen is {gap} min, de reistijd is {travel} min.",
      en: "{name} works in {school} on {first} and in {other} on {second}: {gap} min in between, the travel time is {travel} min.",
    },
    "two-schools-half-day": {
      nl: "{name} werkt {first} in {school} en {second} in {other}, in dezelfde halve dag. Zonder reistijd (settings.travelMinutes) werkt een gedeelde leerkracht per halve dag in één school.",
      en: "{name} works in {school} on {first} and in {other} on {second}, in the same half day. Without a travel time (settings.travelMinutes) a shared teacher works in one school per half day.",
    },
  },
  encode: encodeSchools,
  check({ scenario: s, candidate, grid }) {
    if (!candidate || !grid || !isSchoolGroup(s)) return [];
    const out: Violation[] = [];
    const staff = new Map(s.staff.map((p) => [p.id, p]));
    const schoolOf = new Map(s.groups.map((g) => [g.id, g.school]));
    const reach = new Map(s.staff.map((p) => [p.id, reachOf(s, p)]));
    const work: SchoolWork[] = [];
    for (const l of candidate.lessons) {
      const school = schoolOf.get(l.group);
      if (!school) continue;
      const at = { day: l.day, start: l.start, end: l.end, school };
      const data = (p: string) => ({
        name: staff.get(p)!.name,
        when: when(l.day, l.start, l.end),
        group: groupLabel(s, l.group),
        school: schoolName(s, school),
      });
      const care = careCover(s, l);
      if (care && staff.has(care)) {
        work.push({ staff: care, ...at });
        if (!reach.get(care)!(school, l.day))
          out.push(report(this, "cover-other-school", { staff: care, group: l.group, day: l.day }, data(care)));
      }
      for (const p of specialistsOf(s, l)) {
        if (!staff.has(p)) continue;
        work.push({ staff: p, ...at });
        if (!reach.get(p)!(school, l.day))
          out.push(
            report(
              this,
              "teaches-other-day",
              { staff: p, group: l.group, day: l.day },
              { ...data(p), subject: l.subject },
            ),
          );
      }
    }
    const byPerson = new Map<string, SchoolWork[]>();
    for (const w of work) byPerson.set(w.staff, [...(byPerson.get(w.staff) ?? []), w]);
    for (const [p, list] of byPerson) {
      const seen = new Set<string>();
      for (let i = 0; i < list.length; i++)
        for (let j = i + 1; j < list.length; j++) {
          if (!tooClose(s, grid, list[i], list[j])) continue;
          const [x, y] = list[i].start <= list[j].start ? [list[i], list[j]] : [list[j], list[i]];
          const key = `${x.day}|${x.start}|${x.school}|${y.start}|${y.school}`;
          if (seen.has(key)) continue; // a lesson of several classes at once (levensbeschouwing) once
          seen.add(key);
          const travel = travelBetween(s, x.school, y.school);
          const data = {
            name: staff.get(p)!.name,
            first: when(x.day, x.start, x.end),
            second: when(y.day, y.start, y.end),
            school: schoolName(s, x.school),
            other: schoolName(s, y.school),
          };
          const where = { staff: p, day: x.day, start: x.start, end: y.end };
          out.push(
            travel === "half-day"
              ? report(this, "two-schools-half-day", where, data)
              : report(this, "travel-too-short", where, {
                  ...data,
                  gap: toMinutes(y.start) - toMinutes(x.end),
                  travel,
                }),
          );
        }
    }
    return out;
  },
});

// ---- encode(): this rule as constraints of the solver's model ----

/**
 * Care cover outside a person's schools has no variable (solver/build.ts); a specialist lesson on a day the
 * teacher does not work in that school is fixed at 0. Travel: per shared teacher, school and slot an indicator
 * w ≥ each lesson or cover variable of theirs there; two indicators too close in time (tooClose) sum to ≤ 1.
 * Only cells in such a pair get an indicator (a cell of one variable is that variable), and teachers with the same
 * work (four levensbeschouwing teachers at once) share the rows: on the 10-school group, rows for every cell on
 * every day made one grid's LP relaxation take 126 s instead of 14 s.
 */
function encodeSchools(m: ModelBuilder): void {
  const s = m.scenario;
  if (!isSchoolGroup(s)) return;
  const schoolOf = new Map(s.groups.map((g) => [g.id, g.school]));
  const staff = new Map(s.staff.map((p) => [p.id, p]));
  const reach = new Map(s.staff.map((p) => [p.id, reachOf(s, p)]));
  // person → "school|slot" → the variables of their work there
  type Cell = { school: string; slot: (typeof m.slots)[number]; vars: string[] };
  const work = new Map<string, Map<string, Cell>>();
  const add = (p: string, school: string, slot: (typeof m.slots)[number], v: string) => {
    const mine = work.get(p) ?? work.set(p, new Map()).get(p)!;
    const key = `${school}|${slot.key}`;
    const cell = mine.get(key) ?? mine.set(key, { school, slot, vars: [] }).get(key)!;
    cell.vars.push(v);
  };
  for (const v of m.subjectVars) {
    const school = schoolOf.get(v.group);
    if (!school || v.subject.taughtBy === "class") continue;
    for (const p of new Set(v.teachers)) {
      const person = staff.get(p);
      if (!person) continue;
      // A lesson on a day the teacher does not work in that school is 0: it needs no travel rows.
      if (reach.get(p)!(school, v.slot.day)) add(p, school, v.slot, v.name);
      else
        m.addConstraint(
          new Map([[v.name, 1]]),
          "<=",
          0,
          tag(staffSchools, "encode-works-at", `person:${p}`, {
            name: person.name,
            school: schoolName(s, school),
            day: dayName(v.slot.day),
          }),
        );
    }
  }
  for (const v of m.coverVars) {
    const school = schoolOf.get(v.group);
    if (school && v.lever === "care") add(v.who, school, v.slot, v.name);
  }
  // Teachers who do exactly the same work (levensbeschouwing: four at once) share one set of rows.
  const bySignature = new Map<string, { people: string[]; cells: Map<string, Cell> }>();
  for (const [p, cells] of work) {
    if (new Set([...cells.values()].map((c) => c.school)).size < 2) continue;
    const sig = [...cells].map(([key, c]) => `${key}:${c.vars.join(",")}`).join(";");
    const same = bySignature.get(sig);
    if (same) same.people.push(p);
    else bySignature.set(sig, { people: [p], cells });
  }
  for (const { people, cells } of bySignature.values()) {
    const list = [...cells.values()];
    const pairs: [Cell, Cell][] = [];
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i], list[j]];
        const x = { staff: people[0], school: a.school, day: a.slot.day, start: a.slot.start, end: a.slot.end };
        const y = { staff: people[0], school: b.school, day: b.slot.day, start: b.slot.start, end: b.slot.end };
        if (tooClose(s, m.grid, x, y)) pairs.push([a, b]);
      }
    // w ≥ each variable of a cell that takes part in a pair (a cell of one variable is that variable).
    const w = new Map<Cell, string>();
    const indicator = (c: Cell) => {
      if (c.vars.length === 1) return c.vars[0];
      let name = w.get(c);
      if (name) return name;
      name = m.addAuxVar(`w_${people[0]}_${c.school}_${c.slot.key}`, 0, 1);
      w.set(c, name);
      for (const v of c.vars)
        m.addConstraint(
          new Map([
            [name, 1],
            [v, -1],
          ]),
          ">=",
          0,
          travelTag(m, people, c.school, c.school),
        );
      return name;
    };
    for (const [a, b] of pairs) {
      const e: LinExpr = new Map([
        [indicator(a), 1],
        [indicator(b), 1],
      ]);
      m.addConstraint(e, "<=", 1, travelTag(m, people, a.school, b.school));
    }
  }
}

function travelTag(m: ModelBuilder, people: string[], a: string, b: string) {
  const s = m.scenario;
  const t = travelBetween(s, a, b);
  return tag(staffSchools, "encode-travel", `person:${people[0]}`, {
    name: people.map((p) => nameOf(m, p)).join(", "),
    school: schoolName(s, a),
    other: schoolName(s, b),
    travel: t === "half-day" ? { nl: "één school per halve dag", en: "one school per half day" } : `${t} min`,
  });
}
