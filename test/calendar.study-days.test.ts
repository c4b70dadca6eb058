// The study-day planner (the regulations year.study-days, year.study-days-extra, year.no-pd-in-holidays).
import { describe, expect, it } from "vitest";
import { isSchoolDay, planStudyDays } from "../src/calendar/index.js";
import { tinyScenario } from "./helpers/tiny.js";
import { planInput } from "./plan-school.js";

function school(trainerDates: string[], calendar: Record<string, unknown> = {}) {
  const input = planInput();
  input.externals = input.externals!.map((e) =>
    e.id === "tr1" ? { ...e, dates: trainerDates.map((date) => ({ date })) } : e,
  );
  input.calendar = {
    examWeeks: [{ from: "2027-06-14", to: "2027-06-18" }],
    facultativeDays: [{ date: "2027-02-15" }],
    ...calendar,
  };
  return tinyScenario(input);
}

describe("study-day planner", () => {
  it("proposes 1 + ½ on the trainer's days, never on a Wednesday for a whole day", () => {
    const plan = planStudyDays(school(["2026-11-24", "2027-01-20", "2027-03-03", "2027-05-19"]), {
      today: "2026-06-01",
    });
    expect(plan.budget).toBe(1.5);
    expect(plan.proposals.map((p) => [p.date, p.part])).toEqual([
      ["2026-11-24", "full"],
      ["2027-03-03", "am"],
    ]);
    expect(plan.proposals.every((p) => p.trainers[0] === "Frank Goossens")).toBe(true);
    expect(plan.proposals[0].reason).toMatch(/^dinsdag 24 november 2026 \(hele dag\): Frank Goossens beschikbaar/);
    expect(plan.derogation).toBeUndefined();
  });
  it("avoids exam weeks, holidays and facultative days even when the trainer is free then", () => {
    const plan = planStudyDays(school(["2027-06-15", "2026-12-22", "2027-02-15"]), { today: "2026-06-01" });
    for (const p of plan.proposals) {
      expect(isSchoolDay(p.date)).toBe(true);
      expect(["2027-06-15", "2026-12-22", "2027-02-15"]).not.toContain(p.date);
      expect(p.trainers).toEqual([]);
    }
    expect(plan.proposals).toHaveLength(2);
    // spread: the two are at least two months apart
    const [a, b] = plan.proposals.map((p) => Date.parse(p.date));
    expect((b - a) / 86_400_000).toBeGreaterThan(60);
  });
  it("counts the study days already planned", () => {
    const plan = planStudyDays(school(["2027-03-03"], { studyDays: [{ date: "2026-10-07" }] }), {
      today: "2026-06-01",
    });
    expect(plan.alreadyPlanned).toBe(1);
    expect(plan.proposals.map((p) => [p.date, p.part])).toEqual([["2027-03-03", "am"]]);
  });
  it("says a derogation is needed, and by when, when the school wants more", () => {
    const plan = planStudyDays(school(["2027-03-03"]), { want: 3, today: "2026-03-10" });
    expect(plan.proposals).toHaveLength(2); // still only the legal 1 + ½
    expect(plan.derogation).toMatchObject({ extraDays: 1.5, deadline: "2026-05-01", deadlinePassed: false });
    expect(plan.derogation!.message).toMatch(/afwijking nodig, aan te vragen bij AgODi vóór vrijdag 1 mei 2026/);
    const late = planStudyDays(school([]), { want: 2, today: "2026-09-01" });
    expect(late.derogation!.deadlinePassed).toBe(true);
    expect(late.derogation!.message).toMatch(/die datum is voorbij/);
  });
  it("uses a granted derogation's extra days", () => {
    const plan = planStudyDays(school([], { derogation: { granted: true, requestedOn: "2026-03-01", extraDays: 1 } }), {
      want: 2.5,
      today: "2026-06-01",
    });
    expect(plan.budget).toBe(2.5);
    expect(plan.proposals.reduce((n, p) => n + (p.part === "full" ? 1 : 0.5), 0)).toBe(2.5);
    expect(plan.derogation).toBeUndefined();
  });
});
