// Observation goals (issue 10 item 4), solved on their fixtures: who observes whom when, that the observed teacher
// is in front of their own class then, who covers the observer's class, and how often over the school year — in
// the year plan and in the iCal feeds (parsed with node-ical) of observer and observed.
import ical, { type VEvent } from "node-ical";
import { describe, expect, it } from "vitest";
import { loadScenario, parseScenario, readJsonFile, type Candidate, type Scenario } from "../src/model/index.js";
import { yearPlan } from "../src/plan/index.js";
import { renderFeed } from "../src/ical/index.js";
import { expectCleanWeek, solveHere } from "./helpers/solve.js";

const fixture = (name: string) => loadScenario(`fixtures/practices/${name}.json`);
const input = (name: string) => readJsonFile(`fixtures/practices/${name}.json`) as Record<string, any>;
const pair = (r: Candidate["releases"][number]) => `${r.observation?.observer}>${r.observation?.observed}`;
const covers = (r: Candidate["releases"][number]) => r.cover.map((c) => `${c.group}:${c.by}`).sort();

/** The observed teacher gives the class lesson(s) of their own class during the visit. */
function observedTeaches(c: Candidate, r: Candidate["releases"][number]) {
  const during = c.lessons.filter(
    (l) => l.group === r.observation!.group && l.day === r.day && l.start >= r.start && l.end <= r.end,
  );
  expect(during.length).toBeGreaterThan(0);
  for (const l of during) expect(l).toMatchObject({ subject: "KLAS", staff: [r.observation!.observed] });
}

function feedEvents(s: Scenario, c: Candidate, staff: string) {
  const { ics } = renderFeed(s, c, { kind: "staff", id: staff }, { now: new Date("2026-08-25T08:00:00Z") });
  return Object.values(ical.sync.parseICS(ics)).filter((x): x is VEvent => (x as VEvent)?.type === "VEVENT");
}
const occurrences = (e: VEvent) =>
  ical.expandRecurringEvent(e, { from: new Date("2026-08-01T00:00:00Z"), to: new Date("2027-08-01T00:00:00Z") }).length;
const summary = (e: VEvent) => String(typeof e.summary === "string" ? e.summary : (e.summary as { val: string }).val);

