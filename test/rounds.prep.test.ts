// Issue 14: the prep half-day before the afstemmingsgesprekken (seeds/003 lines 5369–5379, 5743–5750): all CLB
// and support contacts in one morning or afternoon, in timed 1:1 slots "like a parents' evening" — one 15-minute
// slot for every CLB contact and support contact who share a school in the season, linked `same-half-day`.
// The round is built here from the season fixture (its people and pairs); dates are checked against it.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { loadTimetable, parseScenario, toMinutes, type Candidate, type Scenario } from "../src/model/index.js";
import { isSchoolDay } from "../src/calendar/index.js";
import { parseRounds, planRounds, type RoundsInput, type RoundsPlan } from "../src/rounds/index.js";

const file = (f: string) => new URL(`../fixtures/${f}`, import.meta.url);
const season = JSON.parse(readFileSync(file("rounds/afstemmingsgesprekken-36.json"), "utf8"));
const DAY = [{ from: "08:30", to: "16:30" }];

function prepRound(): RoundsInput {
  const pairs = new Set<string>();
  for (const s of season.sessions as { participants: { id: string }[] }[]) {
    const clb = s.participants.find((p) => p.id.startsWith("clb-"))!.id;
    const pb = s.participants.find((p) => p.id.startsWith("pb-"))!.id;
    pairs.add(`${clb}|${pb}`);
  }
  const sessions = [...pairs].map((k) => {
    const [clb, pb] = k.split("|");
    return {
      id: `prep-${clb}-${pb}`,
      title: "Voorbereiding afstemmingsgesprekken",
      duration: 15,
      location: "clb",
      participants: [{ id: clb, role: "lead" as const }, { id: pb }],
    };
  });
  return {
    name: "Voorbereidende samenkomst iCLB en pedagogische begeleiding",
    window: { from: "2027-03-15", to: "2027-03-26" },
    settings: { stepMinutes: 15 },
    locations: [{ id: "clb", name: "CLB Zuid, vergaderzaal" }],
    externals: (season.externals as { id: string; name: string; role: string }[])
      .filter((x) => /^(clb|pb)-/.test(x.id))
      .map((x) => ({
        id: x.id,
        name: x.name,
        role: x.role,
        availability: { mon: DAY, tue: DAY, wed: DAY, thu: DAY, fri: DAY },
      })),
    sessions,
    links: [{ kind: "same-half-day", sessions: sessions.map((s) => s.id), splitAt: "12:30" }],
  };
}

let scenario: Scenario;
let week: Candidate;
let plan: RoundsPlan;
const input = prepRound();

beforeAll(async () => {
  scenario = parseScenario(JSON.parse(readFileSync(file("city-school.json"), "utf8")));
  week = loadTimetable(file("rounds/city-school.timetable.json").pathname).candidates[0];
  plan = await planRounds(parseRounds(input), scenario, week);
}, 120_000);

describe("prep half-day: every CLB contact meets each of their support contacts in one morning or afternoon", () => {
  it("has one 1:1 slot per CLB–support pair of the season (more slots than fit in a half day one at a time)", () => {
    expect(input.sessions.length).toBeGreaterThan(20);
    expect(input.sessions.length * 15).toBeGreaterThan(240); // so slots must run side by side
  });

  it("places every slot on one school day, all in the morning or all in the afternoon, proven, clean", () => {
    expect(plan.unplaced).toEqual([]);
    expect(plan.proven).toBe(true);
    expect(plan.violations.filter((v) => v.severity === "hard")).toEqual([]);
    const dates = new Set(plan.sessions.map((s) => s.date));
    expect(dates.size).toBe(1);
    expect(isSchoolDay([...dates][0])).toBe(true);
    const morning = plan.sessions.every((s) => toMinutes(s.end) <= toMinutes("12:30"));
    const afternoon = plan.sessions.every((s) => toMinutes(s.start) >= toMinutes("12:30"));
    expect(morning || afternoon).toBe(true);
  });

  it("gives nobody two slots at once", () => {
    const byPerson = new Map<string, [number, number][]>();
    for (const s of plan.sessions)
      for (const p of s.participants)
        byPerson.set(p.id, [...(byPerson.get(p.id) ?? []), [toMinutes(s.start), toMinutes(s.end)]]);
    expect(byPerson.size).toBe(15);
    for (const [id, slots] of byPerson) {
      const sorted = slots.sort((a, b) => a[0] - b[0]);
      sorted.slice(1).forEach((b, i) => expect(b[0], id).toBeGreaterThanOrEqual(sorted[i][1]));
    }
  });

  it("when a CLB contact has only 30 minutes a day, names her for the slots that do not fit", async () => {
    const tight = prepRound();
    const clb = tight.externals!.find((x) => x.id === "clb-1")!;
    const short = [{ from: "08:30", to: "09:00" }];
    clb.availability = { mon: short, tue: short, wed: short, thu: short, fri: short };
    const mine = tight.sessions.filter((s) => s.participants[0].id === "clb-1").length;
    expect(mine).toBeGreaterThan(2);
    const p = await planRounds(parseRounds(tight), scenario, week);
    expect(p.proven).toBe(true);
    expect(p.unplaced).toHaveLength(mine - 2);
    for (const u of p.unplaced) expect(u.reason).toMatch(new RegExp(clb.name));
    expect(new Set(p.sessions.map((s) => s.date)).size).toBe(1);
  }, 120_000);
});
