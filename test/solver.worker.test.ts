// The solver's public API: worker thread, determinism, time limit, cancellation, progress (issue 3).
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { loadScenario } from "../src/model/index.js";
import { AbortError, prestartWorker, SolveMemoryError, solve } from "../solver/index.js";

const city = () => loadScenario("fixtures/city-school.json");

describe("solve() in a worker thread", () => {
  it("gives the same answer for the same input", async () => {
    const a = await solve(city(), { candidates: 2 });
    const b = await solve(city(), { candidates: 2 });
    expect(a.status).toBe("optimal");
    expect(b.candidates.map((c) => c.releases)).toEqual(a.candidates.map((c) => c.releases));
    expect(b.candidates.map((c) => c.lessons)).toEqual(a.candidates.map((c) => c.lessons));
  });

  it("reports progress while it works", async () => {
    const phases: string[] = [];
    await solve(city(), { onProgress: (p) => phases.push(p.phase) });
    expect(phases).toContain("build");
    expect(phases).toContain("solve");
    expect(phases).toContain("candidates");
  });

  it("honours the time limit even with an engine that ignores its own (javascript-lp-solver)", async () => {
    const started = Date.now();
    const t = await solve(city(), { engine: "jslp", timeLimitSeconds: 1, candidates: 1 });
    const seconds = (Date.now() - started) / 1000;
    expect(["timeout", "feasible", "optimal"]).toContain(t.status);
    // 1 s budget (counted from the call) + the watchdog's grace (0.2 s) + worker start-up on a loaded 2-core machine
    expect(seconds).toBeLessThan(6);
  });

  it("can be cancelled", async () => {
    const ctrl = new AbortController();
    const p = solve(city(), { engine: "jslp", timeLimitSeconds: 30, signal: ctrl.signal });
    setTimeout(() => ctrl.abort(), 100);
    await expect(p).rejects.toBeInstanceOf(AbortError);
  });

  it("stops a solve that needs more memory than allowed, with a reason, and the process lives on", async () => {
    await expect(solve(city(), { memoryLimitMb: 4, candidates: 1 })).rejects.toBeInstanceOf(SolveMemoryError);
    await expect(solve(city(), { memoryLimitMb: 4, candidates: 1 })).rejects.toThrow(/meer dan 4 MB geheugen/);
    // The same school within a normal limit solves in the same process afterwards.
    expect((await solve(city(), { candidates: 1 })).status).toBe("optimal");
  });

  it("a worker started ahead (as `vrijrooster solve` does) takes the next solve and gives the same week", async () => {
    const fresh = await solve(city(), { candidates: 1 });
    prestartWorker();
    const warm = await solve(city(), { candidates: 1 });
    expect(warm.status).toBe("optimal");
    expect(warm.candidates[0].objective).toBe(2055998);
    expect(warm.candidates[0].releases).toEqual(fresh.candidates[0].releases);
    // A spare worker with another heap cap is not used: the memory limit still holds.
    prestartWorker();
    await expect(solve(city(), { memoryLimitMb: 4, candidates: 1 })).rejects.toBeInstanceOf(SolveMemoryError);
  });

  it("a worker started ahead and never used does not keep the process alive", () => {
    const script =
      'const m = await import("./dist/solver/worker-pool.js"); m.prestartWorker(); console.log("started");';
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", timeout: 20_000 });
    expect(r.stdout.trim()).toBe("started");
    expect(r.signal).toBeNull(); // not killed by the timeout: it exited on its own
    expect(r.status).toBe(0);
  });
});
