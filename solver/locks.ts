// Locks as hard constraints of the solve (docs/locks.md): "keep what the team agreed, re-solve the rest".
// Each lock is one rule instance { rule: "lock", instance: "releases[0]" }, so an infeasible week is
// explained by naming the lock and the rules it collides with.
import type { ConstraintTag, ModelBuilder, SlotRef } from "../constraints/model-builder.js";
import { sum } from "../constraints/model-builder.js";
import { ruleById } from "../constraints/registry.js";
import {
  DAY_NAMES_EN,
  DAY_NAMES_NL,
  InputError,
  KLAS,
  Locks as LocksSchema,
  checkLocks,
  overlaps,
  problemsOf,
  type Candidate,
  type Conflict,
  type DayGrid,
  type ForbiddenWindow,
  type LessonLock,
  type Locks,
  type ReleaseLock,
  type Scenario,
} from "../src/model/index.js";
import type { SolverModel } from "./build.js";

export const LOCK_RULE = "lock";

/** Parse and cross-check locks; bad input is an InputError whose problems carry paths like locks.lessons[0].group. */
export function parseLocks(data: unknown, s: Scenario): Locks {
  const r = LocksSchema.safeParse(data ?? {}, { reportInput: true });
  const problems = r.success
    ? checkLocks(r.data, s)
    : problemsOf(r.error).map((p) => ({ ...p, path: p.path.startsWith("(") ? "locks" : `locks.${p.path}` }));
  if (problems.length > 0 || !r.success) {
    const n = problems.length;
    throw new InputError(
      `De vergrendelingen zijn ongeldig (${n} probleem${n === 1 ? "" : "en"}): ` +
        `${problems[0].path}: ${problems[0].message}`,
      problems,
    );
  }
  return r.data;
}

/** A lock in Dutch and English (the web shows conflicts in the chosen language). */
export type Phrase = { nl: string; en: string };

const when = (day: keyof typeof DAY_NAMES_NL, start: string, end?: string): Phrase => ({
  nl: `${DAY_NAMES_NL[day]} ${start}${end ? `–${end}` : ""}`,
  en: `${DAY_NAMES_EN[day]} ${start}${end ? `–${end}` : ""}`,
});
const goalName = (s: Scenario, id: string) => s.releaseGoals.find((g) => g.id === id)?.name ?? id;
const groupName = (s: Scenario, id: string) => s.groups.find((g) => g.id === id)?.name ?? id;

/** One lock in words, naming goal, group and day (the message of its constraint tag). */
export function describeRelease(s: Scenario, l: ReleaseLock): Phrase {
  const w = when(l.day, l.start, l.end);
  const goal = goalName(s, l.goal);
  return { nl: `het vastgezette blok '${goal}' op ${w.nl}`, en: `the locked block '${goal}' on ${w.en}` };
}
export function describeLesson(s: Scenario, l: LessonLock): Phrase {
  const group = groupName(s, l.group);
  const w = when(l.day, l.start);
  if (l.subject === KLAS) {
    return {
      nl: `de vastgezette les van de klasleerkracht bij klas ${group} op ${w.nl}`,
      en: `the locked class-teacher lesson of class ${group} on ${w.en}`,
    };
  }
  const subject = s.subjects.find((x) => x.id === l.subject)?.name ?? l.subject;
  return {
    nl: `de vastgezette les ${subject} van klas ${group} op ${w.nl}`,
    en: `the locked ${subject} lesson of class ${group} on ${w.en}`,
  };
}
export function describeForbidden(s: Scenario, f: ForbiddenWindow): Phrase {
  const w = when(f.day, f.start, f.end);
  if (f.group) {
    const group = groupName(s, f.group);
    return {
      nl: `de afspraak dat klas ${group} op ${w.nl} bij de eigen klasleerkracht blijft`,
      en: `the agreement that class ${group} stays with its own class teacher on ${w.en}`,
    };
  }
  if (f.goal) {
    const goal = goalName(s, f.goal);
    return { nl: `het verbod om '${goal}' te plannen op ${w.nl}`, en: `the ban on planning '${goal}' on ${w.en}` };
  }
  return { nl: `het verbod om iemand vrij te roosteren op ${w.nl}`, en: `the ban on releasing anyone on ${w.en}` };
}

