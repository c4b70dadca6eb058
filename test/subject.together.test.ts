// Subject.together: groups that take a subject together, at the same time, regrouped over its teachers
// (levensbeschouwing for L1 and L2 as two option groups). One lesson occupies both classes and both teachers,
// counts once in each teacher's load, and frees both class teachers at once (the specialist lever).
import { describe, expect, it } from "vitest";
import { checkCandidate } from "../constraints/check.js";
import { importTables } from "../src/import/spreadsheet.js";
import { plannedSpecialistPeriods, staffLoads } from "../constraints/staff/load.js";
import { InputError, parseScenario, type Candidate, type ScenarioInput } from "../src/model/index.js";
import { yearPlan } from "../src/plan/yearplan.js";
import { buildWeekIndex, teacherWeek } from "../src/export/print/week.js";
import { namesOf } from "../src/export/print/names.js";
import { verifyWeek } from "../solver/verify.js";
import { expectCleanWeek, solveHere } from "./helpers/solve.js";
import { tinyInput } from "./helpers/tiny.js";

const MONDAY_MORNING = { mon: [{ from: "08:30", to: "10:10" }] };

/**
 * The tiny school (L1, L2, PE teacher) plus levensbeschouwing: 2 lestijden a week for L1 and L2 together, in two
 * option groups (katholiek by Marleen, islam by Yusuf). Both are at school only on Monday 08:30–10:10: two lesson
 * slots. Apart that is 2 classes × 2 lestijden = 4 lessons for each of them in 2 slots (impossible); together it is
 * 2 lessons, exactly those two slots.
 */
function lbvInput(together = true): ScenarioInput {
  const input = tinyInput();
  input.staff!.push(
    {
      id: "rk",
      name: "Marleen",
      ambt: "leermeester-levensbeschouwing",
      fraction: "2/24",
      availability: MONDAY_MORNING,
    },
    { id: "isl", name: "Yusuf", ambt: "leermeester-levensbeschouwing", fraction: "2/24", availability: MONDAY_MORNING },
  );
  input.subjects!.push({
    id: "LBV",
    name: "levensbeschouwing",
    groups: ["L1", "L2"],
    periods: 2,
    taughtBy: { staff: ["rk", "isl"] },
    maxPerDay: 2,
    ...(together ? { together: true } : {}),
  });
  return input;
}

const at = (c: Candidate, subject: string) =>
  c.lessons
    .filter((l) => l.subject === subject)
    .map((l) => `${l.group} ${l.day} ${l.start}`)
    .sort();

