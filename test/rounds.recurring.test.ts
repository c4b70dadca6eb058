// Issue 14: recurring multi-party meetings (seeds/002) — a weekly M-team intake with three members, the
// co-teachers' intervisie every Wednesday morning with the class teachers' follow-up on the Thursday of the same
// week, the care coordinator's monthly relay with a class teacher outside that teacher's lessons, and a follow-up
// conversation every four months. Dates are checked against the fixture and the solved week, not the model.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { loadTimetable, parseScenario, toMinutes, type Candidate, type Scenario } from "../src/model/index.js";
import { isSchoolDay, mondayOf } from "../src/calendar/index.js";
import {
  bindRounds,
  checkPlan,
  parseRounds,
  planRounds,
  type PlannedSession,
  type RoundsPlan,
} from "../src/rounds/index.js";

const file = (f: string) => new URL(`../fixtures/${f}`, import.meta.url);
const json = (f: string) => JSON.parse(readFileSync(file(f), "utf8"));

let scenario: Scenario;
let week: Candidate;
let plan: RoundsPlan;
const of = (id: string) => plan.sessions.filter((s) => s.session === id);

beforeAll(async () => {
  scenario = parseScenario(json("city-school.json"));
  week = loadTimetable(file("rounds/city-school.timetable.json").pathname).candidates[0];
  plan = await planRounds(parseRounds(json("rounds/recurring.json")), scenario, week);
}, 120_000);

describe("recurring meetings of De Regenboog", () => {
  it("plans every occurrence, proven optimal, without hard findings", () => {
    expect(plan.unplaced).toEqual([]);
    expect(plan.metrics).toMatchObject({ sessions: 33, placed: 33 });
    expect(plan.proven).toBe(true);
    expect(plan.violations.filter((v) => v.severity === "hard")).toEqual([]);
    for (const s of plan.sessions) expect(isSchoolDay(s.date), s.key).toBe(true);
  });

  it("holds the M-team intake once in every calendar week with a school day, on a day all three work", () => {
    const intake = of("intake");
    expect(intake).toHaveLength(10); // 11 January – 26 March, without the krokus week (8–12 February)
    expect(new Set(intake.map((s) => mondayOf(s.date))).size).toBe(10);
    for (const s of intake) expect(["tue", "thu"]).toContain(s.day); // Ann Bogaert works Tuesday and Thursday
  });

  it("holds the intervisie every Wednesday morning and the follow-up on the Thursday of the same week", () => {
    const inter = of("intervisie");
    const follow = of("opvolging");
    expect(inter).toHaveLength(7); // February–March without the krokus week
    expect(follow).toHaveLength(7);
    for (const s of inter) {
      expect(s.day).toBe("wed");
      expect(s.start >= "08:30" && s.end <= "12:10").toBe(true);
      const f = follow.find((x) => x.occurrence === s.occurrence)!;
      expect(f.day).toBe("thu");
      expect(mondayOf(f.date)).toBe(mondayOf(s.date));
      expect(f.date > s.date).toBe(true);
    }
  });

  const teaching = (id: string, s: PlannedSession) =>
    week.lessons.filter(
      (l) =>
        l.staff.includes(id) &&
        l.day === s.day &&
        toMinutes(l.start) < toMinutes(s.end) &&
        toMinutes(s.start) < toMinutes(l.end),
    );

  it("holds the care coordinator's relay once a month, January–June, when the class teacher has no class", () => {
    const relay = of("doorgeven");
    expect(relay.map((s) => s.date.slice(0, 7))).toEqual([
      "2027-01",
      "2027-02",
      "2027-03",
      "2027-04",
      "2027-05",
      "2027-06",
    ]);
    for (const s of relay) expect(teaching("kt-l3a", s)).toEqual([]);
    expect(week.lessons.some((l) => l.staff.includes("kt-l3a"))).toBe(true); // she does teach: the check can fail
  });

  it("holds the follow-up conversation once in each four-month period", () => {
    const f = of("opvolggesprek");
    expect(f).toHaveLength(3);
    expect(f[0].date >= "2026-09-01" && f[0].date <= "2026-12-31").toBe(true);
    expect(f[1].date >= "2027-01-01" && f[1].date <= "2027-04-30").toBe(true);
    expect(f[2].date >= "2027-05-01" && f[2].date <= "2027-06-30").toBe(true);
  });
});

describe("the M-team intake in a fixed weekly slot (sameSlot)", () => {
  it("puts all ten intakes on the same weekday and start time, proven; the checker sees one moved", async () => {
    const input = json("rounds/recurring.json");
    input.sessions.find((s: { id: string }) => s.id === "intake").sameSlot = true;
    const rounds = parseRounds(input);
    const p = await planRounds(rounds, scenario, week);
    expect(p.proven).toBe(true);
    expect(p.unplaced).toEqual([]);
    expect(p.violations.filter((v) => v.severity === "hard")).toEqual([]);
    const intake = p.sessions.filter((s) => s.session === "intake");
    expect(intake).toHaveLength(10);
    expect(new Set(intake.map((s) => `${s.day} ${s.start}`)).size).toBe(1);
    const moved = p.sessions.map((s) => (s.key === "intake#2" ? { ...s, start: "14:00", end: "15:00" } : s));
    const found = checkPlan(bindRounds(rounds, scenario, week), { sessions: moved, unplaced: [] });
    expect(found.map((v) => v.id)).toContain("rounds.same-slot");
  }, 120_000);
});

describe("recurring meetings when a co-teacher teaches every Wednesday morning", () => {
  it("names her as never free for the intervisie, and the follow-ups wait for it", async () => {
    const input = json("rounds/recurring.json");
    input.sessions.find((s: { id: string }) => s.id === "intervisie").participants[0].id = "kt-l1a";
    const p = await planRounds(parseRounds(input), scenario, week);
    expect(p.proven).toBe(true);
    expect(p.unplaced.map((u) => u.session)).toEqual([...Array(7).fill("intervisie"), ...Array(7).fill("opvolging")]);
    for (const u of p.unplaced.filter((u) => u.session === "intervisie")) {
      expect(u.reason).toMatch(/^Kim Desmet (en .* )?zijn|^Kim Desmet is/);
      expect(u.details.join()).toMatch(/Kim Desmet: les in L1A/);
    }
    for (const u of p.unplaced.filter((u) => u.session === "opvolging"))
      expect(u.reason).toBe("Kan pas na 'Intervisie co-teachers', en die sessie kon niet gepland worden.");
    expect(p.metrics.placed).toBe(33 - 14);
  }, 120_000);
});
