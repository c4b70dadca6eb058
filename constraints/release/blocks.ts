// Small shared helpers for the release.* rules: a goal's minimum block length and its blocks in a
// candidate week (entries of one goal on one day that touch are one block).
import { DAYS, DAY_NAMES_EN, DAY_NAMES_NL, goalMinBlock, toClock, toMinutes } from "../../src/model/index.js";
import type { Candidate, Day, ReleaseGoal, Scenario, Violation } from "../../src/model/index.js";
import { type Message, type Rule, report } from "../rule.js";

export interface GoalBlock {
  goal: string;
  day: Day;
  from: number;
  to: number;
}

/** The goal's own minBlockMinutes, else the scenario default for its mode (release.physical-min / digital-min). */
export function defaultMinutes(scenario: Scenario, mode: ReleaseGoal["mode"]): number {
  return mode === "physical" ? scenario.settings.physicalMinMinutes : scenario.settings.digitalMinMinutes;
}
export const minBlockOf = (scenario: Scenario, goal: ReleaseGoal): number => goalMinBlock(scenario, goal);

export function blocksOf(candidate: Candidate, goalId: string): GoalBlock[] {
  const out: GoalBlock[] = [];
  for (const day of DAYS) {
    const iv = candidate.releases
      .filter((r) => r.goal === goalId && r.day === day)
      .map((r) => [toMinutes(r.start), toMinutes(r.end)] as const)
      .sort((a, b) => a[0] - b[0]);
    for (const [s, e] of iv) {
      const last = out[out.length - 1];
      if (last && last.day === day && s <= last.to) last.to = Math.max(last.to, e);
      else out.push({ goal: goalId, day, from: s, to: e });
    }
  }
  return out;
}

/** The two messages of release.physical-min and release.digital-min, each rule in its own words. */
export type MinBlockMessages = "block-too-short";

/** Shared check of release.physical-min and release.digital-min (Flexio lines 2811–2813); pass `this`. */
export function checkMinBlock(
  rule: Pick<Rule, "id" | "severity"> & { messages: Record<MinBlockMessages, Message> },
  mode: ReleaseGoal["mode"],
  scenario: Scenario,
  candidate?: Candidate,
): Violation[] {
  const out: Violation[] = [];
  for (const goal of scenario.releaseGoals.filter((g) => g.mode === mode)) {
    // A goal's own minBlockMinutes is the school's choice: no scenario-level warning (issue 10); only a
    // block in a week shorter than the goal's minimum is reported.
    if (!candidate) continue;
    const min = minBlockOf(scenario, goal);
    for (const b of blocksOf(candidate, goal.id)) {
      const len = b.to - b.from;
      if (len >= min) continue;
      const [start, end] = [toClock(b.from), toClock(b.to)];
      out.push(
        report(
          rule,
          "block-too-short",
          { goal: goal.id, day: b.day, start, end },
          { goal: goal.name, when: whenOf(b.day, start, end), len, min },
        ),
      );
    }
  }
  return out;
}

/** "maandag 08:30–09:20" / "Monday 08:30–09:20". */
export const whenOf = (day: Day, start: string, end: string) => ({
  nl: `${DAY_NAMES_NL[day]} ${start}–${end}`,
  en: `${DAY_NAMES_EN[day]} ${start}–${end}`,
});

/** "maandag" / "Monday". */
export const dayOf = (day: Day) => ({ nl: DAY_NAMES_NL[day], en: DAY_NAMES_EN[day] });
