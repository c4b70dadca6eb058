// release.window (issue 10 item 1): a goal meets only inside its allowed windows (`when`) and never touches a
// forbidden one (`notWhen`); morning and afternoon are read from the day grid. Verified against encode().
import { describe, expect, it } from "vitest";
import { releaseWindow as unverified } from "../constraints/release/window.js";
import { verified } from "./helpers/verified.js";
import { parseScenario, type ScenarioInput } from "../src/model/index.js";
import { tinyVisitCandidate, tinyInput } from "./helpers/tiny.js";

const rule = verified(unverified);

function scenario(goal: Partial<NonNullable<ScenarioInput["releaseGoals"]>[number]>) {
  const input = tinyInput();
  input.releaseGoals = [
    { id: "visit", name: "Hospiteren", members: ["kt1"], mode: "digital", minBlockMinutes: 50, ...goal },
  ];
  return parseScenario(input);
}

/** kt1 released Monday 08:30–09:20 while the PE teacher has L1 (the tiny week's LO period). */
function mondayFirstPeriod() {
  const c = tinyVisitCandidate();
  return c;
}

describe("release.window", () => {
  it("passes a Monday-morning block for a goal allowed on Monday mornings, and any block without windows", () => {
    expect(
      rule.check({
        scenario: scenario({ when: [{ days: ["mon"], part: "morning" }] }),
        candidate: mondayFirstPeriod(),
      }),
    ).toEqual([]);
    expect(rule.check({ scenario: scenario({}), candidate: mondayFirstPeriod() })).toEqual([]);
  });

  it("fails a Monday block for a goal allowed only on Thursday, or only in the afternoon", () => {
    for (const when of [[{ days: ["thu" as const] }], [{ part: "afternoon" as const }]]) {
      const v = rule.check({ scenario: scenario({ when }), candidate: mondayFirstPeriod() });
      expect(v).toHaveLength(1);
      expect(v[0]).toMatchObject({
        rule: "release.window",
        messageId: "outside",
        severity: "hard",
        where: { goal: "visit", day: "mon" },
      });
      expect(v[0].message).toMatch(/'Hospiteren' op maandag 08:30–09:20 valt buiten/);
    }
  });

  it("fails a block that touches a forbidden window (a clock window overlapping its start)", () => {
    const v = rule.check({
      scenario: scenario({ notWhen: [{ days: ["mon"], from: "08:00", to: "08:45" }] }),
      candidate: mondayFirstPeriod(),
    });
    expect(v.map((x) => x.messageId)).toEqual(["forbidden"]);
    expect(v[0].messageEn).toMatch(/falls \(partly\) in a time excluded/);
  });
});
