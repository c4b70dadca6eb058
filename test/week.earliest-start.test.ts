// week.earliest-start (the regulations, BaO/2020/03): lessons start at 08:00 at the earliest (settings.earliestStart).
import { describe, expect, it } from "vitest";
import { weekEarliestStart } from "../constraints/week/earliest-start.js";
import { gridOf } from "../constraints/rule.js";
import { tinyCandidate, tinyInput, tinyScenario, USUAL_DAY, usualGrid } from "./helpers/tiny.js";

describe("week.earliest-start", () => {
  it("passes for lessons from 08:30, and a staff hour before 08:00 is fine", () => {
    const input = tinyInput();
    const g = usualGrid();
    g.days.tue = [{ start: "07:30", end: "08:25", kind: "staff" }, ...USUAL_DAY];
    input.dayGrids = [g];
    const s = tinyScenario(input);
    expect(weekEarliestStart.check({ scenario: s })).toEqual([]);
    const c = tinyCandidate();
    expect(weekEarliestStart.check({ scenario: s, candidate: c, grid: gridOf(s, c) })).toEqual([]);
  });

  it("fails for a grid whose Monday starts at 07:40", () => {
    const input = tinyInput();
    const g = usualGrid();
    g.days.mon = [{ start: "07:40", end: "08:30", kind: "lesson" }, ...USUAL_DAY.slice(1)];
    input.dayGrids = [g];
    const v = weekEarliestStart.check({ scenario: tinyScenario(input) });
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({
      rule: "week.earliest-start",
      messageId: "grid-starts-too-early",
      severity: "hard",
      where: { day: "mon", start: "07:40" },
    });
  });

  it("names the class with a lesson before 08:00 in a candidate", () => {
    const s = tinyScenario();
    const c = tinyCandidate();
    c.lessons.push({ group: "L2", day: "tue", start: "07:35", end: "08:25", subject: "KLAS", staff: ["kt2"] });
    const v = weekEarliestStart.check({ scenario: s, candidate: c, grid: gridOf(s, c) });
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({
      messageId: "class-starts-too-early",
      severity: "hard",
      where: { group: "L2", day: "tue", start: "07:35" },
    });
  });

  it("follows settings.earliestStart", () => {
    const input = tinyInput();
    input.settings = { earliestStart: "08:45" };
    const v = weekEarliestStart.check({ scenario: tinyScenario(input) });
    // every day of the usual grid starts at 08:30
    expect(v.map((x) => x.messageId)).toEqual(Array(5).fill("grid-starts-too-early"));
    expect(v[0].message).toContain("08:45");
  });
});
