// A warm-up solve for a spare worker that would otherwise sit idle (the API server, issue 11): V8 compiles HiGHS'
// WebAssembly functions and our own code lazily, on their first call, so the first real solve in a fresh worker pays
// for that compilation. Solving a tiny school first (two classes, one PE teacher, one goal) calls the same
// functions — the scenario schema, the rules' encode() and check(), HiGHS' presolve, simplex and branching.
import { parseScenario, type ScenarioInput } from "../src/model/index.js";
import { solveCore } from "./core.js";
import { makeHighsEngine, type Highs } from "./engines/highs.js";

const day = (short: boolean) => [
  { start: "08:30", end: "09:20" },
  { start: "09:20", end: "10:10" },
  { start: "10:10", end: "10:25", kind: "break" as const },
  { start: "10:25", end: "11:15" },
  { start: "11:15", end: "12:05" },
  ...(short
    ? []
    : [
        { start: "12:05", end: "13:20", kind: "lunch" as const },
        { start: "13:20", end: "14:10" },
        { start: "14:10", end: "14:25", kind: "break" as const },
        { start: "14:25", end: "15:15" },
      ]),
];

const TINY_SCHOOL: ScenarioInput = {
  name: "Opwarmen",
  schoolYear: "2026-2027",
  dayGrids: [
    {
      id: "g",
      name: "Week",
      days: { mon: day(false), tue: day(false), wed: day(true), thu: day(false), fri: day(false) },
    },
  ],
  groups: [
    { id: "L1", level: "lager", grades: [1], pupils: 18, classTeachers: ["kt1"] },
    { id: "L2", level: "lager", grades: [2], pupils: 20, classTeachers: ["kt2"] },
  ],
  staff: [
    { id: "kt1", name: "A", ambt: "onderwijzer" },
    { id: "kt2", name: "B", ambt: "onderwijzer" },
    { id: "lo1", name: "C", ambt: "leermeester-lo", fraction: "8/24" },
  ],
  subjects: [{ id: "LO", name: "LO", groups: ["L1", "L2"], periods: 2, maxPerDay: 2, taughtBy: { staff: ["lo1"] } }],
  releaseGoals: [{ id: "visit", name: "Hospiteren", members: ["kt1"], mode: "digital", minBlockMinutes: 100 }],
};

/** Solve the tiny school once and forget the answer; a failure here only means the first real solve stays cold. */
export function warmUp(highs: Highs): void {
  try {
    const engine = makeHighsEngine(highs);
    solveCore(parseScenario(TINY_SCHOOL), {
      candidates: 1,
      timeLimitSeconds: 5,
      deadline: Date.now() + 5000,
      engine,
      explainEngine: engine,
    });
  } catch {
    // Nothing to report: the real job will run (and report) on its own.
  }
}