const tag = (instance: string, p: Phrase): ConstraintTag => ({
  rule: LOCK_RULE,
  instance,
  message: p.nl,
  messageEn: p.en,
});
const lessonSlot = (slots: readonly SlotRef[], day: string, start: string) =>
  slots.find((t) => t.kind === "lesson" && t.day === day && t.start === start);
const blockVar = (m: ModelBuilder, l: ReleaseLock) =>
  m.releaseVars.find((v) => v.goal.id === l.goal && sameTime(v.block, l) && v.block.end === l.end);
const sameTime = (a: { day: string; start: string }, b: { day: string; start: string }) =>
  a.day === b.day && a.start === b.start;
/** Half-open overlap with the forbidden window (a block ending when the window starts does not overlap). */
const inWindow = (f: ForbiddenWindow) => (t: { day: string; start: string; end: string }) =>
  t.day === f.day && overlaps(t.start, t.end, f.start, f.end);

/**
 * Why a day grid cannot honour the locks (a locked block or lesson slot that does not exist on it);
 * empty when it can. A grid that cannot is left out of the solve.
 */
export function gridObstacles(m: SolverModel, locks: Locks): Conflict[] {
  const s = m.scenario;
  const out: Conflict[] = [];
  locks.releases.forEach((l, i) => {
    if (blockVar(m, l)) return;
    const d = describeRelease(s, l);
    const message =
      `${cap(d.nl)} is geen mogelijk blok in dagindeling '${m.grid.name}' (een blok ` +
      "begint en eindigt op lestijden, zonder de middagpauze, en is lang genoeg voor die vrijroostering)";
    const messageEn =
      `${cap(d.en)} is not a possible block in day grid '${m.grid.name}' (a block starts and ends on ` +
      "lesson times, without the lunch break, and is long enough for that meeting)";
    out.push({ rule: LOCK_RULE, where: `locks.releases[${i}]`, message, messageEn });
  });
  locks.lessons.forEach((l, i) => {
    if (lessonSlot(m.slotsOf(l.group), l.day, l.start)) return;
    const d = describeLesson(s, l);
    out.push({
      rule: LOCK_RULE,
      where: `locks.lessons[${i}]`,
      message: `${cap(d.nl)}: in dagindeling '${m.grid.name}' begint er dan geen lestijd`,
      messageEn: `${cap(d.en)}: in day grid '${m.grid.name}' no lesson period starts then`,
    });
  });
  return out;
}

/** Adds every lock as hard constraints. Call only on a grid without gridObstacles(). */
export function encodeLocks(m: ModelBuilder, locks: Locks): void {
  const s = m.scenario;
  locks.releases.forEach((l, i) => {
    m.addConstraint(sum([blockVar(m, l)!.name]), "=", 1, tag(`locks.releases[${i}]`, describeRelease(s, l)));
  });
  locks.lessons.forEach((l, i) => {
    const slot = lessonSlot(m.slotsOf(l.group), l.day, l.start)!;
    const v =
      l.subject === KLAS
        ? m.classVars.find((c) => c.group === l.group && c.slot.key === slot.key)
        : m.subjectVars.find((x) => x.group === l.group && x.subject.id === l.subject && x.slot.key === slot.key);
    m.addConstraint(sum([v!.name]), "=", 1, tag(`locks.lessons[${i}]`, describeLesson(s, l)));
  });
  locks.forbidden.forEach((f, i) => {
    const hit = inWindow(f);
    let names: string[];
    if (f.group) {
      // The group keeps its class teacher: no specialist, cover, merge-as-guest, intern or atelier lesson.
      names = [
        ...m.subjectVars.filter((x) => x.group === f.group && x.subject.taughtBy !== "class" && hit(x.slot)),
        ...m.coverVars.filter((c) => c.group === f.group && hit(c.slot)),
      ].map((v) => v.name);
    } else {
      names = m.releaseVars.filter((v) => (!f.goal || v.goal.id === f.goal) && hit(v.block)).map((v) => v.name);
    }
    // Nothing that could overlap the window on this grid: the lock holds by itself.
    if (names.length > 0) m.addConstraint(sum(names), "<=", 0, tag(`locks.forbidden[${i}]`, describeForbidden(s, f)));
  });
}

