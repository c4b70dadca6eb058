// HiGHS' presolve fails on some models it can solve (status -1, "run failed"). test/regression/highs-presolve-fails.lp is
// such a model, written by the explainer on a generated all-kleuter school: the engine then solves it once more
// without presolve instead of crashing the solve (real HiGHS, no mock).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadHighs, solveHighs } from "../solver/engines/highs.js";

const text = readFileSync(new URL("./regression/highs-presolve-fails.lp", import.meta.url), "utf8");
const names = [...new Set(text.match(/\bv\d+\b/g))].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
const options = { timeLimitSeconds: 30 };

describe("HiGHS with a presolve that fails", () => {
  it("fails with presolve on (so the test below tests the retry)", async () => {
    const highs = await loadHighs();
    const m = highs.createModel({ format: "lp", data: text });
    try {
      expect(() => m.run()).toThrow(/status -1/);
    } finally {
      m.dispose();
    }
  });

  it("solves the model again without presolve and answers", async () => {
    const highs = await loadHighs();
    const r = solveHighs(highs, { text, names, options, started: performance.now(), integral: false });
    expect(r.status).toBe("optimal");
    expect(r.values.size).toBe(names.length);
  });
});
