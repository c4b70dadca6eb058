// timetable.release-frees (structural rule, README.md "The timetable format"; length: release.physical-min,
// release.digital-min from the regulations)
import { describe, expect, it } from "vitest";
import { timetableReleaseFrees } from "../constraints/structure/release-frees.js";
import { verified } from "./helpers/verified.js";
import { timetableNoDoubleBooking } from "../constraints/structure/no-double-booking.js";
import { staffSupervision } from "../constraints/staff/supervision.js";
import type { Candidate, ScenarioInput } from "../src/model/index.js";
import { tinyCandidate, tinyInput, tinyReleaseCandidate, tinyReleaseInput, tinyScenario } from "./helpers/tiny.js";

/** The rule, with the rule verifier run on every week it checks. */
const rule = verified(timetableReleaseFrees);

const run = (input: ScenarioInput, c: Candidate) => rule.check({ scenario: tinyScenario(input), candidate: c });
const find = (c: Candidate, group: string, day: string, start: string) =>
  c.lessons.find((l) => l.group === group && l.day === day && l.start === start)!;
const withBlock = (patch: Partial<Candidate["releases"][number]>) => {
  const c = tinyReleaseCandidate();
  Object.assign(c.releases[0], patch);
  return c;
};

describe("timetable.release-frees", () => {
  it("passes for the valid release week, and without releases", () => {
    expect(run(tinyReleaseInput(), tinyReleaseCandidate())).toEqual([]);
    expect(run(tinyInput(), tinyCandidate())).toEqual([]);
  });
  it("leaves a member's lesson or supervision duty during the block to one verdict elsewhere (issue 9)", () => {
    const c = tinyReleaseCandidate();
    find(c, "L1", "tue", "09:20").staff = ["kt1"];
    expect(run(tinyReleaseInput(), c)).toEqual([]);
    expect(
      timetableNoDoubleBooking.check({ scenario: tinyScenario(tinyReleaseInput()), candidate: c }).map((v) => v.rule),
    ).toEqual(["timetable.no-double-booking"]);
    const input = tinyReleaseInput();
    input.staff[1].supervision = [{ day: "tue", start: "08:15", end: "08:45", label: "poort" }];
    expect(run(input, tinyReleaseCandidate())).toEqual([]);
    expect(
      staffSupervision.check({ scenario: tinyScenario(input), candidate: tinyReleaseCandidate() }).map((v) => v.rule),
    ).toContain("staff.supervision");
  });
  it("fails for a block over lunch, or not on the grid's slots", () => {
    const input = tinyReleaseInput();
    input.releaseGoals![0].minBlockMinutes = 50;
    const ids = (c: Candidate) => run(input, c).map((x) => x.messageId);
    expect(ids(withBlock({ start: "11:15", end: "14:10", cover: [] }))).toContain("block-over-lunch");
    expect(ids(withBlock({ start: "08:45", end: "10:10" }))[0]).toBe("block-off-grid");
    expect(ids(withBlock({ start: "09:20", end: "10:25" }))[0]).toBe("block-edge-is-break");
    // a short break inside is fine (once the co-teacher and the intern also take the 10:25 period)
    const c = withBlock({ start: "09:20", end: "11:15" });
    find(c, "L1", "tue", "10:25").staff = ["co1"];
    Object.assign(find(c, "L2", "tue", "10:25"), { staff: [], interns: ["i2"] });
    expect(run(input, c)).toEqual([]);
  });
  it("accepts an after-school block in a staff slot", () => {
    const input = tinyReleaseInput();
    const grid = input.dayGrids[0];
    grid.days.thu = [...grid.days.thu, { start: "15:30", end: "17:00", kind: "staff" }];
    input.releaseGoals![0].minBlockMinutes = 90;
    // The adviser only comes on Tuesday mornings: this goal's after-school block goes without an external.
    input.releaseGoals![0].externals = [];
    expect(run(input, withBlock({ day: "thu", start: "15:30", end: "17:00", externals: [], cover: [] }))).toEqual([]);
  });
  it("fails when the block is shorter than the goal's minimum (physical: half a day; digital: 90 min)", () => {
    const input = tinyReleaseInput();
    delete input.releaseGoals![0].minBlockMinutes;
    const v = run(input, tinyReleaseCandidate());
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({ messageId: "shorter-than-physical-min", where: { goal: "plg", start: "08:30" } });
    expect(v[0].message).toContain("duurt 100 minuten");
    expect(v[0].message).toContain("minstens 180 minuten");
    input.releaseGoals![0].mode = "digital";
    expect(run(input, tinyReleaseCandidate())).toEqual([]);
    input.settings = { digitalMinMinutes: 120 };
    expect(run(input, tinyReleaseCandidate()).map((x) => x.messageId)).toEqual(["shorter-than-digital-min"]);
    input.releaseGoals![0].minBlockMinutes = 110;
    expect(run(input, tinyReleaseCandidate()).map((x) => x.messageId)).toEqual(["shorter-than-goal"]);
  });
  it("fails when a goal member is missing, or someone outside the goal is listed", () => {
    const v = run(tinyReleaseInput(), withBlock({ staff: ["kt1", "lo1"] }));
    expect(v.map((x) => [x.messageId, x.where.staff])).toEqual([
      ["member-missing", "kt2"],
      ["not-a-member", "lo1"],
    ]);
    expect(v[0].message).toContain("Bram Janssens");
  });
  it("fails when an external of the goal is missing, or an external outside the goal is listed", () => {
    const v = run(tinyReleaseInput(), withBlock({ externals: ["pb2"] }));
    expect(v.map((x) => [x.messageId, x.where.staff])).toEqual([
      ["external-missing", "pb1"],
      ["external-not-in-goal", "pb2"],
    ]);
    expect(v[0].message).toContain("Greet Van Damme");
  });
  it("fails for a block of an unknown goal", () => {
    const v = run(tinyReleaseInput(), withBlock({ goal: "nope" }));
    expect(v.map((x) => [x.messageId, x.where.goal])).toEqual([["unknown-goal", "nope"]]);
  });
});
