// A school group (scholengemeenschap) in one scenario (issue 11): schools in the model, cover within a school, a
// shared LO teacher with travel time between schools (staff.schools), a release goal over two schools.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import {
  InputError,
  lessonSlots,
  parseScenario,
  partInterval,
  toMinutes,
  type Candidate,
  type Lesson,
  type Scenario,
  type ScenarioInput,
} from "../src/model/index.js";
import { staffSchools } from "../constraints/staff/schools.js";
import { staffMinMaxLestijden } from "../constraints/staff/min-max-lestijden.js";
import { staffPlageCap } from "../constraints/staff/plage-cap.js";
import { yearFacultatief } from "../constraints/year/facultatief.js";
import { yearPlan } from "../src/plan/index.js";
import { SolverModel } from "../solver/build.js";
import { encodeAll } from "../solver/encode/index.js";
import { verified } from "./helpers/verified.js";
import { expectCleanWeek, solveHere } from "./helpers/solve.js";

const FILE = "fixtures/group/two-schools.json";
const input = (): ScenarioInput => JSON.parse(readFileSync(FILE, "utf8")) as ScenarioInput;
const rule = verified(staffSchools);

/** The InputError's problems of an invalid scenario. */
function problems(data: unknown) {
  try {
    parseScenario(data);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as InputError).problems;
  }
  throw new Error("the scenario was accepted");
}

const schoolOf = (s: Scenario, group: string) => s.groups.find((g) => g.id === group)!.school!;
const loLessons = (c: Candidate) => c.lessons.filter((l) => l.subject === "LO");

describe("a school group in the scenario", () => {
  it("reads the fixture: two schools, every class in one, the care teachers' schools", () => {
    const s = parseScenario(input());
    expect(s.schools!.map((x) => x.name)).toEqual(["VBS De Noordster", "VBS Zuiderlicht"]);
    expect(new Set(s.groups.map((g) => g.school))).toEqual(new Set(["noord", "zuid"]));
  });

  it("refuses a class without a school, an unknown school, a care teacher without schools, a merge over two schools", () => {
    const bad = input() as ScenarioInput & { groups: { school?: string }[] };
    delete bad.groups[0].school;
    bad.groups[1].school = "west";
    const zorg = bad.staff.find((p) => p.id === "zorg-noord")!;
    delete zorg.schools;
    bad.cover = { merges: [{ groups: ["N3", "Z3"], maxPupils: 40 }] };
    const p = problems(bad);
    expect(p).toEqual(
      expect.arrayContaining([
        { path: "groups[0].school", message: expect.stringContaining("Zeg tot welke school klas") },
        { path: "groups[1].school", message: "Onbekende school (school id uit schools) 'west'" },
        { path: "staff[7].schools", message: expect.stringContaining("zorgleerkracht Hilde Maes") },
        { path: "cover.merges[0].groups", message: expect.stringContaining("verschillende scholen") },
      ]),
    );
  });

  it("refuses a specialist who teaches in a school missing from their own list of schools", () => {
    const bad = input();
    bad.staff.find((p) => p.id === "lo")!.schools = [{ school: "noord", days: ["mon", "tue"] }];
    expect(problems(bad)).toEqual([
      {
        path: "subjects[0].taughtBy.staff[0]",
        message:
          "Gert Willems geeft Bewegingsopvoeding in VBS Zuiderlicht, maar die school staat niet bij de scholen van Gert Willems (schools)",
      },
    ]);
  });

  it("refuses a school named in a scenario without schools (one school stays as it was)", () => {
    const one = input() as ScenarioInput & { schools?: unknown };
    delete one.schools;
    const p = problems(one);
    expect(p[0]).toEqual({ path: "groups[0].school", message: "Onbekende school (school id uit schools) 'noord'" });
  });
});

