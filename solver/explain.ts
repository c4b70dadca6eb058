// Explaining infeasibility: find an irreducible set of rule instances that cannot hold together
// (a deletion filter over constraint groups, removing chunks at a time), and say it in words.
// Irreducible: without any one of a set's instances (and the instances the filter set aside), that set holds.
// Several independent conflicts are each reported as their own set.
import type { ConstraintTag } from "../constraints/model-builder.js";
import type { Conflict } from "../src/model/index.js";
import type { Engine } from "./engines/engine.js";
import { LinearModel } from "./linear-model.js";
import type { SolverModel } from "./build.js";
import { SCHOOL_BOUND } from "./school-bound.js";
import { whyNoBlock, type Reason } from "./why-not.js";

/** The row "this goal gets a block" that explaining a goal without a block adds (never itself a reason). */
const FORCED = "solver.why-not";

/** Rules tried for removal first: what remains is what a principal can act on. */
const BACKGROUND_FIRST = [
  "solver.no-good",
  "timetable.spread",
  "timetable.room-capacity",
  "staff.schoolopdracht",
  "staff.per-day",
  "timetable.release-cover",
  "timetable.atelier",
  "timetable.release-frees",
  "timetable.one-activity",
  "timetable.subject-plan",
  "staff.min-max-lestijden",
  "timetable.no-double-booking",
  "staff.supervision",
  "timetable.availability",
  "release.goal-met",
];

/** Compact, actionable facts (a capacity shortage, a required goal) are tried for removal last. */
const rank = (tag: { rule: string; instance: string }) => {
  if (tag.rule === "lock" || tag.rule === FORCED) return BACKGROUND_FIRST.length + 3; // what is asked stays named
  if (tag.instance.startsWith("capacity:")) return BACKGROUND_FIRST.length + 1;
  if (tag.instance.startsWith("required:")) return BACKGROUND_FIRST.length + 2;
  const i = BACKGROUND_FIRST.indexOf(tag.rule);
  return i === -1 ? BACKGROUND_FIRST.length : i;
};

function without(model: LinearModel, dropped: Set<string>): LinearModel {
  const m = new LinearModel();
  for (const v of model.variables.values()) m.variables.set(v.name, v);
  for (const c of model.constraints) if (!dropped.has(groupKey(c.tag))) m.constraints.push(c);
  return m;
}

const groupKey = (t: { rule: string; instance: string }) => `${t.rule}#${t.instance}`;

/** At most this many independent conflicts are searched for (each costs a deletion filter). */
const MAX_SETS = 5;

/**
 * Every disjoint conflict: an irreducible set of rule instances (a deletion filter), then relax it and
 * search the rest again, until what remains is feasible. Conflicts carry `set` (1, 2, …). When time runs
 * out, or more conflicts remain than searched, a solver.explain entry says so.
 */
export function explainInfeasibility(model: LinearModel, engine: Engine, remainingSeconds: () => number): Conflict[] {
  const messages = new Map<string, ConstraintTag>();
  for (const c of model.constraints) if (!messages.has(groupKey(c.tag))) messages.set(groupKey(c.tag), c.tag);
  const feasibleWithout = (dropped: Set<string>) =>
    engine.solve(without(model, dropped), {
      timeLimitSeconds: Math.max(0.05, remainingSeconds()),
      feasibilityOnly: true,
    }).status !== "infeasible";
  // A school's bound row (solver/school-bound.ts) is implied by that school's own rows: never a reason.
  const relaxed = new Set([...messages.keys()].filter((g) => messages.get(g)!.rule === SCHOOL_BOUND));
  const out: Conflict[] = [];
  for (let set = 1; set <= MAX_SETS; set++) {
    const { live, complete } = irreducibleSet(model, messages, relaxed, engine, remainingSeconds);
    for (const g of live) {
      const t = messages.get(g)!;
      // A summarising fact stands for its detailed rows: relaxing it relaxes them (never a second set).
      for (const r of t.relaxes ?? []) relaxed.add(groupKey(r));
      out.push({
        rule: t.rule,
        ...(t.messageId ? { messageId: t.messageId } : {}),
        message: t.message,
        ...(t.messageEn ? { messageEn: t.messageEn } : {}),
        where: t.instance,
        set,
      });
      relaxed.add(g);
    }
    if (!complete) {
      out.push({
        rule: "solver.explain",
        messageId: "time-limit",
        message: "De tijdslimiet was op voor de uitleg kon worden ingekort: deze lijst is mogelijk langer dan nodig.",
        messageEn:
          "The time limit ran out before the explanation could be shortened: this list may be longer than needed.",
        where: "",
        set,
      });
      return out;
    }
    if (live.length === 0 || remainingSeconds() <= 0.05) break;
    if (feasibleWithout(relaxed)) return out;
  }
  out.push({
    rule: "solver.explain",
    messageId: "more-conflicts",
    message: "Er zijn mogelijk nog meer botsingen dan deze.",
    messageEn: "There may be more conflicts than these.",
    where: "",
  });
  return out;
}

