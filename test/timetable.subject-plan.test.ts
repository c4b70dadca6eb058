// timetable.subject-plan (structural rule, README.md "The timetable format")
import { describe, expect, it } from "vitest";
import { timetableSubjectPlan } from "../constraints/structure/subject-plan.js";
import { verified } from "./helpers/verified.js";
import type { Candidate, ScenarioInput } from "../src/model/index.js";
import { tinyCandidate, tinyInput, tinyReleaseCandidate, tinyReleaseInput, tinyScenario } from "./helpers/tiny.js";

/** The rule, with the rule verifier run on every week it checks. */
const rule = verified(timetableSubjectPlan);

const run = (input: ScenarioInput, c: Candidate) => rule.check({ scenario: tinyScenario(input), candidate: c });
const find = (c: Candidate, group: string, day: string, start: string) =>
  c.lessons.find((l) => l.group === group && l.day === day && l.start === start)!;

describe("timetable.subject-plan", () => {
  it("passes for the valid tiny week and the valid release week (co-teacher, intern)", () => {
    expect(run(tinyInput(), tinyCandidate())).toEqual([]);
    expect(run(tinyReleaseInput(), tinyReleaseCandidate())).toEqual([]);
  });
  it("fails when a group gets too few periods of a subject", () => {
    const c = tinyCandidate();
    Object.assign(find(c, "L1", "thu", "08:30"), { subject: "KLAS", staff: ["kt1"] });
    const v = run(tinyInput(), c);
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({ messageId: "wrong-period-count", severity: "hard", where: { group: "L1" } });
    expect(v[0].message).toContain("1 lestijd Bewegingsopvoeding");
  });
  it("fails when a specialist subject is taught by someone else", () => {
    const c = tinyCandidate();
    find(c, "L2", "mon", "09:20").staff = ["kt2"];
    const v = run(tinyInput(), c);
    expect(v.map((x) => [x.messageId, x.where.group, x.where.day, x.where.start])).toEqual([
      ["not-the-planned-teacher", "L2", "mon", "09:20"],
    ]);
  });
  it("needs the whole pool at once for a pooled subject (levensbeschouwing)", () => {
    const input = tinyInput();
    input.staff.push(
      { id: "rk1", name: "Hilde Goossens", ambt: "leermeester-levensbeschouwing" },
      { id: "ncz1", name: "Ivo Wuyts", ambt: "leermeester-levensbeschouwing" },
    );
    input.subjects!.push({
      id: "LBV",
      name: "Levensbeschouwing",
      groups: ["L1"],
      periods: 2,
      taughtBy: { staff: ["rk1", "ncz1"] },
    });
    const c = tinyCandidate();
    for (const day of ["tue", "fri"])
      Object.assign(find(c, "L1", day, "13:20"), { subject: "LBV", staff: ["rk1", "ncz1"] });
    expect(run(input, c)).toEqual([]);
    find(c, "L1", "fri", "13:20").staff = ["rk1"];
    const v = run(input, c);
    expect(v.map((x) => [x.messageId, x.where.day])).toEqual([["not-the-planned-teacher", "fri"]]);
    expect(v[0].message).toContain("Hilde Goossens, Ivo Wuyts");
  });
  it("fails when someone else's teacher gives KLAS periods, accepts a care teacher and a merge", () => {
    const input = tinyReleaseInput();
    const c = tinyReleaseCandidate();
    find(c, "L1", "fri", "08:30").staff = ["zorg1"];
    Object.assign(find(c, "L1", "fri", "09:20"), { mergedWith: "L2" });
    Object.assign(find(c, "L2", "fri", "09:20"), { staff: ["kt1"], mergedWith: "L1" });
    expect(run(input, c)).toEqual([]);
    find(c, "L2", "fri", "13:20").staff = ["kt1"];
    const v = run(input, c);
    expect(v.map((x) => [x.messageId, x.where.group, x.where.start])).toEqual([
      ["not-a-teacher-of-the-class", "L2", "13:20"],
    ]);
  });
  it("fails for a lesson without teacher, an intern of another class, a subject or atelier outside the plan", () => {
    const c = tinyReleaseCandidate();
    find(c, "L1", "wed", "08:30").staff = [];
    Object.assign(find(c, "L1", "wed", "09:20"), { interns: ["i2"] });
    find(c, "L1", "wed", "10:25").subject = "FRA";
    Object.assign(find(c, "L1", "wed", "11:15"), { subject: "ATELIER", atelierPlan: "nope" });
    const v = run(tinyReleaseInput(), c);
    expect(v.map((x) => [x.messageId, x.where.group, x.where.start])).toEqual([
      ["no-teacher", "L1", "08:30"],
      ["intern-not-placed", "L1", "09:20"],
      ["subject-not-in-plan", "L1", "10:25"],
      ["unknown-atelier-plan", "L1", "11:15"],
    ]);
    expect(v[1].message).toContain("Fien Smet");
  });
});