describe("a subject the classes take together", () => {
  it("places one lesson for both classes in the teachers' two slots; each teacher's load counts it once", async () => {
    const s = parseScenario(lbvInput());
    const t = await solveHere(s);
    expect(t.status).toBe("optimal");
    const c = t.candidates[0];
    expectCleanWeek(s, c);
    expect(at(c, "LBV")).toEqual(["L1 mon 08:30", "L1 mon 09:20", "L2 mon 08:30", "L2 mon 09:20"]);
    for (const l of c.lessons.filter((x) => x.subject === "LBV")) expect(l.staff).toEqual(["rk", "isl"]);
    // The subject plan alone gives each of them 2 lestijden, not 2 × 2 (staff.min-max-lestijden's reading).
    expect(plannedSpecialistPeriods(s).get("rk")).toEqual({
      periods: 2,
      parts: [{ nl: "LBV 2 × 1 (2 klassen samen)", en: "LBV 2 × 1 (2 classes together)" }],
    });
    const loads = staffLoads(s, c);
    expect(loads.get("rk")!.lestijden).toBe(2);
    expect(loads.get("isl")!.lestijden).toBe(2);
    expect(
      (c.metrics.staffLoad as { staff: string; lestijden: number }[]).find((x) => x.staff === "rk")!.lestijden,
    ).toBe(2);
  });

  it("the year plan (and so the calendar feeds) has one series per joint lesson, for both classes", async () => {
    const s = parseScenario(lbvInput());
    const c = (await solveHere(s)).candidates[0];
    const lbv = yearPlan(s, c).series.filter((x) => x.subject === "LBV");
    expect(lbv.map((x) => `${x.day} ${x.start} ${x.groups.join("+")} ${x.staff.join("+")}`).sort()).toEqual([
      "mon 08:30 L1+L2 rk+isl",
      "mon 09:20 L1+L2 rk+isl",
    ]);
  });

  it("the printed and web teacher week shows one lesson for both classes: 'L1 + L2 · LBV'", async () => {
    const s = parseScenario(lbvInput());
    const c = (await solveHere(s)).candidates[0];
    const nl = (a: string) => a;
    const week = teacherWeek(buildWeekIndex(s, c, namesOf(s, nl), nl), "rk");
    const texts = week.cells.flat().flatMap((x) => (x.main ? [x.main] : []));
    expect(texts.filter((x) => x.includes("LBV"))).toEqual(["L1 + L2 · LBV", "L1 + L2 · LBV"]);
  });

  it("apart (without together) the same plan is too much for them: 4 lestijden each, and 2 slots for 4 lessons", async () => {
    const apart = await solveHere(parseScenario(lbvInput(false)));
    expect(apart.status).toBe("invalid");
    expect(apart.conflicts.map((x) => x.message).join("\n")).toMatch(
      /Marleen .* krijgt volgens de lessentabel al 4 lestijden \(LBV 2 × 2 klassen\); het wettelijke maximum is 2 /,
    );
    const input = lbvInput(false);
    for (const p of input.staff!) if (p.id === "rk" || p.id === "isl") p.fraction = "4/24";
    const t = await solveHere(parseScenario(input));
    expect(t.status).toBe("infeasible");
    expect(t.conflicts.map((x) => x.message).join("\n")).toMatch(
      /Marleen is er enkel op maandag: 2 lesuren voor 4 lessen/,
    );
  });

  it("frees both class teachers at once: the PLG meets during the joint lesson, Monday 08:30–10:10", async () => {
    const input = lbvInput();
    input.releaseGoals = [{ id: "plg", name: "PLG", members: ["kt1", "kt2"], mode: "digital", minBlockMinutes: 100 }];
    const s = parseScenario(input);
    const t = await solveHere(s);
    expect(t.status).toBe("optimal");
    const c = t.candidates[0];
    expectCleanWeek(s, c);
    expect(c.metrics.goalsMet).toBe(1);
    expect(c.releases.map((r) => `${r.goal} ${r.day} ${r.start}-${r.end}`)).toEqual(["plg mon 08:30-10:10"]);
    expect(c.releases[0].cover).toEqual([
      { group: "L1", by: "LBV" },
      { group: "L2", by: "LBV" },
    ]);
  });

  it("check() reports a joint lesson one class has at another time, naming the subject, classes and groups", async () => {
    const s = parseScenario(lbvInput());
    const c = structuredClone((await solveHere(s)).candidates[0]);
    // L2 swaps its Monday 09:20 LBV lesson with its Tuesday 08:30 class lesson.
    const lbv = c.lessons.find((l) => l.group === "L2" && l.subject === "LBV" && l.start === "09:20")!;
    const klas = c.lessons.find((l) => l.group === "L2" && l.day === "tue" && l.start === "08:30")!;
    [lbv.day, lbv.start, lbv.end, klas.day, klas.start, klas.end] = [
      klas.day,
      klas.start,
      klas.end,
      "mon",
      "09:20",
      "10:10",
    ];
    const hard = checkCandidate(s, c).violations.filter((v) => v.severity === "hard");
    const apart = hard.filter((v) => v.messageId === "not-together");
    expect(apart.map((v) => v.where.group).sort()).toEqual(["L1", "L2"]);
    expect(apart[0].message).toMatch(/^levensbeschouwing samen voor L1 en L2, in 2 groepen: klas L\d heeft het /);
    // Marleen and Yusuf now teach three lessons, one of them outside their Monday morning.
    expect(staffLoads(s, c).get("rk")!.lestijden).toBe(3);
    expect(hard.map((v) => v.rule)).toContain("timetable.availability");
    expect(verifyWeek(s, c).disagreements).toEqual([]);
  });

  it("in a shared room a joint lesson counts as its classes: PE for L1 and L2 together needs a gym for two", async () => {
    const input = tinyInput();
    input.subjects![0].together = true;
    input.subjects![0].room = "gym";
    input.rooms = [{ id: "gym", name: "Turnzaal", capacity: 1 }];
    const small = await solveHere(parseScenario(input));
    expect(small.status).toBe("infeasible");
    expect(small.conflicts.map((x) => x.rule)).toContain("timetable.room-capacity");
    input.rooms[0].capacity = 2;
    const s = parseScenario(input);
    const t = await solveHere(s);
    expect(t.status).toBe("optimal");
    expectCleanWeek(s, t.candidates[0]);
  });

  it("a principal writes it in the spreadsheet: 'Samen: ja' on the Vakken row", () => {
    const table = (sheet: string, headers: string[], rows: (string | number)[][]) => ({
      sheet,
      headers,
      rows: rows.map((cells, i) => ({ rowNumber: i + 2, cells })),
    });
    const { input, report } = importTables([
      table(
        "Personeel",
        ["Naam", "Code", "Ambt", "Opdracht"],
        [
          ["An Peeters", "kt1", "onderwijzer", "24/24"],
          ["Bram Janssens", "kt2", "onderwijzer", "24/24"],
          ["Marleen", "rk", "leermeester-levensbeschouwing", "2/24"],
          ["Yusuf", "isl", "leermeester-levensbeschouwing", "2/24"],
        ],
      ),
      table(
        "Klassen",
        ["Klas", "Naam", "Niveau", "Leerjaar", "Leerlingen", "Klasleerkracht"],
        [
          ["L1A", "", "lager", 1, 18, "An Peeters"],
          ["L1B", "", "lager", 1, 20, "Bram Janssens"],
        ],
      ),
      table(
        "Vakken",
        ["Vak", "Naam", "Klassen", "Lestijden", "Leerkracht", "Samen"],
        [["LBV", "levensbeschouwing", "L1A, L1B", 2, "Marleen, Yusuf", "ja"]],
      ),
    ]);
    expect(report.problems).toEqual([]);
    expect(input.subjects).toEqual([
      expect.objectContaining({ groups: ["L1A", "L1B"], taughtBy: { staff: ["rk", "isl"] }, together: true }),
    ]);
  });

  it("refuses together with one class or taught by the class teacher, with the field path", () => {
    const one = lbvInput();
    one.subjects![1].groups = ["L1"];
    const byClass = lbvInput();
    byClass.subjects![1].taughtBy = "class";
    const problems = (input: ScenarioInput) => {
      try {
        parseScenario(input);
      } catch (e) {
        if (e instanceof InputError) return e.problems;
        throw e;
      }
      return [];
    };
    expect(problems(one)).toEqual([
      { path: "subjects[1].groups", message: expect.stringMatching(/'LBV' is 'together' .* maar één klas/) },
    ]);
    expect(problems(byClass)).toEqual([
      { path: "subjects[1].taughtBy", message: expect.stringMatching(/noem de leerkrachten .*taughtBy\.staff/) },
    ]);
  });
});
