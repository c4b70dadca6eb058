// The surface the solver offers to rules' encode(). Defined here (not in solver/) so that constraints/
// never imports solver/: data flows model → constraints → solver.
import type { Scenario } from "../src/model/index.js";

/** A linear expression: variable name → coefficient. */
export type LinExpr = Map<string, number>;

export interface ModelBuilder {
  readonly scenario: Scenario;
  /** Add a linear constraint Σ coef·var (op) rhs. `tag` names the rule instance (for explaining infeasibility). */
  addConstraint(expr: LinExpr, op: "<=" | ">=" | "=", rhs: number, tag: { rule: string; message: string; where: string }): void;
  /** Add a term to the objective (maximised). */
  addObjective(expr: LinExpr): void;
}
