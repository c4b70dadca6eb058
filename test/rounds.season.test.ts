// Issue 14: the afstemmingsgesprekken season at full size (seeds/003) — 36 schools on 51 sites, four parties each,
// six CLB contacts and nine support contacts serving many schools, four pairs of schools on the same day and
// place with a break, one remote participant, lead and note-taker named, April–May 2027. The fixture is written
// by scripts/make-season.mjs; the placed dates are checked here against the file itself, not the planner's model.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { loadTimetable, parseScenario, toMinutes, type Candidate, type Scenario } from "../src/model/index.js";
import { isSchoolDay, mondayOf } from "../src/calendar/index.js";
import { bindRounds, checkPlan, parseRounds, planRounds, type RoundsPlan } from "../src/rounds/index.js";
import { loadHighs } from "../src/rounds/milp.js";

const file = (f: string) => new URL(`../fixtures/${f}`, import.meta.url);
const json = (f: string) => JSON.parse(readFileSync(file(f), "utf8"));
interface Ext {
  id: string;
  name: string;
  availability: Record<string, { from: string; to: string }[]>;
  available?: { from: string; to: string }[];
}
interface Sess {
  id: string;
  location: string;
  participants: { id: string; role?: string; remote?: boolean }[];
}
const season = json("rounds/afstemmingsgesprekken-36.json") as {
  externals: Ext[];
  sessions: Sess[];
  locations: { id: string }[];
  links: { sessions: [string, string] }[];
};

let scenario: Scenario;
let week: Candidate;
let plan: RoundsPlan;
let cpuMs: number;

beforeAll(async () => {
  scenario = parseScenario(json("city-school.json"));
  week = loadTimetable(file("rounds/city-school.timetable.json").pathname).candidates[0];
  await loadHighs(); // the WebAssembly module is loaded once per process; not part of the planning time
  const c0 = process.cpuUsage();
  plan = await planRounds(parseRounds(season), scenario, week);
  const c = process.cpuUsage(c0);
  cpuMs = (c.user + c.system) / 1000;
}, 120_000);

