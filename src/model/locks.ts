// Locks: what a team agreed and wants kept when the week is solved again ("PLG taal stays Tuesday 13:20"),
// plus windows where nothing may be planned. The web app imports this file: no node:* imports here.
// Semantics (docs/locks.md): every lock is a hard constraint of the solve.
import { z } from "zod";
import { Clock, Day, toMinutes } from "./time.js";
import type { Scenario } from "./scenario.js";

/** The class teacher's own lessons (as in the timetable format). */
export const KLAS = "KLAS";

const Window = { day: Day, start: Clock, end: Clock };
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
// A malformed time is reported by its own field; only compare two well-formed times.
const endAfterStart = (w: { start: string; end: string }) =>
  !CLOCK.test(w.start) || !CLOCK.test(w.end) || toMinutes(w.start) < toMinutes(w.end);
const END_MSG = { message: "Het einde moet na het begin liggen", path: ["end"] };

export const ReleaseLock = z
  .object({ goal: z.string().describe("Release goal id"), ...Window })
  .strict()
  .refine(endAfterStart, END_MSG)
  .describe("The goal gets exactly this release block (on every day grid where this block exists)");
export type ReleaseLock = z.infer<typeof ReleaseLock>;

export const LessonLock = z
  .object({
    group: z.string().describe("Group id"),
    subject: z.string().describe("Subject id of the group's subject plan, or 'KLAS' (the class teacher teaches)"),
    day: Day,
    start: Clock.describe("Start of the lesson slot"),
  })
  .strict()
  .describe("This lesson stays in this slot");
export type LessonLock = z.infer<typeof LessonLock>;

export const ForbiddenWindow = z
  .object({
    ...Window,
    goal: z.string().optional().describe("Only this goal's release blocks; omitted = every goal"),
    group: z.string().optional().describe("Instead: this group stays with its class teacher in the window"),
  })
  .strict()
  .refine(endAfterStart, END_MSG)
  .refine((w) => !(w.goal && w.group), { message: "Geef 'goal' of 'group', niet allebei", path: ["group"] })
  .describe("No release block (of goal) overlaps the window; with group: the group keeps its class teacher there");
export type ForbiddenWindow = z.infer<typeof ForbiddenWindow>;

export const Locks = z
  .object({
    releases: z.array(ReleaseLock).default([]),
    lessons: z.array(LessonLock).default([]),
    forbidden: z.array(ForbiddenWindow).default([]),
  })
  .strict()
  .describe("Parts of the week to keep (releases, lessons) or keep free (forbidden) when solving again");
export type Locks = z.infer<typeof Locks>;
export type LocksInput = z.input<typeof Locks>;

export interface LockProblem {
  path: string;
  message: string;
}

export const lockCount = (l: Locks) => l.releases.length + l.lessons.length + l.forbidden.length;

/** Every id a lock names must exist in the scenario; paths start with "locks." (e.g. locks.releases[0].goal). */
export function checkLocks(locks: Locks, s: Scenario): LockProblem[] {
  const out: LockProblem[] = [];
  const goals = new Set(s.releaseGoals.map((g) => g.id));
  const groups = new Set(s.groups.map((g) => g.id));
  const goal = (id: string, path: string) => {
    if (goals.has(id)) return;
    out.push({ path, message: `Onbekende vrijroostering '${id}' (geen releaseGoals-id van dit scenario)` });
  };
  const group = (id: string, path: string) => {
    if (!groups.has(id)) out.push({ path, message: `Onbekende klas '${id}' (geen groups-id van dit scenario)` });
    return groups.has(id);
  };
  locks.releases.forEach((r, i) => goal(r.goal, `locks.releases[${i}].goal`));
  locks.lessons.forEach((l, i) => {
    if (!group(l.group, `locks.lessons[${i}].group`) || l.subject === KLAS) return;
    const subject = s.subjects.find((x) => x.id === l.subject);
    const path = `locks.lessons[${i}].subject`;
    if (!subject) out.push({ path, message: `Onbekend vak '${l.subject}' (een vak-id of KLAS)` });
    else if (!subject.groups.includes(l.group)) {
      out.push({ path, message: `Klas '${l.group}' krijgt geen ${subject.name} ('${l.subject}')` });
    }
  });
  locks.forbidden.forEach((f, i) => {
    if (f.goal !== undefined) goal(f.goal, `locks.forbidden[${i}].goal`);
    if (f.group !== undefined) group(f.group, `locks.forbidden[${i}].group`);
  });
  return out;
}