/** One irreducible infeasible set among the groups not yet relaxed (a deletion filter, chunks at a time). */
function irreducibleSet(
  model: LinearModel,
  messages: Map<string, { rule: string; instance: string }>,
  relaxed: Set<string>,
  engine: Engine,
  remainingSeconds: () => number,
): { live: string[]; complete: boolean } {
  const groups = [...messages.keys()]
    .filter((g) => !relaxed.has(g))
    .sort((a, b) => rank(messages.get(a)!) - rank(messages.get(b)!));
  const dropped = new Set<string>(relaxed);
  const infeasibleWithout = (extra: string[]) => {
    const test = new Set([...dropped, ...extra]);
    const r = engine.solve(without(model, test), {
      timeLimitSeconds: Math.max(0.05, remainingSeconds()),
      feasibilityOnly: true,
    });
    return r.status === "infeasible";
  };
  let complete = true;
  let i = 0;
  let chunk = Math.max(1, Math.ceil(groups.length / 2));
  const live = groups.slice();
  while (i < live.length) {
    if (remainingSeconds() <= 0.05) {
      complete = false;
      break;
    }
    const part = live.slice(i, i + chunk);
    if (infeasibleWithout(part)) {
      part.forEach((g) => dropped.add(g));
      live.splice(i, part.length);
      chunk = Math.max(1, Math.ceil((live.length - i) / 2));
    } else if (chunk > 1) {
      chunk = Math.ceil(chunk / 2);
    } else {
      i++; // necessary: stays in the conflict
      chunk = Math.max(1, Math.ceil((live.length - i) / 2));
    }
  }
  return { live, complete };
}

/**
 * Why a goal got no block in a week, always with a reason: the rows that rule out each of its blocks
 * (whyNoBlock). When a block fits on its own, force one (Σ y ≥ 1, without the candidates' no-good cuts):
 * if that cannot hold, the irreducible set that forbids it is the reason (e.g. a schoolopdracht limit);
 * only when a week with a block exists does the goal "lose to the other goals and rules".
 */
export function whyGoalHasNoBlock(m: SolverModel, goalId: string, engine: Engine, seconds: number): Reason[] {
  const reasons = whyNoBlock(m, goalId);
  const vars = m.releaseVars.filter((v) => v.goal.id === goalId).map((v) => v.name);
  if (reasons.length !== 1 || reasons[0].rule !== "release.goal-met" || vars.length === 0) return reasons;
  const forced = new LinearModel();
  for (const v of m.lp.variables.values()) forced.variables.set(v.name, v);
  for (const c of m.lp.constraints)
    if (c.tag.rule !== "solver.no-good" && c.tag.rule !== SCHOOL_BOUND) forced.constraints.push(c);
  forced.addConstraint(new Map(vars.map((v) => [v, 1])), ">=", 1, {
    rule: FORCED,
    instance: `force:${goalId}`,
    message: "een blok voor dit doel",
  });
  const deadline = performance.now() + seconds * 1000;
  const remaining = () => (deadline - performance.now()) / 1000;
  const r = engine.solve(forced, { timeLimitSeconds: Math.max(0.05, remaining()), feasibilityOnly: true });
  if (r.status === "feasible" || r.status === "optimal") return reasons; // a week with a block exists
  const instance = `goal:${goalId}`;
  // Not proven either way: never claim that a block "kan op zich" (it may not).
  if (r.status !== "infeasible") return [{ rule: "solver.time-limit", instance, message: WHY_UNKNOWN }];
  const messages = new Map<string, ConstraintTag>();
  for (const c of forced.constraints) if (!messages.has(groupKey(c.tag))) messages.set(groupKey(c.tag), c.tag);
  const { live, complete } = irreducibleSet(forced, messages, new Set(), engine, remaining);
  const found = live.map((g) => messages.get(g)!).filter((t) => t.rule !== FORCED);
  if (!complete || found.length === 0) return [{ rule: "release.goal-met", instance, message: WHY_NOT_NARROWED }];
  return found.map((t) => ({ rule: t.rule, instance: t.instance, message: t.message }));
}

/** The forced solve found neither a week with a block nor a proof that none exists within the time. */
export const WHY_UNKNOWN =
  "binnen de tijd is niet uitgezocht of een blok voor dit doel past in deze week; geef meer tijd om te zien waarom";
/** Proven: no block fits with all rules of the week; which rules clash was not narrowed down within the time. */
export const WHY_NOT_NARROWED =
  "geen enkel blok voor dit doel past samen met alle regels van deze week; welke regels precies botsen, is binnen de tijd niet gevonden (geef meer tijd)";