describe("solving the two-school group", () => {
  let s: Scenario;
  let week: Candidate;
  beforeAll(async () => {
    s = parseScenario(input());
    const t = await solveHere(s);
    expect(t.status).toBe("optimal");
    week = t.candidates[0];
  }, 60_000);

  it("finds a clean week in which the shared LO teacher never changes school without 20 minutes", () => {
    expectCleanWeek(s, week);
    expect(rule.check({ scenario: s, candidate: week, grid: s.dayGrids[0] })).toEqual([]);
    const lo = loLessons(week);
    expect(lo.length).toBe(12); // 6 classes × 2 periods
    expect(new Set(lo.map((l) => schoolOf(s, l.group)))).toEqual(new Set(["noord", "zuid"]));
    let changes = 0;
    for (const a of lo)
      for (const b of lo) {
        if (a.day !== b.day || a.start >= b.start || schoolOf(s, a.group) === schoolOf(s, b.group)) continue;
        changes++;
        expect(
          toMinutes(b.start) - toMinutes(a.end),
          `${a.group} ${a.day} ${a.start} → ${b.group}`,
        ).toBeGreaterThanOrEqual(20);
      }
    expect(changes).toBeGreaterThan(0); // the teacher does work in both schools on some day
  });

  it("keeps every care cover within its school and on the care teacher's days there", () => {
    const care = week.lessons.filter((l) => l.subject === "KLAS" && l.staff.some((p) => p.startsWith("zorg-")));
    expect(care.length).toBeGreaterThan(0);
    for (const l of care) {
      const who = l.staff[0];
      expect(schoolOf(s, l.group), `${who} covers ${l.group}`).toBe(who === "zorg-noord" ? "noord" : "zuid");
      if (who === "zorg-zuid") expect(["tue", "thu"]).toContain(l.day);
    }
  });

  it("meets the cross-school goal with members from both schools", () => {
    const r = week.releases.find((x) => x.goal === "plg-rekenen")!;
    expect(r.staff.sort()).toEqual(["kt-n1", "kt-z1"]);
    const schools = r.staff.map((p) => s.groups.find((g) => g.classTeachers.includes(p))!.school);
    expect(new Set(schools)).toEqual(new Set(["noord", "zuid"]));
    // Zuid's care teacher is there on Tuesday and Thursday only: the block is on one of her days.
    expect(["tue", "thu"]).toContain(r.day);
  });

  it("counts a shared teacher's lessons in both schools against the legal maximum", () => {
    const less = input();
    less.staff.find((p) => p.id === "lo")!.fraction = "10/24";
    const v = staffMinMaxLestijden.check({ scenario: parseScenario(less) });
    expect(v.map((x) => [x.messageId, x.where.staff])).toEqual([["plan-above-max", "lo"]]);
    expect(v[0].message).toContain("12 lestijden"); // 6 in Noord + 6 in Zuid
  });

  it("checks the plage cap over all schools of the group (staff.plage-cap)", () => {
    const low = input();
    for (const p of low.staff) if (p.id.startsWith("kt-")) p.fraction = "22/24";
    const g = parseScenario(low);
    const v = staffPlageCap.check({ scenario: g, candidate: week, grid: g.dayGrids[0] });
    expect(v.map((x) => x.messageId)).toEqual(["above-cap-group"]);
    expect(v[0].message).toMatch(
      /^In het lager geven de leerkrachten van de 2 scholen van de scholengemeenschap samen \d+ plage-lestijden/,
    );
    expect(v[0].message).toContain("An Peeters");
    expect(v[0].message).toContain("Dirk Claes"); // a class teacher of each school
  });

  it("gives each school its own facultative days (2 each, the group's included) and drops only its lessons", () => {
    const f = input();
    // 2026-10-12 is a Monday.
    f.calendar = {
      ...f.calendar,
      facultativeDays: [{ date: "2026-10-12", schools: ["noord"] }, { date: "2027-02-15" }],
    };
    const g = parseScenario(f);
    expect(yearFacultatief.check({ scenario: g })).toEqual([]);
    const plan = yearPlan(g, week);
    const monday = (group: string) =>
      plan.series.find((x) => x.kind === "lesson" && x.day === "mon" && x.groups.includes(group))!;
    expect(monday("N1").dropped).toContainEqual({ date: "2026-10-12", reason: "Facultatieve vrije dag" });
    expect(monday("Z1").dates).toContain("2026-10-12");
    expect(monday("Z1").dropped.map((d) => d.date)).toContain("2027-02-15"); // the group's day: every school
    const titles = plan.series.filter((x) => x.kind === "facultative").map((x) => x.title);
    expect(titles).toEqual(["Facultatieve vrije dag (VBS De Noordster)", "Facultatieve vrije dag"]);
    // A third day for Noord: Noord has 3, Zuid still 2.
    f.calendar.facultativeDays!.push(
      { date: "2027-03-01", schools: ["noord", "zuid"] },
      { date: "2027-03-02", schools: ["noord"] },
    );
    const v = yearFacultatief.check({ scenario: parseScenario(f) });
    expect(v.map((x) => x.messageId)).toEqual(["too-many-school"]);
    expect(v[0].message).toBe(
      "VBS De Noordster heeft 4 facultatieve vrije dagen (die van de hele scholengemeenschap inbegrepen); er mogen er hoogstens 2 zijn per schooljaar.",
    );
  });

  it("resolves a member set by school: the class teachers of Zuid; the shared LO teacher is in both", () => {
    const m = input();
    m.releaseGoals = [
      { id: "team-zuid", name: "Team Zuid", purpose: "team", memberSets: [{ school: "zuid", role: "class-teacher" }] },
      { id: "lo-noord", name: "Specialisten Noord", memberSets: [{ school: "noord", role: "specialist" }] },
    ];
    const g = parseScenario(m);
    expect(g.releaseGoals[0].members).toEqual(["kt-z1", "kt-z2", "kt-z3"]);
    expect(g.releaseGoals[1].members).toEqual(["lo"]);
  });

  it("with no travel minutes: one school per half day, also in the solved week", async () => {
    const halfDay = input();
    delete halfDay.schools![0].travelMinutes;
    const h = parseScenario(halfDay);
    const t = await solveHere(h);
    expect(t.status).toBe("optimal");
    const c = t.candidates[0];
    expectCleanWeek(h, c);
    const parts = new Map<string, Set<string>>();
    for (const l of loLessons(c)) {
      const noon = partInterval(h, h.dayGrids[0], l.day, "morning")[1];
      const key = `${l.day}|${toMinutes(l.end) <= noon ? "am" : "pm"}`;
      parts.set(key, (parts.get(key) ?? new Set()).add(schoolOf(h, l.group)));
    }
    expect(parts.size).toBeGreaterThan(1);
    for (const [key, schools] of parts) expect(schools.size, key).toBe(1);
  }, 60_000);
});

