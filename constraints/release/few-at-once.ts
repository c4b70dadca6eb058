// release.few-at-once — Flexio line 591 (practice): releasing one or two teachers at the same time
// proved more feasible than more. Soft, only when the school set settings.maxReleasedAtOnce. Counted in
// lesson time only (after-school sessions release nobody from a class): per day, the lesson slots in
// which more staff are released at once than the setting.
import { DAYS, DAY_NAMES_EN, DAY_NAMES_NL, lessonSlots, overlaps } from "../../src/model/index.js";
import type { Violation } from "../../src/model/index.js";
import { type Rule, gridOf, violation } from "../rule.js";

export const releaseFewAtOnce: Rule = {
  id: "release.few-at-once",
  title: {
    nl: "Liefst één of twee leerkrachten tegelijk vrijroosteren",
    en: "Prefer releasing one or two teachers at a time",
  },
  source: "Flexio line 591",
  severity: "soft",
  scope: "timetable",
  // No encode(): a soft preference reported on the candidates; not (yet) part of the objective.
  check({ scenario, candidate, grid }) {
    const max = scenario.settings.maxReleasedAtOnce;
    if (!candidate || max === undefined) return [];
    const g = grid ?? gridOf(scenario, candidate);
    const names = new Map(scenario.staff.map((s) => [s.id, s.name]));
    const out: Violation[] = [];
    for (const day of DAYS) {
      let worst: string[] = [];
      let first: string | undefined;
      let last: string | undefined;
      for (const slot of lessonSlots(g, day)) {
        const released = new Set(
          candidate.releases
            .filter((r) => r.day === day && overlaps(r.start, r.end, slot.start, slot.end))
            .flatMap((r) => r.staff),
        );
        if (released.size <= max) continue;
        first ??= slot.start;
        last = slot.end;
        if (released.size > worst.length) worst = [...released];
      }
      if (!first || !last) continue;
      const who = worst.map((id) => names.get(id) ?? id).join(", ");
      out.push(
        violation(
          this,
          { day, start: first, end: last },
          `Op ${DAY_NAMES_NL[day]} tussen ${first} en ${last} zijn tijdens de lessen tot ${worst.length} leerkrachten tegelijk vrijgeroosterd (${who}); ` +
            `de school wil er hoogstens ${max} tegelijk (één of twee tegelijk bleek haalbaarder).`,
          `On ${DAY_NAMES_EN[day]} between ${first} and ${last} up to ${worst.length} teachers are released at once during lessons; the school prefers at most ${max}.`,
        ),
      );
    }
    return out;
  },
};
