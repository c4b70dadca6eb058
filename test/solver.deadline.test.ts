// Every phase honours the time limit (issue 12): a school whose model alone takes longer to build than the limit
// stops while it is built — status timeout, no engine ever started — instead of building on past the limit.
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { parseScenario } from "../src/model/index.js";
import { solveHere } from "./helpers/solve.js";

describe("the time limit during model building", () => {
  it("a 72-class school with a 0.05 s limit: timeout, and the engine was never started", async () => {
    const json = execFileSync(process.execPath, ["scripts/make-big-school.mjs", "4"], {
      encoding: "utf8",
      maxBuffer: 1 << 26,
    });
    const school = parseScenario(JSON.parse(json));
    expect(school.groups.length).toBe(72);
    const t = await solveHere(school, { candidates: 1, timeLimitSeconds: 0.05 });
    expect(t.status).toBe("timeout");
    expect(t.stats!.solves).toBe(0);
    expect(t.candidates).toEqual([]);
  });

  it("the same school with room to build goes on to the engine", async () => {
    const json = execFileSync(process.execPath, ["scripts/make-big-school.mjs", "1"], { encoding: "utf8" });
    const t = await solveHere(parseScenario(JSON.parse(json)), { candidates: 1, timeLimitSeconds: 30 });
    expect(t.stats!.solves).toBeGreaterThan(0);
    expect(t.status).toBe("optimal");
  });
});