describe("hospiteer-carrousel: 3 teachers in 2 classes on Thursday morning", () => {
  // An (L1) and Bram (L2) and the care teacher Cato; the LO teacher does not work on Thursday, so Cato is the only
  // one who can take a class: while An observes Bram she takes L1, while Bram observes An she takes L2, and when
  // she observes An herself nobody needs cover. Three visits, each one lestijd, in three different periods.
  it("each in turn observes a colleague who teaches their own class, the care teacher covering", async () => {
    const s = fixture("hospiteer-carrousel");
    const t = await solveHere(s);
    expect(t.status).toBe("optimal");
    const c = t.candidates[0];
    expect(c.metrics.goalsMet).toBe(3);
    expect(c.releases.map(pair).sort()).toEqual(["kt-l1>kt-l2", "kt-l2>kt-l1", "zorg-cato>kt-l1"]);
    for (const r of c.releases) {
      expect(r.day).toBe("thu");
      expect(r.end <= "12:05").toBe(true);
      expect(r.staff).toEqual([r.observation!.observer]);
      observedTeaches(c, r);
    }
    expect(new Set(c.releases.map((r) => r.start)).size).toBe(3);
    const by = Object.fromEntries(c.releases.map((r) => [pair(r), r]));
    expect(covers(by["kt-l1>kt-l2"])).toEqual(["L1:care:zorg-cato"]);
    expect(covers(by["kt-l2>kt-l1"])).toEqual(["L2:care:zorg-cato"]);
    expect(by["zorg-cato>kt-l1"].observation!.group).toBe("L1");
    expect(covers(by["zorg-cato>kt-l1"])).toEqual([]);
    expectCleanWeek(s, c);

    // Every 4 school weeks, 3 times a year per pair: the year plan and both feeds say so.
    const plan = yearPlan(s, c);
    expect(plan.goals.map((g) => [g.goal, g.sessions]).sort()).toEqual([
      ["carrousel:kt-l1:kt-l2", 3],
      ["carrousel:kt-l2:kt-l1", 3],
      ["carrousel:zorg-cato:kt-l1", 3],
    ]);
    const visit = plan.series.find((x) => x.goal === "carrousel:kt-l1:kt-l2")!;
    expect(visit.title).toMatch(/^Hospiteren bij Bram Janssens in L2 \(Hospiteer-carrousel\) — An Peeters/);
    const gaps = visit.dates.slice(1).map((d, i) => (Date.parse(d) - Date.parse(visit.dates[i])) / 86_400_000);
    expect(gaps.every((g) => g >= 28)).toBe(true);
    // The care teacher takes L1 only on those 3 Thursdays; in the other weeks An teaches her own class.
    const covered = plan.series.find((x) => x.key === `les:L1:thu:${visit.start}`)!;
    expect([covered.staff, covered.dates]).toEqual([["zorg-cato"], visit.dates]);
    const own = plan.series.find((x) => x.key === `les:L1:thu:${visit.start}:zonder-overleg:L1`)!;
    expect(own.staff).toEqual(["kt-l1"]);
    expect(own.dates.some((d) => visit.dates.includes(d))).toBe(false);
    expect(own.dates.length).toBeGreaterThan(30);
    const visited = plan.series.filter((x) => x.title.includes("krijgt bezoek van An Peeters"));
    expect(visited.map((x) => [x.staff, x.groups, x.dates])).toEqual([[["kt-l2"], ["L2"], visit.dates]]);

    const bram = feedEvents(s, c, "kt-l2").filter((e) => summary(e).includes("krijgt bezoek van An Peeters"));
    expect(bram.map(occurrences)).toEqual([3]);
    const an = feedEvents(s, c, "kt-l1").filter((e) => summary(e).startsWith("Hospiteren bij Bram Janssens"));
    expect(an.map(occurrences)).toEqual([3]);
  });

  it("a carousel whose observed teacher is never there on Thursday cannot be required: the conflict names the visit", async () => {
    const raw = input("hospiteer-carrousel");
    raw.observations[0].required = true;
    raw.staff.find((p: { id: string }) => p.id === "kt-l1").availability = {
      mon: [{ from: "08:00", to: "16:00" }],
      tue: [{ from: "08:00", to: "16:00" }],
      wed: [{ from: "08:00", to: "12:30" }],
      fri: [{ from: "08:00", to: "16:00" }],
    };
    const t = await solveHere(parseScenario(raw));
    expect(t.status).toBe("infeasible");
    const rules = t.conflicts.map((x) => x.rule);
    expect(rules).toContain("release.goal-met");
    expect(rules).toContain("release.observation");
    expect(t.conflicts.find((x) => x.rule === "release.observation")!.message).toMatch(
      /geeft An Peeters zelf les aan L1/,
    );
  });
});

describe("collegiale visitatie: pairs, one pair a week in turn, twice a year each", () => {
  it("each pair visits for two lestijden while the observed teaches, in turn over the weeks", async () => {
    const s = fixture("collegiale-visitatie");
    const t = await solveHere(s);
    expect(t.status).toBe("optimal");
    const c = t.candidates[0];
    expect(c.releases.map(pair).sort()).toEqual(["kt-k3>kt-l1", "kt-l1>kt-l2", "kt-l2>kt-l3"]);
    for (const r of c.releases) {
      observedTeaches(c, r);
      // The observer's own class is taken over by a lever (LO or the care teacher), never left alone.
      const own = s.groups.find((g) => g.classTeachers.includes(r.observation!.observer))!.id;
      expect(r.cover.length).toBeGreaterThan(0);
      expect(r.cover.every((x) => x.group === own && /^(LO|care:zorg1)$/.test(x.by))).toBe(true);
      // Two lestijden (100 min) in one run, possibly over the short break.
      const l = c.lessons.filter((x) => x.group === own && x.day === r.day && x.start >= r.start && x.end <= r.end);
      expect(l.length).toBe(2);
    }
    expectCleanWeek(s, c);
    const plan = yearPlan(s, c);
    for (const g of plan.goals) expect(g.sessions).toBe(2);
    // In turn: the first pair in school week 1, the second in week 2, the third in week 3, then the first again.
    const first = (goal: string) => plan.series.find((x) => x.goal === goal)!.dates;
    const weekOf = (d: string) => Math.floor((Date.parse(d) - Date.parse("2026-08-31")) / (7 * 86_400_000));
    expect(
      [first("visitatie:kt-l1:kt-l2"), first("visitatie:kt-l2:kt-l3"), first("visitatie:kt-k3:kt-l1")].map((ds) =>
        ds.map(weekOf),
      ),
    ).toEqual([
      [0, 3],
      [1, 4],
      [2, 5],
    ]);
  });
});
