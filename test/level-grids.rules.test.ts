// A day grid per level (issue 10 item 6, DayGrid.levels): the rules' verdicts on the solved week of
// fixtures/practices/level-grids.json (kleuters with their own speeltijd and lunch 12:00–13:10, lager 12:05–13:20)
// and on changed copies of it, each verified against encode() (helpers/verified.ts).
import { beforeAll, describe, expect, it } from "vitest";
import { releaseLunchSupervision } from "../constraints/release/lunch-supervision.js";
import { timetableOneActivity } from "../constraints/structure/one-activity.js";
import { timetableTimePreference } from "../constraints/structure/time-preference.js";
import { weekLunch } from "../constraints/week/lunch.js";
import { staffSupervision } from "../constraints/staff/supervision.js";
import { checkScenario } from "../constraints/check.js";
import {
  DAY_NAMES_NL,
  loadScenario,
  parseScenario,
  readJsonFile,
  type Candidate,
  type Scenario,
} from "../src/model/index.js";
import { verified } from "./helpers/verified.js";
import { solveHere } from "./helpers/solve.js";

const FIXTURE = "fixtures/practices/level-grids.json";
let s: Scenario;
let week: Candidate;
beforeAll(async () => {
  s = loadScenario(FIXTURE);
  week = (await solveHere(s)).candidates[0];
});
const ids = (v: { messageId?: string }[]) => v.map((x) => x.messageId);

describe("release.lunch-supervision with a kleuter lunch of its own", () => {
  const rule = verified(releaseLunchSupervision);
  it("passes on the solved week", () => {
    expect(rule.check({ scenario: s, candidate: week })).toEqual([]);
  });

  it("fails when a lager teacher whose lesson runs to 12:05 takes the kleuter post at 12:00", () => {
    // The first day of the solved week on which An Peeters teaches until 12:05 (which one depends on the optimum).
    const busy = week.lessons.find((l) => l.day !== "wed" && l.end === "12:05" && l.staff.includes("kt-l1"));
    expect(busy).toBeDefined();
    const day = busy!.day;
    const c: Candidate = {
      ...week,
      lunchDuties: week.lunchDuties!.map((d) =>
        d.post === "speelplaats-kleuter" && d.day === day ? { ...d, staff: ["kt-l1"] } : d,
      ),
    };
    const v = rule.check({ scenario: s, candidate: c });
    expect(ids(v)).toContain("teaching");
    expect(v.find((x) => x.messageId === "teaching")!.message).toBe(
      `An Peeters houdt middagtoezicht (Speelplaats kleuters, ${DAY_NAMES_NL[day]} 12:00-13:10) maar geeft dan les (${DAY_NAMES_NL[day]} 11:15-12:05).`,
    );
  });
});

describe("timetable.one-activity: each class on its own times", () => {
  const rule = verified(timetableOneActivity);
  it("passes on the solved week", () => {
    expect(rule.check({ scenario: s, candidate: week })).toEqual([]);
  });

  it("fails when K3 has a lesson at the lager time 13:20-14:10, naming the kleuter days", () => {
    const c: Candidate = structuredClone(week);
    const l = c.lessons.find((x) => x.group === "K3" && x.day === "mon" && x.start === "13:10")!;
    Object.assign(l, { start: "13:20", end: "14:10" });
    const v = rule.check({ scenario: s, candidate: c });
    expect(ids(v).sort()).toEqual(["no-lesson", "not-a-lesson-slot"]);
    expect(v.find((x) => x.messageId === "not-a-lesson-slot")!.message).toContain("dagindeling 'Gewone week 6/6/4/6/6");
  });
});

describe("timetable.time-preference by the class's own lunch", () => {
  it("an afternoon preference is met by a kleuter lesson at 13:10 (the kleuter lunch ends then), not by 11:10", () => {
    const raw = readJsonFile(FIXTURE) as Record<string, any>;
    raw.subjects[0].prefer = "afternoon";
    const t = parseScenario(raw);
    const lesson = (start: string, end: string) => ({
      group: "K2",
      day: "mon" as const,
      start,
      end,
      subject: "LO",
      staff: ["lo1"],
    });
    const c = (l: ReturnType<typeof lesson>): Candidate => ({ ...week, lessons: [l] });
    expect(timetableTimePreference.check({ scenario: t, candidate: c(lesson("13:10", "14:00")) })).toEqual([]);
    expect(ids(timetableTimePreference.check({ scenario: t, candidate: c(lesson("11:10", "12:00")) }))).toEqual([
      "not-in-afternoon",
    ]);
  });
});

describe("week rules per level's days", () => {
  it("a kleuter lunch of 50 minutes breaks week.lunch for the kleuter days only, named with the level", () => {
    const raw = readJsonFile(FIXTURE) as Record<string, any>;
    const tue = raw.dayGrids[0].levels.kleuter.tue;
    tue.splice(
      5,
      3,
      { start: "12:00", end: "12:50", kind: "lunch" },
      { start: "12:50", end: "13:40", kind: "lesson" },
      { start: "13:40", end: "14:20", kind: "break" },
    );
    const v = weekLunch.check({ scenario: parseScenario(raw) });
    expect(v).toHaveLength(1);
    expect(v[0].message).toContain("'Gewone week 6/6/4/6/6, kleuters met eigen speeltijden en middag (kleuter)'");
    expect(checkScenario(parseScenario(raw)).counts.hard).toBeGreaterThan(0);
    expect(checkScenario(s).counts.hard).toBe(0);
  });
});

describe("staff.supervision after the kleuters' own last lesson", () => {
  it("warns for 15:10-15:25 when nobody supervises the kleuters' end of day, not on the solved fixture", () => {
    const warnings = (t: Scenario) =>
      staffSupervision
        .check({ scenario: t, candidate: week })
        .map((v) => `${v.severity} ${v.where.day} ${v.where.start}-${v.where.end}`);
    expect(warnings(s)).toEqual([]);
    const raw = readJsonFile(FIXTURE) as Record<string, any>;
    raw.staff.find((p: { id: string }) => p.id === "kt-k2").supervision = [];
    expect(warnings(parseScenario(raw))).toEqual([
      "warning mon 15:10-15:25",
      "warning tue 15:10-15:25",
      "warning wed 12:00-12:15",
      "warning thu 15:10-15:25",
      "warning fri 15:10-15:25",
    ]);
  });
});
