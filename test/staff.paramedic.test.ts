// staff.paramedic (the regulations, PWB lines 309–311): paramedics count in clock hours, never lestijden.
import { describe, expect, it } from "vitest";
import { staffParamedic } from "../constraints/staff/paramedic.js";
import { verified } from "./helpers/verified.js";
import { tinyCandidate, tinyInput, tinyScenario } from "./helpers/tiny.js";

/** The rule, with the rule verifier run on every week it checks. */
const rule = verified(staffParamedic);

function input() {
  const i = tinyInput();
  i.staff.push({ id: "p1", name: "Ines Goossens", ambt: "paramedicus", fraction: "18/36" });
  return i;
}

describe("staff.paramedic", () => {
  it("passes for a logopedist supporting next to the class teacher", () => {
    const s = tinyScenario(input());
    const c = tinyCandidate();
    for (const l of c.lessons.filter((x) => x.group === "L2" && x.day === "wed")) l.staff = ["kt2", "p1"];
    expect(rule.check({ scenario: s })).toEqual([]);
    expect(rule.check({ scenario: s, candidate: c, grid: s.dayGrids[0] })).toEqual([]);
  });

  it("fails as class teacher or subject teacher (scenario)", () => {
    const i = input();
    i.groups[1].classTeachers = ["p1"];
    i.subjects!.push({ id: "MUZ", name: "Muzische vorming", groups: ["L1"], periods: 1, taughtBy: { staff: ["p1"] } });
    const v = rule.check({ scenario: tinyScenario(i) });
    expect(v.map((x) => [x.messageId, x.severity, x.where])).toEqual([
      ["class-teacher", "hard", { staff: "p1", group: "L2" }],
      ["subject-teacher", "hard", { staff: "p1" }],
    ]);
    expect(v[1].message).toContain("Muzische vorming (MUZ)");
  });

  it("fails when the paramedic takes a class alone in the week", () => {
    const s = tinyScenario(input());
    const c = tinyCandidate();
    for (const l of c.lessons.filter((x) => x.group === "L2" && x.day === "wed" && x.start >= "10:25"))
      l.staff = ["p1"];
    const v = rule.check({ scenario: s, candidate: c, grid: s.dayGrids[0] });
    expect(v.map((x) => [x.messageId, x.where])).toEqual([
      ["teaches-alone", { staff: "p1", group: "L2", day: "wed", start: "10:25", end: "12:05" }],
    ]);
  });

  it("fails for a subject period the paramedic gives alone in the week (the model has no such period either)", () => {
    const i = input();
    i.subjects!.push({ id: "MUZ", name: "Muzische vorming", groups: ["L1"], periods: 1, taughtBy: { staff: ["p1"] } });
    const c = tinyCandidate();
    Object.assign(
      c.lessons.find((l) => l.group === "L1" && l.day === "fri" && l.start === "08:30")!,
      { subject: "MUZ", staff: ["p1"] },
    );
    const v = rule.check({ scenario: tinyScenario(i), candidate: c });
    expect(v.map((x) => [x.rule, x.messageId, x.where.staff])).toContainEqual([
      "staff.paramedic",
      "teaches-alone",
      "p1",
    ]);
  });
});
