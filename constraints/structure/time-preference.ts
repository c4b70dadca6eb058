// timetable.time-preference (soft) — structural (no regulation id; conventions: README.md "The timetable format"):
// a subject with `prefer: "morning"` sits before the day's lunch break, one with `prefer: "afternoon"`
// after it. A day without a lunch slot (Wednesday) is all morning.
import { groupGrid, levelGrid, slotsOf, toMinutes, type Violation } from "../../src/model/index.js";
import { defineRule, report } from "../rule.js";
import { gridFor } from "./facts.js";
import { groupLabel, when } from "./names.js";
import { WEIGHTS, type ModelBuilder } from "../model-builder.js";

export const timetableTimePreference = defineRule({
  id: "timetable.time-preference",
  title: { nl: "Voorkeur voor voormiddag of namiddag", en: "Morning or afternoon preference" },
  source: "structural",
  severity: "soft",
  scope: "timetable",
  messages: {
    "not-in-morning": {
      nl: "{subject} van klas {group} staat op {when}; bij voorkeur in de voormiddag.",
      en: "{subject} of group {group} is on {when}; preferably in the morning.",
    },
    "not-in-afternoon": {
      nl: "{subject} van klas {group} staat op {when}; bij voorkeur in de namiddag.",
      en: "{subject} of group {group} is on {when}; preferably in the afternoon.",
    },
  },
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
        // The class's own lunch (DayGrid.levels: the kleuters may eat at other times).
        const group = s.groups.find((g) => g.id === l.group);
        const lunch = slotsOf(group ? groupGrid(grid, group) : grid, l.day, "lunch")[0];
        const morning = !lunch || toMinutes(l.end) <= toMinutes(lunch.start);
        const afternoon = !!lunch && toMinutes(l.start) >= toMinutes(lunch.end);
        if (sub.prefer === "morning" ? morning : afternoon) continue;
        out.push(
          report(
            this,
            sub.prefer === "morning" ? "not-in-morning" : "not-in-afternoon",
            { group: l.group, day: l.day, start: l.start, end: l.end },
            { subject: sub.name, group: groupLabel(s, l.group), when: when(l.day, l.start, l.end) },
          ),
        );
      }
    }
    return out;
  },
});

// ---- encode(): this rule as constraints of the solver's model ----

/** timetable.time-preference (soft): a small penalty for a lesson outside the preferred half day. */
function encodeTimePreference(m: ModelBuilder): void {
  const penalty = WEIGHTS.soft;
  const lunch = new Map<string, string>();
  for (const level of [undefined, "kleuter", "lager"] as const)
    for (const [day, slots] of Object.entries(levelGrid(m.grid, level).days))
      lunch.set(`${level ?? ""}|${day}`, slots.find((x) => x.kind === "lunch")?.start ?? "12:00");
  const expr = new Map<string, number>();
  for (const v of m.subjectVars) {
    const morning = v.slot.end <= lunch.get(`${v.slot.level ?? ""}|${v.slot.day}`)!;
    if ((v.subject.prefer === "morning" && !morning) || (v.subject.prefer === "afternoon" && morning))
      expr.set(v.name, -penalty);
  }
  m.addObjective(expr);
}
