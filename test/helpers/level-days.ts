// A two-level school for the views (issue 10 item 6): the village school with kleuter days of their own —
// breaks 10:00–10:20 and 14:00–14:20, lunch 12:00–13:10 — and its stored week with every kleuter lesson moved to
// the kleuter slot of the same period (input data for the views; its 40-minute 09:20–10:00 kleuter lesson would not
// pass week.lesson-length, so tests that solve use fixtures/practices/level-grids.json).
import { readFileSync } from "node:fs";
import { parseScenario, Timetable, type Candidate, type Scenario } from "../../src/model/index.js";

/** Main-grid clock → kleuter clock (the other times stay). */
export const KLEUTER_TIME: Record<string, string> = {
  "10:10": "10:00",
  "10:25": "10:20",
  "11:15": "11:10",
  "12:05": "12:00",
  "13:20": "13:10",
  "14:10": "14:00",
  "14:25": "14:20",
};
const k = (clock: string) => KLEUTER_TIME[clock] ?? clock;

type Slot = { start: string; end: string; kind: string };

/** The raw village school with `levels.kleuter` on its day grid (and optional extra edits). */
export function levelDaysInput(): Record<string, unknown> & { dayGrids: { days: Record<string, Slot[]> }[] } {
  const raw = JSON.parse(readFileSync("fixtures/village-school.json", "utf8"));
  const grid = raw.dayGrids[0];
  grid.levels = {
    kleuter: Object.fromEntries(
      Object.entries(grid.days as Record<string, Slot[]>).map(([d, slots]) => [
        d,
        slots.map((s) => ({ ...s, start: k(s.start), end: k(s.end) })),
      ]),
    ),
  };
  return raw;
}

export function levelDaysSchool(): { scenario: Scenario; candidate: Candidate } {
  const scenario = parseScenario(levelDaysInput());
  const tt = Timetable.parse(JSON.parse(readFileSync("fixtures/village-school.timetable.json", "utf8")));
  const kleuter = new Set(scenario.groups.filter((g) => g.level === "kleuter").map((g) => g.id));
  const c = tt.candidates[0];
  const candidate: Candidate = {
    ...c,
    lessons: c.lessons.map((l) => (kleuter.has(l.group) ? { ...l, start: k(l.start), end: k(l.end) } : l)),
  };
  return { scenario, candidate };
}
