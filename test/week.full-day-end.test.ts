// week.full-day-end (the regulations, BaO/2020/03): on Mon, Tue, Thu, Fri the last lesson ends between 15:00 and 17:00.
import { describe, expect, it } from "vitest";
import { weekFullDayEnd } from "../constraints/week/full-day-end.js";
import { gridOf } from "../constraints/rule.js";
import { SHORT_DAY, tinyCandidate, tinyInput, tinyScenario, USUAL_DAY, usualGrid, WEDNESDAY } from "./helpers/tiny.js";

const shortGrid = () => ({
  id: "kort",
  name: "4+2-dag tot 15:00",
  days: { mon: SHORT_DAY, tue: SHORT_DAY, wed: WEDNESDAY, thu: SHORT_DAY, fri: SHORT_DAY },
});

describe("week.full-day-end", () => {
  it("passes for the usual grid (15:15) and the 4+2 grid ending at 15:00; Wednesday is not a full day", () => {
    const input = tinyInput();
    input.dayGrids = [usualGrid(), shortGrid()];
    const s = tinyScenario(input);
    expect(weekFullDayEnd.check({ scenario: s })).toEqual([]);
    const c = tinyCandidate();
    expect(weekFullDayEnd.check({ scenario: s, candidate: c, grid: gridOf(s, c) })).toEqual([]);
  });

  it("fails for a Friday ending at 14:10", () => {
    const input = tinyInput();
    const g = usualGrid();
    g.days.fri = USUAL_DAY.slice(0, -2);
    input.dayGrids = [g];
    const v = weekFullDayEnd.check({ scenario: tinyScenario(input) });
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({
      rule: "week.full-day-end",
      messageId: "grid-end-out-of-range",
      severity: "hard",
      where: { day: "fri", end: "14:10" },
    });
  });

  it("fails for a Thursday lesson ending after 17:00", () => {
    const input = tinyInput();
    const g = usualGrid();
    g.days.thu = [...USUAL_DAY, { start: "16:35", end: "17:25", kind: "lesson" }];
    input.dayGrids = [g];
    const v = weekFullDayEnd.check({ scenario: tinyScenario(input) });
    expect(v.map((x) => [x.messageId, x.where])).toEqual([["grid-end-out-of-range", { day: "thu", end: "17:25" }]]);
  });

  it("names the class whose last Friday lesson is missing in a candidate", () => {
    const s = tinyScenario();
    const c = tinyCandidate();
    c.lessons = c.lessons.filter((l) => !(l.group === "L1" && l.day === "fri" && l.start === "14:25"));
    const v = weekFullDayEnd.check({ scenario: s, candidate: c, grid: gridOf(s, c) });
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({
      messageId: "class-end-out-of-range",
      severity: "hard",
      where: { group: "L1", day: "fri", end: "14:10" },
    });
  });

  it("the bounds are settings", () => {
    const input = tinyInput();
    input.dayGrids = [shortGrid()];
    input.settings = { fullDayEndFrom: "15:30" };
    const v = weekFullDayEnd.check({ scenario: tinyScenario(input) });
    expect(v.map((x) => x.messageId)).toEqual(Array(4).fill("grid-end-out-of-range"));
    expect(v[0].message).toContain("tussen 15:30 en 17:00");
  });
});
