// Issue 14: the kernreflectie round (seeds/000) planned into the city school's solved week and the 2026-2027
// calendar. 16 duos (support worker + class teacher) each hold a core reflection and, on a later day, an in-depth
// interview, both right after the duo's weekly support visit; all 13 support workers practise the script with
// the researcher before any reflection; a focus group of 12 closes the round. Window: March–April 2027.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { parseScenario, toMinutes, type Candidate, type Scenario } from "../src/model/index.js";
import { bindRounds, checkPlan, parseRounds, planRounds, type Rounds, type RoundsPlan } from "../src/rounds/index.js";
import { isSchoolDay } from "../src/calendar/index.js";
import { solveHere } from "./helpers/solve.js";

const json = (f: string) => JSON.parse(readFileSync(new URL(`../fixtures/${f}`, import.meta.url), "utf8"));
const at = (date: string, clock: string) => Date.parse(`${date}T${clock}:00Z`);

let scenario: Scenario;
let week: Candidate;
let rounds: Rounds;
let plan: RoundsPlan;

beforeAll(async () => {
  scenario = parseScenario(json("city-school.json"));
  const t = await solveHere(scenario);
  expect(t.status).toBe("optimal");
  week = t.candidates[0];
  rounds = parseRounds(json("rounds/kernreflectie.json"));
  plan = await planRounds(rounds, scenario, week);
}, 120_000);