/** What a candidate does not honour, in words; empty when it honours every lock. */
export function unhonoured(s: Scenario, c: Pick<Candidate, "lessons" | "releases">, locks: Locks): string[] {
  const out: string[] = [];
  const classTeacherTeaches = (group: string, staff: string[]) =>
    s.groups.find((g) => g.id === group)!.classTeachers.some((p) => staff.includes(p));
  for (const l of locks.releases) {
    const ok = c.releases.some((r) => r.goal === l.goal && r.day === l.day && r.start === l.start && r.end === l.end);
    if (!ok) out.push(describeRelease(s, l).nl);
  }
  for (const l of locks.lessons) {
    const lesson = c.lessons.find((x) => x.group === l.group && x.day === l.day && x.start === l.start);
    const ok = lesson?.subject === l.subject && (l.subject !== KLAS || classTeacherTeaches(l.group, lesson.staff));
    if (!ok) out.push(describeLesson(s, l).nl);
  }
  for (const f of locks.forbidden) {
    const hit = inWindow(f);
    const ok = f.group
      ? c.lessons.filter((x) => x.group === f.group && hit(x)).every((x) => isClassTeachersOwn(s, x, f.group!))
      : !c.releases.some((r) => (!f.goal || r.goal === f.goal) && hit(r));
    if (!ok) out.push(describeForbidden(s, f).nl);
  }
  return out;
}

/** A lesson its own class teacher gives: KLAS or a subject the class teacher teaches, no intern, not a guest. */
function isClassTeachersOwn(s: Scenario, l: Candidate["lessons"][number], group: string): boolean {
  const g = s.groups.find((x) => x.id === group)!;
  const subject = s.subjects.find((x) => x.id === l.subject);
  const own = l.subject === KLAS || subject?.taughtBy === "class";
  return own && !l.interns?.length && g.classTeachers.some((p) => l.staff.includes(p));
}

/** An extracted week that ignores a lock is a solver bug: never hand it out. */
export function assertHonoured(s: Scenario, c: Pick<Candidate, "lessons" | "releases">, locks: Locks): void {
  const missed = unhonoured(s, c, locks);
  if (missed.length > 0) throw new Error(`Interne fout: de gevonden week houdt zich niet aan ${missed.join("; ")}`);
}

/** Words for an infeasible week: each lock in the conflict says what it collides with. */
export function phraseLockConflicts(conflicts: Conflict[]): Conflict[] {
  const others = conflicts.filter((c) => c.rule !== LOCK_RULE && c.rule !== "solver.explain");
  const rules = [...new Set(others.map((c) => c.rule))];
  const title = (id: string, lang: "nl" | "en") => ruleById(id)?.title[lang] ?? id;
  return conflicts.map((c, i) => {
    if (c.rule !== LOCK_RULE) return c;
    const otherLocks = conflicts.filter((x, j) => j !== i && x.rule === LOCK_RULE);
    const nl = [...rules.map((r) => `de regel '${title(r, "nl")}'`), ...otherLocks.map((x) => x.message)];
    const en = [
      ...rules.map((r) => `the rule '${title(r, "en")}'`),
      ...otherLocks.map((x) => x.messageEn ?? x.message),
    ];
    return {
      ...c,
      message: `De vergrendeling van ${c.message} ${nl.length ? `botst met ${nl.join("; ")}` : "kan niet gehaald worden"}`,
      messageEn: `The lock of ${c.messageEn ?? c.message} ${en.length ? `collides with ${en.join("; ")}` : "cannot be kept"}`,
    };
  });
}

/** The grid-level obstacles as the conflicts of an infeasible solve. */
export function obstacleConflicts(perGrid: Conflict[][], grids: DayGrid[]): Conflict[] {
  const seen = new Map<string, Conflict>();
  for (const list of perGrid) for (const c of list) if (!seen.has(c.message)) seen.set(c.message, c);
  const out = [...seen.values()];
  if (grids.length > 1) {
    const names = grids.map((g) => g.name).join(", ");
    const message = `Geen van de dagindelingen (${names}) past bij alle vergrendelingen samen`;
    const messageEn = `None of the day grids (${names}) fits all the locks together`;
    out.push({ rule: LOCK_RULE, where: "", message, messageEn });
  }
  return out;
}

const cap = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
