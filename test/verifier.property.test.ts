// Property test of the rule verifier (issue 9): generated small schools solve to weeks the checker finds
// clean, and on generated perturbations of those weeks check() and the encoded rows agree, rule by rule.
// Seeded and reproducible; every disagreement prints the rule, the week fragment and both verdicts.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../solver/engines/engine.js";
import { loadHighs, makeHighsEngine } from "../solver/engines/highs.js";
import { solveCore } from "../solver/core.js";
import { verifyWeek } from "../solver/verify.js";
import { PERTURBATIONS, perturb, smallSchool } from "./helpers/schools.js";

let engine: Engine;
beforeAll(async () => {
  engine = makeHighsEngine(await loadHighs());
});

const SCHOOLS = 60;
const PERTURBATIONS_PER_SCHOOL = 110;

describe("rule verifier on generated schools", () => {
  it(`${SCHOOLS} schools × ${PERTURBATIONS_PER_SCHOOL} perturbed weeks: solver, checker and encoded rows agree`, () => {
    let cases = 0;
    let perturbed = 0;
    let broken = 0; // perturbed weeks some encoded rule rejects: both verdicts are exercised
    fc.assert(
      fc.property(
        smallSchool,
        fc.array(fc.tuple(fc.constantFrom(...PERTURBATIONS), fc.nat(1000), fc.nat(1000)), {
          minLength: PERTURBATIONS_PER_SCHOOL,
          maxLength: PERTURBATIONS_PER_SCHOOL,
        }),
        (s, moves) => {
          const t = solveCore(s, { candidates: 1, timeLimitSeconds: 20, engine });
          expect(["optimal", "infeasible", "invalid"]).toContain(t.status);
          expect(t.inconsistency).toBeUndefined();
          for (const c of t.candidates) {
            cases++;
            expect(c.violations.filter((v) => v.severity === "hard")).toEqual([]);
            const v = verifyWeek(s, c);
            expect(v.disagreements, v.report()).toEqual([]);
            for (const [kind, n, m] of moves) {
              const p = perturb(s, c, kind, n, m);
              if (!p) continue;
              cases++;
              perturbed++;
              const pv = verifyWeek(s, p);
              if (pv.verdicts.some((x) => x.check.length > 0)) broken++;
              expect(pv.disagreements, `after "${kind}":\n${pv.report()}`).toEqual([]);
            }
          }
        },
      ),
      { seed: Number(process.env.VERIFIER_SEED ?? 9), numRuns: SCHOOLS, endOnFailure: true },
    );
    expect(perturbed).toBeGreaterThan(SCHOOLS * 10); // the perturbations did apply
    console.info(
      `rule verifier: ${cases} weeks (${perturbed} perturbed, ${broken} of them rejected by some encoded rule)`,
    );
    expect(cases).toBeGreaterThanOrEqual(2000);
    expect(cases - perturbed).toBeGreaterThanOrEqual(SCHOOLS / 4); // many generated schools have a week
    expect(broken).toBeGreaterThan(perturbed / 4);
    expect(perturbed - broken).toBeGreaterThan(perturbed / 20);
  }, 120_000);
});
