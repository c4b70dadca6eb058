// The school of the lock tests (test/solver.locks*.test.ts, test/api.locks.test.ts).
import { tinyInput } from "./tiny.js";

/**
 * The tiny school; the PE teacher is there Monday 08:30–12:05 and Thursday 08:30–10:10 only, and L1's
 * teacher wants a 100-minute peer visit. kt1 is free only while L1 has PE twice in a row, so:
 *   A = Monday 09:20–11:15 (115 min, across the break) is the unique best block;
 *   B = Thursday 08:30–10:10 (100 min) is the only block outside Monday morning.
 */
export function lockInput() {
  const input = tinyInput();
  input.subjects![0].maxPerDay = 2;
  input.staff[2].availability = { mon: [{ from: "08:30", to: "12:05" }], thu: [{ from: "08:30", to: "10:10" }] };
  input.releaseGoals = [{ id: "visit", name: "Hospiteren", members: ["kt1"], mode: "digital", minBlockMinutes: 100 }];
  return input;
}

/** Lock block B. */
export const LOCK_B = { releases: [{ goal: "visit", day: "thu" as const, start: "08:30", end: "10:10" }] };
