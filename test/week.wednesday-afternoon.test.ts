// week.wednesday-afternoon (the regulations, BaO/2020/03): Wednesday afternoon is free (settings.wednesdayCutoff).
import { describe, expect, it } from "vitest";
import { weekWednesdayAfternoon } from "../constraints/week/wednesday-afternoon.js";
import { gridOf } from "../constraints/rule.js";
import { tinyCandidate, tinyInput, tinyScenario, usualGrid, WEDNESDAY } from "./helpers/tiny.js";

function lateWednesday(id = "laat") {
  const g = usualGrid(id);
  g.name = "Late woensdag";
  g.days.wed = [...WEDNESDAY, { start: "12:05", end: "12:55", kind: "lesson" }];
  return g;
}

describe("week.wednesday-afternoon", () => {
  it("passes when Wednesday ends at 12:05", () => {
    const s = tinyScenario();
    const c = tinyCandidate();
    expect(weekWednesdayAfternoon.check({ scenario: s })).toEqual([]);
    expect(weekWednesdayAfternoon.check({ scenario: s, candidate: c, grid: gridOf(s, c) })).toEqual([]);
  });

  it("fails for a grid with a Wednesday lesson until 12:55", () => {
    const input = tinyInput();
    input.dayGrids = [lateWednesday()];
    const v = weekWednesdayAfternoon.check({ scenario: tinyScenario(input) });
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({
      rule: "week.wednesday-afternoon",
      messageId: "grid-lesson-on-wednesday-afternoon",
      severity: "hard",
      where: { day: "wed", end: "12:55" },
    });
    expect(v[0].message).toContain("geen les na 12:30");
  });

  it("the cut-off is a setting", () => {
    const input = tinyInput();
    input.dayGrids = [lateWednesday()];
    input.settings = { wednesdayCutoff: "13:00" };
    expect(weekWednesdayAfternoon.check({ scenario: tinyScenario(input) })).toEqual([]);
  });

  it("a late Wednesday in one of two offered grids is only a warning", () => {
    const input = tinyInput();
    input.dayGrids = [usualGrid(), lateWednesday()];
    const v = weekWednesdayAfternoon.check({ scenario: tinyScenario(input) });
    expect(v.map((x) => [x.messageId, x.severity])).toEqual([["grid-lesson-on-wednesday-afternoon", "warning"]]);
    expect(v[0].message).toMatch(/'Late woensdag' kan dus niet gebruikt worden\.$/);
  });

  it("names the class with a lesson after the cut-off in a candidate", () => {
    const input = tinyInput();
    input.groups[0].name = "L3B";
    const s = tinyScenario(input);
    const c = tinyCandidate();
    c.lessons.push({ group: "L1", day: "wed", start: "12:00", end: "12:50", subject: "KLAS", staff: ["kt1"] });
    const v = weekWednesdayAfternoon.check({ scenario: s, candidate: c, grid: gridOf(s, c) });
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({
      messageId: "class-lesson-on-wednesday-afternoon",
      severity: "hard",
      where: { group: "L1", day: "wed", start: "12:00", end: "12:50" },
    });
    // the class's name, not its id
    expect(v[0].message).toMatch(/^Klas L3B /);
    expect(v[0].messageEn).toMatch(/^Class L3B /);
  });
});
