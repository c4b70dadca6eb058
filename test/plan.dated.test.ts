// Dated goals over the school year (issue 10 item 3), each fixture solved by HiGHS and laid over 2026-2027:
// the year plan's dates and session counts, the off-weeks cover split, the iCal feed read back with node-ical,
// the export's sessions table and the CLI summary all say the same.
import { DateTime } from "luxon";
import ical, { type VEvent } from "node-ical";
import { beforeAll, describe, expect, it } from "vitest";
import { schoolWeeks } from "../src/calendar/index.js";
import { renderSolve } from "../src/cli/render-week.js";
import { releaseRows } from "../src/export/tables.js";
import { renderFeed } from "../src/ical/index.js";
import { loadScenario, parseScenario, readJsonFile, type Candidate, type Scenario } from "../src/model/index.js";
import { yearPlan, type PlanSeries } from "../src/plan/index.js";
import { solveHere } from "./helpers/solve.js";

const NOW = new Date("2026-08-25T08:00:00Z");
const weekIndex = new Map(
  schoolWeeks("2026-2027").flatMap((w) => [0, 1, 2, 3, 4].map((i) => [addDays(w.monday, i), w.index] as const)),
);
function addDays(d: string, n: number) {
  return DateTime.fromISO(d).plus({ days: n }).toISODate()!;
}

async function solved(s: Scenario) {
  const t = await solveHere(s);
  expect(t.status).toBe("optimal");
  return { t, c: t.candidates[0] };
}

/** The dates on which a goal's events happen in a feed, read back with node-ical (RRULE and EXDATE expanded). */
function feedDates(s: Scenario, c: Candidate, goal: string): string[] {
  const { ics } = renderFeed(s, c, { kind: "goal", id: goal }, { now: NOW });
  const events = Object.values(ical.sync.parseICS(ics)).filter((x): x is VEvent => (x as VEvent)?.type === "VEVENT");
  expect(events.length).toBeGreaterThan(0);
  return events
    .flatMap((e) =>
      ical.expandRecurringEvent(e, { from: new Date("2026-08-01T00:00:00Z"), to: new Date("2027-08-01T00:00:00Z") }),
    )
    .map((i) => DateTime.fromJSDate(i.start, { zone: "Europe/Brussels" }).toISODate()!)
    .sort();
}

const release = (plan: ReturnType<typeof yearPlan>, goal: string): PlanSeries => {
  const x = plan.series.filter((s) => s.kind === "release" && s.goal === goal);
  expect(x).toHaveLength(1);
  return x[0];
};

describe("collegiale visitatie in week 3 of each placement, the intern takes the class", () => {
  let s: Scenario;
  let c: Candidate;
  beforeAll(async () => {
    s = loadScenario("fixtures/practices/placement-week.json");
    ({ c } = await solved(s));
  });

  it("the year plan has exactly one session per placement, on the Tuesday of its third week, covered by the intern", () => {
    const plan = yearPlan(s, c);
    const r = release(plan, "visitatie");
    expect(r.day).toBe("tue");
    expect(r.dates).toEqual(["2026-12-01", "2027-03-09", "2027-05-04"]);
    expect(r.cover).toContainEqual({ group: "L2", by: "intern:st-lotte" });
    expect(plan.goals.find((g) => g.goal === "visitatie")).toMatchObject({ sessions: 3 });
    expect(r.dropped.find((d) => d.date === "2026-11-24")!.reason).toBe("niet deze week (week 3 van de stage)");
  });

  it("the feed holds the same three events, with the frequency in words", () => {
    expect(feedDates(s, c, "visitatie")).toEqual(["2026-12-01", "2027-03-09", "2027-05-04"]);
    const { ics } = renderFeed(s, c, { kind: "goal", id: "visitatie" }, { now: NOW });
    expect(ics.replace(/\r\n /g, "")).toContain("Frequentie: in week 3 van elke stage van Lotte Maes");
  });

  it("the export's sessions table and the CLI summary say how often and how many times", () => {
    const rows = releaseRows(s, c).filter((r) => r[0] === "Collegiale visitatie");
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect([r[1], r[6]]).toEqual(["in week 3 van elke stage van Lotte Maes", 3]);
    expect(renderSolve(s, { status: "optimal", candidates: [c], conflicts: [] } as never, "summary")).toContain(
      "Collegiale visitatie: in week 3 van elke stage van Lotte Maes — 3 keer dit schooljaar",
    );
  });
});

