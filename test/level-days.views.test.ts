// Issue 10 item 6 in the views: a day grid whose kleuter days have other break and lunch times. A kleuter class's
// week follows its own days, a person who works in both levels gets rows by clock time, and no lesson is ever
// drawn in a row of the other level. The school: test/helpers/level-days.ts (the village school, kleuter lunch
// 12:00–13:10, its week with the kleuter lessons at the kleuter times).
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { Timetable } from "../src/model/index.js";
import { classDays, gridOfLevels, levelsOfPeople, mergeGrids } from "../src/model/level-days.js";
import { namesOf } from "../web/src/lib/names.js";
import { buildWeekIndex, classWeek, goalWeek, teacherWeek, type WeekModel } from "../web/src/lib/week.js";
import { levelDaysSchool } from "./helpers/level-days.js";

const nl = (a: string) => a;
const { scenario, candidate } = levelDaysSchool();
const ix = buildWeekIndex(scenario, candidate, namesOf(scenario, nl), nl);
const DAY = ["mon", "tue", "wed", "thu", "fri"];

/** The cell of the row start–end on that day (undefined when the week has no such row). */
const cell = (m: WeekModel, day: string, start: string, end: string) => {
  const r = m.rows.findIndex((x) => x.start === start && x.end === end);
  return r < 0 ? undefined : m.cells[r][DAY.indexOf(day)];
};
const times = (m: WeekModel) => m.rows.map((r) => `${r.start}-${r.end} ${r.kind}`);

describe("the days a class, a person, a set of classes follows (src/model/level-days.ts)", () => {
  const grid = scenario.dayGrids[0];
  it("a kleuter class: the kleuter days; a lager class: the main days", () => {
    const days = classDays(grid, scenario.groups, candidate.lessons);
    expect([days.get("K1"), days.get("L1")]).toEqual(["kleuter", undefined]);
    expect(gridOfLevels(grid, [days.get("K1")]).days.mon.find((s) => s.kind === "lunch")).toMatchObject({
      start: "12:00",
      end: "13:10",
    });
    expect(gridOfLevels(grid, [days.get("L1")])).toBe(grid);
  });
  it("the LO teacher (both levels): both lunches on Monday, each slot once; a kleuter teacher: only the kleuter's", () => {
    const levels = levelsOfPeople(scenario, candidate, classDays(grid, scenario.groups, candidate.lessons));
    expect([...levels.get("lo")!].map(String).sort()).toEqual(["kleuter", "undefined"]);
    const lunches = (id: string) =>
      gridOfLevels(grid, levels.get(id) ?? [])
        .days.mon.filter((s) => s.kind === "lunch")
        .map((s) => `${s.start}-${s.end}`);
    expect(lunches("lo")).toEqual(["12:00-13:10", "12:05-13:20"]);
    expect(lunches("kt-k1")).toEqual(["12:00-13:10"]);
    expect(lunches("kt-l2")).toEqual(["12:05-13:20"]);
    // 08:30–09:20 is in both grids: one slot.
    expect(
      mergeGrids([grid, gridOfLevels(grid, ["kleuter"])]).days.mon.filter((s) => s.start === "08:30"),
    ).toHaveLength(1);
  });
  it("a week whose kleuter lessons still sit on the main days (made before the kleuter days): the main days", () => {
    const old = Timetable.parse(JSON.parse(readFileSync("fixtures/village-school.timetable.json", "utf8")))
      .candidates[0];
    const days = classDays(grid, scenario.groups, old.lessons);
    expect(days.get("K1")).toBeUndefined();
    const m = classWeek(buildWeekIndex(scenario, old, namesOf(scenario, nl), nl), "K1");
    expect(cell(m, "mon", "08:30", "09:20")?.main).toBe("LO · Pieter Willems");
    expect(cell(m, "mon", "09:20", "10:10")?.main).toBe("Klasleerkracht");
    expect(m.rows.some((r) => r.start === "12:00")).toBe(false);
  });
});

