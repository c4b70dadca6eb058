// Explaining infeasibility: find an irreducible set of rule instances that cannot hold together
// (a deletion filter over constraint groups, removing chunks at a time), and say it in words.
// Irreducible: dropping any one of the returned instances makes the week possible again.
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

export function explainInfeasibility(model: LinearModel, engine: Engine, remainingSeconds: () => number): Conflict[] {
  const messages = new Map<string, { rule: string; instance: string; message: string }>();
  for (const c of model.constraints) if (!messages.has(groupKey(c.tag))) messages.set(groupKey(c.tag), c.tag);
  const groups = [...messages.keys()].sort((a, b) => rank(messages.get(a)!) - rank(messages.get(b)!));

  const dropped = new Set<string>();
  const infeasibleWithout = (extra: string[]) => {
    const test = new Set([...dropped, ...extra]);
    const r = engine.solve(without(model, test), { timeLimitSeconds: Math.max(0.05, remainingSeconds()), feasibilityOnly: true });
    return r.status === "infeasible";
  };

  let complete = true;
  let i = 0;
  let chunk = Math.max(1, Math.ceil(groups.length / 2));
  const live = groups.slice();
  while (i < live.length) {
    if (remainingSeconds() <= 0.05) { complete = false; break; }
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
  const conflicts: Conflict[] = live.map((g) => {
    const t = messages.get(g)!;
    return { rule: t.rule, message: t.message, where: t.instance };
  });
  if (!complete) conflicts.push({ rule: "solver.explain", message: "De tijdslimiet was op voor de uitleg kon worden ingekort: deze lijst is mogelijk langer dan nodig.", where: "" });
  return conflicts;
}
