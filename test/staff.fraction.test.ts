// staff.fraction (the regulations, Noemers): teaching posts x/24; 36-hour ambts x/36.
import { describe, expect, it } from "vitest";
import { staffFraction as rule } from "../constraints/staff/fraction.js";
import { tinyInput, tinyScenario } from "./helpers/tiny.js";

describe("staff.fraction", () => {
  it("passes for x/24 teachers and an x/36 zorgcoördinator", () => {
    const input = tinyInput();
    input.staff.push({ id: "zc", name: "Els Wouters", ambt: "zorgcoordinator", fraction: "36/36" });
    expect(rule.check({ scenario: tinyScenario(input) })).toEqual([]);
  });

  it("fails for a teacher in x/36 and a zorgcoördinator in x/24", () => {
    const input = tinyInput();
    input.staff[1].fraction = "18/36";
    input.staff.push({ id: "zc", name: "Els Wouters", ambt: "zorgcoordinator", fraction: "12/24" });
    const v = rule.check({ scenario: tinyScenario(input) });
    expect(v.map((x) => [x.messageId, x.where.staff])).toEqual([
      ["wrong-denominator", "kt2"],
      ["wrong-denominator", "zc"],
    ]);
    // The suggested rewrite keeps the same share of a full post.
    expect(v[0].message).toContain("12/24");
    expect(v[1].message).toContain("18/36");
  });

  it("fails for more than a full opdracht", () => {
    const input = tinyInput();
    input.staff[0].fraction = "30/24";
    const v = rule.check({ scenario: tinyScenario(input) });
    expect(v.map((x) => x.messageId)).toEqual(["out-of-range"]);
  });
});
