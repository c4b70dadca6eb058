// staff.36h (the regulations, onderwijs.vlaanderen prestatieregeling): x/36 staff at most 36 h × x/36.
import { describe, expect, it } from "vitest";
import { staff36h } from "../constraints/staff/36h.js";
import { verified } from "./helpers/verified.js";
import { tinyCandidate, tinyInput, tinyScenario } from "./helpers/tiny.js";

/** The rule, with the rule verifier run on every week it checks. */
const rule = verified(staff36h);

function withZorgco(meeting = 0) {
  const input = tinyInput();
  input.staff.push({
    id: "zc",
    name: "Els Wouters",
    ambt: "zorgcoordinator",
    fraction: "8/36",
    meetingMinutesPerWeek: meeting,
    flags: { careTeacher: true },
  });
  return input;
}

/** zc covers L1 (care cover) in the first n of its lesson slots. */
function careCover(n: number) {
  const c = tinyCandidate();
  for (const l of c.lessons.filter((x) => x.group === "L1" && x.subject === "KLAS").slice(0, n)) l.staff = ["zc"];
  return c;
}

describe("staff.36h", () => {
  it("passes when an 8/36 zorgcoördinator is at school 450 min of 480", () => {
    const s = tinyScenario(withZorgco());
    expect(rule.check({ scenario: s })).toEqual([]);
    expect(rule.check({ scenario: s, candidate: careCover(9), grid: s.dayGrids[0] })).toEqual([]);
  });

  it("fails in a week with 10 care-cover periods (500 min > 8 h) and shows the parts", () => {
    const s = tinyScenario(withZorgco());
    const v = rule.check({ scenario: s, candidate: careCover(10), grid: s.dayGrids[0] });
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({
      rule: "staff.36h",
      messageId: "over-36-hours",
      severity: "hard",
      where: { staff: "zc" },
    });
    // The parts of the sum and the cap, in clock hours.
    expect(v[0].message).toContain("500 min les (10 lestijden)");
    expect(v[0].message).toContain("8u00");
  });

  it("fails from the scenario alone when fixed meetings exceed the cap", () => {
    const v = rule.check({ scenario: tinyScenario(withZorgco(500)) });
    expect(v.map((x) => [x.messageId, x.where.staff])).toEqual([["over-36-hours", "zc"]]);
  });
});
