// week.lesson-length (the regulations, BaO/2020/03): a lestijd lasts 50 minutes.
import { describe, expect, it } from "vitest";
import { weekLessonLength } from "../constraints/week/lesson-length.js";
import { gridOf } from "../constraints/rule.js";
import { tinyCandidate, tinyInput, tinyScenario, USUAL_DAY, usualGrid } from "./helpers/tiny.js";

/** The usual grid with Monday's first lesson 60 minutes long. */
function longMonday(id = "lang") {
  const g = usualGrid(id);
  g.name = "Lange maandag";
  g.days.mon = [{ start: "08:30", end: "09:30", kind: "lesson" }, ...USUAL_DAY.slice(1)];
  return g;
}

describe("week.lesson-length", () => {
  it("passes for the usual grid and the valid candidate", () => {
    const s = tinyScenario();
    expect(weekLessonLength.check({ scenario: s })).toEqual([]);
    const c = tinyCandidate();
    expect(weekLessonLength.check({ scenario: s, candidate: c, grid: gridOf(s, c) })).toEqual([]);
  });

  it("fails (hard) for a 60-minute lesson slot in the only grid", () => {
    const input = tinyInput();
    input.dayGrids = [longMonday()];
    const v = weekLessonLength.check({ scenario: tinyScenario(input) });
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({
      rule: "week.lesson-length",
      messageId: "grid-wrong-slot-length",
      severity: "hard",
      where: { day: "mon", start: "08:30", end: "09:30" },
    });
    expect(v[0].message).toContain("08:30–09:30 (60 min)");
  });

  it("flags a lesson length other than 50 minutes in the settings", () => {
    const input = tinyInput();
    input.settings = { lessonMinutes: 45 };
    const v = weekLessonLength.check({ scenario: tinyScenario(input) });
    expect(v.filter((x) => x.messageId === "wrong-lesson-minutes").map((x) => x.severity)).toEqual(["hard"]);
  });

  it("one broken grid of several is a warning that it cannot be used; all broken is hard", () => {
    const input = tinyInput();
    input.dayGrids = [usualGrid(), longMonday()];
    const v = weekLessonLength.check({ scenario: tinyScenario(input) });
    expect(v.map((x) => [x.messageId, x.severity])).toEqual([["grid-wrong-slot-length", "warning"]]);
    expect(v[0].message).toMatch(/Dagindeling 'Lange maandag' kan dus niet gebruikt worden\.$/);

    input.dayGrids = [longMonday("a"), longMonday("b")];
    const all = weekLessonLength.check({ scenario: tinyScenario(input) });
    expect(all.map((x) => [x.messageId, x.severity])).toEqual([
      ["grid-wrong-slot-length", "hard"],
      ["grid-wrong-slot-length", "hard"],
    ]);
    expect(all[0].message).toMatch(/Geen enkele dagindeling voldoet\.$/);
    expect(all[0].messageEn).toMatch(/No day grid passes\.$/);
  });

  it("names the class when a candidate's lesson is not 50 minutes", () => {
    const s = tinyScenario();
    const c = tinyCandidate();
    const l = c.lessons.find((x) => x.group === "L2" && x.day === "tue" && x.start === "13:20")!;
    l.end = "14:25";
    const v = weekLessonLength.check({ scenario: s, candidate: c, grid: gridOf(s, c) });
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({
      messageId: "class-wrong-lesson-length",
      severity: "hard",
      where: { group: "L2", day: "tue" },
    });
    expect(v[0].message).toContain("13:20–14:25 (65 min)");
  });
});
