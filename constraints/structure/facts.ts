// Small facts about the scenario the structural rules share (sets, the grid of a week, minimum blocks,
// who never covers). Who may cover and availability are read in src/model/cover.ts.
import {
  externalAvailable,
  gridOf,
  goalMinBlock,
  mayCover,
  type DayGrid,
  type ReleaseGoal,
  type Scenario,
} from "../../src/model/index.js";
import type { RuleContext } from "../rule.js";

export { externalAvailable };

export const uniq = (xs: Iterable<string>) => [...new Set(xs)];
export const sameSet = (a: readonly string[], b: readonly string[]) => {
  const x = new Set(a);
  const y = new Set(b);
  return x.size === y.size && [...x].every((v) => y.has(v));
};

/** The day grid the candidate was made on. */
export function gridFor(ctx: RuleContext): DayGrid {
  return ctx.grid ?? gridOf(ctx.scenario, ctx.candidate);
}

/** Minimum length of a release block of this goal (release.physical-min / release.digital-min). */
export function goalMinMinutes(s: Scenario, goal: ReleaseGoal): number {
  return goalMinBlock(s, goal);
}

/** Staff who may never cover a class: the one definition in src/model/cover.ts (mayCover). */
export function neverCovers(s: Scenario, staffId: string): boolean {
  const st = s.staff.find((x) => x.id === staffId);
  return !!st && !mayCover(st);
}
