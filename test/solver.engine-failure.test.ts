// An engine failure is reported as one (issue 12): a goal weight of 1e20 (refused by today's schema, forced in
// here after parsing) makes HiGHS fail on numerics; the solve must say the engine failed, not "time limit".
import { describe, expect, it } from "vitest";
import { loadScenario } from "../src/model/index.js";
import { solveHere } from "./helpers/solve.js";

describe("an engine failure", () => {
  it("is an error naming the engine, never a timeout", async () => {
    const s = loadScenario("fixtures/village-school.json");
    s.releaseGoals[0].weight = 1e20;
    await expect(solveHere(s, { candidates: 1, timeLimitSeconds: 20 })).rejects.toThrow(/rekenmotor \(highs\) faalde/);
  });
});
