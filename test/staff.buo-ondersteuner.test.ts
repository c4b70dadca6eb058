// staff.buo-ondersteuner (the regulations, PWB lines 488–492, 5001, 5019): 22 lestijden on the class floor,
// never substitution or supervision.
import { describe, expect, it } from "vitest";
import { staffBuoOndersteuner } from "../constraints/staff/buo-ondersteuner.js";
import { verified } from "./helpers/verified.js";
import { tinyCandidate, tinyInput, tinyScenario } from "./helpers/tiny.js";

/** The rule, with the rule verifier run on every week it checks. */
const rule = verified(staffBuoOndersteuner);

function input() {
  const i = tinyInput();
  i.groups[0].coTeachers = ["o1"];
  i.staff.push({ id: "o1", name: "Hilde Mertens", ambt: "ondersteuner" });
  i.releaseGoals = [{ id: "plg", name: "PLG lezen", members: ["kt1"] }];
  return i;
}

/** o1 co-teaches with kt1 in L1's first n KLAS periods. */
function coTaught(n: number) {
  const c = tinyCandidate();
  for (const l of c.lessons.filter((x) => x.group === "L1" && x.subject === "KLAS").slice(0, n))
    l.staff = ["kt1", "o1"];
  return c;
}

const ctx = (i = input(), c = coTaught(10)) => {
  const s = tinyScenario(i);
  return { scenario: s, candidate: c, grid: s.dayGrids[0] };
};

describe("staff.buo-ondersteuner", () => {
  it("passes for 22 co-taught periods next to the class teacher", () => {
    expect(rule.check({ scenario: tinyScenario(input()) })).toEqual([]);
    expect(rule.check(ctx(input(), coTaught(22)))).toEqual([]);
  });

  it("fails above 22 lestijden on the class floor", () => {
    const v = rule.check(ctx(input(), coTaught(23)));
    expect(v.map((x) => [x.messageId, x.where.staff])).toEqual([["over-class-floor", "o1"]]);
    expect(v[0].message).toContain("het maximum is 22");
  });

  it("fails when used as cover while the class teacher is released", () => {
    const c = coTaught(0);
    for (const l of c.lessons.filter((x) => x.group === "L1" && x.day === "tue" && x.start < "10:10")) l.staff = ["o1"];
    c.releases = [
      {
        goal: "plg",
        day: "tue",
        start: "08:30",
        end: "10:10",
        staff: ["kt1"],
        externals: [],
        cover: [{ group: "L1", by: "coteacher:o1" }],
      },
    ];
    const v = rule.check(ctx(input(), c));
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({
      rule: "staff.buo-ondersteuner",
      messageId: "takes-class-alone",
      severity: "hard",
      where: { staff: "o1", group: "L1", day: "tue", start: "08:30", end: "10:10" },
    });
    // Names the release the class teacher is away for.
    expect(v[0].message).toContain("'PLG lezen'");
  });

  it("fails for a supervision duty and for leading a class merge (scenario)", () => {
    const i = input();
    i.staff[3].supervision = [{ day: "wed", start: "12:05", end: "12:20" }];
    i.cover = { merges: [{ groups: ["L1", "L2"], maxPupils: 40, by: "o1" }] };
    const v = rule.check({ scenario: tinyScenario(i) });
    expect(v.map((x) => [x.messageId, x.where])).toEqual([
      ["supervision-duty", { staff: "o1", day: "wed", start: "12:05", end: "12:20" }],
      ["leads-merge", { staff: "o1" }],
    ]);
  });
});
