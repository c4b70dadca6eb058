// timetable.no-double-booking (structural rule, README.md "The timetable format")
import { describe, expect, it } from "vitest";
import { timetableNoDoubleBooking } from "../constraints/structure/no-double-booking.js";
import { verified } from "./helpers/verified.js";
import type { Candidate, ScenarioInput } from "../src/model/index.js";
import { tinyCandidate, tinyInput, tinyReleaseCandidate, tinyReleaseInput, tinyScenario } from "./helpers/tiny.js";

/** The rule, with the rule verifier run on every week it checks. */
const rule = verified(timetableNoDoubleBooking);

const run = (input: ScenarioInput, c: Candidate) => rule.check({ scenario: tinyScenario(input), candidate: c });
const find = (c: Candidate, group: string, day: string, start: string) =>
  c.lessons.find((l) => l.group === group && l.day === day && l.start === start)!;

describe("timetable.no-double-booking", () => {
  it("passes for the valid tiny week and the valid release week", () => {
    expect(run(tinyInput(), tinyCandidate())).toEqual([]);
    expect(run(tinyReleaseInput(), tinyReleaseCandidate())).toEqual([]);
  });
  it("fails when a teacher is in two classes at once", () => {
    const c = tinyCandidate();
    find(c, "L2", "tue", "08:30").staff = ["kt1"];
    const v = run(tinyInput(), c);
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({
      messageId: "double-booked",
      severity: "hard",
      where: { staff: "kt1", day: "tue", start: "08:30", end: "09:20" },
    });
    expect(v[0].message).toContain("An Peeters");
  });
  it("treats a merged pair as one activity", () => {
    const c = tinyCandidate();
    Object.assign(find(c, "L1", "tue", "08:30"), { mergedWith: "L2" });
    Object.assign(find(c, "L2", "tue", "08:30"), { staff: ["kt1"], mergedWith: "L1" });
    expect(run(tinyInput(), c)).toEqual([]);
  });
  it("treats all lessons of one atelier plan in a slot as one activity, but not two plans", () => {
    const c = tinyCandidate();
    for (const g of ["L1", "L2"])
      Object.assign(find(c, g, "fri", "13:20"), {
        subject: "ATELIER",
        atelierPlan: "a1",
        staff: ["kt1"],
        interns: ["i2"],
      });
    expect(run(tinyInput(), c)).toEqual([]);
    find(c, "L2", "fri", "13:20").atelierPlan = "a2";
    const v = run(tinyInput(), c);
    // kt1 and the intern are both in two ateliers at once
    expect(v.map((x) => [x.messageId, x.where.staff]).sort()).toEqual([
      ["double-booked", "i2"],
      ["double-booked", "kt1"],
    ]);
  });
  it("fails when a released member still teaches during the block", () => {
    const c = tinyReleaseCandidate();
    find(c, "L1", "tue", "09:20").staff = ["kt1"];
    const v = run(tinyReleaseInput(), c);
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({
      messageId: "released-still-teaching",
      where: { staff: "kt1", goal: "plg", start: "09:20", end: "10:10" },
    });
  });
  it("fails when two release blocks of the same person overlap", () => {
    const input = tinyReleaseInput();
    input.releaseGoals!.push({ id: "duo", name: "Duo-overleg", members: ["kt1"], minBlockMinutes: 50 });
    const c = tinyReleaseCandidate();
    c.releases.push({
      goal: "duo",
      day: "tue",
      start: "09:20",
      end: "10:10",
      staff: ["kt1"],
      externals: [],
      cover: [],
    });
    const v = run(input, c);
    expect(v.map((x) => [x.messageId, x.where.staff, x.where.start])).toEqual([["releases-overlap", "kt1", "09:20"]]);
  });
  it("allows overlapping blocks of monthly-pattern goals in different weeks, not in the same week", () => {
    const input = tinyReleaseInput();
    input.releaseGoals![0].frequency = { kind: "monthly-pattern", week: 2 };
    input.releaseGoals!.push({
      id: "duo",
      name: "Duo-overleg",
      members: ["kt1"],
      minBlockMinutes: 50,
      frequency: { kind: "monthly-pattern", week: 1 },
    });
    const c = tinyReleaseCandidate();
    c.releases.push({
      goal: "duo",
      day: "tue",
      start: "08:30",
      end: "10:10",
      staff: ["kt1"],
      externals: [],
      cover: [],
    });
    expect(run(input, c)).toEqual([]);
    input.releaseGoals![1].frequency = { kind: "monthly-pattern", week: 2 };
    expect(run(input, c).map((x) => x.messageId)).toEqual(["releases-overlap"]);
  });
  it("fails when an external is in a block and an atelier at once", () => {
    const c = tinyReleaseCandidate();
    Object.assign(find(c, "L1", "tue", "09:20"), {
      subject: "ATELIER",
      atelierPlan: "a1",
      staff: ["co1"],
      externals: ["pb1"],
    });
    const v = run(tinyReleaseInput(), c);
    expect(v.map((x) => [x.messageId, x.where.staff, x.where.start])).toEqual([
      ["released-still-teaching", "pb1", "09:20"],
    ]);
  });
});
