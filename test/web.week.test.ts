// The week grid's cells (web/src/lib/week.ts) on the village school and its stored solve result.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadScenario } from "../src/model/load.js";
import { Timetable } from "../src/model/timetable.js";
import { namesOf } from "../web/src/lib/names.js";
import {
  buildWeekIndex,
  cellKey,
  cellText,
  classWeek,
  goalWeek,
  teacherWeek,
  weekRows,
  type WeekModel,
} from "../web/src/lib/week.js";

const nl = (a: string) => a;
const scenario = loadScenario("fixtures/village-school.json");
const tt = Timetable.parse(JSON.parse(readFileSync("fixtures/village-school.timetable.json", "utf8")));
const candidate = tt.candidates[0];
const ix = buildWeekIndex(scenario, candidate, namesOf(scenario, nl), nl);

const at = (m: WeekModel, day: string, start: string) => {
  // Several rows can start at the same time (Thursday's 14:10 lesson, the others' 14:10 break): take the
  // one that is a slot on that day, else the first.
  const d = ["mon", "tue", "wed", "thu", "fri"].indexOf(day);
  const rows = m.rows.map((x, i) => i).filter((i) => m.rows[i].start === start);
  const r = rows.find((i) => m.cells[i][d].kind !== "none") ?? rows[0];
  return m.cells[r][d];
};

describe("week rows", () => {
  it("are the union of the day grid's slots in time order, breaks and staff time kept", () => {
    const rows = weekRows(scenario.dayGrids[0]);
    const keys = rows.map((r) => `${r.start}-${r.end} ${r.kind}`);
    expect(keys.slice(0, 6)).toEqual([
      "08:30-09:20 lesson",
      "09:20-10:10 lesson",
      "10:10-10:25 break",
      "10:25-11:15 lesson",
      "11:15-12:05 lesson",
      "12:05-13:20 lunch",
    ]);
    // Thursday is a 4+2 day: its 14:10-15:00 lesson and the 15:00-17:00 staff slot are rows of their own.
    expect(keys).toContain("14:10-15:00 lesson");
    expect(keys).toContain("15:00-17:00 staff");
    expect(rows[0].period).toBe(1);
  });

  it("number a row only when the number names one row: a 4+2 day's lesson 6 and the usual lesson 6 get times", () => {
    const rows = weekRows(scenario.dayGrids[0]);
    const at = (start: string, end: string) => rows.find((r) => r.start === start && r.end === end);
    expect(at("14:10", "15:00")?.kind).toBe("lesson");
    expect(at("14:10", "15:00")?.period).toBeUndefined();
    expect(at("14:25", "15:15")?.kind).toBe("lesson");
    expect(at("14:25", "15:15")?.period).toBeUndefined();
    expect(at("13:20", "14:10")?.period).toBe(5); // the same lesson on every day that has it
    const numbers = rows.flatMap((r) => (r.period === undefined ? [] : [r.period]));
    expect(new Set(numbers).size).toBe(numbers.length);
  });
});

