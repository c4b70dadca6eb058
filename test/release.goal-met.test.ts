// release.goal-met: a goal gets its blocks per week; a required goal without them is hard.
import { describe, expect, it } from "vitest";
import { releaseGoalMet as unverified } from "../constraints/release/goal-met.js";
import { verified } from "./helpers/verified.js";
import { parseScenario } from "../src/model/index.js";
import { tinyCandidate, tinyVisitCandidate, tinyInput } from "./helpers/tiny.js";

/** The rule, with the rule verifier run on every week it checks. */
const releaseGoalMet = verified(unverified);

function scenario(required: boolean) {
  const input = tinyInput();
  input.releaseGoals = [
    { id: "visit", name: "Hospiteren", members: ["kt1"], mode: "digital", minBlockMinutes: 50, required },
  ];
  return parseScenario(input);
}

describe("release.goal-met", () => {
  it("passes when the goal has its block", () => {
    const c = tinyVisitCandidate();
    expect(releaseGoalMet.check({ scenario: scenario(true), candidate: c })).toEqual([]);
  });

  it("fails hard for a required goal without a block, and warns for an optional one", () => {
    const hard = releaseGoalMet.check({ scenario: scenario(true), candidate: tinyCandidate() });
    expect(hard).toHaveLength(1);
    expect(hard[0]).toMatchObject({
      rule: "release.goal-met",
      messageId: "required-goal-short",
      severity: "hard",
      where: { goal: "visit" },
    });
    const soft = releaseGoalMet.check({ scenario: scenario(false), candidate: tinyCandidate() });
    expect(soft.map((x) => [x.messageId, x.severity])).toEqual([["optional-goal-short", "warning"]]);
  });

  it("warns when a goal has two blocks on one day", () => {
    const input = tinyInput();
    input.releaseGoals = [
      { id: "visit", name: "Hospiteren", members: ["kt1"], blocksPerWeek: 2, mode: "digital", minBlockMinutes: 50 },
    ];
    const c = tinyCandidate();
    const block = {
      goal: "visit",
      day: "mon" as const,
      staff: ["kt1"],
      externals: [],
      cover: [{ group: "L1", by: "LO" }],
    };
    c.releases = [
      { ...block, start: "08:30", end: "09:20" },
      { ...block, start: "09:20", end: "10:10" },
    ];
    const v = releaseGoalMet.check({ scenario: parseScenario(input), candidate: c });
    expect(v.map((x) => [x.messageId, x.severity, x.where])).toEqual([
      ["two-blocks-one-day", "warning", { goal: "visit", day: "mon" }],
    ]);
  });
});