/** The week with group g's lessons at (day, start) and (day2, start2) swapped. */
function swap(c: Candidate, g: string, a: [string, string], b: [string, string]): Candidate {
  const at = (l: Lesson, [d, t]: [string, string]) => l.group === g && l.day === d && l.start === t;
  const x = c.lessons.find((l) => at(l, a))!;
  const y = c.lessons.find((l) => at(l, b))!;
  const pick = (l: Lesson) => ({ subject: l.subject, staff: l.staff });
  return {
    ...c,
    lessons: c.lessons.map((l) => (l === x ? { ...l, ...pick(y) } : l === y ? { ...l, ...pick(x) } : l)),
  };
}

describe("staff.schools (rule)", () => {
  // The solved week is the passing week; the failing ones move one lesson of it.
  let s: Scenario;
  let week: Candidate;
  beforeAll(async () => {
    s = parseScenario(input());
    week = (await solveHere(s)).candidates[0];
  }, 60_000);

  /** An LO lesson of a Zuid class moved right after (or two periods after) an LO lesson in Noord. */
  function zuidAfterNoord(skip: number): Candidate {
    const grid = s.dayGrids[0];
    const lo = loLessons(week);
    const n = lo.find((l) => schoolOf(s, l.group) === "noord" && l.start === "08:30" && l.day !== "wed")!;
    const slots = lessonSlots(grid, n.day);
    const target = slots[skip];
    const z = lo.find((l) => schoolOf(s, l.group) === "zuid" && !(l.day === n.day && l.start === target.start))!;
    return swap(week, z.group, [z.day, z.start], [n.day, target.start]);
  }

  it("passes the solved week, and checks nothing in a scenario without schools", () => {
    expect(rule.check({ scenario: s, candidate: week, grid: s.dayGrids[0] })).toEqual([]);
    const city = parseScenario(JSON.parse(readFileSync("fixtures/city-school.json", "utf8")));
    const m = new SolverModel(city, city.dayGrids[0]);
    encodeAll(m);
    expect([...m.lp.constraints].filter((r) => r.tag.rule === "staff.schools")).toEqual([]);
  });

  it("fails a change of school with less than the travel time (09:20 after 08:30: 0 minutes, 20 needed)", () => {
    const c = zuidAfterNoord(1);
    const v = rule.check({ scenario: s, candidate: c, grid: s.dayGrids[0] });
    const travel = v.filter((x) => x.messageId === "travel-too-short");
    expect(travel.length).toBeGreaterThan(0);
    expect(travel[0].message).toMatch(
      /^Gert Willems werkt .* in VBS De Noordster en .* in VBS Zuiderlicht: daartussen is 0 min, de reistijd is 20 min\.$/,
    );
  });

  it("allows 65 minutes with 20 to travel, but not the same morning when one school per half day applies", () => {
    const c = zuidAfterNoord(2); // 10:25, after the break: 65 minutes after 09:20
    expect(
      rule.check({ scenario: s, candidate: c, grid: s.dayGrids[0] }).filter((x) => x.where.start === "08:30"),
    ).toEqual([]);
    const halfDay = input();
    delete halfDay.schools![0].travelMinutes;
    const h = parseScenario(halfDay);
    const v = verified(staffSchools).check({ scenario: h, candidate: c, grid: h.dayGrids[0] });
    expect(v.map((x) => x.messageId)).toContain("two-schools-half-day");
    expect(v.find((x) => x.messageId === "two-schools-half-day")!.message).toContain("in dezelfde halve dag");
  });

  it("fails care cover of a class in another school", () => {
    // Noord's care teacher takes a Zuid class (1st grade) instead of its class teacher on Monday 08:30.
    const c: Candidate = {
      ...week,
      lessons: week.lessons.map((l) =>
        l.group === "Z2" && l.day === "mon" && l.start === "08:30" && l.subject === "KLAS"
          ? { ...l, staff: ["zorg-noord"] }
          : l,
      ),
    };
    const v = rule.check({ scenario: s, candidate: c, grid: s.dayGrids[0] });
    expect(v.map((x) => x.messageId)).toEqual(["cover-other-school"]);
    expect(v[0].message).toBe(
      "Hilde Maes vangt maandag 08:30-09:20 klas 2de leerjaar Zuid van VBS Zuiderlicht op, maar werkt niet in VBS Zuiderlicht op die dag (opvang blijft binnen de eigen school; zie schools bij Hilde Maes).",
    );
  });

  it("creates no cover variable for a care teacher of another school (the speed lever)", () => {
    const m = new SolverModel(s, s.dayGrids[0], { coverEverywhere: true });
    const care = m.coverVars.filter((v) => v.lever === "care");
    expect(care.length).toBeGreaterThan(0);
    for (const v of care) expect(schoolOf(s, v.group), v.name).toBe(v.who === "zorg-noord" ? "noord" : "zuid");
    // zorg-zuid: Tuesday and Thursday only (6 + 6 periods × 3 classes); zorg-noord: every period × 3 classes.
    expect(care.filter((v) => v.who === "zorg-zuid").length).toBe(36);
    expect(care.filter((v) => v.who === "zorg-noord").length).toBe(28 * 3);
    const one = input() as ScenarioInput & { schools?: unknown };
    delete one.schools;
    for (const g of one.groups) delete (g as { school?: string }).school;
    for (const p of one.staff) delete p.schools;
    const m1 = new SolverModel(parseScenario(one), s.dayGrids[0], { coverEverywhere: true });
    // Without schools each care teacher may take all 6 classes in every period (availability is a row, not a filter).
    expect(m1.coverVars.filter((v) => v.lever === "care").length).toBe(28 * 6 * 2);
  });
});
