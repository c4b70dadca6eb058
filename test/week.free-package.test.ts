// week.free-package (Flexio line 1148): at most 2 lestijden a week from the school's own project (ateliers); warning.
import { describe, expect, it } from "vitest";
import { weekFreePackage } from "../constraints/week/free-package.js";
import { gridOf } from "../constraints/rule.js";
import type { ScenarioInput } from "../src/model/index.js";
import { tinyCandidate, tinyInput, tinyScenario } from "./helpers/tiny.js";

type Plan = NonNullable<ScenarioInput["atelierPlans"]>[number];
const plan = (id: string, blocks: Plan["candidateBlocks"], groups = ["L1", "L2"]): Plan => ({
  id,
  name: `Ateliers ${id}`,
  candidateBlocks: blocks,
  groups,
  ateliers: [{ id: `${id}-a`, name: "Koken", leaders: ["kt1"], capacity: 20 }],
});

describe("week.free-package", () => {
  it("passes for an atelier block of 2 lestijden (Friday 13:20-15:15)", () => {
    const input = tinyInput();
    input.atelierPlans = [plan("vr", [{ day: "fri", start: "13:20", end: "15:15" }])];
    const s = tinyScenario(input);
    expect(weekFreePackage.check({ scenario: s })).toEqual([]);
    const c = tinyCandidate();
    for (const l of c.lessons)
      if (l.day === "fri" && l.start >= "13:20") Object.assign(l, { subject: "ATELIER", atelierPlan: "vr" });
    expect(weekFreePackage.check({ scenario: s, candidate: c, grid: gridOf(s, c) })).toEqual([]);
  });

  it("warns for a block of 3 lestijden, citing Flexio", () => {
    const input = tinyInput();
    input.atelierPlans = [plan("vr", [{ day: "fri", start: "11:15", end: "15:15" }])];
    const v = weekFreePackage.check({ scenario: tinyScenario(input) });
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({
      rule: "week.free-package",
      messageId: "block-too-long",
      severity: "warning",
      where: { day: "fri", start: "11:15" },
    });
    expect(v[0].message).toContain("Flexio (r. 1148)");
    expect(v[0].messageEn).toContain("Flexio (l. 1148)");
  });

  it("warns for a class in two atelier plans that together need 4 lestijden", () => {
    const input = tinyInput();
    input.atelierPlans = [
      plan("ma", [{ day: "mon", start: "13:20", end: "15:15" }], ["L1"]),
      plan("vr", [{ day: "fri", start: "13:20", end: "15:15" }], ["L1"]),
    ];
    const v = weekFreePackage.check({ scenario: tinyScenario(input) });
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({ messageId: "plans-too-many-periods", severity: "warning", where: { group: "L1" } });
    expect(v[0].message).toContain("samen minstens 4 lestijden");
  });

  it("warns for a class with 3 ATELIER periods in a candidate", () => {
    const s = tinyScenario();
    const c = tinyCandidate();
    for (const l of c.lessons)
      if (l.group === "L2" && l.day === "tue" && l.start >= "11:00")
        Object.assign(l, { subject: "ATELIER", atelierPlan: "x" });
    const v = weekFreePackage.check({ scenario: s, candidate: c, grid: gridOf(s, c) });
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({
      messageId: "class-too-many-atelier-periods",
      severity: "warning",
      where: { group: "L2" },
    });
    expect(v[0].message).toContain("3 lestijden");
  });
});
