// An engine-neutral MILP: variables, tagged constraints and a maximised objective. The backends
// (HiGHS, javascript-lp-solver) translate it; the explainer relaxes it by tag.
import type { ConstraintTag, LinExpr } from "../constraints/model-builder.js";

export interface Variable {
  name: string;
  type: "binary" | "continuous";
  lb: number;
  ub: number;
}

export interface Constraint {
  name: string;
  expr: LinExpr;
  op: "<=" | ">=" | "=";
  rhs: number;
  tag: ConstraintTag;
}

export class LinearModel {
  readonly variables = new Map<string, Variable>();
  readonly constraints: Constraint[] = [];
  readonly objective: LinExpr = new Map();

  addVar(name: string, type: Variable["type"] = "binary", lb = 0, ub = 1): string {
    if (!this.variables.has(name)) this.variables.set(name, { name, type, lb, ub });
    return name;
  }

  addConstraint(expr: LinExpr, op: Constraint["op"], rhs: number, tag: ConstraintTag): void {
    const clean: LinExpr = new Map();
    for (const [v, c] of expr) {
      if (!this.variables.has(v)) throw new Error(`Unknown variable ${v} in ${tag.rule}`);
      if (c !== 0) clean.set(v, c);
    }
    if (clean.size === 0) {
      // A constant constraint: either trivially true, or a contradiction we must keep (explainable).
      const ok = op === "<=" ? 0 <= rhs + 1e-9 : op === ">=" ? 0 >= rhs - 1e-9 : Math.abs(rhs) < 1e-9;
      if (ok) return;
    }
    this.constraints.push({ name: `c${this.constraints.length}`, expr: clean, op, rhs, tag });
  }

  addObjective(expr: LinExpr): void {
    for (const [v, c] of expr) this.objective.set(v, (this.objective.get(v) ?? 0) + c);
  }

  /** Evaluate an expression on a solution. */
  static value(expr: LinExpr, values: Map<string, number>): number {
    let s = 0;
    for (const [v, c] of expr) s += c * (values.get(v) ?? 0);
    return s;
  }
}