describe("kernreflectie round (16 duos, 13 support workers, March–April 2027)", () => {
  it("has the shape of the study: 16 teachers (15 lager, 1 kleuter), 13 support workers, 3 with two duos", () => {
    const refl = rounds.sessions.filter((s) => s.id.startsWith("reflectie-"));
    expect(refl).toHaveLength(16);
    const teachers = refl.map((s) => s.participants[1].id);
    expect(new Set(teachers).size).toBe(16);
    const kleuter = teachers.filter((t) =>
      scenario.groups.some((g) => g.level === "kleuter" && g.classTeachers.includes(t)),
    );
    expect(kleuter).toEqual(["kt-k3a"]);
    const workers = refl.map((s) => s.participants[0].id);
    expect(new Set(workers).size).toBe(13);
    expect([...new Set(workers)].filter((w) => workers.filter((x) => x === w).length === 2)).toEqual([
      "ow01",
      "ow02",
      "ow03",
    ]);
  });

  // Hand-computed optimum. Visits fall on Mon (4 duos), Tue (1), Thu (7), Fri (4); a duo's reflection and its
  // interview are both on its visit weekday and on different days, so each of those four weekdays needs at least
  // two dates (8). The practice session and the focus group are Wednesday afternoons, one before every reflection
  // and one after every interview: two more dates. 10 is reached: every reflection in one week, every interview
  // in a later week. Person-days: 16 teachers × 2, ow01–ow03 6 each (4 duo dates, practice, focus group),
  // ow04–ow12 4 each, ow13 3 (not in the focus group), the researcher 2: 32 + 18 + 36 + 3 + 2 = 91.
  it("places all 34 sessions on 10 days (91 person-days), proven optimal, and the checker finds nothing", () => {
    expect(plan.unplaced).toEqual([]);
    expect(plan.metrics).toEqual({ sessions: 34, placed: 34, days: 10, personDays: 91 });
    expect(plan.status).toBe("optimal");
    expect(plan.proven).toBe(true);
    expect(plan.violations).toEqual([]);
    expect(checkPlan(bindRounds(rounds, scenario, week), plan)).toEqual([]);
  });

  it("holds the practice session before every reflection", () => {
    const practice = plan.sessions.find((s) => s.session === "oefensessie")!;
    expect(practice.day).toBe("wed");
    const refl = plan.sessions.filter((s) => s.session.startsWith("reflectie-"));
    expect(refl).toHaveLength(16);
    for (const r of refl) expect(at(r.date, r.start)).toBeGreaterThanOrEqual(at(practice.date, practice.end));
  });

  it("holds each reflection and each interview right after that duo's weekly visit, the interview on a later day", () => {
    for (const v of rounds.visits) {
      const n = v.id.slice("bezoek-".length);
      const r = plan.sessions.find((s) => s.session === `reflectie-${n}`)!;
      const i = plan.sessions.find((s) => s.session === `interview-${n}`)!;
      for (const s of [r, i]) {
        expect(s.day).toBe(v.day);
        const gap = toMinutes(s.start) - toMinutes(v.end);
        expect(gap).toBeGreaterThanOrEqual(0);
        expect(gap).toBeLessThanOrEqual(15);
        expect(s.participants.map((p) => p.id)).toEqual([v.person, v.teacher]);
      }
      expect(i.date > r.date).toBe(true);
      // as soon as the teacher is free: at the visit's end, or after a gate duty that starts then
      const duty = scenario.staff
        .find((t) => t.id === v.teacher)
        ?.supervision.find((d) => d.day === v.day && d.start === v.end);
      expect([r.start, i.start]).toEqual([duty?.end ?? v.end, duty?.end ?? v.end]);
    }
  });

  it("closes with the focus group of 12 after every interview", () => {
    const focus = plan.sessions.find((s) => s.session === "focusgroep")!;
    expect(focus.participants.filter((p) => p.role !== "facilitator")).toHaveLength(12);
    for (const i of plan.sessions.filter((s) => s.session.startsWith("interview-")))
      expect(at(focus.date, focus.start)).toBeGreaterThanOrEqual(at(i.date, i.end));
  });

  it("books nobody twice, keeps everything on school days in March–April, outside lessons", () => {
    const byPerson = new Map<string, { date: string; start: number; end: number; title: string }[]>();
    for (const s of plan.sessions) {
      expect(s.date >= "2027-03-01" && s.date <= "2027-04-30").toBe(true);
      expect(isSchoolDay(s.date)).toBe(true);
      for (const p of s.participants)
        byPerson.set(p.id, [
          ...(byPerson.get(p.id) ?? []),
          { date: s.date, start: toMinutes(s.start), end: toMinutes(s.end), title: s.title },
        ]);
    }
    expect(byPerson.size).toBe(30); // 16 teachers, 13 support workers, the researcher
    for (const list of byPerson.values()) {
      const sorted = [...list].sort((a, b) => a.date.localeCompare(b.date) || a.start - b.start);
      sorted.slice(1).forEach((b, i) => {
        const a = sorted[i];
        if (a.date === b.date) expect(a.end, `${a.title} / ${b.title}`).toBeLessThanOrEqual(b.start);
        else expect(a.date < b.date).toBe(true);
      });
    }
    for (const s of plan.sessions)
      for (const p of s.participants)
        for (const l of week.lessons.filter((l) => l.day === s.day && l.staff.includes(p.id)))
          expect(toMinutes(l.end) <= toMinutes(s.start) || toMinutes(s.end) <= toMinutes(l.start)).toBe(true);
  });

  it("warns when the focus group grows to 13 (a dialogue group is 6–12, a setting)", async () => {
    const input = json("rounds/kernreflectie.json");
    const focus = input.sessions.find((s: { id: string }) => s.id === "focusgroep");
    focus.participants.push({ id: "ow13" });
    const r13 = parseRounds(input);
    const ctx = bindRounds(r13, scenario, week);
    const found = checkPlan(ctx, plan).filter((v) => v.id === "rounds.group-size");
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe("warning");
    expect(found[0].message).toMatch(/13 deelnemers/);
    input.settings = { dialogueGroup: { min: 6, max: 13 } };
    expect(checkPlan(bindRounds(parseRounds(input), scenario, week), plan).map((v) => v.id)).not.toContain(
      "rounds.group-size",
    );
  });

  it("says who is never free when one teacher's agenda is full, and what waits for her sessions", async () => {
    const input = json("rounds/kernreflectie.json");
    const lk = input.externals.find((x: { id: string }) => x.id === "lk-wilg2");
    lk.availability = { wed: [{ from: "12:00", to: "17:00" }] }; // her duo's visit is on Monday
    const p = await planRounds(parseRounds(input), scenario, week);
    expect(p.unplaced.map((u) => u.key)).toEqual(["reflectie-15", "interview-15", "focusgroep"]);
    expect(p.unplaced[0].reason).toMatch(
      /Direct na het bezoek van Tine Van den Broeck \(maandag tot 15:20\) is Pieter Vanneste nooit 75 minuten vrij/,
    );
    expect(p.unplaced[0].details.join()).toMatch(/Pieter Vanneste: is er nooit op maandag/);
    expect(p.unplaced[1].reason).toMatch(/is Pieter Vanneste nooit 45 minuten vrij/);
    expect(p.unplaced[2].reason).toMatch(/Kan pas na 'Diepte-interview 2de leerjaar De Wilg'/);
    expect(p.status).toBe("partial");
    expect(p.metrics.placed).toBe(31);
  });
});
