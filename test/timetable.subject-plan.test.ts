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
    expect(v[0]).toMatchObject({ severity: "hard", where: { group: "L1" } });
    expect(v[0].message).toBe("Klas L1 heeft 1 lestijd Bewegingsopvoeding (LO); het lessenplan vraagt er 2.");
  });
  it("fails when a specialist subject is taught by someone else", () => {
    const c = tinyCandidate();
    find(c, "L2", "mon", "09:20").staff = ["kt2"];
    const v = run(tinyInput(), c);
    expect(v).toHaveLength(1);
    expect(v[0].message).toMatch(
      /Bewegingsopvoeding van klas L2 op maandag 09:20-10:10 wordt gegeven door Bram Janssens; volgens het lessenplan door Chris Maes/,
    );
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
    expect(v).toHaveLength(1);
    expect(v[0].message).toMatch(/volgens het lessenplan door Hilde Goossens, Ivo Wuyts/);
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
    expect(v).toHaveLength(1);
    expect(v[0].message).toBe(
      "An Peeters geeft vrijdag 13:20-14:10 klasuren aan klas L2, maar is geen klasleerkracht, co-teacher of zorgleerkracht van die klas.",
    );
  });
  it("fails for a lesson without teacher, an intern of another class, a subject or atelier outside the plan", () => {
    const c = tinyReleaseCandidate();
    find(c, "L1", "wed", "08:30").staff = [];
    Object.assign(find(c, "L1", "wed", "09:20"), { interns: ["i2"] });
    find(c, "L1", "wed", "10:25").subject = "FRA";
    Object.assign(find(c, "L1", "wed", "11:15"), { subject: "ATELIER", atelierPlan: "nope" });
    const msgs = run(tinyReleaseInput(), c).map((x) => x.message);
    expect(msgs).toEqual([
      "Klas L1 heeft woensdag 08:30-09:20 les zonder leerkracht.",
      "Stagiair Fien Smet staat woensdag 09:20-10:10 in klas L1, maar loopt daar geen stage.",
      "Klas L1 heeft woensdag 10:25-11:15 het vak 'FRA', maar dat staat niet in het lessenplan van L1.",
      "Klas L1 heeft woensdag 11:15-12:05 atelier, maar het atelierplan 'nope' bestaat niet.",
    ]);
  });
});