describe("web and print week (src/export/print/week.ts)", () => {
  it("K1's week has the kleuter rows: break 10:00–10:20, lunch 12:00–13:10, and no lager row", () => {
    const m = classWeek(ix, "K1");
    expect(times(m).slice(0, 7)).toEqual([
      "08:30-09:20 lesson",
      "09:20-10:00 lesson",
      "10:00-10:20 break",
      "10:20-11:10 lesson",
      "11:10-12:00 lesson",
      "12:00-13:10 lunch",
      "13:10-14:00 lesson",
    ]);
    expect(times(m)).not.toContain("12:05-13:20 lunch");
    expect(times(m)).not.toContain("10:25-11:15 lesson");
  });

  it("a kleuter lesson sits in its kleuter row at its kleuter time", () => {
    const m = classWeek(ix, "K3");
    // LO for K3 on Monday, the 3rd period: 10:20–11:10 for the kleuters.
    expect(cell(m, "mon", "10:20", "11:10")?.main).toBe("LO · Pieter Willems");
    expect(cell(m, "mon", "10:20", "11:10")?.lesson).toEqual({
      group: "K3",
      subject: "LO",
      day: "mon",
      start: "10:20",
    });
    expect(cell(m, "mon", "10:25", "11:15")).toBeUndefined();
  });

  it("the kernteam (13:20–17:00) covers K3 in each of its own slots the block overlaps, from 13:10", () => {
    const m = classWeek(ix, "K3");
    const first = cell(m, "thu", "13:10", "14:00")!;
    expect(first.goal).toBe("kernteam");
    expect(first.state).toBe("cover");
    expect(first.main).toMatch(/^K3: /);
    expect(cell(m, "thu", "14:00", "15:00")?.goal).toBe("kernteam");
    // The kleuter lunch ends before the block: no band there.
    expect(cell(m, "thu", "12:00", "13:10")?.goal).toBeUndefined();
  });

  it("the LO teacher's week: rows by clock time of both grids, each lesson in its own row, never 'vrij' while busy", () => {
    const m = teacherWeek(ix, "lo");
    const keys = times(m);
    for (const row of ["09:20-10:00 lesson", "09:20-10:10 lesson", "10:20-11:10 lesson", "10:25-11:15 lesson"])
      expect(keys).toContain(row);
    expect(keys).toContain("12:00-13:10 lunch");
    expect(keys).toContain("12:05-13:20 lunch");
    // Rows in clock order.
    const from = m.rows.map((r) => r.from);
    expect(from).toEqual([...from].sort((a, b) => a - b));
    // Monday: K2 at the kleuter 09:20–10:00, K3 at the kleuter 10:20–11:10, L1 at the lager 11:15–12:05.
    expect(cell(m, "mon", "09:20", "10:00")?.main).toBe("K2 · LO");
    expect(cell(m, "mon", "10:20", "11:10")?.main).toBe("K3 · LO");
    expect(cell(m, "mon", "11:15", "12:05")?.main).toBe("L1 · LO");
    // The overlapping rows of the other level that hour are neither a lesson nor "vrij".
    for (const [s, e] of [
      ["09:20", "10:10"],
      ["10:25", "11:15"],
      ["11:10", "12:00"],
    ]) {
      const c = cell(m, "mon", s, e)!;
      expect(c.main).toBe("");
      expect(c.state).toBeUndefined();
    }
    // A lager row where LO has nothing at all is free.
    expect(cell(m, "mon", "13:20", "14:10")?.main).toBe("L2 · LO");
    expect(cell(m, "tue", "13:20", "14:10")?.state).toBe("free");
    // Never a lesson in a row whose times are not the lesson's.
    for (const [r, row] of m.rows.entries())
      for (const [d, c] of m.cells[r].entries()) {
        if (!c.main || c.goal || c.state) continue;
        expect(
          candidate.lessons.some(
            (l) => l.staff.includes("lo") && l.day === DAY[d] && l.start === row.start && l.end === row.end,
          ),
        ).toBe(true);
      }
  });

  it("the LO teacher's rows: a lesson number only where it names one row; a duty in the one slot that holds it", () => {
    const m = teacherWeek(ix, "lo");
    const row = (start: string, end: string) => m.rows.find((r) => r.start === start && r.end === end)!;
    expect(row("08:30", "09:20").period).toBe(1); // lesson 1 in both grids
    expect(row("09:20", "10:00").period).toBeUndefined(); // lesson 2 of the kleuters…
    expect(row("09:20", "10:10").period).toBeUndefined(); // …and of the lager: two rows, no number
    // Tuesday's playground duty 14:10–14:25 is in the lager break, not in the kleuter rows around it.
    const duty = "Toezicht 14:10–14:25: speelplaats speeltijd";
    expect(cell(m, "tue", "14:10", "14:25")?.sub).toContain(duty);
    expect(cell(m, "tue", "14:00", "14:20")?.sub).not.toContain(duty);
    expect(cell(m, "tue", "14:20", "15:15")?.sub).not.toContain(duty);
    // Thursday's gate duty 12:05–12:20 lies in both lunches: shown once, in the one that starts with it.
    const gate = "Toezicht 12:05–12:20: poort na de voormiddag";
    expect(cell(m, "thu", "12:05", "13:20")?.sub).toContain(gate);
    expect(cell(m, "thu", "12:00", "13:10")?.sub).not.toContain(gate);
    // Wednesday has no lunch in either grid: a gate duty then is still shown once, not in both lunch rows.
    const s2 = structuredClone(scenario);
    s2.staff.find((p) => p.id === "lo")!.supervision = [{ day: "wed", start: "12:05", end: "12:20", label: "poort" }];
    const wed = teacherWeek(buildWeekIndex(s2, candidate, namesOf(s2, nl), nl), "lo");
    const withGate = wed.rows.filter((_, i) => wed.cells[i][2].sub.includes("Toezicht 12:05–12:20: poort"));
    expect(withGate.map((r) => `${r.start}-${r.end}`)).toEqual(["12:05-13:20"]);
  });

  it("a kleuter teacher's week has only the kleuter rows, her release band from her own 13:10 slot", () => {
    const m = teacherWeek(ix, "kt-k3");
    expect(times(m)).not.toContain("12:05-13:20 lunch");
    expect(cell(m, "thu", "13:10", "14:00")?.goal).toBe("kernteam");
    // Free while LO teaches K3 at the kleuter 10:20–11:10.
    expect(cell(m, "mon", "10:20", "11:10")?.state).toBe("free");
  });

  it("the goal's week lists K3 in the kleuter rows and L56 in the lager rows, never the other way", () => {
    const m = goalWeek(ix, "kernteam");
    const k = cell(m, "thu", "13:10", "14:00")!;
    const l = cell(m, "thu", "13:20", "14:10")!;
    expect(k.sub.filter((x) => /^(K3|L56):/.test(x))).toEqual([expect.stringMatching(/^K3: /)]);
    expect(l.sub.filter((x) => /^(K3|L56):/.test(x))).toEqual(["L56: LO bij Pieter Willems"]);
    // One band, one start: the members are named once, in the first row (K3's 13:10), not again at 13:20.
    expect([k.releaseStart, l.releaseStart]).toEqual([true, false]);
    expect(l.sub).not.toContain("Evi Mertens, Hilde Jacobs, Griet Van den Broeck");
    const starts = m.cells.flat().filter((c) => c.releaseStart);
    expect(starts.map((c) => `${c.day} ${c.start}`)).toEqual(["thu 13:10"]);
  });
});