describe("K3 joins L1 in semester 1, L1 joins K3 in semester 2", () => {
  let s: Scenario;
  let c: Candidate;
  beforeAll(async () => {
    s = loadScenario("fixtures/practices/semester-merge.json");
    ({ c } = await solved(s));
  });

  it("each goal meets only in its semester; the merged periods follow its dates, the other weeks each teacher has their class", () => {
    const plan = yearPlan(s, c);
    const sem1 = release(plan, "kleuteroverleg");
    const sem2 = release(plan, "overleg-l1");
    expect(sem1.dates.length).toBeGreaterThan(15);
    expect(sem2.dates.length).toBeGreaterThan(15);
    expect(sem1.dates.every((d) => d <= "2027-01-31")).toBe(true);
    expect(sem2.dates.every((d) => d >= "2027-02-01")).toBe(true);
    expect(sem1.cover).toContainEqual({ group: "K3", by: "merge:L1" });
    expect(sem2.cover).toContainEqual({ group: "L1", by: "merge:K3" });
    // The merged lessons inside each block: taught by the host's teacher, on exactly the block's dates.
    const merged = (r: PlanSeries) =>
      plan.series.filter(
        (x) =>
          x.kind === "lesson" &&
          x.day === r.day &&
          x.groups.length === 2 &&
          x.start >= r.start &&
          x.end <= r.end &&
          !x.key.includes("zonder-overleg"),
      );
    expect(merged(sem1).length).toBeGreaterThan(0);
    for (const x of merged(sem1)) expect([x.staff, x.dates]).toEqual([["kt-l1"], sem1.dates]);
    expect(merged(sem2).length).toBeGreaterThan(0);
    for (const x of merged(sem2)) expect([x.staff, x.dates]).toEqual([["kt-k3"], sem2.dates]);
    // In semester 2 the Wednesday periods are each teacher's own class again.
    const own = plan.series.find((x) => x.key.endsWith(`:zonder-overleg:K3`) && x.day === sem1.day)!;
    expect(own.staff).toEqual(["kt-k3"]);
    expect(own.dates[0]).toBe("2027-02-03");
  });

  it("the feeds count the sessions of each semester", () => {
    const plan = yearPlan(s, c);
    expect(feedDates(s, c, "kleuteroverleg")).toEqual(release(plan, "kleuteroverleg").dates);
    expect(feedDates(s, c, "overleg-l1")).toEqual(release(plan, "overleg-l1").dates);
    const rows = releaseRows(s, c);
    expect(rows.find((r) => r[0] === "Overleg eerste leerjaar")![1]).toBe("elke week, vanaf 1 februari 2027");
  });
});

describe("every 3 weeks with a start", () => {
  const input = () => readJsonFile("fixtures/practices/every-3-weeks.json") as Record<string, any>;

  it("offset 1: school weeks 1, 4, 7 … on Monday, Whit Monday dropped with its reason", async () => {
    const s = loadScenario("fixtures/practices/every-3-weeks.json");
    const { c } = await solved(s);
    const r = release(yearPlan(s, c), "teamoverleg");
    expect(r.dates).toEqual([
      "2026-09-07",
      "2026-09-28",
      "2026-10-19",
      "2026-11-16",
      "2026-12-07",
      "2027-01-11",
      "2027-02-01",
      "2027-03-01",
      "2027-03-22",
      "2027-04-26",
      "2027-06-07",
      "2027-06-28",
    ]);
    for (const d of r.dates) expect(weekIndex.get(d)! % 3).toBe(1);
    expect(r.dropped.find((d) => d.date === "2027-05-17")!.reason).toMatch(/Pinkstermaandag/);
    expect(feedDates(s, c, "teamoverleg")).toEqual(r.dates);
  });

  it("offset 0: the Monday before the first school day (1 September is a Tuesday) is said, not dropped silently", async () => {
    const raw = input();
    raw.releaseGoals[0].frequency = { kind: "every-n-weeks", n: 3 };
    const s = parseScenario(raw);
    const { c } = await solved(s);
    const r = release(yearPlan(s, c), "teamoverleg");
    expect(r.dropped[0]).toEqual({ date: "2026-08-31", reason: "vóór de eerste schooldag (2026-09-01)" });
    expect(r.dates[0]).toBe("2026-09-21");
  });

  it("firstDate: the cycle starts in that date's week, none before", async () => {
    const raw = input();
    raw.releaseGoals[0].frequency = { kind: "every-n-weeks", n: 3, firstDate: "2026-09-16" };
    const s = parseScenario(raw);
    const { c } = await solved(s);
    const r = release(yearPlan(s, c), "teamoverleg");
    expect(r.dates.slice(0, 3)).toEqual(["2026-09-14", "2026-10-05", "2026-10-26"]);
    for (const d of r.dates) expect(weekIndex.get(d)! % 3).toBe(2);
    expect(r.dropped.find((d) => d.date === "2026-09-07")!.reason).toMatch(/de eerste keer in schoolweek 3/);
  });
});
