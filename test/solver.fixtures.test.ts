// Every fixture solves to a checker-clean, proven optimum; the infeasible one is explained (issue 3).
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadScenario } from "../src/model/index.js";
import { solveHere } from "./helpers/solve.js";
import { verifyWeek } from "../solver/verify.js";

const good = readdirSync("fixtures").filter((f) => f.endsWith(".json") && !/timetable|bad|infeasible/.test(f));

/**
 * Fixtures with a single meaningful week: atelier-school's PLG fits only Friday 13:20–17:00 of its 4+2 Friday;
 * every other week meets no goal (before issue 10 that empty week was returned as candidate 2).
 */
const ONLY_ONE_MEANINGFUL = new Set(["atelier-school.json"]);

describe("solver on the fixtures", () => {
  it.each(good)("%s: proven optimal, every goal's block checked, no hard violation", async (file) => {
    const s = loadScenario(`fixtures/${file}`);
    const t = await solveHere(s, { candidates: 2 });
    expect(t.status).toBe("optimal");
    const [best, second] = t.candidates;
    expect(best.objective).toBeCloseTo(best.bound, 6);
    expect(best.violations.filter((v) => v.severity === "hard")).toEqual([]);
    expect(best.metrics.goalsMet).toBeGreaterThan(0);
    // Every release really frees its members: none of them is in a lesson during the block.
    expect(best.releases.length).toBeGreaterThan(0);
    const busy = best.releases.flatMap((r) =>
      best.lessons.filter(
        (l) => l.day === r.day && l.start < r.end && r.start < l.end && l.staff.some((p) => r.staff.includes(p)),
      ),
    );
    expect(busy).toEqual([]);
    if (ONLY_ONE_MEANINGFUL.has(file)) {
      // Issue 10: a later candidate never meets 0 goals after one that meets a goal; the result says why.
      expect(t.candidates).toHaveLength(1);
      expect(t.candidatesNote?.en).toMatch(/^Only 1 week/);
    } else {
      // Every other fixture has room for two different weeks: a missing second candidate is a failure, not a skip.
      expect(t.candidates).toHaveLength(2);
      expect(second.violations.filter((v) => v.severity === "hard")).toEqual([]);
      expect(JSON.stringify(second.releases)).not.toBe(JSON.stringify(best.releases));
      expect(second.objective).toBeLessThanOrEqual(best.objective + 1e-6);
    }
    // The rule verifier: on each candidate, every encoded rule's rows and its check() agree.
    for (const c of t.candidates) {
      const v = verifyWeek(s, c);
      expect(v.verdicts.length).toBeGreaterThan(10);
      expect(v.disagreements, v.report()).toEqual([]);
    }
  });

  it("city school: both PLGs get a shared block with the adviser there, on a 4+2 day", async () => {
    const s = loadScenario("fixtures/city-school.json");
    const t = await solveHere(s);
    const best = t.candidates[0];
    expect(best.metrics.goalsMet).toBe(best.metrics.goalsTotal);
    const withAdviser = best.releases.filter((r) => r.externals.length > 0);
    expect(withAdviser.length).toBeGreaterThan(0);
    for (const r of withAdviser) expect(["tue", "thu"]).toContain(r.day);
  });

  it("the infeasible fixture is infeasible, and the conflict names the required goal and the cover shortage", async () => {
    const s = loadScenario("fixtures/city-school.infeasible-adviser.json");
    const t = await solveHere(s);
    expect(t.status).toBe("infeasible");
    const rules = t.conflicts.map((c) => c.rule);
    expect(rules).toContain("release.goal-met");
    expect(rules).toContain("timetable.release-cover");
    expect(t.conflicts.find((c) => c.rule === "release.goal-met")).toMatchObject({ messageId: "encode-required" });
    expect(t.conflicts.find((c) => c.rule === "timetable.release-cover")).toMatchObject({
      messageId: "encode-cover-capacity",
    });
    // Every conflict comes from a message table: an id and both languages.
    expect(t.conflicts.filter((c) => !c.messageId || !c.message || !c.messageEn)).toEqual([]);
  });
});

describe("a school's own per-day maximum (staff.per-day)", () => {
  it("co-teaching school with at most 6 lestijden a day: still optimal, nobody above 6 on any day", async () => {
    const s = loadScenario("fixtures/coteaching-school.json");
    s.settings.maxLessonsPerDay = 6;
    const t = await solveHere(s);
    expect(t.status).toBe("optimal");
    expect(t.candidates[0].violations.filter((v) => v.rule === "staff.per-day")).toEqual([]);
    expect(t.candidates[0].metrics.goalsMet).toBe(t.candidates[0].metrics.goalsTotal);
    // the limit is per day, not per week: K1 keeps its two teachers together most of the week instead of
    // being split into solo periods
    const together = t.candidates[0].lessons.filter(
      (l) => l.group === "K1" && l.staff.includes("kt-k1") && l.staff.includes("co-k1"),
    );
    expect(together.length).toBeGreaterThan(12);
  });
});
