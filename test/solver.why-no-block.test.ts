// A goal without any block always says why (issue 9 §5): the lunch break, a schoolopdracht limit, …
import { describe, expect, it } from "vitest";
import { parseScenario } from "../src/model/index.js";
import { solveHere } from "./helpers/solve.js";
import { SHORT_DAY, tinyInput, usualGrid } from "./helpers/tiny.js";

type Why = { rule: string; message: string }[];
const whyOf = (c: { metrics: Record<string, unknown> }, goal: string): Why =>
  (c.metrics.perGoal as { goal: string; blocks: number; why?: Why }[]).find((g) => g.goal === goal)!.why!;

describe("a goal without a block says why", () => {
  it("names the lunch break when no block of the asked length fits between lunch and the day's ends", async () => {
    const input = tinyInput();
    input.releaseGoals = [{ id: "team", name: "Teamoverleg", members: ["kt1"], mode: "digital", minBlockMinutes: 240 }];
    const t = await solveHere(parseScenario(input));
    expect(t.status).toBe("optimal");
    expect(t.candidates[0].releases).toEqual([]);
    const why = whyOf(t.candidates[0], "team");
    expect(why.map((r) => r.rule)).toEqual(["release.digital-min"]);
    expect(why[0].message).toMatch(/240 minuten zonder middagpauze/);
  });

  it("names the schoolopdracht limit when the only block that fits would take a member over it", async () => {
    const input = tinyInput();
    const short = usualGrid("kort");
    short.days.tue = SHORT_DAY;
    input.dayGrids = [short];
    input.staff[0].meetingMinutesPerWeek = 200;
    input.releaseGoals = [
      { id: "team", name: "Teamoverleg", members: ["kt1", "kt2", "lo1"], mode: "digital", minBlockMinutes: 120 },
    ];
    // kt1 teaches 26 × 50 = 1300 min + 200 min meetings = 1500 of 1560: the 120-minute block after school
    // (the only one long enough, Tuesday 15:00–17:00) would make it 1620.
    const t = await solveHere(parseScenario(input));
    expect(t.status).toBe("optimal");
    expect(t.candidates[0].releases).toEqual([]);
    const why = whyOf(t.candidates[0], "team");
    expect(why.map((r) => r.rule)).toContain("staff.schoolopdracht");
    expect(why.find((r) => r.rule === "staff.schoolopdracht")!.message).toBe(
      "An Peeters: hoogstens 1560 minuten schoolopdracht per week (lessen, vrijroostering, toezicht en 200 min vaste taken)",
    );
    expect(why.map((r) => r.rule)).not.toContain("release.goal-met"); // not the vague "loses to the others"
  });

  it("control: with 100 min of meetings instead of 200 the same block is planned (the limit was the reason)", async () => {
    const input = tinyInput();
    const short = usualGrid("kort");
    short.days.tue = SHORT_DAY;
    input.dayGrids = [short];
    input.staff[0].meetingMinutesPerWeek = 100; // 1300 + 100 + 120 = 1520: the block fits on its own
    input.releaseGoals = [
      { id: "team", name: "Teamoverleg", members: ["kt1", "kt2", "lo1"], mode: "digital", minBlockMinutes: 120 },
    ];
    const t = await solveHere(parseScenario(input));
    expect(t.candidates[0].releases.map((r) => `${r.goal} ${r.day} ${r.start}`)).toEqual(["team tue 15:00"]);
    expect(t.candidates[0].metrics.perGoal.find((g) => g.goal === "team")!.why).toBeUndefined();
  });
});
