// Explaining infeasibility: find an irreducible set of rule instances that cannot hold together
// (a deletion filter over constraint groups, removing chunks at a time), and say it in words.
// Irreducible: without any one of a set's instances (and the instances the filter set aside), that set holds.
// Several independent conflicts are each reported as their own set.
import type { Conflict } from "../src/model/index.js";
import type { Engine } from "./engines/engine.js";
import { LinearModel } from "./linear-model.js";

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
  if (tag.rule === "lock") return BACKGROUND_FIRST.length + 3; // what the principal just locked stays named
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
  const messages = new Map<string, { rule: string; instance: string; message: string }>();
  for (const c of model.constraints) if (!messages.has(groupKey(c.tag))) messages.set(groupKey(c.tag), c.tag);
  const feasibleWithout = (dropped: Set<string>) =>
    engine.solve(without(model, dropped), {
      timeLimitSeconds: Math.max(0.05, remainingSeconds()),
      feasibilityOnly: true,
    }).status !== "infeasible";
  const relaxed = new Set<string>();
  const out: Conflict[] = [];
  for (let set = 1; set <= MAX_SETS; set++) {
    const { live, complete } = irreducibleSet(model, messages, relaxed, engine, remainingSeconds);
    for (const g of live) {
      const t = messages.get(g)!;
      out.push({ rule: t.rule, message: t.message, where: t.instance, set });
      relaxed.add(g);
    }
    if (!complete) {
      out.push({
        rule: "solver.explain",
        message: "De tijdslimiet was op voor de uitleg kon worden ingekort: deze lijst is mogelijk langer dan nodig.",
        where: "",
        set,
      });
      return out;
    }
    if (live.length === 0 || remainingSeconds() <= 0.05) break;
    if (feasibleWithout(relaxed)) return out;
  }
  out.push({ rule: "solver.explain", message: "Er zijn mogelijk nog meer botsingen dan deze.", where: "" });
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
