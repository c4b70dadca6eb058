// week.days (the regulations, BaO/2020/03): lessons run Monday to Friday.
import { describe, expect, it } from "vitest";
import { weekDays } from "../constraints/week/days.js";
import { gridOf } from "../constraints/rule.js";
import { tinyCandidate, tinyInput, tinyScenario, usualGrid } from "./helpers/tiny.js";

function noFriday(id = "vier") {
  const g = usualGrid(id);
  g.name = "Vierdaagse week";
  g.days.fri = [];
  return g;
}

describe("week.days", () => {
  it("passes for the usual grid and the valid candidate", () => {
    const s = tinyScenario();
    const c = tinyCandidate();
    expect(weekDays.check({ scenario: s })).toEqual([]);
    expect(weekDays.check({ scenario: s, candidate: c, grid: gridOf(s, c) })).toEqual([]);
  });

  it("fails for a grid without Friday lessons", () => {
    const input = tinyInput();
    input.dayGrids = [noFriday()];
    const v = weekDays.check({ scenario: tinyScenario(input) });
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({
      rule: "week.days",
      messageId: "grid-day-without-lessons",
      severity: "hard",
      where: { day: "fri" },
    });
  });

  it("is a warning when another offered grid has lessons every day", () => {
    const input = tinyInput();
    input.dayGrids = [usualGrid(), noFriday()];
    const v = weekDays.check({ scenario: tinyScenario(input) });
    expect(v.map((x) => [x.messageId, x.severity])).toEqual([["grid-day-without-lessons", "warning"]]);
    expect(v[0].message).toMatch(/'Vierdaagse week' kan dus niet gebruikt worden\.$/);
  });

  it("names the class that has no lessons on a day", () => {
    const s = tinyScenario();
    const c = tinyCandidate();
    c.lessons = c.lessons.filter((l) => !(l.group === "L2" && l.day === "fri"));
    const v = weekDays.check({ scenario: s, candidate: c, grid: gridOf(s, c) });
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({
      messageId: "class-day-without-lessons",
      severity: "hard",
      where: { group: "L2", day: "fri" },
    });
    expect(v[0].message).toMatch(/^Klas L2 /);
    expect(v[0].messageEn).toMatch(/^Class L2 /);
  });

  it("reports the classes, not the grid again, when the candidate's grid lacks a day", () => {
    const input = tinyInput();
    input.dayGrids = [noFriday()];
    const s = tinyScenario(input);
    const c = tinyCandidate();
    c.dayGrid = "vier";
    c.lessons = c.lessons.filter((l) => l.day !== "fri");
    const v = weekDays.check({ scenario: s, candidate: c, grid: gridOf(s, c) });
    expect(v.map((x) => [x.messageId, x.where.group])).toEqual([
      ["class-day-without-lessons", "L1"],
      ["class-day-without-lessons", "L2"],
    ]);
  });

  it("a class without any lesson is one violation", () => {
    const s = tinyScenario();
    const c = tinyCandidate();
    c.lessons = c.lessons.filter((l) => l.group !== "L1");
    const v = weekDays.check({ scenario: s, candidate: c, grid: gridOf(s, c) });
    expect(v.map((x) => [x.messageId, x.where])).toEqual([["class-without-lessons", { group: "L1" }]]);
  });
});
