// The solver with dated levers (issue 10 item 3), real HiGHS on the fixtures of fixtures/practices/: the intern
// covers a goal in week 3 of each placement but never a weekly goal; each semester's merge covers only the goal
// of that semester. Each week is checked by every rule and the rule verifier.
import { describe, expect, it } from "vitest";
import { loadScenario, parseScenario, readJsonFile, type Candidate } from "../src/model/index.js";
import { expectCleanWeek, solveHere } from "./helpers/solve.js";

const input = (name: string) => readJsonFile(`fixtures/practices/${name}.json`) as Record<string, any>;
const covers = (c: Candidate) => c.releases.flatMap((r) => r.cover.map((x) => `${r.goal} ${x.group}:${x.by}`)).sort();

const clean = expectCleanWeek;

describe("interns as a dated lever", () => {
  it("week 3 of each placement: Bram Janssens visits on the intern's Tuesday, Lotte Maes takes L2", async () => {
    const s = loadScenario("fixtures/practices/placement-week.json");
    const t = await solveHere(s);
    expect(t.status).toBe("optimal");
    const c = t.candidates[0];
    expect(c.releases.map((r) => `${r.goal} ${r.day} ${r.start}-${r.end} ${r.staff}`)).toEqual([
      "visitatie tue 08:30-12:05 kt-l2",
    ]);
    expect(covers(c)).toEqual(["visitatie L2:LO", "visitatie L2:intern:st-lotte"]);
    const intern = c.lessons.filter((l) => l.group === "L2" && l.day === "tue" && l.interns?.includes("st-lotte"));
    expect(intern.map((l) => l.start)).toEqual(["08:30", "09:20"]);
    clean(s, c);
  });

  it("a weekly visit cannot lean on the intern: without her only LO (2 periods) is left, too short for half a day", async () => {
    const raw = input("placement-week");
    raw.releaseGoals[0].frequency = { kind: "weekly" };
    const s = parseScenario(raw);
    const c = (await solveHere(s)).candidates[0];
    expect(covers(c).filter((x) => x.includes("intern:"))).toEqual([]);
    expect(c.metrics.goalsMet).toBe(0);
    clean(s, c);
  });
});

describe("merges with dates: K3 and L1 swap per semester", () => {
  it("semester 1: K3 joins L1 (An Peeters teaches both); semester 2: L1 joins K3 (Lien Goossens teaches both)", async () => {
    const s = loadScenario("fixtures/practices/semester-merge.json");
    const t = await solveHere(s);
    expect(t.status).toBe("optimal");
    const c = t.candidates[0];
    expect(c.metrics.goalsMet).toBe(2);
    const byGoal = Object.fromEntries(c.releases.map((r) => [r.goal, r]));
    expect(byGoal.kleuteroverleg.cover).toContainEqual({ group: "K3", by: "merge:L1" });
    expect(byGoal["overleg-l1"].cover).toContainEqual({ group: "L1", by: "merge:K3" });
    // The two goals never meet in the same week, but they share no weekly slot: an honest limit (README).
    expect(byGoal.kleuteroverleg.day).not.toBe(byGoal["overleg-l1"].day);
    const mergedIn = (goal: string) =>
      c.lessons
        .filter((l) => l.mergedWith && l.day === byGoal[goal].day && l.start >= byGoal[goal].start)
        .filter((l) => l.end <= byGoal[goal].end)
        .map((l) => l.staff.join());
    expect(new Set(mergedIn("kleuteroverleg"))).toEqual(new Set(["kt-l1"]));
    expect(new Set(mergedIn("overleg-l1"))).toEqual(new Set(["kt-k3"]));
    clean(s, c);
  });

  it("goals that meet all year cannot use a semester's merge: only LO is left, no half day for either", async () => {
    const raw = input("semester-merge");
    delete raw.releaseGoals[0].to;
    delete raw.releaseGoals[1].from;
    const s = parseScenario(raw);
    const c = (await solveHere(s)).candidates[0];
    expect(covers(c).filter((x) => x.includes("merge:"))).toEqual([]);
    expect(c.metrics.goalsMet).toBe(0);
    clean(s, c);
  });
});
