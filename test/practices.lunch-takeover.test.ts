// PRACTICES lever 9 "Lunch-time takeover" (issue 10 item 5; seed 004 lines 1561–1564: "Middagoverleg: een
// lunchpauze kleuterklas overnemen, andere middagpauze lagere school overnemen"), solved on
// fixtures/practices/lunch-takeover.json: De Linde with K2, K3, L1, L2; each playground needs one supervisor over
// lunch (12:05–13:20). On Tuesday the kleuter team meets over lunch while the lager teachers supervise both
// playgrounds; on Thursday the other way round. The care teacher keeps her lunch free (lunchSupervisor false), the
// ondersteuner never supervises, and nobody spends more than 3 lunch breaks a week on duty or in a meeting.
import { describe, expect, it } from "vitest";
import ical from "node-ical";
import { loadScenario, parseScenario, readJsonFile, type Candidate } from "../src/model/index.js";
import { yearPlan } from "../src/plan/index.js";
import { renderFeed } from "../src/ical/index.js";
import { renderSolve } from "../src/cli/render-week.js";
import { buildWeekIndex, teacherWeek } from "../src/export/print/week.js";
import { namesOf } from "../src/export/print/names.js";
import { expectCleanWeek, solveHere } from "./helpers/solve.js";

const FIXTURE = "fixtures/practices/lunch-takeover.json";
const input = () => readJsonFile(FIXTURE) as Record<string, any>;
const duty = (c: Candidate, post: string, day: string) =>
  c.lunchDuties!.find((d) => d.post === post && d.day === day)!.staff;

