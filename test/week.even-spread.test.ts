// week.even-spread (the regulations, BaO/2020/03; practice): the four full days differ by at most 1 lestijd (warning).
import { describe, expect, it } from "vitest";
import { weekEvenSpread } from "../constraints/week/even-spread.js";
import { gridOf } from "../constraints/rule.js";
import { SHORT_DAY, tinyCandidate, tinyInput, tinyScenario, USUAL_DAY, usualGrid, WEDNESDAY } from "./helpers/tiny.js";

/** 7/5/4/6/6: still 28 lestijden, but Monday and Tuesday differ by 2. */
function lopsided() {
  const g = usualGrid("scheef");
  g.name = "Scheve week";
  g.days.mon = [...USUAL_DAY, { start: "15:15", end: "16:05", kind: "lesson" }];
  g.days.tue = USUAL_DAY.slice(0, -1);
  return g;
}

describe("week.even-spread", () => {
  it("passes for 6/6/4/6/6, also on the 4+2 day", () => {
    const input = tinyInput();
    input.dayGrids = [
      usualGrid(),
      {
        id: "kort",
        name: "4+2-dag",
        days: { mon: SHORT_DAY, tue: SHORT_DAY, wed: WEDNESDAY, thu: SHORT_DAY, fri: SHORT_DAY },
      },
    ];
    const s = tinyScenario(input);
    expect(weekEvenSpread.check({ scenario: s })).toEqual([]);
    const c = tinyCandidate();
    expect(weekEvenSpread.check({ scenario: s, candidate: c, grid: gridOf(s, c) })).toEqual([]);
  });

  it("warns for a 7/5/4/6/6 grid, with the counts", () => {
    const input = tinyInput();
    input.dayGrids = [lopsided()];
    const v = weekEvenSpread.check({ scenario: tinyScenario(input) });
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({ rule: "week.even-spread", messageId: "grid-uneven", severity: "warning" });
    expect(v[0].message).toContain("maandag 7, dinsdag 5, donderdag 6, vrijdag 6");
    expect(v[0].messageEn).toContain("Monday 7, Tuesday 5, Thursday 6, Friday 6");
  });

  it("warns per class when a candidate gives a class uneven days", () => {
    const s = tinyScenario();
    const c = tinyCandidate();
    // L1 loses two Thursday lessons: 6/6/4/4/6
    c.lessons = c.lessons.filter(
      (l) => !(l.group === "L1" && l.day === "thu" && (l.start === "13:20" || l.start === "14:25")),
    );
    const v = weekEvenSpread.check({ scenario: s, candidate: c, grid: gridOf(s, c) });
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({ messageId: "class-uneven", severity: "warning", where: { group: "L1" } });
    expect(v[0].message).toContain("maandag 6, dinsdag 6, donderdag 4, vrijdag 6");
  });

  it("a difference of exactly 1 lestijd passes", () => {
    const input = tinyInput();
    const g = usualGrid();
    g.days.fri = USUAL_DAY.slice(0, -1); // 6/6/4/6/5
    input.dayGrids = [g];
    expect(weekEvenSpread.check({ scenario: tinyScenario(input) })).toEqual([]);
  });
});
