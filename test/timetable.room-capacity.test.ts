// timetable.room-capacity (structural rule, README.md "The timetable format")
import { describe, expect, it } from "vitest";
import { timetableRoomCapacity } from "../constraints/structure/room-capacity.js";
import { verified } from "./helpers/verified.js";
import type { Candidate, ScenarioInput } from "../src/model/index.js";
import { tinyCandidate, tinyInput, tinyScenario } from "./helpers/tiny.js";

/** The rule, with the rule verifier run on every week it checks. */
const rule = verified(timetableRoomCapacity);

const run = (input: ScenarioInput, c: Candidate) => rule.check({ scenario: tinyScenario(input), candidate: c });
const find = (c: Candidate, group: string, day: string, start: string) =>
  c.lessons.find((l) => l.group === group && l.day === day && l.start === start)!;
const gym = (capacity: number) => {
  const input = tinyInput();
  input.rooms = [{ id: "zaal", name: "De turnzaal", capacity }];
  input.subjects![0].room = "zaal";
  return input;
};
/** L2 also has LO on Tuesday 08:30, together with a second LO period of L1. */
function twoAtOnce(): Candidate {
  const c = tinyCandidate();
  Object.assign(find(c, "L1", "tue", "08:30"), { subject: "LO", staff: ["lo1"] });
  Object.assign(find(c, "L2", "tue", "08:30"), { subject: "LO", staff: ["lo1"] });
  return c;
}

describe("timetable.room-capacity", () => {
  it("passes when one class at a time uses the gym", () => {
    expect(run(gym(1), tinyCandidate())).toEqual([]);
  });
  it("fails when two classes are in a one-class gym at once", () => {
    const v = run(gym(1), twoAtOnce());
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({
      messageId: "one-group-at-a-time",
      severity: "hard",
      where: { day: "tue", start: "08:30", end: "09:20" },
    });
    expect(v[0].message).toContain("De turnzaal");
  });
  it("fails when three classes are in a room for two at once", () => {
    const input = gym(2);
    input.groups.push({ ...structuredClone(input.groups[1]), id: "L3", name: "L3" });
    input.subjects![0].groups.push("L3");
    const c = twoAtOnce();
    c.lessons.push({ ...find(c, "L2", "tue", "08:30"), group: "L3" });
    const v = rule
      .check({ scenario: tinyScenario(input), candidate: c })
      .filter((x) => x.rule === "timetable.room-capacity");
    expect(v.map((x) => [x.messageId, x.where.day, x.where.start])).toEqual([["over-capacity", "tue", "08:30"]]);
  });
  it("passes for two classes in a room for two, and without a room", () => {
    expect(run(gym(2), twoAtOnce())).toEqual([]);
    expect(run(tinyInput(), twoAtOnce())).toEqual([]);
  });
});
