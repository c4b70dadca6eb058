// timetable.time-preference (soft) — structural (no regulation id; conventions: README.md "The timetable format"):
// a subject with `prefer: "morning"` sits before the day's lunch break, one with `prefer: "afternoon"`
// after it. A day without a lunch slot (Wednesday) is all morning.
import { slotsOf, toMinutes, type Violation } from "../../src/model/index.js";
import { type Rule, violation } from "../rule.js";
import { gridFor } from "./facts.js";
import { groupLabel, whenEn, whenNl } from "./names.js";
import { WEIGHTS, type ModelBuilder } from "../model-builder.js";

export const timetableTimePreference: Rule = {
  id: "timetable.time-preference",
  title: { nl: "Voorkeur voor voormiddag of namiddag", en: "Morning or afternoon preference" },
  source: "structural",
  severity: "soft",
  scope: "timetable",
  encode: encodeTimePreference,
  check(ctx) {
    const { scenario: s, candidate } = ctx;
    if (!candidate) return [];
    const grid = gridFor(ctx);
    const out: Violation[] = [];
    for (const sub of s.subjects) {
      if (sub.prefer === "any") continue;
      for (const l of candidate.lessons) {
        if (l.subject !== sub.id || !sub.groups.includes(l.group)) continue;
        const lunch = slotsOf(grid, l.day, "lunch")[0];
        const morning = !lunch || toMinutes(l.end) <= toMinutes(lunch.start);
        const afternoon = !!lunch && toMinutes(l.start) >= toMinutes(lunch.end);
        if (sub.prefer === "morning" ? morning : afternoon) continue;
        const g = groupLabel(s, l.group);
        const want =
          sub.prefer === "morning" ? { nl: "voormiddag", en: "morning" } : { nl: "namiddag", en: "afternoon" };
        out.push(
          violation(
            this,
            { group: l.group, day: l.day, start: l.start, end: l.end },
            `${sub.name} van klas ${g} staat op ${whenNl(l.day, l.start, l.end)}; bij voorkeur in de ${want.nl}.`,
            `${sub.name} of group ${g} is on ${whenEn(l.day, l.start, l.end)}; preferably in the ${want.en}.`,
          ),
        );
      }
    }
    return out;
  },
};

// ---- encode(): this rule as constraints of the solver's model ----

/** timetable.time-preference (soft): a small penalty for a lesson outside the preferred half day. */
function encodeTimePreference(m: ModelBuilder): void {
  const penalty = WEIGHTS.soft;
  const lunch = new Map<string, string>();
  for (const [day, slots] of Object.entries(m.grid.days))
    lunch.set(day, slots.find((x) => x.kind === "lunch")?.start ?? "12:00");
  const expr = new Map<string, number>();
  for (const v of m.subjectVars) {
    const morning = v.slot.end <= lunch.get(v.slot.day)!;
    if ((v.subject.prefer === "morning" && !morning) || (v.subject.prefer === "afternoon" && morning))
      expr.set(v.name, -penalty);
  }
  m.addObjective(expr);
}