describe("afstemmingsgesprekken season: 36 schools, 51 sites, April–May 2027", () => {
  it("is a full-size season: 36 meetings of four parties, 51 sites, 6 CLB and 9 support contacts, 4 pairs", () => {
    expect(season.sessions).toHaveLength(36);
    expect(season.locations).toHaveLength(51);
    const count = (prefix: string) =>
      new Set(season.sessions.flatMap((s) => s.participants.map((p) => p.id)).filter((id) => id.startsWith(prefix)))
        .size;
    expect([count("clb-"), count("pb-")]).toEqual([6, 9]);
    expect(season.links).toHaveLength(4);
    const names = season.externals.map((x) => x.name); // names, not ids, in every text: no two people alike
    expect(new Set(names).size).toBe(names.length);
    for (const s of season.sessions) expect(s.participants).toHaveLength(4);
  });

  // The target is < 10 s. The test machine has 2 cores shared by many processes (load average 10–30 while this was
  // written), so the wall time (stats.ms) is bounded loosely; the CPU time of this process is the planner's own.
  it("plans all 36 meetings, proven optimal, checker without hard findings, in under 10 s of CPU", () => {
    expect(plan.unplaced).toEqual([]);
    expect(plan.metrics.placed).toBe(36);
    expect(plan.proven).toBe(true);
    expect(plan.status).toBe("optimal");
    expect(plan.violations.filter((v) => v.severity === "hard")).toEqual([]);
    // the only warnings are the soft weekly load (ranked after days and person-days)
    expect(new Set(plan.violations.map((v) => v.id))).toEqual(
      new Set(plan.violations.length ? ["rounds.week-load"] : []),
    );
    expect(cpuMs, `${cpuMs} ms CPU`).toBeLessThan(10_000);
    expect(plan.stats.ms, `${plan.stats.ms} ms`).toBeLessThan(60_000);
  });

  // Moved here from rounds.afstemming.test.ts: the two-level model sometimes proves the five-school season within
  // 0.05 s, while the master of this season alone takes 0.5 s or more.
  it("with almost no time for HiGHS still plans the season, checker-clean, but does not call it optimal", async () => {
    const p = await planRounds(parseRounds(season), scenario, week, { timeLimitSeconds: 0.05 });
    expect(p.proven).toBe(false);
    expect(p.status).not.toBe("optimal");
    expect(p.metrics.placed).toBeGreaterThan(30);
    expect(p.metrics.days).toBeGreaterThanOrEqual(plan.metrics.days);
    expect(p.objective).toBeGreaterThanOrEqual(plan.objective);
    expect(p.violations.filter((v) => v.severity === "hard" && v.id !== "rounds.placed")).toEqual([]);
  }, 120_000);

  it("puts every meeting on a school day in the window, on a weekday and inside the hours every party works", () => {
    const byId = new Map(season.externals.map((x) => [x.id, x]));
    for (const s of plan.sessions) {
      expect(s.date >= "2027-04-12" && s.date <= "2027-05-28").toBe(true);
      expect(isSchoolDay(s.date)).toBe(true);
      expect(s.date).not.toBe("2027-05-06"); // Ascension
      for (const p of s.participants) {
        const x = byId.get(p.id);
        if (!x) continue; // the city school's director and care coordinator: checked by the checker (lessons)
        const hours = x.availability[s.day];
        expect(hours, `${x.name} werkt niet op ${s.day}`).toBeDefined();
        expect(hours.some((w) => w.from <= s.start && s.end <= w.to)).toBe(true);
      }
    }
  });

  it("never has anyone in two meetings at once, and gives 30 minutes of travel between two sites", () => {
    const people = new Set(plan.sessions.flatMap((s) => s.participants.map((p) => p.id)));
    let pairsChecked = 0;
    for (const id of people) {
      const mine = plan.sessions
        .filter((s) => s.participants.some((p) => p.id === id))
        .sort((a, b) => a.date.localeCompare(b.date) || a.start.localeCompare(b.start));
      for (let i = 1; i < mine.length; i++) {
        const [a, b] = [mine[i - 1], mine[i]];
        if (a.date !== b.date) continue;
        pairsChecked++;
        const gap = toMinutes(b.start) - toMinutes(a.end);
        expect(gap).toBeGreaterThanOrEqual(0);
        const remote = [a, b].some((s) => s.participants.find((p) => p.id === id)!.remote);
        if (a.location !== b.location && !remote) expect(gap).toBeGreaterThanOrEqual(30);
      }
    }
    expect(pairsChecked).toBeGreaterThan(20); // the CLB and support contacts do have several meetings a day
  });

  it("holds each pair of schools on the same day and place, separated by a 15–60 minute break", () => {
    for (const l of season.links) {
      const [a, b] = l.sessions.map((id) => plan.sessions.find((s) => s.session === id)!);
      expect(a.date).toBe(b.date);
      expect(a.location).toBe(b.location);
      const [first, second] = a.start < b.start ? [a, b] : [b, a];
      const pause = toMinutes(second.start) - toMinutes(first.end);
      expect(pause).toBeGreaterThanOrEqual(15);
      expect(pause).toBeLessThanOrEqual(60);
    }
  });

  it("names the CLB contact as lead and the support contact as note-taker; one joins remotely", () => {
    for (const s of plan.sessions) {
      expect(s.participants.find((p) => p.role === "lead")!.id).toMatch(/^clb-/);
      expect(s.participants.find((p) => p.role === "note-taker")!.id).toMatch(/^pb-/);
    }
    const remote = plan.sessions.flatMap((s) =>
      s.participants.filter((p) => p.remote).map((p) => `${s.session}:${p.id}`),
    );
    expect(remote).toEqual(["afst-s36:pb-9"]);
  });

  // Lower bound by hand: each CLB contact has 6 × 90 = 540 minutes of meetings and works 08:30–16:30 (480
  // minutes): at least two days each. The planner's person-days can therefore not be below 79 people + 6.
  it("gives each CLB contact at least two days, and counts days and person-days as the plan shows them", () => {
    for (let k = 1; k <= 6; k++) {
      const dates = new Set(
        plan.sessions.filter((s) => s.participants.some((p) => p.id === `clb-${k}`)).map((s) => s.date),
      );
      expect(dates.size).toBeGreaterThanOrEqual(2);
    }
    expect(plan.metrics.days).toBe(new Set(plan.sessions.map((s) => s.date)).size);
    const personDays = new Set(plan.sessions.flatMap((s) => s.participants.map((p) => `${p.id}|${s.date}`))).size;
    expect(plan.metrics.personDays).toBe(personDays);
    expect(personDays).toBeGreaterThanOrEqual(79 + 6);
  });

  it("reports a meeting moved outside a contact's dated availability (rounds.available) and a heavy week", () => {
    const input = structuredClone(season) as typeof season;
    const clb = input.externals.find((x) => x.id === "clb-2")!;
    clb.available = [{ from: "2027-05-01", to: "2027-05-31" }];
    const ctx = bindRounds(parseRounds(input), scenario, week);
    const early = plan.sessions.find((s) => s.participants.some((p) => p.id === "clb-2") && s.date < "2027-05-01");
    expect(early).toBeDefined();
    const found = checkPlan(ctx, plan).filter((v) => v.id === "rounds.available");
    expect(found.length).toBeGreaterThan(0);
    expect(found[0].message).toMatch(new RegExp(`^${clb.name} is op 2027-04-\\d\\d niet beschikbaar`));
    const heavy = plan.violations.find((v) => v.id === "rounds.week-load");
    if (heavy) expect(heavy.message).toMatch(/heeft in de week van 2027-\d\d-\d\d \d+ sessies \(meer dan 2\)/);
    const weekOf = (s: { date: string }) => mondayOf(s.date);
    expect(weekOf({ date: "2027-04-16" })).toBe("2027-04-12");
  });
});

