// week.lunch (BaO/2020/03): a midday break of at least 60 minutes on full days (settings.minLunchMinutes).
import { describe, expect, it } from "vitest";
import { weekLunch } from "../constraints/week/lunch.js";
import { gridOf } from "../constraints/rule.js";
import { SHORT_DAY, tinyCandidate, tinyInput, tinyScenario, USUAL_DAY, usualGrid, WEDNESDAY } from "./helpers/tiny.js";

const S = (start: string, end: string, kind: "lesson" | "break" | "lunch" | "staff" = "lesson") => ({
  start,
  end,
  kind,
});
const shortGrid = () => ({
  id: "kort",
  name: "4+2-dag tot 15:00",
  days: { mon: SHORT_DAY, tue: SHORT_DAY, wed: WEDNESDAY, thu: SHORT_DAY, fri: SHORT_DAY },
});
const MORNING = USUAL_DAY.slice(0, 5); // 08:30-12:05

describe("week.lunch", () => {
  it("passes for the usual grid (75 min) and the 4+2 grid (12:00-13:15)", () => {
    const input = tinyInput();
    input.dayGrids = [usualGrid(), shortGrid()];
    const s = tinyScenario(input);
    expect(weekLunch.check({ scenario: s })).toEqual([]);
    const c = tinyCandidate();
    expect(weekLunch.check({ scenario: s, candidate: c, grid: gridOf(s, c) })).toEqual([]);
  });

  it("fails for a 45-minute lunch", () => {
    const input = tinyInput();
    const g = usualGrid();
    g.days.tue = [
      ...MORNING,
      S("12:05", "12:50", "lunch"),
      S("12:50", "13:40"),
      S("13:40", "13:55", "break"),
      S("13:55", "14:45"),
      S("14:45", "15:35"),
    ];
    input.dayGrids = [g];
    const v = weekLunch.check({ scenario: tinyScenario(input) });
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({
      rule: "week.lunch",
      messageId: "grid-short-midday-break",
      severity: "hard",
      where: { day: "tue", start: "12:05", end: "12:50" },
    });
    expect(v[0].message).toContain("45 minuten");
  });

  it("playtime next to the lunch slot counts as midday break", () => {
    const input = tinyInput();
    const g = usualGrid();
    g.days.mon = [...MORNING, S("12:05", "12:45", "lunch"), S("12:45", "13:20", "break"), ...USUAL_DAY.slice(6)];
    input.dayGrids = [g];
    expect(weekLunch.check({ scenario: tinyScenario(input) })).toEqual([]);
  });

  it("fails for a full day without any break", () => {
    const input = tinyInput();
    const g = usualGrid();
    const times = ["08:30", "09:20", "10:10", "11:00", "11:50", "12:40", "13:30", "14:20", "15:10"];
    g.days.thu = times.slice(0, -1).map((t, i) => S(t, times[i + 1]));
    input.dayGrids = [g];
    const v = weekLunch.check({ scenario: tinyScenario(input) });
    expect(v.map((x) => [x.messageId, x.where.day])).toEqual([["grid-no-midday-break", "thu"]]);
  });

  it("names the class that has a lesson in the lunch break", () => {
    const s = tinyScenario();
    const c = tinyCandidate();
    c.lessons.push({ group: "L1", day: "tue", start: "12:05", end: "12:55", subject: "KLAS", staff: ["kt1"] });
    const v = weekLunch.check({ scenario: s, candidate: c, grid: gridOf(s, c) });
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({
      messageId: "class-short-midday-break",
      severity: "hard",
      where: { group: "L1", day: "tue", start: "12:55", end: "13:20" },
    });
    expect(v[0].message).toContain("25 minuten");
  });

  it("a class with no afternoon lessons is left to week.full-day-end", () => {
    const s = tinyScenario();
    const c = tinyCandidate();
    c.lessons = c.lessons.filter((l) => !(l.group === "L2" && l.day === "fri" && l.start >= "13:00"));
    expect(weekLunch.check({ scenario: s, candidate: c, grid: gridOf(s, c) })).toEqual([]);
  });
});
