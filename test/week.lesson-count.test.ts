// week.lesson-count (the regulations, BaO/2020/03)
import { describe, expect, it } from "vitest";
import { weekLessonCount } from "../constraints/week/lesson-count.js";
import { tinyInput, tinyScenario, usualGrid } from "./helpers/tiny.js";

describe("week.lesson-count", () => {
  it("passes for 28 lestijden on a 28-slot grid", () => {
    expect(weekLessonCount.check({ scenario: tinyScenario() })).toEqual([]);
  });
  it("fails for 29 lestijden without a local-committee agreement", () => {
    const input = { ...tinyInput(), lessonsPerWeek: 29 };
    const v = weekLessonCount.check({ scenario: tinyScenario(input) });
    expect(v.map((x) => [x.rule, x.messageId])).toEqual([
      ["week.lesson-count", "wrong-lessons-per-week"],
      ["week.lesson-count", "grid-wrong-lesson-count"],
    ]);
  });
  it("fails for 30 lestijden even with the agreement", () => {
    const input = { ...tinyInput(), lessonsPerWeek: 30, localCommitteeAgreement: true };
    const v = weekLessonCount.check({ scenario: tinyScenario(input) });
    expect(v.map((x) => x.messageId)).toEqual(["wrong-lessons-per-week-with-agreement", "grid-wrong-lesson-count"]);
  });
  it("accepts 29 with the agreement when the grid has 29 slots", () => {
    const input = tinyInput();
    input.lessonsPerWeek = 29;
    input.localCommitteeAgreement = true;
    const v = weekLessonCount.check({ scenario: tinyScenario(input) });
    // the grid still has 28 slots: that is reported, the 29 itself is not
    expect(v.map((x) => x.messageId)).toEqual(["grid-wrong-lesson-count"]);
    expect(v[0].message).toContain("28 lestijden per week, niet 29");
  });
});

describe("week.lesson-count with several offered grids", () => {
  const short = (id: string) => {
    const g = usualGrid(id);
    g.name = `Te kort ${id}`;
    g.days.fri = g.days.fri.slice(0, -2); // 27 lestijden
    return g;
  };
  it("a 27-slot grid next to a usable one is a warning that it cannot be used", () => {
    const input = tinyInput();
    input.dayGrids = [usualGrid(), short("a")];
    const v = weekLessonCount.check({ scenario: tinyScenario(input) });
    expect(v.map((x) => [x.messageId, x.severity])).toEqual([["grid-wrong-lesson-count", "warning"]]);
    expect(v[0].message).toMatch(/'Te kort a' kan dus niet gebruikt worden\.$/);
    expect(v[0].messageEn).toMatch(/'Te kort a' cannot be used\.$/);
  });
  it("is hard when no offered grid has 28 lestijden", () => {
    const input = tinyInput();
    input.dayGrids = [short("a"), short("b")];
    const v = weekLessonCount.check({ scenario: tinyScenario(input) });
    expect(v.map((x) => [x.messageId, x.severity])).toEqual([
      ["grid-wrong-lesson-count", "hard"],
      ["grid-wrong-lesson-count", "hard"],
    ]);
    expect(v[0].message).toMatch(/Geen enkele dagindeling voldoet\.$/);
  });
});
