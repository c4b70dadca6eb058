// Why a release goal got no block in a week: the model's own reasons, read from the rows that fix the
// goal's block variables to 0 (availability of a person, a supervision duty, the cover capacity, …). When
// some block is possible on its own, the goal lost to the other goals and rules of the week, and we say so.
import type { SolverModel } from "./build.js";
import { minBlockMinutes } from "./build.js";

export interface Reason {
  rule: string;
  instance: string;
  message: string;
}

/** The smallest set of reasons (greedy) that together rule out every candidate block of the goal. */
export function whyNoBlock(m: SolverModel, goalId: string): Reason[] {
  const goal = m.scenario.releaseGoals.find((g) => g.id === goalId);
  if (!goal) return [];
  const vars = m.releaseVars.filter((v) => v.goal.id === goalId);
  if (vars.length === 0) {
    const min = minBlockMinutes(m.scenario, goal);
    return [
      {
        rule: goal.mode === "digital" ? "release.digital-min" : "release.physical-min",
        instance: `goal:${goalId}`,
        message: `dagindeling '${m.grid.name}' heeft geen aaneengesloten blok van ${min} minuten zonder middagpauze`,
      },
    ];
  }
  const names = new Set(vars.map((v) => v.name));
  const fixing = new Map<string, { reason: Reason; vars: Set<string> }>();
  for (const c of m.lp.constraints) {
    if (c.expr.size !== 1 || c.rhs !== 0 || c.op === ">=") continue;
    const [[v, k]] = [...c.expr];
    if (!names.has(v) || k <= 0) continue;
    const key = `${c.tag.rule}#${c.tag.instance}`;
    const f = fixing.get(key) ?? {
      reason: { rule: c.tag.rule, instance: c.tag.instance, message: c.tag.message },
      vars: new Set(),
    };
    f.vars.add(v);
    fixing.set(key, f);
  }
  const ruledOut = new Set([...fixing.values()].flatMap((f) => [...f.vars]));
  const open = vars.find((v) => !ruledOut.has(v.name));
  if (open) {
    return [
      {
        rule: "release.goal-met",
        instance: `goal:${goalId}`,
        message: `een blok kan op zich (bv. ${open.block.day} ${open.block.start}–${open.block.end}), maar niet samen met de andere doelen en regels van deze week`,
      },
    ];
  }
  const out: Reason[] = [];
  const left = new Set(names);
  while (left.size > 0) {
    const best = [...fixing.values()].reduce((a, b) => (count(b.vars, left) > count(a.vars, left) ? b : a));
    out.push(best.reason);
    for (const v of best.vars) left.delete(v);
  }
  return out;
}

const count = (xs: Set<string>, left: Set<string>) => [...xs].filter((x) => left.has(x)).length;
