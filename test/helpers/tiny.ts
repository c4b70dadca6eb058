// A tiny school for rule and solver tests: two lager classes, their class teachers, one PE teacher.
// Tests change a copy (structuredClone) to make one rule pass or fail.
import {
  parseScenario,
  type Candidate,
  type ScenarioInput,
  type Lesson,
  DAYS,
  lessonSlots,
} from "../../src/model/index.js";

const S = (start: string, end: string, kind: "lesson" | "break" | "lunch" | "staff" = "lesson") => ({
  start,
  end,
  kind,
});

export const USUAL_DAY = [
  S("08:30", "09:20"),
  S("09:20", "10:10"),
  S("10:10", "10:25", "break"),
  S("10:25", "11:15"),
  S("11:15", "12:05"),
  S("12:05", "13:20", "lunch"),
  S("13:20", "14:10"),
  S("14:10", "14:25", "break"),
  S("14:25", "15:15"),
];
export const WEDNESDAY = [
  S("08:30", "09:20"),
  S("09:20", "10:10"),
  S("10:10", "10:25", "break"),
  S("10:25", "11:15"),
  S("11:15", "12:05"),
];
/** A kleuter day with other break and lunch times than USUAL_DAY (speeltijd 10:10–10:20, middag 12:00–13:10). */
export const KLEUTER_WEDNESDAY = [
  S("08:30", "09:20"),
  S("09:20", "10:10"),
  S("10:10", "10:20", "break"),
  S("10:20", "11:10"),
  S("11:10", "12:00"),
];
export const KLEUTER_DAY = [
  ...KLEUTER_WEDNESDAY,
  S("12:00", "13:10", "lunch"),
  S("13:10", "14:00"),
  S("14:00", "14:20", "break"),
  S("14:20", "15:10"),
];
/** PRACTICES lever 7: 4 lestijden 8:25-12:00, 2 lestijden 13:15-15:00, 15:00-17:00 child-free. */
export const SHORT_DAY = [
  S("08:25", "09:15"),
  S("09:15", "10:05"),
  S("10:05", "10:20", "break"),
  S("10:20", "11:10"),
  S("11:10", "12:00"),
  S("12:00", "13:15", "lunch"),
  S("13:15", "14:05"),
  S("14:10", "15:00"),
  S("15:00", "17:00", "staff"),
];

export function usualGrid(id = "gewoon") {
  return {
    id,
    name: "Gewone week 6/6/4/6/6",
    days: { mon: USUAL_DAY, tue: USUAL_DAY, wed: WEDNESDAY, thu: USUAL_DAY, fri: USUAL_DAY },
  };
}

export function tinyInput(): ScenarioInput {
  return {
    name: "Tiny school",
    schoolYear: "2026-2027",
    dayGrids: [usualGrid()],
    groups: [
      { id: "L1", level: "lager", grades: [1], pupils: 18, classTeachers: ["kt1"] },
      { id: "L2", level: "lager", grades: [2], pupils: 20, classTeachers: ["kt2"] },
    ],
    staff: [
      { id: "kt1", name: "An Peeters", ambt: "onderwijzer" },
      { id: "kt2", name: "Bram Janssens", ambt: "onderwijzer" },
      { id: "lo1", name: "Chris Maes", ambt: "leermeester-lo", fraction: "8/24" },
    ],
    subjects: [
      { id: "LO", name: "Bewegingsopvoeding", groups: ["L1", "L2"], periods: 2, taughtBy: { staff: ["lo1"] } },
    ],
    releaseGoals: [],
  };
}

export const tinyScenario = (input: ScenarioInput = tinyInput()) => parseScenario(input);

/**
 * A valid week for the tiny school: LO for L1 on Mon/Thu first period, for L2 on Mon/Thu second period;
 * the class teacher takes every other lesson slot.
 */
export function tinyCandidate(): Candidate {
  const s = tinyScenario();
  const grid = s.dayGrids[0];
  const lo: Record<string, [string, number][]> = {
    L1: [
      ["mon", 0],
      ["thu", 0],
    ],
    L2: [
      ["mon", 1],
      ["thu", 1],
    ],
  };
  const lessons: Lesson[] = [];
  for (const g of s.groups) {
    for (const day of DAYS) {
      for (const slot of lessonSlots(grid, day)) {
        const isLo = lo[g.id].some(([d, i]) => d === day && i === slot.index);
        lessons.push({
          group: g.id,
          day,
          start: slot.start,
          end: slot.end,
          subject: isLo ? "LO" : "KLAS",
          staff: isLo ? ["lo1"] : g.classTeachers,
        });
      }
    }
  }
  return {
    status: "feasible",
    objective: 0,
    bound: 0,
    dayGrid: grid.id,
    lessons,
    releases: [],
    metrics: { releaseMinutes: 0, goalsMet: 0, goalsTotal: 0 },
    violations: [],
  };
}

/**
 * The tiny school with a release (for the timetable.* rule tests): L1 gets a co-teacher, L2 an independent
 * intern on Tuesdays, and goal "plg" (kt1 + kt2 + pedagogical adviser, ≥ 100 min) meets Tuesday 08:30-10:10
 * while the co-teacher takes L1 alone and the intern takes L2. Valid for every structural rule.
 */
export function tinyReleaseInput(): ScenarioInput {
  const input = tinyInput();
  input.groups[0].coTeachers = ["co1"];
  input.staff.push(
    { id: "co1", name: "Dirk Claes", ambt: "onderwijzer", fraction: "12/24" },
    { id: "zorg1", name: "Els Wouters", ambt: "onderwijzer", fraction: "12/24", flags: { careTeacher: true } },
  );
  input.externals = [
    {
      id: "pb1",
      name: "Greet Van Damme",
      kind: "pedagogical-adviser",
      availability: { tue: [{ from: "08:00", to: "12:00" }] },
    },
  ];
  input.interns = [
    {
      id: "i2",
      name: "Fien Smet",
      college: "Odisee",
      mentor: "kt2",
      group: "L2",
      placements: [{ from: "2026-10-05", to: "2026-10-16" }],
      weekdays: ["tue"],
      independent: true,
    },
  ];
  input.releaseGoals = [
    { id: "plg", name: "PLG lezen", members: ["kt1", "kt2"], externals: ["pb1"], minBlockMinutes: 100 },
  ];
  return input;
}

export function tinyReleaseCandidate(): Candidate {
  const c = tinyCandidate();
  for (const l of c.lessons) {
    if (l.day !== "tue" || (l.start !== "08:30" && l.start !== "09:20")) continue;
    if (l.group === "L1") l.staff = ["co1"];
    if (l.group === "L2") Object.assign(l, { staff: [], interns: ["i2"] });
  }
  c.releases = [
    {
      goal: "plg",
      day: "tue",
      start: "08:30",
      end: "10:10",
      staff: ["kt1", "kt2"],
      externals: ["pb1"],
      cover: [
        { group: "L1", by: "coteacher:co1" },
        { group: "L2", by: "intern:i2" },
      ],
    },
  ];
  return c;
}

/** The tiny week with kt1 released on Monday 08:30–09:20 for `goal`, while L1 has LO (so LO covers the class). */
export function tinyVisitCandidate(goal = "visit", extra: Partial<Candidate["releases"][number]> = {}): Candidate {
  const c = tinyCandidate();
  c.releases = [
    {
      goal,
      day: "mon",
      start: "08:30",
      end: "09:20",
      staff: ["kt1"],
      externals: [],
      cover: [{ group: "L1", by: "LO" }],
      ...extra,
    },
  ];
  return c;
}
