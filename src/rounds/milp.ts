// A tiny MILP text builder for HiGHS (CPLEX LP format, short column names) and the loader of the WebAssembly
// module. Kept here so that src/rounds depends on nothing above src/plan (test/architecture.test.ts).
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
type Highs = Awaited<ReturnType<typeof import("highs").default>>;
let highsPromise: Promise<Highs> | undefined;

export function loadHighs(): Promise<Highs> {
  highsPromise ??= (require("highs") as (o?: object) => Promise<Highs>)();
  return highsPromise;
}

export class Milp {
  private names: string[] = [];
  private kinds: ("bin" | "cont")[] = [];
  private upper: number[] = [];
  private objective = new Map<number, number>();
  rows: string[] = [];

  variable(kind: "bin" | "cont", cost = 0, upper = 1): number {
    const i = this.names.length;
    this.names.push(`v${i}`);
    this.kinds.push(kind);
    this.upper.push(upper);
    if (cost) this.objective.set(i, cost);
    return i;
  }

  /** Sets the objective coefficient of a variable. */
  cost(v: number, c: number) {
    if (c) this.objective.set(v, c);
  }

  /** Σ coef·var (op) rhs */
  row(terms: [number, number][], op: "<=" | ">=" | "=", rhs: number) {
    if (!terms.length) return;
    const lhs = terms.map(([c, v]) => `${c < 0 ? "-" : "+"} ${Math.abs(c)} v${v}`).join(" ");
    this.rows.push(` r${this.rows.length}: ${lhs} ${op} ${rhs}`);
  }

  get variables() {
    return this.names.length;
  }

  text(): string {
    const obj = [...this.objective].map(([v, c]) => `${c < 0 ? "-" : "+"} ${Math.abs(c)} v${v}`).join(" ");
    const bounds = this.names.map((n, i) => ` 0 <= ${n} <= ${this.upper[i]}`);
    const bins = this.names.filter((_, i) => this.kinds[i] === "bin");
    const binLines: string[] = [];
    for (let i = 0; i < bins.length; i += 20) binLines.push(" " + bins.slice(i, i + 20).join(" "));
    return [
      "Minimize",
      ` obj: ${obj || "0 v0"}`,
      "Subject To",
      ...(this.rows.length ? this.rows : [" r0: 0 v0 >= 0"]),
      "Bounds",
      ...bounds,
      ...(binLines.length ? ["Binaries", ...binLines] : []),
      "End",
    ].join("\n");
  }

  async solve(timeLimitSeconds: number) {
    const highs = await loadHighs();
    const res = highs.solve(this.text(), {
      time_limit: timeLimitSeconds,
      mip_rel_gap: 0,
      output_flag: false,
      random_seed: 1,
      // The old one-level model was faster with presolve off; the two-level one (optimise.ts) is faster with it on.
      // Measured in one process after HiGHS is loaded (2 shared cores, loaded): 36-school season 0.5 s CPU with,
      // 2.5 s without; kernreflectie 0.3 s with, 0.4 s without.
      presolve: "on",
    } as never);
    const values = this.names.map((n) => {
      const c = (res.Columns as Record<string, { Primal?: number }>)[n];
      return c?.Primal ?? 0;
    });
    const hasSolution =
      ["Optimal", "Time limit reached", "Iteration limit reached"].includes(res.Status) &&
      Object.keys(res.Columns).length > 0;
    return {
      status: res.Status as string,
      proven: res.Status === "Optimal",
      infeasible: res.Status === "Infeasible",
      objective: res.ObjectiveValue,
      values,
      hasSolution,
    };
  }
}
