// timetable.one-activity — structural (no regulation id; conventions: README.md "The timetable format"):
// every group has exactly one lesson in every lesson slot of the candidate's day grid, with the slot's
// exact start and end; nothing in break, lunch or staff slots. A merge must be written on both groups.
import { DAYS, lessonSlots, type Lesson, type Violation } from "../../src/model/index.js";
import { type Rule, violation } from "../rule.js";
import { gridFor, sameSet } from "./facts.js";
import { groupLabel, whenEn, whenNl } from "./names.js";
import { sum, type ModelBuilder } from "../model-builder.js";

export const timetableOneActivity: Rule = {
  id: "timetable.one-activity",
  title: {
    nl: "Elke klas heeft precies één activiteit per lestijd",
    en: "Every group has exactly one activity in every lesson slot",
  },
  source: "structural",
  severity: "hard",
  scope: "timetable",
  encode: encodeOneActivity,
  check(ctx) {
    const { scenario: s, candidate } = ctx;
    if (!candidate) return [];
    const grid = gridFor(ctx);
    const out: Violation[] = [];
    const groupIds = new Set(s.groups.map((g) => g.id));
    const at = new Map<string, Lesson[]>(); // group|day|start|end → lessons
    const key = (g: string, d: string, st: string, e: string) => `${g}|${d}|${st}|${e}`;
    const slotKeys = new Set(DAYS.flatMap((d) => lessonSlots(grid, d).map((sl) => `${d}|${sl.start}|${sl.end}`)));

    for (const l of candidate.lessons) {
      const k = key(l.group, l.day, l.start, l.end);
      at.set(k, [...(at.get(k) ?? []), l]);
      if (!groupIds.has(l.group)) {
        out.push(
          violation(
            this,
            { group: l.group, day: l.day, start: l.start, end: l.end },
            `Er staat een les voor een onbekende klas '${l.group}' op ${whenNl(l.day, l.start, l.end)}.`,
            `There is a lesson for an unknown group '${l.group}' on ${whenEn(l.day, l.start, l.end)}.`,
          ),
        );
      } else if (!slotKeys.has(`${l.day}|${l.start}|${l.end}`)) {
        out.push(
          violation(
            this,
            { group: l.group, day: l.day, start: l.start, end: l.end },
            `Klas ${groupLabel(s, l.group)} heeft ${whenNl(l.day, l.start, l.end)} een les die niet samenvalt met een lestijd van dagindeling '${grid.name}' (lessen enkel in lestijden, niet in pauzes, middag of personeelsblokken).`,
            `Group ${groupLabel(s, l.group)} has a lesson on ${whenEn(l.day, l.start, l.end)} that is not a lesson slot of day grid '${grid.name}'.`,
          ),
        );
      }
    }

    for (const g of s.groups) {
      for (const d of DAYS) {
        for (const sl of lessonSlots(grid, d)) {
          const here = at.get(key(g.id, d, sl.start, sl.end)) ?? [];
          const where = { group: g.id, day: d, start: sl.start, end: sl.end };
          const name = groupLabel(s, g.id);
          if (here.length === 0) {
            out.push(
              violation(
                this,
                where,
                `Klas ${name} heeft ${whenNl(d, sl.start, sl.end)} geen les.`,
                `Group ${name} has no lesson on ${whenEn(d, sl.start, sl.end)}.`,
              ),
            );
            continue;
          }
          if (here.length > 1) {
            out.push(
              violation(
                this,
                where,
                `Klas ${name} heeft ${whenNl(d, sl.start, sl.end)} ${here.length} lessen tegelijk (${here.map((l) => l.subject).join(", ")}).`,
                `Group ${name} has ${here.length} lessons at once on ${whenEn(d, sl.start, sl.end)}.`,
              ),
            );
            continue;
          }
          // A merge is one lesson of two groups: the other group must say so too, with the same teacher(s).
          const l = here[0];
          if (l.mergedWith) {
            const other = at.get(key(l.mergedWith, d, sl.start, sl.end)) ?? [];
            const ok = other.length === 1 && other[0].mergedWith === g.id && sameSet(other[0].staff, l.staff);
            if (!ok) {
              const o = groupLabel(s, l.mergedWith);
              out.push(
                violation(
                  this,
                  where,
                  `Klas ${name} is ${whenNl(d, sl.start, sl.end)} samengezet met ${o}, maar ${o} heeft daar geen les samen met ${name} bij dezelfde leerkracht.`,
                  `Group ${name} is merged with ${o} on ${whenEn(d, sl.start, sl.end)}, but ${o} has no matching merged lesson with the same teacher.`,
                ),
              );
            }
          }
        }
      }
    }
    return out;
  },
};

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
    m.addConstraint(sum(vars), "=", 1, {
      rule: "timetable.one-activity",
      instance: `group:${g}`,
      message: `Klas ${g} moet elk lesuur les krijgen: van de eigen klasleerkracht of van iemand die overneemt`,
    });
  }
}
