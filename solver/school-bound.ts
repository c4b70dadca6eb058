// Per-school bound cuts for a school group (issue 11, "Decomposition"). The release goals of a scholengemeenschap
// are local to their school, yet on a model of ten schools the LP relaxation can meet one school's goal
// fractionally, and HiGHS then spends most of its time proving at the root that it cannot be met.
//
// For each school i: V_i = the variables that belong to it (its classes' specialist, class and cover variables, the
// blocks of goals and ateliers all of whose people work only there, their release variables, the lunch posts of its
// own staff, and every helper variable whose rows touch only school i). P_i = the full model's rows whose variables
// all lie in V_i, maximising the full objective's terms on V_i. Dropping rows only relaxes, so for ANY legal week
// w: Σ_{V_i} c·w ≤ opt(P_i) ≤ bound(P_i). Hence the row
//
//     Σ_{terms on V_i} c·v ≤ bound(P_i)
//
// cuts off no legal week: a valid inequality (tagged implied), and the full MILP still proves the optimum itself.
// Its LP relaxation can then no longer give school i more than P_i's proven optimum. A row is added only where that
// can lower the LP bound by half a goal or more (P_i's own LP bound shows how much it can): a goal met fractionally.
// What it buys, measured on make-school-group.mjs --schools 10: on the "gewone week" grid four schools cannot on
// their own meet PLGs their LP relaxations meet; with their rows that grid's LP bound falls from 21,265,291 to
// 16,479,455, below the other grid's optimum (20,591,908), and core.ts never solves it as a MILP.
import { blockSlots, WEIGHTS } from "../constraints/model-builder.js";
import type { Constraint, LinearModel } from "./linear-model.js";
import { LinearModel as Model } from "./linear-model.js";
import type { SolverModel } from "./build.js";
import type { Engine, EngineResult } from "./engines/engine.js";
import { isSchoolGroup, schoolName, staffSchools, type Scenario } from "../src/model/index.js";

/**
 * A school's row is added only when it can lower the LP bound by at least half a goal: the rows are there for the
 * goals an LP relaxation meets fractionally. Smaller gaps (release minutes, soft terms) HiGHS closes with its own
 * cuts, and a dense row on the objective's terms is no help to it (measured: a group of 5 schools took 63 nodes
 * instead of 1 with rows whose gains were 50–95 minutes).
 */
const MIN_GAIN = WEIGHTS.goal / 2;

/** The rule id of the bound rows (implied: they break only on a week that breaks some rule). */
export const SCHOOL_BOUND = "solver.school-bound";

export interface SchoolBound {
  school: string;
  /** Variables in V_i, rows of P_i, objective terms on V_i. */
  variables: number;
  rows: number;
  terms: number;
  /** P_i's LP relaxation: the most the full model's LP relaxation can give school i. */
  lpBound?: number;
  /** What the sub-problem's solve proved: its optimum ("optimal") or only an upper bound ("bound"). */
  proof: "optimal" | "bound" | "none";
  /** The bound row's right-hand side (undefined: no row added: nothing proven, or too little to gain). */
  rhs?: number;
  result: Pick<EngineResult, "status" | "objective" | "bound" | "seconds" | "nodes" | "iterations">;
}

/**
 * The schools each variable is tied to: a class's variables to its school, a goal's or a person's to the schools of
 * its people, an atelier's to its classes' schools. A helper variable (a rule's auxiliary or indicator) is tied to
 * the schools of the known variables in its rows, repeated until nothing changes; one in no row with a known
 * variable is tied to none and left out.
 */
export function schoolsOfVariables(m: SolverModel): Map<string, ReadonlySet<string>> {
  const s = m.scenario;
  const tied = new Map<string, Set<string>>();
  const tie = (name: string, schools: Iterable<string | undefined>) => {
    const set = tied.get(name) ?? tied.set(name, new Set()).get(name)!;
    for (const x of schools) if (x !== undefined) set.add(x);
  };
  const groupSchool = new Map(s.groups.map((g) => [g.id, g.school]));
  const schoolsOf = personSchools(s);
  for (const v of m.subjectVars) tie(v.name, [groupSchool.get(v.group)]);
  for (const v of m.classVars) tie(v.name, [groupSchool.get(v.group)]);
  for (const v of m.coverVars) tie(v.name, [groupSchool.get(v.group)]);
  for (const v of m.atelierVars)
    tie(
      v.name,
      v.plan.groups.map((g) => groupSchool.get(g)),
    );
  for (const v of m.lunchVars) tie(v.name, schoolsOf(v.staff));
  for (const v of m.releaseVars) {
    const people = [...v.goal.members, ...v.goal.optionalMembers];
    tie(
      v.name,
      people.flatMap((p) => [...schoolsOf(p)]),
    );
    for (const p of people)
      for (const t of blockSlots(v.block)) {
        const r = m.releasedVar(p, t.key);
        if (r) tie(r, schoolsOf(p));
      }
  }
  for (const v of m.optionalVars) tie(v.name, [...(tied.get(v.release.name) ?? []), ...schoolsOf(v.staff)]);
  for (const [name, set] of tied) if (set.size === 0) tied.delete(name);
  const rowsOf = new Map<string, Constraint[]>();
  for (const c of m.lp.constraints)
    for (const name of c.expr.keys())
      if (!tied.has(name)) (rowsOf.get(name) ?? rowsOf.set(name, []).get(name)!).push(c);
  for (let changed = true; changed;) {
    changed = false;
    for (const [name, rows] of rowsOf) {
      if (tied.has(name)) continue;
      const seen = new Set<string>();
      for (const c of rows) for (const other of c.expr.keys()) for (const x of tied.get(other) ?? []) seen.add(x);
      if (seen.size === 0) continue;
      tied.set(name, seen);
      changed = true;
    }
  }
  return tied;
}

