// Solve in-process (no worker) for fast solver tests; the worker path has its own tests.
import { expect } from "vitest";
import type { Candidate, Scenario } from "../../src/model/index.js";
import { verifyWeek } from "../../solver/verify.js";
import { solveCore } from "../../solver/core.js";
import { loadHighs, makeHighsEngine } from "../../solver/engines/highs.js";
import { jslpEngine } from "../../solver/engines/jslp.js";

export async function solveHere(
  s: Scenario,
  opts: { candidates?: number; engine?: "highs" | "jslp"; timeLimitSeconds?: number } = {},
) {
  const engine = opts.engine === "jslp" ? jslpEngine : makeHighsEngine(await loadHighs());
  return solveCore(s, { candidates: opts.candidates ?? 1, timeLimitSeconds: opts.timeLimitSeconds ?? 60, engine });
}

/** A solved week is clean: no hard violation, and the rule verifier finds check() and the encoded rows agree. */
export function expectCleanWeek(s: Scenario, c: Candidate) {
  expect(c.violations.filter((v) => v.severity === "hard")).toEqual([]);
  const v = verifyWeek(s, c);
  expect(v.disagreements, v.report()).toEqual([]);
}