describe("meeting over lunch while the other sub-team supervises (issue 10 item 5)", () => {
  it("the kleuter team meets Tuesday lunch, the lager team Thursday lunch, each supervised by the other team", async () => {
    const s = loadScenario(FIXTURE);
    const t = await solveHere(s);
    expect(t.status).toBe("optimal");
    const c = t.candidates[0];
    expect(c.metrics.goalsMet).toBe(2);
    // Who is free together, and when: the lunch break itself, no class needs cover.
    expect(c.releases.map((r) => [r.goal, r.day, r.start, r.end, [...r.staff].sort(), r.cover])).toEqual([
      ["middag-kleuter", "tue", "12:05", "13:20", ["kt-k2", "kt-k3"], []],
      ["middag-lager", "thu", "12:05", "13:20", ["kt-l1", "kt-l2"], []],
    ]);
    // Who supervises: on Tuesday the two lager teachers take both playgrounds, on Thursday the kleuter teachers.
    const tue = [...duty(c, "speelplaats-kleuter", "tue"), ...duty(c, "speelplaats-lager", "tue")].sort();
    const thu = [...duty(c, "speelplaats-kleuter", "thu"), ...duty(c, "speelplaats-lager", "thu")].sort();
    expect(tue).toEqual(["kt-l1", "kt-l2"]);
    expect(thu).toEqual(["kt-k2", "kt-k3"]);
    // Every lunch break of the week has its two supervisors (Wednesday has no lunch), never the care teacher or
    // the ondersteuner; with maxPerWeek 3 each teacher has exactly 3 lunch breaks on duty or in the meeting.
    expect(c.lunchDuties!.map((d) => `${d.post} ${d.day} ${d.staff.length}`)).toEqual([
      "speelplaats-kleuter mon 1",
      "speelplaats-kleuter tue 1",
      "speelplaats-kleuter thu 1",
      "speelplaats-kleuter fri 1",
      "speelplaats-lager mon 1",
      "speelplaats-lager tue 1",
      "speelplaats-lager thu 1",
      "speelplaats-lager fri 1",
    ]);
    const all = c.lunchDuties!.flatMap((d) => d.staff);
    expect(all).not.toContain("zorg1");
    expect(all).not.toContain("ond1");
    for (const p of ["kt-k2", "kt-k3", "kt-l1", "kt-l2"])
      expect(all.filter((x) => x === p).length + c.releases.filter((r) => r.staff.includes(p)).length).toBe(3);
    expectCleanWeek(s, c);
    console.info(`lunch-takeover: ${JSON.stringify(t.stats?.models)} work ${JSON.stringify(t.stats?.work)}`);

    // How often over the year: the meeting meets on every school Tuesday the supervision on Tuesday happens.
    const plan = yearPlan(s, c);
    const goal = plan.goals.find((g) => g.goal === "middag-kleuter")!;
    const tueDuty = plan.series.filter((x) => x.kind === "supervision" && x.day === "tue");
    expect(tueDuty.map((x) => x.title).sort()).toEqual([
      expect.stringMatching(/^Middagtoezicht Speelplaats kleuters — (An Peeters|Bram Janssens)/),
      expect.stringMatching(/^Middagtoezicht Speelplaats lager — (An Peeters|Bram Janssens)/),
    ]);
    expect(goal.sessions).toBeGreaterThan(30);
    for (const x of tueDuty) expect(x.dates).toEqual(plan.series.find((y) => y.goal === "middag-kleuter")!.dates);
    // …and in An Peeters's own feed: her duties and her Thursday meeting, with the same count of Tuesdays.
    const feed = renderFeed(s, c, { kind: "staff", id: "kt-l1" });
    const events = Object.values(ical.sync.parseICS(feed.ics)).filter((e) => e.type === "VEVENT");
    const summaries = events.map((e) => String((e as { summary: unknown }).summary));
    expect(summaries.filter((x) => x.startsWith("Middagtoezicht")).length).toBeGreaterThanOrEqual(2);
    expect(summaries.some((x) => x.startsWith("Middagoverleg lagereschoolteam"))).toBe(true);
    const tueEvent = events.find((e) => {
      const v = e as { summary: unknown; start: Date };
      return String(v.summary).startsWith("Middagtoezicht") && v.start.getDay() === 2;
    }) as { rrule?: { all(): Date[] }; exdate?: Record<string, Date> } | undefined;
    expect(tueEvent).toBeDefined();
    const day = (d: Date) => new Date(d).toISOString().slice(0, 10);
    const excluded = new Set(Object.values(tueEvent!.exdate ?? {}).map(day));
    const occurrences = tueEvent!
      .rrule!.all()
      .map(day)
      .filter((d) => !excluded.has(d));
    expect(occurrences).toEqual(plan.series.find((y) => y.goal === "middag-kleuter")!.dates);
    expect(occurrences).toHaveLength(goal.sessions);

    // The CLI says who supervises when, and how often over the year; the meeting needs no cover over lunch.
    const text = renderSolve(s, t, "teachers");
    const tueLine = text.split("\n").find((l) => l.startsWith("  dinsdag 12:05–13:20 — Speelplaats kleuters: "))!;
    expect(tueLine).toMatch(
      /Speelplaats kleuters: (An Peeters|Bram Janssens); Speelplaats lager: (An Peeters|Bram Janssens)$/,
    );
    expect(text).toContain(
      "opvang: tussen de lessen (middagpauze): geen opvang nodig; het middagtoezicht doen anderen",
    );
    expect(text).toMatch(/Keer dit schooljaar: .*An Peeters \d+/);
    // The printed teacher week shows the post in the lunch row, the meeting on Thursday.
    const t2 = (nl: string) => nl;
    const ix = buildWeekIndex(s, c, namesOf(s, t2), t2);
    const week = teacherWeek(ix, "kt-l1");
    const lunchRow = week.rows.findIndex((r) => r.kind === "lunch");
    const [, tueCell, , thuCell] = week.cells[lunchRow];
    expect(tueCell.main).toBe("Middagtoezicht");
    expect(tueCell.sub).toEqual([expect.stringMatching(/^Speelplaats (kleuters|lager)$/)]);
    expect(thuCell.goalName).toBe("Middagoverleg lagereschoolteam");
  });

  // Without the lunch (no allowLunch, or at most 2 lunch breaks a week per person: the 8 duties take all 8 lunch
  // breaks of the 4 teachers) the teams still meet, but in lesson time: LO and the care teacher cover the classes.
  const inLessonTime = (c: Candidate) => {
    expect(c.metrics.goalsMet).toBe(2);
    for (const r of c.releases) {
      expect(r.end <= "12:05" || r.start >= "13:20").toBe(true);
      expect(r.cover.length).toBeGreaterThan(0);
    }
  };

  it("with at most 2 lunch breaks a week per person the meetings move into lesson time, with cover", async () => {
    const raw = input();
    raw.lunchSupervision.maxPerWeek = 2;
    const s = parseScenario(raw);
    const c = (await solveHere(s)).candidates[0];
    inLessonTime(c);
    for (const p of ["kt-k2", "kt-k3", "kt-l1", "kt-l2"])
      expect(c.lunchDuties!.filter((d) => d.staff.includes(p))).toHaveLength(2);
    expectCleanWeek(s, c);
  });

  it("without allowLunch the meetings take lesson time with cover, and the lunch duties stay", async () => {
    const raw = input();
    for (const g of raw.releaseGoals) delete g.allowLunch;
    const s = parseScenario(raw);
    const c = (await solveHere(s)).candidates[0];
    inLessonTime(c);
    expect(c.lunchDuties!.map((d) => d.staff.length)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    expectCleanWeek(s, c);
  });
});
