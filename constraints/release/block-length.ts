// release.block-length — the school's own choice, not law (issue 10): a goal with `maxBlockMinutes` meets that
// long at most (min = max: an exact length, e.g. the 2-hour co-teacher consultation of PWB 7014). Minutes of a
// block beyond the maximum count for nothing in the objective, and those that fall in lesson time (the meeting
// is read as held in the block's child-free part first) cost a little each, so the solver takes the block that
// holds the meeting with the least lesson time beyond it and spends no extra cover. Warning in a week: a block longer
// than the meeting (cover spent for nothing).
import { DAY_NAMES_EN, DAY_NAMES_NL, durationMinutes, type Violation } from "../../src/model/index.js";
import { defineRule, report } from "../rule.js";
import { WEIGHTS, type ModelBuilder } from "../model-builder.js";

export const releaseBlockLength = defineRule({
  id: "release.block-length",
  title: {
    nl: "Een overleg duurt niet langer dan zijn maximum (maxBlockMinutes)",
    en: "A meeting lasts no longer than its maximum (maxBlockMinutes)",
  },
  source: "scenario (releaseGoals: maxBlockMinutes)",
  severity: "warning",
  scope: "timetable",
  messages: {
    longer: {
      nl: "Het blok van '{goal}' op {day} {start}–{end} duurt {minutes} min, het overleg {max} min: {extra} min van dat blok tellen niet mee.",
      en: "The block of '{goal}' on {day} {start}–{end} lasts {minutes} min, the meeting {max} min: {extra} min of that block count for nothing.",
    },
  },
  encode: encodeBlockLength,
  check({ scenario: s, candidate }) {
    if (!candidate) return [];
    const out: Violation[] = [];
    for (const r of candidate.releases) {
      const goal = s.releaseGoals.find((g) => g.id === r.goal);
      if (goal?.maxBlockMinutes === undefined) continue;
      const minutes = durationMinutes(r.start, r.end);
      if (minutes <= goal.maxBlockMinutes) continue;
      out.push(
        report(
          this,
          "longer",
          { goal: goal.id, day: r.day, start: r.start, end: r.end },
          {
            goal: goal.name,
            day: { nl: DAY_NAMES_NL[r.day], en: DAY_NAMES_EN[r.day] },
            start: r.start,
            end: r.end,
            minutes,
            max: goal.maxBlockMinutes,
            extra: minutes - goal.maxBlockMinutes,
          },
        ),
      );
    }
    return out;
  },
});

/**
 * Objective only: release.goal-met (and timetable.release-frees for optional members) reward every minute of a
 * block; here the minutes beyond the maximum are taken back, and those in lesson time cost WEIGHTS.soft each.
 */
function encodeBlockLength(m: ModelBuilder): void {
  for (const v of m.releaseVars) {
    const max = v.goal.maxBlockMinutes;
    if (max === undefined || v.block.minutes <= max) continue;
    const extra = v.block.minutes - max;
    const lessonMinutes = v.block.slots.filter((t) => t.kind === "lesson").reduce((n, t) => n + t.minutes, 0);
    const inLessons = Math.min(extra, lessonMinutes);
    m.addObjective(new Map([[v.name, -(WEIGHTS.minute * v.goal.weight * extra + WEIGHTS.soft * inLessons)]]));
  }
  for (const o of m.optionalVars) {
    const max = o.release.goal.maxBlockMinutes;
    if (max === undefined || o.release.block.minutes <= max) continue;
    const extra = o.release.block.minutes - max;
    m.addObjective(new Map([[o.name, -WEIGHTS.optionalMinute * o.release.goal.weight * extra]]));
  }
}
