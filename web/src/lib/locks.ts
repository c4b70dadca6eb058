// The locks a principal keeps for a scenario ("PLG taal stays Tuesday 13:20"): chosen on a candidate,
// sent with the next solve. Kept per scenario in this browser (localStorage), so a reload loses nothing.
import { useCallback, useSyncExternalStore } from "react";
import type { Day } from "../../../src/model/browser.js";

export interface ReleaseLock {
  goal: string;
  day: Day;
  start: string;
  end: string;
}
export interface LessonLock {
  group: string;
  subject: string;
  day: Day;
  start: string;
}
export interface ForbiddenLock {
  day: Day;
  start: string;
  end: string;
  goal?: string;
  group?: string;
}
export interface LockSet {
  releases: ReleaseLock[];
  lessons: LessonLock[];
  forbidden: ForbiddenLock[];
}

export const emptyLocks = (): LockSet => ({ releases: [], lessons: [], forbidden: [] });
const key = (scenarioId: string) => `vrijrooster.locks.${scenarioId}`;
const listeners = new Set<() => void>();
const cache = new Map<string, { raw: string | null; value: LockSet }>();

export function readLocks(scenarioId: string): LockSet {
  const raw = localStorage.getItem(key(scenarioId));
  const hit = cache.get(scenarioId);
  if (hit && hit.raw === raw) return hit.value;
  let value = emptyLocks();
  try {
    if (raw) value = { ...emptyLocks(), ...JSON.parse(raw) };
  } catch {
    /* a damaged entry counts as no locks */
  }
  cache.set(scenarioId, { raw, value });
  return value;
}

export function writeLocks(scenarioId: string, locks: LockSet): void {
  if (lockCount(locks) === 0) localStorage.removeItem(key(scenarioId));
  else localStorage.setItem(key(scenarioId), JSON.stringify(locks));
  for (const l of listeners) l();
}

export const lockCount = (l: LockSet) => l.releases.length + l.lessons.length + l.forbidden.length;

const same = (a: object, b: object) => JSON.stringify(a) === JSON.stringify(b);

export function useLocks(scenarioId: string) {
  const locks = useSyncExternalStore(
    (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    () => readLocks(scenarioId),
  );
  const update = useCallback(
    (fn: (l: LockSet) => LockSet) => writeLocks(scenarioId, fn(readLocks(scenarioId))),
    [scenarioId],
  );
  return {
    locks,
    count: lockCount(locks),
    hasRelease: (r: ReleaseLock) => locks.releases.some((x) => same(x, r)),
    hasLesson: (l: LessonLock) => locks.lessons.some((x) => same(x, l)),
    toggleRelease: (r: ReleaseLock) =>
      update((l) => ({
        ...l,
        releases: l.releases.some((x) => same(x, r)) ? l.releases.filter((x) => !same(x, r)) : [...l.releases, r],
      })),
    toggleLesson: (r: LessonLock) =>
      update((l) => ({
        ...l,
        lessons: l.lessons.some((x) => same(x, r)) ? l.lessons.filter((x) => !same(x, r)) : [...l.lessons, r],
      })),
    /** Lock or unlock a whole class's week at once. */
    setLessons: (group: string, lessons: LessonLock[]) =>
      update((l) => ({ ...l, lessons: [...l.lessons.filter((x) => x.group !== group), ...lessons] })),
    addForbidden: (f: ForbiddenLock) => update((l) => ({ ...l, forbidden: [...l.forbidden, f] })),
    isForbidden: (r: ReleaseLock) =>
      locks.forbidden.some((f) => same(f, { day: r.day, start: r.start, end: r.end, goal: r.goal })),
    /** Keep this goal out of this block's time in the next solve, or allow it again. */
    toggleForbidden: (r: ReleaseLock) => {
      const f: ForbiddenLock = { day: r.day, start: r.start, end: r.end, goal: r.goal };
      update((l) => ({
        ...l,
        forbidden: l.forbidden.some((x) => same(x, f)) ? l.forbidden.filter((x) => !same(x, f)) : [...l.forbidden, f],
      }));
    },
    removeForbidden: (i: number) => update((l) => ({ ...l, forbidden: l.forbidden.filter((_, j) => j !== i) })),
    removeRelease: (i: number) => update((l) => ({ ...l, releases: l.releases.filter((_, j) => j !== i) })),
    removeLesson: (i: number) => update((l) => ({ ...l, lessons: l.lessons.filter((_, j) => j !== i) })),
    clear: () => update(() => emptyLocks()),
  };
}
