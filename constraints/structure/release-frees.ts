// timetable.release-frees — structural (no regulation id; conventions: README.md "The timetable format"),
// with release.physical-min / release.digital-min (the regulations, Flexio lines 2811–2813) for the length:
// the block is a run of consecutive lesson/staff slots of one day (a short break inside is fine, lunch is
// not); every goal member and external is in it, nobody else is; and it lasts at least the goal's minimum.
// That its people are really free is one verdict elsewhere: a lesson meanwhile is timetable.no-double-booking,
// a supervision duty meanwhile is staff.supervision.
import {
  durationMinutes,
  overlaps,
  slotsOf,
  toMinutes,
  type Release,
  type Violation,
  type DayGrid,
} from "../../src/model/index.js";
import { type Rule, violation } from "../rule.js";
import { goalLabel, personName, whenEn, whenNl } from "./names.js";
import { goalMinMinutes, gridFor } from "./facts.js";
import { WEIGHTS, type ModelBuilder } from "../model-builder.js";
import { availableIn, nameOf } from "../encode-util.js";

/** What is wrong with the block's place in the day grid, or undefined when it fits. */
function shapeProblem(grid: DayGrid, r: Release): { nl: string; en: string } | undefined {
  const inBlock = slotsOf(grid, r.day).filter((sl) => overlaps(sl.start, sl.end, r.start, r.end));
  if (inBlock.some((sl) => sl.kind === "lunch"))
    return { nl: "loopt over de middagpauze", en: "runs over the lunch break" };
  const fits =
    inBlock.length > 0 &&
    inBlock[0].start === r.start &&
    inBlock[inBlock.length - 1].end === r.end &&
    inBlock.every((sl) => toMinutes(r.start) <= toMinutes(sl.start) && toMinutes(sl.end) <= toMinutes(r.end));
  if (!fits)
    return {
      nl: `valt niet samen met de lestijden en blokken van dagindeling '${grid.name}'`,
      en: `does not match the slots of day grid '${grid.name}'`,
    };
  const useful = (k: string) => k === "lesson" || k === "staff";
  if (!useful(inBlock[0].kind) || !useful(inBlock[inBlock.length - 1].kind))
    return { nl: "begint of eindigt met een pauze", en: "starts or ends with a break" };
  return undefined;
}

export const timetableReleaseFrees: Rule = {
  id: "timetable.release-frees",
  title: {
    nl: "Wie vrijgeroosterd is, is het hele blok echt vrij",
    en: "Released members are free for the whole block",
  },
  source: "structural; release.physical-min, release.digital-min (Flexio)",
  severity: "hard",
  scope: "timetable",
  encode: encodeOptionalMembers,
  check(ctx) {
    const { scenario: s, candidate } = ctx;
    if (!candidate) return [];
    const grid = gridFor(ctx);
    const out: Violation[] = [];
    for (const r of candidate.releases) {
      const goal = s.releaseGoals.find((g) => g.id === r.goal);
      const label = goalLabel(s, r.goal);
      const nl = whenNl(r.day, r.start, r.end);
      const en = whenEn(r.day, r.start, r.end);
      const where = { goal: r.goal, day: r.day, start: r.start, end: r.end };
      const push = (w: Violation["where"], m: string, e: string) => out.push(violation(this, w, m, e));

      if (!goal)
        push(
          where,
          `Vrijroostering ${nl} hoort bij een onbekend doel '${r.goal}'.`,
          `Release on ${en} has an unknown goal '${r.goal}'.`,
        );

      const shape = shapeProblem(grid, r);
      if (shape)
        push(where, `Het blok van '${label}' op ${nl} ${shape.nl}.`, `The block of '${label}' on ${en} ${shape.en}.`);

      if (goal) {
        const min = goalMinMinutes(s, goal);
        const len = durationMinutes(r.start, r.end);
        if (len < min) {
          const why = goal.minBlockMinutes
            ? "het doel vraagt"
            : goal.mode === "digital"
              ? "een digitaal overleg vraagt (instelling digitalMinMinutes)"
              : "een fysiek overleg vraagt een halve dag (instelling physicalMinMinutes)";
          push(
            where,
            `Het blok van '${label}' op ${nl} duurt ${len} minuten; ${why} minstens ${min} minuten.`,
            `The block of '${label}' on ${en} lasts ${len} minutes; at least ${min} are needed.`,
          );
        }
        for (const m of goal.members) {
          if (!r.staff.includes(m)) {
            const n = personName(s, "staff", m);
            push(
              { ...where, staff: m },
              `${n} hoort bij '${label}' maar staat niet in het blok van ${nl}.`,
              `${n} is a member of '${label}' but is not in the block on ${en}.`,
            );
          }
        }
        for (const m of r.staff) {
          if (!goal.members.includes(m) && !goal.optionalMembers.includes(m)) {
            const n = personName(s, "staff", m);
            push(
              { ...where, staff: m },
              `${n} staat in het blok van '${label}' (${nl}) maar hoort niet bij dat doel.`,
              `${n} is in the block of '${label}' (${en}) but is not a member of that goal.`,
            );
          }
        }
        for (const x of goal.externals) {
          if (!(r.externals ?? []).includes(x)) {
            const n = personName(s, "external", x);
            push(
              { ...where, staff: x },
              `Externe ${n} hoort bij '${label}' maar staat niet in het blok van ${nl}.`,
              `External ${n} is part of '${label}' but is not in the block on ${en}.`,
            );
          }
        }
        for (const x of r.externals ?? []) {
          if (!goal.externals.includes(x)) {
            const n = personName(s, "external", x);
            push(
              { ...where, staff: x },
              `Externe ${n} staat in het blok van '${label}' (${nl}) maar hoort niet bij dat doel.`,
              `External ${n} is in the block of '${label}' (${en}) but is not part of that goal.`,
            );
          }
        }
      }
    }
    return out;
  },
};

// ---- encode(): this rule as constraints of the solver's model ----

/** Optional members join a block only when it happens and they are free and there. */
function encodeOptionalMembers(m: ModelBuilder): void {
  for (const o of m.optionalVars) {
    const tag = {
      rule: "timetable.release-frees",
      instance: `goal:${o.release.goal.id}`,
      message: `Facultatieve deelnemer ${nameOf(m, o.staff)}`,
    };
    m.addConstraint(
      new Map([
        [o.name, 1],
        [o.release.name, -1],
      ]),
      "<=",
      0,
      tag,
    );
    if (o.release.block.slots.some((t) => !availableIn(m, o.staff, t)))
      m.addConstraint(new Map([[o.name, 1]]), "=", 0, tag);
    m.addObjective(new Map([[o.name, WEIGHTS.optionalMinute * o.release.goal.weight * o.release.block.minutes]]));
  }
}
