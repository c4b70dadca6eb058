// staff.supervision (the regulations; onderwijs.vlaanderen, KOV): 15 min before and after lessons;
// a duty never during the person's own lessons.
import { describe, expect, it } from "vitest";
import { staffSupervision } from "../constraints/staff/supervision.js";
import { verified } from "./helpers/verified.js";
import { tinyCandidate, tinyVisitCandidate, tinyInput, tinyScenario } from "./helpers/tiny.js";

/** The rule, with the rule verifier run on every week it checks. */
const rule = verified(staffSupervision);

type Duty = { day: "mon" | "tue" | "wed" | "thu" | "fri"; start: string; end: string };

/** kt1 before school every day, kt2 after school (Wednesday after 12:05). */
function covered() {
  const input = tinyInput();
  const days = ["mon", "tue", "wed", "thu", "fri"] as const;
  input.staff[0].supervision = days.map((day): Duty => ({ day, start: "08:15", end: "08:30" }));
  input.staff[1].supervision = days.map((day): Duty =>
    day === "wed" ? { day, start: "12:05", end: "12:20" } : { day, start: "15:15", end: "15:30" },
  );
  return input;
}

describe("staff.supervision", () => {
  it("passes when every day's before and after windows are covered and no duty meets a lesson", () => {
    const s = tinyScenario(covered());
    expect(rule.check({ scenario: s })).toEqual([]);
    expect(rule.check({ scenario: s, candidate: tinyCandidate(), grid: s.dayGrids[0] })).toEqual([]);
  });

  it("two duties that meet end-to-end cover the window together", () => {
    const input = covered();
    input.staff[0].supervision![0] = { day: "mon", start: "08:15", end: "08:20" };
    input.staff[2].supervision = [{ day: "mon", start: "08:20", end: "08:30" }];
    expect(rule.check({ scenario: tinyScenario(input) })).toEqual([]);
  });

  it("warns when nobody supervises before the first lesson on Friday", () => {
    const input = covered();
    input.staff[0].supervision = input.staff[0].supervision!.filter((d) => d.day !== "fri");
    const v = rule.check({ scenario: tinyScenario(input) });
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({
      messageId: "unsupervised-before-lessons",
      severity: "warning",
      where: { day: "fri", start: "08:15", end: "08:30" },
    });
  });

  it("fails when a duty overlaps the person's own lesson or release", () => {
    const input = covered();
    input.staff[0].supervision!.push({ day: "tue", start: "10:10", end: "10:40" });
    const s = tinyScenario(input);
    const c = tinyCandidate();
    c.releases = [{ goal: "plg", day: "mon", start: "15:15", end: "16:15", staff: ["kt2"], externals: [], cover: [] }];
    const v = rule.check({ scenario: s, candidate: c, grid: s.dayGrids[0] });
    expect(v.map((x) => [x.messageId, x.where.staff, x.where.day, x.severity])).toEqual([
      ["duty-during-lesson", "kt1", "tue", "hard"],
      ["duty-during-release", "kt2", "mon", "hard"],
    ]);
    // The lesson the duty overlaps.
    expect(v[0].message).toContain("(10:25–11:15)");
  });

  it("fails (verified against the encoding) for a duty during a lesson, and for a release during a duty", () => {
    const input = covered();
    input.staff[0].supervision!.push({ day: "tue", start: "10:10", end: "10:40" });
    expect(
      rule.check({ scenario: tinyScenario(input), candidate: tinyCandidate() }).map((v) => [v.rule, v.messageId]),
    ).toEqual([["staff.supervision", "duty-during-lesson"]]);
    const withGoal = covered();
    withGoal.releaseGoals = [{ id: "visit", name: "Visitatie", members: ["kt1"], minBlockMinutes: 50 }];
    withGoal.staff[0].supervision!.push({ day: "mon", start: "08:30", end: "08:45" });
    const c = tinyVisitCandidate();
    expect(
      rule.check({ scenario: tinyScenario(withGoal), candidate: c }).map((v) => [v.rule, v.messageId]),
    ).toContainEqual(["staff.supervision", "duty-during-release"]);
  });

  it("fails for a duty given to someone flagged noSupervision", () => {
    const input = covered();
    input.staff[1].flags = { noSupervision: true };
    const v = rule.check({ scenario: tinyScenario(input) });
    expect(v).toHaveLength(5);
    expect(v.every((x) => x.messageId === "duty-while-exempt" && x.where.staff === "kt2")).toBe(true);
  });
});
