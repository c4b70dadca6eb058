// Comparing two week grids cell by cell (web/src/lib/compare-grid.ts), on the village school's solve result.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadScenario } from "../src/model/load.js";
import { Timetable, type Candidate } from "../src/model/timetable.js";
import { diffSentence, diffWeeks } from "../web/src/lib/compare-grid.js";
import { namesOf } from "../web/src/lib/names.js";
import { buildWeekIndex, classWeek, goalWeek, teacherWeek } from "../web/src/lib/week.js";

const nl = (a: string) => a;
const short = (d: string) => ({ mon: "ma", tue: "di", wed: "wo", thu: "do", fri: "vr" })[d]!;
const scenario = loadScenario("fixtures/village-school.json");
const base = Timetable.parse(JSON.parse(readFileSync("fixtures/village-school.timetable.json", "utf8"))).candidates[0];
const names = namesOf(scenario, nl);
const index = (c: Candidate) => buildWeekIndex(scenario, c, names, nl);

/** K1's Monday LO moves from the first to the second period. */
function swapped(): Candidate {
  const c = structuredClone(base);
  const lo = c.lessons.find((l) => l.group === "K1" && l.day === "mon" && l.start === "08:30")!;
  const klas = c.lessons.find((l) => l.group === "K1" && l.day === "mon" && l.start === "09:20")!;
  [lo.subject, lo.staff, klas.subject, klas.staff] = [klas.subject, klas.staff, lo.subject, lo.staff];
  return c;
}

describe("diffWeeks", () => {
  it("finds nothing between a week and itself", () => {
    expect(diffWeeks(classWeek(index(base), "L56"), classWeek(index(base), "L56"))).toEqual([]);
  });

  it("names exactly the two cells where K1's LO moved, in words", () => {
    const d = diffWeeks(classWeek(index(base), "K1"), classWeek(index(swapped()), "K1"));
    expect(d.map((x) => x.key)).toEqual(["mon|08:30|09:20", "mon|09:20|10:10"]);
    expect(diffSentence(d[0], short, nl)).toBe("ma 08:30–09:20: LO · Pieter Willems → Klasleerkracht");
    expect(diffSentence(d[1], short, nl)).toBe("ma 09:20–10:10: Klasleerkracht → LO · Pieter Willems");
    // The PE teacher's own week changes in the same two places.
    expect(diffWeeks(teacherWeek(index(base), "lo"), teacherWeek(index(swapped()), "lo")).map((x) => x.key)).toEqual([
      "mon|08:30|09:20",
      "mon|09:20|10:10",
    ]);
  });

  it("shows a release block that is gone as its three slots", () => {
    const none = { ...structuredClone(base), releases: [] };
    const d = diffWeeks(goalWeek(index(base), "kernteam"), goalWeek(index(none), "kernteam"));
    expect(d.map((x) => x.key)).toEqual(["thu|13:20|14:10", "thu|14:10|15:00", "thu|15:00|17:00"]);
    expect(d[0].a).toBe("Kernteam leesbeleid");
    expect(d[0].b).toBe("");
  });
});
