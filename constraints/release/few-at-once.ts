// release.few-at-once — Flexio line 591 (practice): releasing one or two teachers at the same time
// proved more feasible than more. Soft, only when the school set settings.maxReleasedAtOnce. Counted in
// lesson time only (after-school sessions release nobody from a class): per day, the lesson slots in
// which more staff are released at once than the setting.
import { DAYS, lessonSlots, overlaps } from "../../src/model/index.js";
import type { Violation } from "../../src/model/index.js";
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
