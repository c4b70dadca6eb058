// The terminal week grids (issue 10, "shown wrong"): rows are the candidate's own day grid — a day without a slot
// shows "·" instead of borrowing another day's row — and a teacher's grid shows the child-free staff slots, where
// a meeting after the lessons happens.
import { describe, expect, it } from "vitest";
import { groupGrids, renderSolve, teacherGrids } from "../src/cli/render-week.js";
import { loadScenario } from "../src/model/index.js";
import { solveHere } from "./helpers/solve.js";

describe("terminal week grids", async () => {
  const s = loadScenario("fixtures/city-school.json");
  const c = (await solveHere(s, { candidates: 1 })).candidates[0];
  const plg = c.releases.find((r) => r.goal === "plg-rekenen")!;

  it("a teacher's grid has the after-school staff slot with the meeting in it", () => {
    expect(plg.start >= "15:00").toBe(true); // plg-rekenen meets after the lessons in the best week
    const who = s.staff.find((p) => p.id === plg.staff[0])!;
    const grid = teacherGrids(s, c)
      .split("\n\n")
      .find((g) => g.startsWith(`${who.name} (`))!;
    const row = grid.split("\n").find((l) => l.trimStart().startsWith(`${plg.start}-${plg.end}`))!;
    expect(row).toContain("[plg-rekenen]");
  });

  it("a day without a slot shows '·': Wednesday has no afternoon", () => {
    const grid = groupGrids(s, c).split("\n\n")[0].split("\n");
    const afternoon = grid.find((l) => l.trimStart().startsWith("13:20-14:10"))!;
    const wednesday = afternoon.slice(2 + 12 + 2 * 13, 2 + 12 + 3 * 13).trim();
    expect(wednesday).toBe("·");
    // Class grids have no staff-slot rows: pupils have gone home.
    expect(grid.some((l) => l.trimStart().startsWith("15:00-17:00"))).toBe(false);
  });
});

describe("the terminal summary in names", async () => {
  const s = loadScenario("fixtures/practices/level-grids.json");
  const t = await solveHere(s, { candidates: 1 });
  const text = renderSolve(s, t, "summary");

  it("says who takes each class by name and role, not by id ('care:zorg1', 'LO')", () => {
    const line = text.split("\n").find((l) => l.trimStart().startsWith("opvang:"))!;
    expect(line).not.toMatch(/care:|← /);
    const k3 = t.candidates[0].releases[0].cover.filter((x) => x.group === "K3");
    expect(k3.length).toBeGreaterThan(0);
    expect(line).toMatch(/K3: (zorgleerkracht|LO bij) /);
  });

  it("gives each lunch post its own lunch time when the kleuters have another lunch", () => {
    const monday = text.split("\n").find((l) => l.trimStart().startsWith("maandag —"))!;
    expect(monday).toMatch(/Speelplaats kleuters \(12:00–13:10\): /);
    expect(monday).toMatch(/Speelplaats lager \(12:05–13:20\): /);
  });

  it("names the day grid and says 'bewezen' for a proven week", () => {
    const row = text.split("\n").find((l) => /^\s+1 {2}/.test(l))!;
    expect(row).toContain("bewezen");
    expect(row).toContain(s.dayGrids.find((g) => g.id === t.candidates[0].dayGrid)!.name);
  });
});