describe("class view", () => {
  it("says who takes L56 while Hilde Jacobs is at the kernteam (LO, then the care coordinator)", () => {
    const m = classWeek(ix, "L56");
    const first = at(m, "thu", "13:20");
    expect(first.main).toBe("L56: LO bij Pieter Willems");
    expect(first.goal).toBe("kernteam");
    expect(first.releaseStart).toBe(true);
    expect(first.sub).toEqual(["Hilde Jacobs vrij"]);
    const second = at(m, "thu", "14:10");
    expect(second.main).toBe("L56: zorgleerkracht Marleen Verstraeten");
    expect(second.releaseStart).toBe(false);
  });

  it("draws the band over a break inside the block without a cover text (nobody needs covering then)", () => {
    const c = structuredClone(candidate);
    c.releases = [{ ...c.releases[0], day: "mon", start: "08:30", end: "11:15", cover: [] }];
    const m = classWeek(buildWeekIndex(scenario, c, namesOf(scenario, nl), nl), "L56");
    const pause = at(m, "mon", "10:10");
    expect([pause.kind, pause.goal, pause.main, pause.sub]).toEqual(["break", "kernteam", "", []]);
    expect(at(m, "mon", "08:30").main).toBe("L56: klas bij Hilde Jacobs"); // no cover entry: who teaches it
  });

  it("shows a merged class with the host class's teacher", () => {
    const cell = at(classWeek(ix, "K3"), "thu", "13:20");
    expect(cell.main).toBe("K3: samen met L1 (Annelies Peeters)");
  });

  it("names the specialist and the class teacher's own lessons, and leaves Wednesday afternoon empty", () => {
    const m = classWeek(ix, "K1");
    expect(at(m, "mon", "08:30").main).toBe("LO · Pieter Willems");
    expect(at(m, "mon", "08:30").lesson).toEqual({ group: "K1", subject: "LO", day: "mon", start: "08:30" });
    expect(at(m, "mon", "08:30").specialist).toBe(true);
    expect(at(m, "mon", "09:20").lesson).toEqual({ group: "K1", subject: "KLAS", day: "mon", start: "09:20" });
    expect(at(m, "mon", "09:20").specialist).toBe(false);
    expect(at(m, "mon", "09:20").main).toBe("Klasleerkracht");
    const wedAfternoon = at(m, "wed", "13:20");
    expect(wedAfternoon.kind).toBe("none");
    expect(wedAfternoon.main).toBe("");
    expect(m.goals).toEqual([]);
  });
});

describe("teacher view", () => {
  it("puts the goal's name in Evi Mertens's release band, her supervision and her lessons", () => {
    const m = teacherWeek(ix, "kt-k3");
    expect(m.title).toBe("Evi Mertens (K3)");
    const band = at(m, "thu", "13:20");
    expect(band.main).toBe("Kernteam leesbeleid");
    expect(band.goal).toBe("kernteam");
    expect(at(m, "thu", "15:00").goal).toBe("kernteam"); // the staff slot after lessons is part of the block
    expect(at(m, "mon", "14:10").sub).toEqual(["Toezicht 14:10–14:25: speelplaats speeltijd"]);
    expect(at(m, "mon", "08:30").main).toBe("K3 · klas");
    // Supervision before the first lesson has no row: it is listed under the grid.
    expect(m.notes).toEqual(["Toezicht vr 08:15–08:30: poort en speelplaats voor de lessen"]);
    expect(m.goals).toEqual([{ id: "kernteam", index: 0, name: "Kernteam leesbeleid" }]);
  });

  it("shows the PE teacher's classes and free periods", () => {
    const m = teacherWeek(ix, "lo");
    expect(at(m, "mon", "08:30").main).toBe("K1 · LO");
    expect(m.cells.flat().some((c) => c.state === "free" && c.main === "vrij")).toBe(true);
  });
});

describe("goal view", () => {
  it("lists the members and, per slot, who covers every member's class", () => {
    const m = goalWeek(ix, "kernteam");
    const first = at(m, "thu", "13:20");
    expect(first.main).toBe("Kernteam leesbeleid");
    expect(first.sub).toEqual([
      "Evi Mertens, Hilde Jacobs, Griet Van den Broeck",
      "K3: samen met L1 (Annelies Peeters)",
      "L56: LO bij Pieter Willems",
    ]);
    expect(at(m, "thu", "14:10").sub).toEqual([
      "K3: samen met L1 (Annelies Peeters)",
      "L56: zorgleerkracht Marleen Verstraeten",
    ]);
    expect(at(m, "thu", "15:00").sub).toEqual([]);
    expect(at(m, "mon", "08:30").goal).toBeUndefined();
    const cells = m.cells.flat().filter((c) => c.goal);
    expect(cells.map(cellKey)).toEqual(["thu|13:20|14:10", "thu|14:10|15:00", "thu|15:00|17:00"]);
    expect(cellText(first)).toContain("L56: LO bij Pieter Willems");
  });
});
