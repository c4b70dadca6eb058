// The week.* rules together (regulations, "The pupils' week"): all registered, all quiet on a valid week.
import { describe, expect, it } from "vitest";
import { checkCandidate, checkScenario } from "../constraints/check.js";
import { placeholdersOf } from "../constraints/rule.js";
import { WEEK_RULES } from "../constraints/week/index.js";
import { SHORT_DAY, tinyCandidate, tinyInput, tinyScenario, usualGrid, WEDNESDAY } from "./helpers/tiny.js";

describe("week.* rules", () => {
  it("registers every id of the section once", () => {
    const ids = WEEK_RULES.map((r) => r.id);
    expect(ids.sort()).toEqual([
      "week.days",
      "week.earliest-start",
      "week.even-spread",
      "week.free-package",
      "week.full-day-end",
      "week.lesson-count",
      "week.lesson-length",
      "week.lunch",
      "week.wednesday-afternoon",
    ]);
  });

  it("every message: Dutch and English with the same placeholders; a grid's message ends in {verdict}", () => {
    for (const r of WEEK_RULES) {
      expect(Object.keys(r.messages ?? {}).length, r.id).toBeGreaterThan(0);
      for (const [id, m] of Object.entries(r.messages ?? {})) {
        expect(placeholdersOf(m.en).sort(), `${r.id}/${id}`).toEqual(placeholdersOf(m.nl).sort());
        // checkWeek fills {verdict} of a grid-level finding: whether this grid can be used at all.
        for (const text of [m.nl, m.en])
          expect(text.endsWith("{verdict}"), `${r.id}/${id}`).toBe(id.startsWith("grid-"));
      }
    }
  });

  it("none fires on the tiny school with the usual and the 4+2 grid, nor on its valid candidate", () => {
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
    expect(checkScenario(s, WEEK_RULES).violations).toEqual([]);
    expect(checkCandidate(s, tinyCandidate(), WEEK_RULES).violations).toEqual([]);
  });

  it("a 4+2 candidate week passes too", () => {
    const input = tinyInput();
    input.dayGrids = [
      {
        id: "kort",
        name: "4+2-dag",
        days: { mon: SHORT_DAY, tue: SHORT_DAY, wed: WEDNESDAY, thu: SHORT_DAY, fri: SHORT_DAY },
      },
    ];
    // tinyCandidate builds its lessons on the scenario's first grid: rebuild it on the 4+2 grid
    const s = tinyScenario(input);
    const c = tinyCandidate();
    c.dayGrid = "kort";
    c.lessons = [];
    for (const g of s.groups)
      for (const [day, slots] of Object.entries(s.dayGrids[0].days))
        for (const sl of slots)
          if (sl.kind === "lesson")
            c.lessons.push({
              group: g.id,
              day: day as "mon",
              start: sl.start,
              end: sl.end,
              subject: "KLAS",
              staff: g.classTeachers,
            });
    expect(checkCandidate(s, c, WEEK_RULES).violations).toEqual([]);
  });
});
