// The hard guarantee (issue 9): a week whose re-check finds a hard violation is never returned, never
// labelled optimal, and the result reports the internal inconsistency. The path is reached by building the
// model from a deliberately weakened rule set (the injection point CoreOptions.encodeRules); the re-check
// always uses the whole registry.
import { describe, expect, it } from "vitest";
import { RULES } from "../constraints/registry.js";
import { parseScenario } from "../src/model/index.js";
import { solveCore } from "../solver/core.js";
import { loadHighs, makeHighsEngine } from "../solver/engines/highs.js";
import { tinyInput } from "./helpers/tiny.js";

/** kt2 can only be freed for 100 minutes by merging L2 into L1: 18 + 20 pupils, above the cap of 30. */
function mergeOverCap() {
  const input = tinyInput();
  input.cover = { merges: [{ groups: ["L1", "L2"], maxPupils: 30 }] };
  input.releaseGoals = [{ id: "visit", name: "Hospiteren", members: ["kt2"], mode: "digital", minBlockMinutes: 100 }];
  return parseScenario(input);
}

describe("a candidate the checker rejects is never returned", () => {
  it("with timetable.merge's encoding left out, the merge weeks are cut off and the inconsistency reported", async () => {
    const weakened = RULES.map((r) => (r.id === "timetable.merge" ? { ...r, encode: undefined } : r));
    const engine = makeHighsEngine(await loadHighs());
    const t = solveCore(mergeOverCap(), { candidates: 2, timeLimitSeconds: 60, engine, encodeRules: weakened });
    expect(t.inconsistency).toBeDefined();
    expect(t.inconsistency!.rejected.length).toBeGreaterThan(0);
    expect(t.inconsistency!.rejected[0].rules).toContain("timetable.merge");
    expect(t.status).not.toBe("optimal");
    expect(t.candidates.map((c) => c.status)).not.toContain("optimal");
    expect(t.candidates.flatMap((c) => c.violations.filter((v) => v.severity === "hard"))).toEqual([]);
  });

  it("when every week the model allows is rejected, the one conflict is the inconsistency, in both languages", async () => {
    const weakened = RULES.map((r) => (r.id === "timetable.merge" ? { ...r, encode: undefined } : r));
    const s = mergeOverCap();
    s.releaseGoals[0].required = true; // only merge weeks meet it: all of them are rejected
    const engine = makeHighsEngine(await loadHighs());
    const t = solveCore(s, { candidates: 1, timeLimitSeconds: 60, engine, encodeRules: weakened });
    expect(t.status).toBe("infeasible");
    expect(t.candidates).toEqual([]);
    expect(t.conflicts).toHaveLength(1);
    expect(t.conflicts[0]).toMatchObject({ rule: "solver.inconsistency", messageId: "model-disagrees" });
    expect(t.conflicts[0].message).toMatch(/^Interne fout: het model liet \d+ week\/weken toe .*timetable\.merge/);
    expect(t.conflicts[0].messageEn).toMatch(/^Internal error: the model allowed \d+ week\(s\) .*timetable\.merge/);
  });

  it("with the full rule set the same school solves clean, optimal and without an inconsistency", async () => {
    const engine = makeHighsEngine(await loadHighs());
    const t = solveCore(mergeOverCap(), { candidates: 1, timeLimitSeconds: 60, engine });
    expect(t.inconsistency).toBeUndefined();
    expect(t.status).toBe("optimal");
  });
});