/** A person's schools (staff.schools, else the schools of the classes they teach). */
function personSchools(s: Scenario): (staff: string) => ReadonlySet<string> {
  const cache = new Map<string, ReadonlySet<string>>();
  return (id) => {
    if (!cache.has(id)) {
      const p = s.staff.find((x) => x.id === id);
      cache.set(id, p ? staffSchools(s, p) : new Set<string>());
    }
    return cache.get(id)!;
  };
}

/** P_i: the variables of school i, the rows that lie wholly in them, the objective's terms on them. */
export function schoolSubproblem(lp: LinearModel, vars: ReadonlySet<string>): Model {
  const sub = new Model();
  for (const name of vars) sub.variables.set(name, lp.variables.get(name)!);
  for (const c of lp.constraints) if ([...c.expr.keys()].every((v) => vars.has(v))) sub.constraints.push(c);
  for (const [v, c] of lp.objective) if (vars.has(v) && c !== 0) sub.objective.set(v, c);
  return sub;
}

/**
 * Solve every school's P_i within `seconds` in all and add its bound row to the model. Only for a school group (at
 * least two schools); a sub-problem found infeasible adds no rows at all (the full model is infeasible then and its
 * explanation comes from the full model, as before). A school whose P_i ran out of time gets the bound its solve
 * proved, or no row.
 */
export function addSchoolBounds(m: SolverModel, engine: Engine, seconds: number): SchoolBound[] {
  const s = m.scenario;
  if (!isSchoolGroup(s) || (s.schools?.length ?? 0) < 2) return [];
  const tied = schoolsOfVariables(m);
  const schools = s.schools!.map((x) => x.id);
  const deadline = performance.now() + seconds * 1000;
  const out: SchoolBound[] = [];
  const varsOf = new Map<SchoolBound, Set<string>>();
  for (const [i, school] of schools.entries()) {
    const vars = new Set([...tied].filter(([, t]) => t.size === 1 && t.has(school)).map(([v]) => v));
    const sub = schoolSubproblem(m.lp, vars);
    const left = (deadline - performance.now()) / 1000;
    const base = { school, variables: vars.size, rows: sub.constraints.length, terms: sub.objective.size };
    if (sub.objective.size === 0 || left <= 0.05) {
      out.push({ ...base, proof: "none", result: { status: "timeout", objective: NaN, bound: Infinity, seconds: 0 } });
      continue;
    }
    // A fair share of what is left: the schools still to solve each get as much (the LP takes a small part of it).
    const share = left / (schools.length - i);
    const lp = engine.solve(sub, { timeLimitSeconds: share, relax: true });
    const r = engine.solve(sub, { timeLimitSeconds: share });
    const result = {
      status: r.status,
      objective: r.objective,
      bound: r.bound,
      seconds: lp.seconds + r.seconds,
      nodes: r.nodes,
      iterations: r.iterations,
    };
    if (r.status === "infeasible") return [{ ...base, proof: "none", result }];
    const rhs = rhsFor(sub, r);
    const lpBound = lp.status === "optimal" ? lp.objective : Infinity;
    const b: SchoolBound = { ...base, lpBound, proof: "none", result };
    if (Number.isFinite(rhs)) Object.assign(b, { proof: r.status === "optimal" ? "optimal" : "bound" });
    // The full LP's part for school i is at most P_i's LP bound: a row can lower the LP bound by at most the gap.
    if (Number.isFinite(rhs) && lpBound - rhs >= MIN_GAIN) b.rhs = rhs;
    out.push(b);
    varsOf.set(b, vars);
  }
  for (const b of out) {
    if (b.rhs === undefined) continue;
    const vars = varsOf.get(b)!;
    const expr = new Map([...m.lp.objective].filter(([v, c]) => vars.has(v) && c !== 0));
    m.addConstraint(expr, "<=", b.rhs, {
      rule: SCHOOL_BOUND,
      instance: `school:${b.school}`,
      message: `hoogstens wat ${schoolName(s, b.school)} op zich kan halen`,
      implied: true,
    });
  }
  return out;
}

/**
 * The row's right-hand side: what the engine proved about P_i, plus what its stopping rule and tolerances may hide.
 * HiGHS calls a week optimal once its dual bound is within mip_abs_gap of it (0.999 for an objective of integer
 * coefficients over binaries, else 1e-6; solver/engines/highs.ts), and a binary may be 1e-6 off; a relative 1e-6
 * on top (about 2 units on a school of 2,000,000) is far below one release minute (100 units).
 */
function rhsFor(sub: Model, r: EngineResult): number {
  const integral = [...sub.objective].every(([v, c]) => Number.isInteger(c) && sub.variables.get(v)?.type === "binary");
  const v = r.status === "optimal" ? r.objective + (integral ? 0.999 : 1e-6) : r.bound;
  return v + 1e-6 * Math.max(1, Math.abs(v));
}
