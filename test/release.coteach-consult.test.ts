// release.coteach-consult (the regulations, PWB 7004–7020): class teacher + co-teacher, 120 min child-free a week.
import { describe, expect, it } from "vitest";
import { releaseCoteachConsult as rule } from "../constraints/release/coteach-consult.js";
import { tinyCandidate, tinyInput, tinyScenario } from "./helpers/tiny.js";

/** L1 has co-teacher co1, who co-teaches with kt1 in every L1 KLAS period except the given starts on Tuesday. */
function setup(freeTuesday: string[] = []) {
  const i = tinyInput();
  i.groups[0].coTeachers = ["co1"];
  i.staff.push({ id: "co1", name: "Dirk Claes", ambt: "onderwijzer", fraction: "24/24" });
  const c = tinyCandidate();
  for (const l of c.lessons.filter((x) => x.group === "L1" && x.subject === "KLAS")) {
    if (!(l.day === "tue" && freeTuesday.includes(l.start))) l.staff = ["kt1", "co1"];
  }
  return { i, c };
}

describe("release.coteach-consult", () => {
  it("passes with 100 min during PE plus a shared 50-min release (150 min)", () => {
    const { i, c } = setup();
    // Wednesday 11:15: L1 has an extra PE period while both meet (a consistent week for the rule).
    for (const l of c.lessons.filter((x) => x.group === "L1" && x.day === "wed" && x.start === "11:15"))
      Object.assign(l, { subject: "LO", staff: ["lo1"] });
    c.releases = [
      {
        goal: "overleg",
        day: "wed",
        start: "11:15",
        end: "12:05",
        staff: ["kt1", "co1"],
        externals: [],
        cover: [{ group: "L1", by: "LO" }],
      },
    ];
    const s = tinyScenario(i);
    expect(rule.check({ scenario: s, candidate: c, grid: s.dayGrids[0] })).toEqual([]);
  });

  it("fails with only the two PE periods (100 min) child-free together", () => {
    const { i, c } = setup();
    const s = tinyScenario(i);
    const v = rule.check({ scenario: s, candidate: c, grid: s.dayGrids[0] });
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({
      rule: "release.coteach-consult",
      messageId: "too-little-consultation",
      severity: "soft",
      where: { group: "L1", staff: "co1" },
    });
    // The moments they do share, in each language.
    expect(v[0].message).toContain("100 min kindvrije tijd (maandag 08:30–09:20, donderdag 08:30–09:20)");
    expect(v[0].messageEn).toContain("(Monday 08:30–09:20, Thursday 08:30–09:20)");
  });

  it("time the co-teacher teaches L1 alone is not shared; the setting lowers the need", () => {
    const { i, c } = setup(["13:20"]);
    for (const l of c.lessons.filter((x) => x.group === "L1" && x.day === "tue" && x.start === "13:20"))
      l.staff = ["co1"];
    const s = tinyScenario(i);
    expect(rule.check({ scenario: s, candidate: c, grid: s.dayGrids[0] }).map((x) => x.messageId)).toEqual([
      "too-little-consultation",
    ]);
    i.settings = { coTeachConsultMinutes: 100 };
    const s2 = tinyScenario(i);
    expect(rule.check({ scenario: s2, candidate: c, grid: s2.dayGrids[0] })).toEqual([]);
  });
});
