// Every phase honours the time limit (issues 11 and 12): a school whose model alone takes longer to build than the
// limit stops while it is built; the limit counts from when the solve was asked (the worker's start included); the
// watchdog's grace is a share of the limit; and a week found before the engine stops comes back as `feasible`
// with its gap, never `optimal`. No test here measures time: the clock is replaced by deterministic stops.
import { execFileSync } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { parseScenario, type Scenario } from "../src/model/index.js";
import { solveCore } from "../solver/core.js";
import { loadHighs, makeHighsEngine } from "../solver/engines/highs.js";
import type { Engine } from "../solver/engines/engine.js";
import { solve, watchdogGraceMs } from "../solver/index.js";
import { solveHere } from "./helpers/solve.js";

const bigSchool = (campuses: number): Scenario =>
  parseScenario(
    JSON.parse(
      execFileSync(process.execPath, ["scripts/make-big-school.mjs", String(campuses)], {
        encoding: "utf8",
        maxBuffer: 1 << 26,
      }),
    ),
  );

let engine: Engine;
let school: Scenario;
beforeAll(async () => {
  engine = makeHighsEngine(await loadHighs());
  school = bigSchool(1);
});

describe("the time limit during model building", () => {
  it("a 72-class school with a 0.05 s limit: timeout, and the engine was never started", async () => {
    const big = bigSchool(4);
    expect(big.groups.length).toBe(72);
    const t = await solveHere(big, { candidates: 1, timeLimitSeconds: 0.05 });
    expect(t.status).toBe("timeout");
    expect(t.stats!.solves).toBe(0);
    expect(t.candidates).toEqual([]);
  });

  it("the same school with room to build goes on to the engine", async () => {
    const t = await solveHere(school, { candidates: 1, timeLimitSeconds: 30 });
    expect(t.stats!.solves).toBeGreaterThan(0);
    expect(t.status).toBe("optimal");
  });
});

describe("the limit counts from when the solve was asked", () => {
  it("a deadline already spent before the solve starts (e.g. on the worker's start): timeout without an engine", () => {
    const t = solveCore(school, { candidates: 1, timeLimitSeconds: 30, deadline: Date.now() - 1000, engine });
    expect(t.status).toBe("timeout");
    expect(t.stats!.solves).toBe(0);
    expect(t.candidates).toEqual([]);
  });

  it("through the worker: a limit almost used up before solve() was called ends as the worker's own timeout", async () => {
    // 120 s asked 119 s ago: one second is left, less than the reserve kept for after the engine, so the worker
    // answers at once (with its stats, which the watchdog's timeout has not), before the watchdog's 6 s grace.
    const t = await solve(school, { candidates: 1, timeLimitSeconds: 120, startedAt: Date.now() - 119_000 });
    expect(t.status).toBe("timeout");
    expect(t.stats).toBeDefined();
    expect(t.stats!.solves).toBe(0);
  });

  it("the watchdog's grace is a share of the limit (within 10 %), not a flat two seconds", () => {
    for (const limit of [2, 10, 30, 300]) expect(watchdogGraceMs(limit)).toBeLessThanOrEqual(limit * 100);
    expect(watchdogGraceMs(300)).toBeGreaterThan(2000);
    expect(watchdogGraceMs(10)).toBeLessThan(2000);
  });
});

describe("the best week found so far is returned when the engine stops early", () => {
  it("a week found before the stop: `feasible` with its bound and gap, checked, labelled not proven", () => {
    const t = solveCore(school, { candidates: 1, timeLimitSeconds: 60, engine, stopAtFirstWeek: true });
    expect(t.status).toBe("feasible");
    expect(t.candidates).toHaveLength(1);
    const c = t.candidates[0];
    expect(c.status).toBe("feasible");
    expect(c.bound).toBeGreaterThan(c.objective);
    expect(c.gap).toBeGreaterThan(0);
    expect(c.label?.nl).toContain("niet bewezen");
    expect(c.violations.filter((v) => v.severity === "hard")).toEqual([]);
    expect(c.lessons.length).toBeGreaterThan(0);
  });

  it("the same school without the early stop: the proven best week, better than the first one", () => {
    const first = solveCore(school, { candidates: 1, timeLimitSeconds: 60, engine, stopAtFirstWeek: true });
    const best = solveCore(school, { candidates: 1, timeLimitSeconds: 60, engine });
    expect(best.candidates[0].status).toBe("optimal");
    expect(best.candidates[0].objective).toBe(2055998);
    expect(best.candidates[0].objective).toBeGreaterThan(first.candidates[0].objective);
  });
});
