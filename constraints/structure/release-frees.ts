// timetable.release-frees — structural (no regulation id; conventions: README.md "The timetable format"),
// with release.physical-min / release.digital-min (the regulations, Flexio lines 2811–2813) for the length:
// the block is a run of consecutive lesson/staff slots of one day (a short break inside is fine, lunch is
// not, unless the goal has allowLunch); every goal member and external is in it, nobody else is; and it lasts at least the goal's minimum.
// That its people are really free is one verdict elsewhere: a lesson meanwhile is timetable.no-double-booking,
// a supervision duty meanwhile is staff.supervision.
import {
  goalGrid,
  durationMinutes,
  overlaps,
  slotsOf,
  toMinutes,
  type Release,
  type Violation,
  type DayGrid,
} from "../../src/model/index.js";
import { defineRule, report, tag } from "../rule.js";
import { goalLabel, personName, when } from "./names.js";
import { goalMinMinutes, gridFor } from "./facts.js";
import { WEIGHTS, type ModelBuilder } from "../model-builder.js";
import { availableIn, nameOf } from "../encode-util.js";

/**
 * What is wrong with the block's place in the day grid (a message id), or undefined when it fits. A goal with
 * allowLunch may meet over lunch (release.lunch-supervision says whether others supervise then).
 */
function shapeProblem(grid: DayGrid, r: Release, allowLunch: boolean) {
  const inBlock = slotsOf(grid, r.day).filter((sl) => overlaps(sl.start, sl.end, r.start, r.end));
  if (!allowLunch && inBlock.some((sl) => sl.kind === "lunch")) return "block-over-lunch" as const;
  const fits =
    inBlock.length > 0 &&
    inBlock[0].start === r.start &&
    inBlock[inBlock.length - 1].end === r.end &&
    inBlock.every((sl) => toMinutes(r.start) <= toMinutes(sl.start) && toMinutes(sl.end) <= toMinutes(r.end));
  if (!fits) return "block-off-grid" as const;
  const useful = (k: string) => k === "lesson" || k === "staff" || (allowLunch && k === "lunch");
  if (!useful(inBlock[0].kind) || !useful(inBlock[inBlock.length - 1].kind)) return "block-edge-is-break" as const;
  return undefined;
}

