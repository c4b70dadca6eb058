// The views on a week the real solver made for kleuters with their own breaks and lunch
// (fixtures/practices/level-grids.json, HiGHS): in the web/print week, the xlsx/csv tables and the terminal, every
// lesson of every class and every person is drawn exactly once, in the row with its own times — never in a row of
// the other level — and a kleuter class's rows are the kleuter days.
import { beforeAll, describe, expect, it } from "vitest";
import { groupGrids, teacherGrids } from "../src/cli/render-week.js";
import { classWeeks, fetRefusal, teacherWeeks } from "../src/export/index.js";
import { loadScenario, type Candidate } from "../src/model/index.js";
import { namesOf } from "../web/src/lib/names.js";
import { buildWeekIndex, classWeek, teacherWeek, type WeekModel } from "../web/src/lib/week.js";
import { solveHere } from "./helpers/solve.js";

const DAY = ["mon", "tue", "wed", "thu", "fri"] as const;
const nl = (a: string) => a;
const s = loadScenario("fixtures/practices/level-grids.json");
let c: Candidate;

beforeAll(async () => {
  const t = await solveHere(s);
  expect(t.candidates.length).toBeGreaterThan(0);
  c = t.candidates[0];
}, 300_000);

/** The rows (start–end) of a model in which this lesson's cell is not empty, on its day. */
const rowsWith = (m: WeekModel, l: Candidate["lessons"][number], text: (main: string) => boolean) =>
  m.rows.flatMap((r, i) => (text(m.cells[i][DAY.indexOf(l.day)].main) ? [`${r.start}-${r.end}`] : []));

describe("a solved week with kleuter days", () => {
  it("the kleuter lessons carry the kleuter times (the solver's side), the grid has kleuter days", () => {
    const kleuterLunch = s.dayGrids[0].levels?.kleuter?.mon.find((x) => x.kind === "lunch");
    const mainLunch = s.dayGrids[0].days.mon.find((x) => x.kind === "lunch");
    expect(kleuterLunch).toBeDefined();
    expect(kleuterLunch!.start).not.toBe(mainLunch!.start);
    expect(fetRefusal(s, c)?.message).toMatch(/geeft de kleuters andere lesuren/);
  });

  it("web/print class weeks: each lesson in exactly the row of its own times", () => {
    const ix = buildWeekIndex(s, c, namesOf(s, nl), nl);
    let checked = 0;
    for (const g of s.groups) {
      const m = classWeek(ix, g.id);
      for (const l of c.lessons.filter((x) => x.group === g.id)) {
        const row = m.rows.findIndex((r) => r.start === l.start && r.end === l.end);
        expect(row, `${g.id} ${l.day} ${l.start}-${l.end}`).toBeGreaterThanOrEqual(0);
        const cell = m.cells[row][DAY.indexOf(l.day)];
        expect(cell.lesson?.start ?? cell.release?.start, `${g.id} ${l.day} ${l.start}`).toBeDefined();
        checked++;
      }
      if (g.level === "kleuter") expect(m.rows.some((r) => r.kind === "lunch" && r.start === "12:00")).toBe(true);
    }
    expect(checked).toBe(c.lessons.length);
  });

  it("web/print teacher weeks: each person's lesson appears once, in its own row", () => {
    const ix = buildWeekIndex(s, c, namesOf(s, nl), nl);
    let checked = 0;
    for (const p of s.staff) {
      const m = teacherWeek(ix, p.id);
      for (const l of c.lessons.filter((x) => x.staff.includes(p.id))) {
        if (c.releases.some((r) => r.staff.includes(p.id) && r.day === l.day && r.start < l.end && l.start < r.end))
          continue; // a person released then shows the band (the lesson is another's)
        const found = rowsWith(m, l, (main) => main.includes(l.group) || main.includes(l.mergedWith ?? "\u0000"));
        expect(found, `${p.id} ${l.group} ${l.day} ${l.start}-${l.end}`).toContain(`${l.start}-${l.end}`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("xlsx/csv tables: each lesson in its class's row with its times only", () => {
    const weeks = classWeeks(s, c);
    let checked = 0;
    for (const l of c.lessons) {
      const w = weeks.find((x) => x.id === l.group)!;
      const rows = w.rows.flatMap((r, i) => (w.cells[i][DAY.indexOf(l.day)].length ? [`${r.start}-${r.end}`] : []));
      expect(rows, `${l.group} ${l.day}`).toContain(`${l.start}-${l.end}`);
      checked++;
    }
    expect(checked).toBe(c.lessons.length);
    // A person's table: the number of filled lesson cells is the number of their lessons (none twice).
    for (const t of teacherWeeks(s, c)) {
      const lessons = c.lessons.filter((l) => l.staff.includes(t.id));
      const slots = new Set(lessons.map((l) => `${l.day}|${l.start}|${l.end}`));
      const drawn = t.rows.flatMap((r, i) =>
        DAY.flatMap((d, j) =>
          t.cells[i][j].some((x) => !x.startsWith("Overleg:")) ? [`${d}|${r.start}|${r.end}`] : [],
        ),
      );
      expect(new Set(drawn), t.id).toEqual(slots);
    }
  });

  it("terminal: a kleuter class's grid has the kleuter rows and none of the lager's", () => {
    const k = s.groups.find((g) => g.level === "kleuter")!;
    const text = groupGrids(s, c)
      .split("\n\n")
      .find((x) => x.startsWith(`Klas ${k.name ?? k.id}`))!;
    const own = new Set(
      (s.dayGrids[0].levels!.kleuter!.mon ?? []).filter((x) => x.kind === "lesson").map((x) => `${x.start}-${x.end}`),
    );
    const lager = s.dayGrids[0].days.mon.filter((x) => x.kind === "lesson" && !own.has(`${x.start}-${x.end}`));
    expect(lager.length).toBeGreaterThan(0);
    for (const x of lager) expect(text).not.toContain(`${x.start}-${x.end}`);
    for (const t of own) expect(text).toContain(t);
    expect(teacherGrids(s, c).length).toBeGreaterThan(0);
  });
});
