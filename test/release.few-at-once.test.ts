// release.few-at-once (the regulations, Flexio line 591): prefer one or two teachers released at once.
import { describe, expect, it } from "vitest";
import { releaseFewAtOnce as rule } from "../constraints/release/few-at-once.js";
import type { Release } from "../src/model/index.js";
import { KLEUTER_DAY, tinyCandidate, tinyInput, tinyScenario, usualGrid } from "./helpers/tiny.js";

function scenario(max?: number) {
  const i = tinyInput();
  if (max !== undefined) i.settings = { maxReleasedAtOnce: max };
  return tinyScenario(i);
}
const rel = (goal: string, start: string, end: string, staff: string[]): Release => ({
  goal,
  day: "tue",
  start,
  end,
  staff,
  externals: [],
  cover: [],
});

describe("release.few-at-once", () => {
  it("passes without the setting, and for releases within the maximum or after school", () => {
    const c = tinyCandidate();
    c.releases = [
      rel("a", "08:30", "09:20", ["kt1"]),
      rel("b", "09:20", "10:10", ["kt2"]),
      rel("c", "15:15", "16:45", ["kt1", "kt2", "lo1"]),
    ];
    for (const s of [scenario(), scenario(1)])
      expect(rule.check({ scenario: s, candidate: c, grid: s.dayGrids[0] })).toEqual([]);
  });

  it("flags three teachers released at once during lessons when the school wants at most 2", () => {
    const s = scenario(2);
    const c = tinyCandidate();
    c.releases = [rel("a", "08:30", "10:10", ["kt1", "kt2"]), rel("b", "09:20", "10:10", ["lo1"])];
    const v = rule.check({ scenario: s, candidate: c, grid: s.dayGrids[0] });
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({
      rule: "release.few-at-once",
      messageId: "too-many-at-once",
      severity: "soft",
      where: { day: "tue", start: "09:20", end: "10:10" },
    });
    // Who is released at once.
    expect(v[0].message).toContain("(An Peeters, Bram Janssens, Chris Maes)");
  });

  describe("with kleuter days of their own (DayGrid.levels): each person counted in their own lesson time", () => {
    // Kleuter Tuesday (KLEUTER_DAY): speeltijd 10:10–10:20, lunch 12:00–13:10, lessons 13:10–14:00 and 14:20–15:10; the lager
    // day (the grid's days): lunch 12:05–13:20, lessons 13:20–14:10 and 14:25–15:15.
    function levelled() {
      const i = tinyInput();
      i.settings = { maxReleasedAtOnce: 2 };
      const grid = usualGrid();
      i.dayGrids = [{ ...grid, levels: { kleuter: { ...grid.days, tue: KLEUTER_DAY } } }];
      i.groups.push(
        { id: "K1", level: "kleuter", grades: [1], pupils: 16, classTeachers: ["kk1"] },
        { id: "K2", level: "kleuter", grades: [2], pupils: 17, classTeachers: ["kk2"] },
      );
      i.staff.push(
        { id: "kk1", name: "Dina Claes", ambt: "kleuteronderwijzer" },
        { id: "kk2", name: "Els Wouters", ambt: "kleuteronderwijzer" },
      );
      return tinyScenario(i);
    }
    /** The tiny week plus one LO lesson of Chris Maes in K1: he then works in both levels. */
    function week() {
      const c = tinyCandidate();
      c.lessons.push({ group: "K1", day: "mon", start: "08:30", end: "09:20", subject: "LO", staff: ["lo1"] });
      return c;
    }

    it("passes when the kleuter teachers are released after their own last lesson (15:10) while a lager teacher has a lesson until 15:15", () => {
      const s = levelled();
      const c = week();
      // The main days alone would count three in 14:25–15:15: both kleuter teachers are then out of lessons.
      c.releases = [rel("a", "15:10", "16:40", ["kk1", "kk2"]), rel("b", "14:25", "15:15", ["kt1"])];
      expect(rule.check({ scenario: s, candidate: c, grid: s.dayGrids[0] })).toEqual([]);
    });

    it("flags three released at once in 13:10–13:20: kleuter lesson time, the lager lunch", () => {
      const s = levelled();
      const c = week();
      // The LO teacher works in K1, so the kleuter lesson 13:10–14:00 is his lesson time too; the main days have
      // no lesson before 13:20 and would count only two.
      c.releases = [rel("a", "13:10", "14:00", ["kk1", "kk2"]), rel("b", "12:05", "13:20", ["lo1"])];
      const v = rule.check({ scenario: s, candidate: c, grid: s.dayGrids[0] });
      expect(v).toHaveLength(1);
      expect(v[0]).toMatchObject({
        messageId: "too-many-at-once",
        where: { day: "tue", start: "13:10", end: "13:20" },
      });
      expect(v[0].message).toContain("tussen 13:10 en 13:20");
      expect(v[0].message).toContain("(Dina Claes, Els Wouters, Chris Maes)");
    });

    it("does not count a lager teacher in the kleuter lesson time of the lager lunch", () => {
      const s = levelled();
      const c = week();
      // 13:10–13:20: Dina Claes and Els Wouters in their lesson time, An Peeters at lunch (her day is the lager's).
      c.releases = [rel("a", "13:10", "14:00", ["kk1", "kk2"]), rel("b", "12:05", "13:20", ["kt1"])];
      expect(rule.check({ scenario: s, candidate: c, grid: s.dayGrids[0] })).toEqual([]);
    });
  });
});
