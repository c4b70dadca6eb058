// timetable.one-activity (structural rule, README.md "The timetable format")
import { describe, expect, it } from "vitest";
import { timetableOneActivity } from "../constraints/structure/one-activity.js";
import { verified } from "./helpers/verified.js";
import type { Candidate } from "../src/model/index.js";
import { tinyCandidate, tinyScenario } from "./helpers/tiny.js";

/** The rule, with the rule verifier run on every week it checks. */
const rule = verified(timetableOneActivity);

const run = (c?: Candidate) => rule.check({ scenario: tinyScenario(), candidate: c });
const find = (c: Candidate, group: string, day: string, start: string) =>
  c.lessons.find((l) => l.group === group && l.day === day && l.start === start)!;

describe("timetable.one-activity", () => {
  it("passes for the valid tiny week", () => {
    expect(run(tinyCandidate())).toEqual([]);
  });
  it("returns nothing without a candidate", () => {
    expect(run(undefined)).toEqual([]);
  });
  it("fails when a group has no lesson in a slot", () => {
    const c = tinyCandidate();
    c.lessons = c.lessons.filter((l) => l !== find(c, "L1", "tue", "13:20"));
    const v = run(c);
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({
      rule: "timetable.one-activity",
      messageId: "no-lesson",
      severity: "hard",
      where: { group: "L1", day: "tue", start: "13:20" },
    });
    expect(v[0].messageEn).toMatch(/Tuesday/);
  });
  it("fails when a group has two lessons in one slot", () => {
    const c = tinyCandidate();
    c.lessons.push({ ...find(c, "L2", "fri", "08:30"), subject: "LO", staff: ["lo1"] });
    const v = run(c);
    expect(v.map((x) => [x.messageId, x.where.group, x.where.day, x.where.start])).toEqual([
      ["several-lessons", "L2", "fri", "08:30"],
    ]);
  });
  it("fails for a lesson in a break or with times that are not a slot's", () => {
    const c = tinyCandidate();
    c.lessons.push({ group: "L1", day: "mon", start: "10:10", end: "10:25", subject: "KLAS", staff: ["kt1"] });
    find(c, "L2", "wed", "08:30").end = "09:10";
    const v = run(c);
    // the break lesson; L2's shifted lesson; and L2's slot that is now empty
    expect(v.map((x) => [x.messageId, x.where.group, x.where.day, x.where.start, x.where.end])).toEqual([
      ["not-a-lesson-slot", "L2", "wed", "08:30", "09:10"],
      ["not-a-lesson-slot", "L1", "mon", "10:10", "10:25"],
      ["no-lesson", "L2", "wed", "08:30", "09:20"],
    ]);
  });
  it("fails for a lesson of an unknown group", () => {
    const c = tinyCandidate();
    c.lessons.push({ group: "L9", day: "mon", start: "08:30", end: "09:20", subject: "KLAS", staff: ["kt1"] });
    expect(run(c).map((x) => [x.messageId, x.where.group])).toEqual([["unknown-group", "L9"]]);
  });
  it("accepts a merge written on both groups, rejects a one-sided one", () => {
    const c = tinyCandidate();
    Object.assign(find(c, "L1", "fri", "13:20"), { staff: ["kt1"], mergedWith: "L2" });
    Object.assign(find(c, "L2", "fri", "13:20"), { staff: ["kt1"], mergedWith: "L1" });
    expect(run(c)).toEqual([]);
    delete find(c, "L2", "fri", "13:20").mergedWith;
    const v = run(c);
    expect(v.map((x) => [x.messageId, x.where.group, x.where.start])).toEqual([["one-sided-merge", "L1", "13:20"]]);
  });
  it("checks against the candidate's own day grid", () => {
    const input = tinyScenario();
    // a second grid whose Monday starts at 08:25: the tiny week does not fit it
    const grid2 = structuredClone(input.dayGrids[0]);
    grid2.id = "laat";
    grid2.days.mon = grid2.days.mon.map((sl) => (sl.start === "08:30" ? { ...sl, start: "08:25" } : sl));
    const scenario = { ...input, dayGrids: [input.dayGrids[0], grid2] };
    const c = { ...tinyCandidate(), dayGrid: "laat" };
    const v = rule.check({ scenario, candidate: c });
    expect(v.map((x) => [x.messageId, x.where.day, x.where.start])).toContainEqual(["no-lesson", "mon", "08:25"]);
    expect(rule.check({ scenario, candidate: tinyCandidate() })).toEqual([]);
  });
});