export const timetableReleaseFrees = defineRule({
  id: "timetable.release-frees",
  title: {
    nl: "Wie vrijgeroosterd is, is het hele blok echt vrij",
    en: "Released members are free for the whole block",
  },
  source: "structural; release.physical-min, release.digital-min (Flexio)",
  severity: "hard",
  scope: "timetable",
  messages: {
    "encode-optional-member": {
      nl: `Facultatieve deelnemer {name} van '{goal}'`,
      en: `Optional member {name} of '{goal}'`,
    },
    "unknown-goal": {
      nl: "Vrijroostering {when} hoort bij een onbekend doel '{goal}'.",
      en: "The release on {when} belongs to an unknown goal '{goal}'.",
    },
    "block-over-lunch": {
      nl: "Het blok van '{goal}' op {when} loopt over de middagpauze.",
      en: "The block of '{goal}' on {when} runs over the lunch break.",
    },
    "block-off-grid": {
      nl: "Het blok van '{goal}' op {when} valt niet samen met de lestijden en blokken van dagindeling '{grid}'.",
      en: "The block of '{goal}' on {when} does not match the lesson slots and blocks of day grid '{grid}'.",
    },
    "block-edge-is-break": {
      nl: "Het blok van '{goal}' op {when} begint of eindigt met een pauze.",
      en: "The block of '{goal}' on {when} starts or ends with a break.",
    },
    "shorter-than-goal": {
      nl: "Het blok van '{goal}' op {when} duurt {minutes} minuten; het doel vraagt minstens {min} minuten.",
      en: "The block of '{goal}' on {when} lasts {minutes} minutes; the goal asks for at least {min} minutes.",
    },
    "shorter-than-digital-min": {
      nl: "Het blok van '{goal}' op {when} duurt {minutes} minuten; een digitaal overleg vraagt minstens {min} minuten (instelling digitalMinMinutes).",
      en: "The block of '{goal}' on {when} lasts {minutes} minutes; a digital meeting asks for at least {min} minutes (setting digitalMinMinutes).",
    },
    "shorter-than-physical-min": {
      nl: "Het blok van '{goal}' op {when} duurt {minutes} minuten; een fysiek overleg vraagt een halve dag: minstens {min} minuten (instelling physicalMinMinutes).",
      en: "The block of '{goal}' on {when} lasts {minutes} minutes; an in-person meeting asks for half a day: at least {min} minutes (setting physicalMinMinutes).",
    },
    "member-missing": {
      nl: "{name} hoort bij '{goal}' maar staat niet in het blok van {when}.",
      en: "{name} is a member of '{goal}' but is not in the block on {when}.",
    },
    "not-a-member": {
      nl: "{name} staat in het blok van '{goal}' ({when}) maar hoort niet bij dat doel.",
      en: "{name} is in the block of '{goal}' ({when}) but is not a member of that goal.",
    },
    "external-missing": {
      nl: "Externe {name} hoort bij '{goal}' maar staat niet in het blok van {when}.",
      en: "External {name} is part of '{goal}' but is not in the block on {when}.",
    },
    "external-not-in-goal": {
      nl: "Externe {name} staat in het blok van '{goal}' ({when}) maar hoort niet bij dat doel.",
      en: "External {name} is in the block of '{goal}' ({when}) but is not part of that goal.",
    },
  },
  encode: encodeOptionalMembers,
  check(ctx) {
    const { scenario: s, candidate } = ctx;
    if (!candidate) return [];
    const grid = gridFor(ctx);
    const out: Violation[] = [];
    for (const r of candidate.releases) {
      const goal = s.releaseGoals.find((g) => g.id === r.goal);
      const data = { goal: goalLabel(s, r.goal), when: when(r.day, r.start, r.end) };
      const where = { goal: r.goal, day: r.day, start: r.start, end: r.end };

      if (!goal) out.push(report(this, "unknown-goal", where, { ...data, goal: r.goal }));

      // A goal of one level's teachers meets in that level's own days (DayGrid.levels), else in the main days.
      const own = goal ? goalGrid(s, grid, goal) : grid;
      const shape = shapeProblem(own, r, !!goal?.allowLunch);
      if (shape) out.push(report(this, shape, where, { ...data, grid: grid.name }));

      if (goal) {
        const min = goalMinMinutes(s, goal);
        const minutes = durationMinutes(r.start, r.end);
        if (minutes < min) {
          const id = goal.minBlockMinutes
            ? "shorter-than-goal"
            : goal.mode === "digital"
              ? "shorter-than-digital-min"
              : "shorter-than-physical-min";
          out.push(report(this, id, where, { ...data, minutes, min }));
        }
        for (const m of goal.members) {
          if (!r.staff.includes(m))
            out.push(
              report(this, "member-missing", { ...where, staff: m }, { ...data, name: personName(s, "staff", m) }),
            );
        }
        for (const m of r.staff) {
          if (!goal.members.includes(m) && !goal.optionalMembers.includes(m))
            out.push(
              report(this, "not-a-member", { ...where, staff: m }, { ...data, name: personName(s, "staff", m) }),
            );
        }
        for (const x of goal.externals) {
          if (!(r.externals ?? []).includes(x))
            out.push(
              report(this, "external-missing", { ...where, staff: x }, { ...data, name: personName(s, "external", x) }),
            );
        }
        for (const x of r.externals ?? []) {
          if (!goal.externals.includes(x))
            out.push(
              report(
                this,
                "external-not-in-goal",
                { ...where, staff: x },
                {
                  ...data,
                  name: personName(s, "external", x),
                },
              ),
            );
        }
      }
    }
    return out;
  },
});

// ---- encode(): this rule as constraints of the solver's model ----

/** Optional members join a block only when it happens and they are free and there. */
function encodeOptionalMembers(m: ModelBuilder): void {
  for (const o of m.optionalVars) {
    const optional = tag(timetableReleaseFrees, "encode-optional-member", `goal:${o.release.goal.id}`, {
      name: nameOf(m, o.staff),
      goal: o.release.goal.name,
    });
    m.addConstraint(
      new Map([
        [o.name, 1],
        [o.release.name, -1],
      ]),
      "<=",
      0,
      optional,
    );
    if (o.release.block.slots.some((t) => !availableIn(m, o.staff, t)))
      m.addConstraint(new Map([[o.name, 1]]), "=", 0, optional);
    m.addObjective(new Map([[o.name, WEIGHTS.optionalMinute * o.release.goal.weight * o.release.block.minutes]]));
  }
}
