// release.monthly-pattern (the regulations, Flexio lines 1196–1203, handvat 7): weeks 1–4 of a monthly pattern.
import { describe, expect, it } from "vitest";
import { releaseMonthlyPattern as rule } from "../constraints/release/monthly-pattern.js";
import { tinyInput, tinyScenario } from "./helpers/tiny.js";

const goal = (id: string, week: number, members: string[]) => ({
  id,
  name: `Doel ${id}`,
  members,
  frequency: { kind: "monthly-pattern" as const, week },
});

describe("release.monthly-pattern", () => {
  it("passes when weeks 1–4 are used and goals in one week share nobody", () => {
    const i = tinyInput();
    i.releaseGoals = [
      goal("a", 1, ["kt1"]),
      goal("b", 1, ["kt2"]),
      goal("c", 2, ["kt1", "kt2"]),
      goal("d", 3, ["kt1", "kt2", "lo1"]),
      goal("e", 4, ["kt1"]),
    ];
    expect(rule.check({ scenario: tinyScenario(i) })).toEqual([]);
    expect(rule.check({ scenario: tinyScenario() })).toEqual([]); // no monthly goals: nothing to say
  });

  it("warns when two goals with a shared member claim week 1, and lists unused weeks", () => {
    const i = tinyInput();
    i.releaseGoals = [goal("a", 1, ["kt1", "kt2"]), goal("b", 1, ["kt2", "lo1"]), goal("c", 2, ["kt1"])];
    const v = rule.check({ scenario: tinyScenario(i) });
    expect(v.map((x) => [x.rule, x.messageId, x.severity, x.where])).toEqual([
      ["release.monthly-pattern", "same-week-shared-members", "warning", { goal: "b" }],
      ["release.monthly-pattern", "unused-weeks", "warning", {}],
    ]);
    // The shared member, and the unused weeks.
    expect(v[0].message).toContain("Bram Janssens");
    expect(v[1].message).toContain("weken 3, 4");
  });
});
