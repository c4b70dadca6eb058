// timetable.one-activity — structural (no regulation id; conventions: README.md "The timetable format"):
// every group has exactly one lesson in every lesson slot of the candidate's day grid, with the slot's
// exact start and end; nothing in break, lunch or staff slots. A merge must be written on both groups.
import { DAYS, groupGrid, lessonSlots, type Lesson, type Violation } from "../../src/model/index.js";
import { defineRule, report, tag } from "../rule.js";
import { gridFor, sameSet } from "./facts.js";
import { groupLabel, when } from "./names.js";
import { sum, type ModelBuilder } from "../model-builder.js";

export const timetableOneActivity = defineRule({
  id: "timetable.one-activity",
  title: {
    nl: "Elke klas heeft precies één activiteit per lestijd",
    en: "Every group has exactly one activity in every lesson slot",
  },
  source: "structural",
  severity: "hard",
  scope: "timetable",
  messages: {
    "encode-every-slot": {
      nl: "Klas {group} moet elk lesuur les krijgen: van de eigen klasleerkracht of van iemand die overneemt",
      en: "Class {group} must be taught in every lesson slot: by its own class teacher or by someone who takes over",
    },
    "unknown-group": {
      nl: "Er staat een les voor een onbekende klas '{group}' op {when}.",
      en: "There is a lesson for an unknown group '{group}' on {when}.",
    },
    "not-a-lesson-slot": {
      nl: "Klas {group} heeft {when} een les die niet samenvalt met een lestijd van dagindeling '{grid}' (lessen enkel in lestijden, niet in pauzes, middag of personeelsblokken).",
      en: "Group {group} has a lesson on {when} that does not match a lesson slot of day grid '{grid}' (lessons only in lesson slots, not in breaks, lunch or staff blocks).",
    },
    "no-lesson": {
      nl: "Klas {group} heeft {when} geen les.",
      en: "Group {group} has no lesson on {when}.",
    },
    "several-lessons": {
      nl: "Klas {group} heeft {when} {count} lessen tegelijk ({subjects}).",
      en: "Group {group} has {count} lessons at once on {when} ({subjects}).",
    },
    "one-sided-merge": {
      nl: "Klas {group} is {when} samengezet met {other}, maar {other} heeft daar geen les samen met {group} bij dezelfde leerkracht.",
      en: "Group {group} is merged with {other} on {when}, but {other} has no lesson there together with {group} with the same teacher.",
    },
  },
  encode: encodeOneActivity,
  check(ctx) {
    const { scenario: s, candidate } = ctx;
    if (!candidate) return [];
    const grid = gridFor(ctx);
    const out: Violation[] = [];
    const groupIds = new Set(s.groups.map((g) => g.id));
    const at = new Map<string, Lesson[]>(); // group|day|start|end → lessons
    const key = (g: string, d: string, st: string, e: string) => `${g}|${d}|${st}|${e}`;
    // Each class's own slots (DayGrid.levels: a kleuter class may follow other times).
    const gridOfGroup = new Map(s.groups.map((g) => [g.id, groupGrid(grid, g)]));
    const slotKeys = new Map(
      s.groups.map((g) => [
        g.id,
        new Set(DAYS.flatMap((d) => lessonSlots(gridOfGroup.get(g.id)!, d).map((sl) => `${d}|${sl.start}|${sl.end}`))),
      ]),
    );

    for (const l of candidate.lessons) {
      const k = key(l.group, l.day, l.start, l.end);
      at.set(k, [...(at.get(k) ?? []), l]);
      const where = { group: l.group, day: l.day, start: l.start, end: l.end };
      if (!groupIds.has(l.group)) {
        out.push(report(this, "unknown-group", where, { group: l.group, when: when(l.day, l.start, l.end) }));
      } else if (!slotKeys.get(l.group)!.has(`${l.day}|${l.start}|${l.end}`)) {
        out.push(
          report(this, "not-a-lesson-slot", where, {
            group: groupLabel(s, l.group),
            when: when(l.day, l.start, l.end),
            grid: gridOfGroup.get(l.group)!.name,
          }),
        );
      }
    }

    for (const g of s.groups) {
      for (const d of DAYS) {
        for (const sl of lessonSlots(gridOfGroup.get(g.id)!, d)) {
          const here = at.get(key(g.id, d, sl.start, sl.end)) ?? [];
          const where = { group: g.id, day: d, start: sl.start, end: sl.end };
          const data = { group: groupLabel(s, g.id), when: when(d, sl.start, sl.end) };
          if (here.length === 0) {
            out.push(report(this, "no-lesson", where, data));
            continue;
          }
          if (here.length > 1) {
            const subjects = here.map((l) => l.subject).join(", ");
            out.push(report(this, "several-lessons", where, { ...data, count: here.length, subjects }));
            continue;
          }
          // A merge is one lesson of two groups: the other group must say so too, with the same teacher(s).
          const l = here[0];
          if (l.mergedWith) {
            const other = at.get(key(l.mergedWith, d, sl.start, sl.end)) ?? [];
            const ok = other.length === 1 && other[0].mergedWith === g.id && sameSet(other[0].staff, l.staff);
            if (!ok) out.push(report(this, "one-sided-merge", where, { ...data, other: groupLabel(s, l.mergedWith) }));
          }
        }
      }
    }
    return out;
  },
});

// ---- encode(): this rule as constraints of the solver's model ----

/** timetable.one-activity: every group has exactly one activity in every lesson slot. */
function encodeOneActivity(m: ModelBuilder): void {
  const bySlot = new Map<string, string[]>();
  const push = (g: string, t: string, v: string) => bySlot.set(`${g}|${t}`, [...(bySlot.get(`${g}|${t}`) ?? []), v]);
  for (const v of m.subjectVars) push(v.group, v.slot.key, v.name);
  for (const v of m.classVars) push(v.group, v.slot.key, v.name);
  for (const v of m.coverVars) push(v.group, v.slot.key, v.name);
  for (const [key, vars] of bySlot) {
    const [g] = key.split("|");
    m.addConstraint(
      sum(vars),
      "=",
      1,
      tag(timetableOneActivity, "encode-every-slot", `group:${g}`, { group: groupLabel(m.scenario, g) }),
    );
  }
}
