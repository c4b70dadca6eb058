// release.few-at-once — Flexio line 591 (practice): releasing one or two teachers at the same time
// proved more feasible than more. Soft, only when the school set settings.maxReleasedAtOnce. Counted in
// lesson time only (after-school sessions release nobody from a class): per day, the clock intervals in
// which more staff are released at once than the setting. A person counts where a release block overlaps
// their own lesson time: the lesson slots of the days of the levels they teach in (DayGrid.levels: a kleuter
// teacher by the kleuter days, an LO teacher in both levels by both); without level days, the lesson slots.
import { DAYS, lessonSlots, overlaps, ownLevels, toClock, toMinutes, type DayGrid } from "../../src/model/index.js";
import type { Candidate, Day, Scenario, Violation } from "../../src/model/index.js";
import { classDays, gridsOfLevels, levelsOfPeople } from "../../src/model/level-days.js";
import { defineRule, gridOf, report } from "../rule.js";
import { dayOf } from "./blocks.js";

export const releaseFewAtOnce = defineRule({
  id: "release.few-at-once",
  title: {
    nl: "Liefst één of twee leerkrachten tegelijk vrijroosteren",
    en: "Prefer releasing one or two teachers at a time",
  },
  source: "Flexio line 591",
  severity: "soft",
  scope: "timetable",
  messages: {
    "too-many-at-once": {
      nl: "Op {day} tussen {from} en {to} zijn tijdens de lessen tot {count} leerkrachten tegelijk vrijgeroosterd ({who}); de school wil er hoogstens {max} tegelijk (één of twee tegelijk bleek haalbaarder).",
      en: "On {day} between {from} and {to} up to {count} teachers are released at once during lessons ({who}); the school wants at most {max} at once (one or two at a time proved more feasible).",
    },
  },
  // No encode(): a soft preference reported on the candidates; not (yet) part of the objective.
  check({ scenario, candidate, grid }) {
    const max = scenario.settings.maxReleasedAtOnce;
    if (!candidate || max === undefined) return [];
    const g = grid ?? gridOf(scenario, candidate);
    const names = new Map(scenario.staff.map((s) => [s.id, s.name]));
    const lessonTime = ownLessonTime(scenario, candidate, g);
    const out: Violation[] = [];
    for (const day of DAYS) {
      let worst: string[] = [];
      let first: string | undefined;
      let last: string | undefined;
      for (const t of lessonTime.stretches(day)) {
        const released = new Set(
          candidate.releases
            .filter((r) => r.day === day && overlaps(r.start, r.end, t.start, t.end))
            .flatMap((r) => r.staff)
            .filter((p) => lessonTime.teaches(p, day, t)),
        );
        if (released.size <= max) continue;
        first ??= t.start;
        last = t.end;
        if (released.size > worst.length) worst = [...released];
      }
      if (!first || !last) continue;
      const who = worst.map((id) => names.get(id) ?? id).join(", ");
      out.push(
        report(
          this,
          "too-many-at-once",
          { day, start: first, end: last },
          { day: dayOf(day), from: first, to: last, count: worst.length, who, max },
        ),
      );
    }
    return out;
  },
});

interface Stretch {
  start: string;
  end: string;
}

/**
 * Lesson time per person in this week. `stretches(day)`: the day cut at every boundary of a lesson slot of any
 * level's days, the pieces inside some lesson (without level days: the lesson slots themselves). `teaches`: is the
 * piece inside a lesson slot of the days that person works in (src/model/level-days.ts: the classes they are class
 * or co-teacher of and the lessons they give or cover; someone in no class follows the main days)?
 */
function ownLessonTime(s: Scenario, c: Candidate, grid: DayGrid) {
  const levels = levelsOfPeople(s, { lessons: c.lessons, lunchDuties: [] }, classDays(grid, s.groups, c.lessons));
  const all = gridsOfLevels(grid, [undefined, ...ownLevels(grid)]);
  const gridsOf = new Map<string, DayGrid[]>();
  const mine = (p: string) =>
    gridsOf.get(p) ?? gridsOf.set(p, gridsOfLevels(grid, levels.get(p) ?? [undefined])).get(p)!;
  const inLesson = (grids: readonly DayGrid[], day: Day, t: Stretch) =>
    grids.some((x) => lessonSlots(x, day).some((l) => l.start <= t.start && t.end <= l.end));
  return {
    stretches(day: Day): Stretch[] {
      if (all.length === 1) return lessonSlots(all[0], day);
      const cuts = [
        ...new Set(all.flatMap((x) => lessonSlots(x, day).flatMap((l) => [toMinutes(l.start), toMinutes(l.end)]))),
      ].sort((a, b) => a - b);
      return cuts
        .slice(1)
        .map((to, i) => ({ start: toClock(cuts[i]), end: toClock(to) }))
        .filter((t) => inLesson(all, day, t));
    },
    teaches: (p: string, day: Day, t: Stretch) => inLesson(mine(p), day, t),
  };
}
