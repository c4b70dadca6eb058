// Pure logic of the availability grid (web/src/editor/availability.ts): a painted cell adds or takes its clock
// time, read back by the solver's own isAvailable; a person in both levels (the LO teacher, a care teacher)
// paints the rows of both levels by clock time (DayGrid.levels).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isAvailable } from "../src/model/index.js";
import {
  availabilityRows,
  covered,
  personLevels,
  toggleCell,
  wholeDay,
  type SlotLike,
} from "../web/src/editor/availability.js";
import { levelDaysInput } from "./helpers/level-days.js";

const rows = (...times: string[]): SlotLike[] => times.map((t) => ({ start: t.split("-")[0], end: t.split("-")[1] }));
// One level: two morning lessons, a break 10:10–10:25, two more.
const main = rows("08:30-09:20", "09:20-10:10", "10:25-11:15", "11:15-12:05");

describe("painting one level's rows", () => {
  it("joins neighbouring cells, over the break", () => {
    let w = toggleCell(main, undefined, 1, true);
    expect(w).toEqual([{ from: "09:20", to: "10:10" }]);
    w = toggleCell(main, w, 2, true);
    expect(w).toEqual([{ from: "09:20", to: "11:15" }]);
    expect(isAvailable({ mon: w }, "mon", "10:10", "10:25")).toBe(true); // stays over the break
  });
  it("does not join over a cell that is off, and splits a window when a cell goes off", () => {
    const w = toggleCell(main, [{ from: "08:30", to: "09:20" }], 2, true);
    expect(w).toEqual([
      { from: "08:30", to: "09:20" },
      { from: "10:25", to: "11:15" },
    ]);
    expect(toggleCell(main, [{ from: "08:30", to: "12:05" }], 1, false)).toEqual([
      { from: "08:30", to: "09:20" },
      { from: "10:10", to: "12:05" },
    ]);
  });
  it("keeps the time outside every row (a gate duty at 08:15)", () => {
    const w = toggleCell(main, [{ from: "08:15", to: "12:05" }], 3, false);
    expect(w).toEqual([{ from: "08:15", to: "11:15" }]);
    expect(isAvailable({ mon: w }, "mon", "08:15", "08:30")).toBe(true);
  });
  it("'altijd aanwezig' untick: the whole day from the earliest start to the latest end", () => {
    expect(wholeDay(rows("09:20-10:00", "08:30-09:20", "10:25-11:15", "10:20-11:10"))).toEqual([
      { from: "08:30", to: "11:15" },
    ]);
    expect(wholeDay([])).toEqual([]);
  });
});

describe("a person in both levels (village school with kleuter days)", () => {
  const draft = levelDaysInput() as Record<string, unknown> & { staff: { id: string }[] };
  const person = (id: string) => draft.staff.find((p) => p.id === id);
  const times = (id: string) => availabilityRows(draft, person(id)).mon.map((r) => `${r.start}-${r.end}`);

  it("works in the levels of their classes and subjects; nobody's class teacher: every level", () => {
    expect(personLevels(draft, person("kt-k1"))).toEqual(["kleuter"]);
    expect(personLevels(draft, person("kt-l1"))).toEqual(["lager"]);
    expect(personLevels(draft, person("lo")).sort()).toEqual(["kleuter", "lager"]); // LO for K1…L56
    expect(personLevels(draft, person("zorgco")).sort()).toEqual(["kleuter", "lager"]); // care teacher, no class
  });

  it("paints the rows of both levels by clock time, each row of one level named", () => {
    expect(times("kt-k1")).toEqual([
      "08:30-09:20",
      "09:20-10:00",
      "10:20-11:10",
      "11:10-12:00",
      "13:10-14:00",
      "14:20-15:15",
    ]);
    expect(times("kt-l1")).toEqual([
      "08:30-09:20",
      "09:20-10:10",
      "10:25-11:15",
      "11:15-12:05",
      "13:20-14:10",
      "14:25-15:15",
    ]);
    expect(times("lo")).toEqual([
      "08:30-09:20",
      "09:20-10:00",
      "09:20-10:10",
      "10:20-11:10",
      "10:25-11:15",
      "11:10-12:00",
      "11:15-12:05",
      "13:10-14:00",
      "13:20-14:10",
      "14:20-15:15",
      "14:25-15:15",
    ]);
    const lo = availabilityRows(draft, person("lo")).mon;
    expect(lo.find((r) => r.start === "08:30")?.level).toBeUndefined(); // both levels' lesson
    expect(lo.find((r) => r.start === "10:20")?.level).toBe("kleuter");
    expect(lo.find((r) => r.start === "10:25")?.level).toBe("lager");
    expect(availabilityRows(draft, person("kt-k1")).mon.every((r) => r.level === undefined)).toBe(true);
  });

  it("a painted kleuter-only period means that clock time to the solver, and not the lager period over it", () => {
    const slots = availabilityRows(draft, person("lo")).mon;
    const k = slots.findIndex((r) => r.start === "10:20" && r.end === "11:10");
    const w = toggleCell(slots, undefined, k, true);
    expect(w).toEqual([{ from: "10:20", to: "11:10" }]);
    expect(isAvailable({ mon: w }, "mon", "10:20", "11:10")).toBe(true);
    expect(isAvailable({ mon: w }, "mon", "10:25", "11:15")).toBe(false);
    expect(slots.filter((r) => covered(w, r)).map((r) => r.start)).toEqual(["10:20"]);
  });

  it("taking a kleuter period away takes the lager period that overlaps it too", () => {
    const slots = availabilityRows(draft, person("lo")).mon;
    const k = slots.findIndex((r) => r.start === "10:20");
    const w = toggleCell(slots, [{ from: "08:15", to: "15:30" }], k, false);
    expect(w).toEqual([
      { from: "08:15", to: "10:20" },
      { from: "11:10", to: "15:30" },
    ]);
    const off = slots.filter((r) => !covered(w, r)).map((r) => `${r.start}-${r.end}`);
    expect(off).toEqual(["10:20-11:10", "10:25-11:15"]);
  });

  it("the level-grids fixture: the LO teacher and the care teacher get both levels' rows", () => {
    const raw = JSON.parse(readFileSync("fixtures/practices/level-grids.json", "utf8"));
    const starts = (id: string) =>
      availabilityRows(
        raw,
        raw.staff.find((p: { id: string }) => p.id === id),
      ).mon.map((r) => r.start);
    expect(starts("lo1")).toContain("10:20");
    expect(starts("lo1")).toContain("10:25");
    expect(starts("zorg1")).toEqual(starts("lo1"));
    expect(starts("kt-k2")).not.toContain("10:25");
  });
});