describe("the season when one CLB contact is available on a single day only", () => {
  // Bart Janssens (clb-2) serves six schools but is available on Tuesday 4 May only (and, in this variant, the other
  // parties of his schools work every weekday): 08:30–16:30 holds at most four meetings of 90 minutes with 30
  // minutes of travel between them (4 × 90 + 3 × 30 = 450 ≤ 480; five need 5 × 90 + 4 × 30 = 570; his two schools
  // of one pair meet at one place with a 15-minute break, 2 × 90 + 15 + 3 × 90 + 3 × 30 = 555 > 480 too). Two of
  // his meetings cannot be placed, and the reason names him.
  it("places 34 meetings and says that every moment of the other two collides with his other meetings", async () => {
    const input = structuredClone(season) as typeof season;
    const clb = input.externals.find((x) => x.id === "clb-2")!;
    expect(clb.name).toBe("Bart Janssens");
    clb.available = [{ from: "2027-05-04", to: "2027-05-04" }];
    const week5 = Object.fromEntries(
      ["mon", "tue", "wed", "thu", "fri"].map((d) => [d, [{ from: "08:30", to: "16:30" }]]),
    );
    for (const s of input.sessions.filter((s) => s.participants.some((x) => x.id === "clb-2")))
      for (const x of s.participants)
        if (x.id !== "clb-2") input.externals.find((e) => e.id === x.id)!.availability = week5;
    const p = await planRounds(parseRounds(input), scenario, week);
    expect(p.proven).toBe(true);
    expect(p.status).toBe("partial");
    expect(p.metrics.placed).toBe(34);
    expect(p.unplaced).toHaveLength(2);
    for (const u of p.unplaced) {
      expect(season.sessions.find((s) => s.id === u.session)!.participants.map((x) => x.id)).toContain("clb-2");
      expect(u.reason).toMatch(/^Elk van de \d+ mogelijke momenten botst met een andere sessie van Bart Janssens/);
    }
    const his = p.sessions.filter((s) => s.participants.some((x) => x.id === "clb-2"));
    expect(his.map((s) => s.date)).toEqual(Array(4).fill("2027-05-04"));
    expect(p.violations.filter((v) => v.severity === "hard").map((v) => v.id)).toEqual([
      "rounds.placed",
      "rounds.placed",
    ]);
  }, 120_000);
});
