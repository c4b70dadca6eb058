// A richer school for the year plan and iCal tests (shared by test/plan*.test.ts and test/ical*.test.ts):
// the tiny school plus a care teacher, a pedagogical adviser, a trainer with dated availability, an intern
// and release goals of every frequency kind (weekly, every N weeks, the monthly pattern weeks 1-4).
import type { Candidate, Lesson, ScenarioInput } from "../src/model/index.js";
import { tinyCandidate, tinyInput, tinyScenario } from "./helpers/tiny.js";

export function planInput(): ScenarioInput {
  const input = tinyInput();
  input.name = "Basisschool De Linde";
  input.staff = [
    ...input.staff!,
    { id: "zorg1", name: "Dirk Wouters", ambt: "onderwijzer", fraction: "12/24", flags: { careTeacher: true } },
  ];
  input.externals = [
    {
      id: "pb1",
      name: "Els Claes",
      kind: "pedagogical-adviser",
      availability: { thu: [{ from: "13:00", to: "16:00" }] },
    },
    {
      id: "tr1",
      name: "Frank Goossens",
      kind: "trainer",
      dates: [{ date: "2026-10-14" }, { date: "2027-01-20" }, { date: "2027-03-03" }, { date: "2027-05-19" }],
    },
  ];
  input.interns = [
    {
      id: "st1",
      name: "Greet Hermans",
      college: "Hogeschool Gent",
      mentor: "kt1",
      group: "L1",
      independent: true,
      weekdays: ["tue", "thu"],
      placements: [
        { from: "2026-11-16", to: "2026-12-04" },
        { from: "2027-03-01", to: "2027-03-19" },
      ],
    },
  ];
  const monthly = (
    id: string,
    name: string,
    week: number,
    purpose: "partners" | "kernteam" | "team" | "own-choice",
    externals: string[] = [],
  ) => ({
    id,
    name,
    purpose,
    members: ["kt1", "kt2"],
    externals,
    frequency: { kind: "monthly-pattern" as const, week },
  });
  input.releaseGoals = [
    { id: "plg-taal", name: "PLG taal", purpose: "plg", members: ["kt1", "kt2"], externals: ["pb1"] },
    {
      id: "visitatie",
      name: "Collegiale visitatie",
      purpose: "peer-visit",
      members: ["kt1"],
      minBlockMinutes: 90,
      // While the independent intern takes L1: every week of each placement (release.dated-lever).
      frequency: { kind: "placement-week" },
    },
    {
      id: "zorg",
      name: "Zorgoverleg",
      purpose: "zorg",
      members: ["kt2"],
      minBlockMinutes: 90,
      frequency: { kind: "every-n-weeks", n: 3 },
    },
    monthly("partners", "Graadspartners", 1, "partners"),
    monthly("kernteam", "Kernteam", 2, "kernteam"),
    monthly("team", "Teamnascholing", 3, "team", ["tr1"]),
    monthly("eigen", "Eigen keuze", 4, "own-choice"),
  ];
  input.calendar = {
    studyDays: [
      { date: "2026-10-07", topic: "Taalbeleid" },
      { date: "2027-03-04", part: "pm" },
    ],
    facultativeDays: [{ date: "2026-11-16", part: "am" }, { date: "2027-02-15" }, { date: "2027-05-10", part: "pm" }],
    examWeeks: [{ from: "2027-06-14", to: "2027-06-18" }],
  };
  return input;
}

export const planScenario = () => tinyScenario(planInput());

/** The tiny week with release blocks: cover by LO, the care teacher, the intern and ateliers. */
export function planCandidate(): Candidate {
  const c = tinyCandidate();
  const set = (group: string, day: Lesson["day"], start: string, patch: Partial<Lesson>) => {
    const l = c.lessons.find((x) => x.group === group && x.day === day && x.start === start)!;
    Object.assign(l, patch);
  };
  // Thursday afternoon PLG: L1 has LO, L2 the care teacher.
  for (const t of ["13:20", "14:25"]) {
    set("L1", "thu", t, { subject: "LO", staff: ["lo1"] });
    set("L2", "thu", t, { subject: "KLAS", staff: ["zorg1"] });
    // Tuesday afternoon: the intern takes L1 while kt1 visits a colleague.
    set("L1", "tue", t, { subject: "KLAS", staff: [], interns: ["st1"] });
  }
  // Monday/Thursday mornings lose their LO for L1 (moved to Thursday afternoon): class teacher.
  set("L1", "mon", "08:30", { subject: "KLAS", staff: ["kt1"] });
  set("L1", "thu", "08:30", { subject: "KLAS", staff: ["kt1"] });
  // Wednesday morning ateliers (both classes) led by volunteers: kt1 and kt2 are free.
  for (const g of ["L1", "L2"])
    for (const t of ["08:30", "09:20", "10:25", "11:15"])
      set(g, "wed", t, { subject: "ATELIER", staff: [], externals: ["pb1"], atelierPlan: "wo-ateliers" });
  // Friday late morning: L2 has LO while kt2 is in the care meeting.
  for (const t of ["10:25", "11:15"]) set("L2", "fri", t, { subject: "LO", staff: ["lo1"] });
  set("L2", "mon", "09:20", { subject: "KLAS", staff: ["kt2"] });
  set("L2", "thu", "09:20", { subject: "KLAS", staff: ["kt2"] });
  const wed = (goal: string, externals: string[] = []) => ({
    goal,
    day: "wed" as const,
    start: "08:30",
    end: "12:05",
    staff: ["kt1", "kt2"],
    externals,
    cover: [
      { group: "L1", by: "atelier" },
      { group: "L2", by: "atelier" },
    ],
  });
  c.releases = [
    {
      goal: "plg-taal",
      day: "thu",
      start: "13:20",
      end: "15:15",
      staff: ["kt1", "kt2"],
      externals: ["pb1"],
      cover: [
        { group: "L1", by: "LO" },
        { group: "L2", by: "care:zorg1" },
      ],
    },
    {
      goal: "visitatie",
      day: "tue",
      start: "13:20",
      end: "15:15",
      staff: ["kt1"],
      externals: [],
      cover: [{ group: "L1", by: "intern:st1" }],
    },
    {
      goal: "zorg",
      day: "fri",
      start: "10:25",
      end: "12:05",
      staff: ["kt2"],
      externals: [],
      cover: [{ group: "L2", by: "LO" }],
    },
    wed("partners"),
    wed("kernteam"),
    wed("team", ["tr1"]),
    wed("eigen"),
  ];
  return c;
}
