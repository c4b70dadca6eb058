// The year plan: a candidate week over the 2026-2027 school year (holidays, facultative and study days,
// frequencies, intern placement weeks) and contact hours per goal (release.traject, ≥ 20 h).
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { isSchoolDay, schoolWeeks } from "../src/calendar/index.js";
import { yearPlan, type PlanSeries } from "../src/plan/index.js";
import { planCandidate, planScenario } from "./plan-school.js";

const plan = yearPlan(planScenario(), planCandidate());
const get = (key: string): PlanSeries => {
  const s = plan.series.find((x) => x.key === key);
  if (!s) throw new Error(`no series ${key}`);
  return s;
};
/** Every school day of 2026-2027 on an ISO weekday (1 = Monday), from the legal calendar only. */
function schoolDaysOn(weekday: number): string[] {
  const out: string[] = [];
  for (let d = DateTime.fromISO("2026-09-01"); d.toISODate()! <= "2027-06-30"; d = d.plus({ days: 1 }))
    if (d.weekday === weekday && isSchoolDay(d.toISODate()!)) out.push(d.toISODate()!);
  return out;
}

describe("year plan: lessons", () => {
  it("a Monday-morning lesson runs every Monday school day except the facultative days", () => {
    const s = get("les:L1:mon:08:30");
    const expected = schoolDaysOn(1).filter((d) => d !== "2026-11-16" && d !== "2027-02-15");
    expect(s.dates).toEqual(expected);
    expect(s.dropped.find((x) => x.date === "2026-11-16")!.reason).toBe("Facultatieve vrije dag");
    expect(s.dropped.find((x) => x.date === "2026-11-02")!.reason).toBe("Herfstvakantie");
    expect(s.dropped.find((x) => x.date === "2027-05-17")!.reason).toBe("Pinkstermaandag");
  });
  it("a half facultative day removes only that half", () => {
    expect(get("les:L1:mon:13:20").dates).toContain("2026-11-16");
    expect(get("les:L1:mon:13:20").dates).not.toContain("2027-05-10");
    expect(get("les:L1:mon:08:30").dates).toContain("2027-05-10");
  });
  it("a study day removes that day's lessons, a half study day only its half", () => {
    expect(get("atelier:wo-ateliers:wed:08:30").dates).not.toContain("2026-10-07");
    expect(get("atelier:wo-ateliers:wed:08:30").groups).toEqual(["L1", "L2"]);
    expect(get("les:L1:thu:13:20").dates).not.toContain("2027-03-04");
    expect(get("les:L1:thu:08:30").dates).toContain("2027-03-04");
  });
  it("an intern-taught period happens only on placement days; the class teacher teaches it otherwise", () => {
    const intern = get("les:L1:tue:13:20:stagiair");
    expect(intern.dates).toEqual(["2026-11-17", "2026-11-24", "2026-12-01", "2027-03-02", "2027-03-09", "2027-03-16"]);
    const teacher = get("les:L1:tue:13:20");
    expect(teacher.staff).toEqual(["kt1"]);
    expect([...teacher.dates, ...intern.dates].sort()).toEqual(schoolDaysOn(2));
    expect(teacher.dates.filter((d) => intern.dates.includes(d))).toEqual([]);
  });
});

describe("year plan: releases and their frequency", () => {
  const weekOf = new Map(schoolWeeks("2026-2027").flatMap((w) => w.days.map((d) => [d, w.index] as const)));
  it("weekly: every Thursday school day except the afternoon study day", () => {
    expect(get("rel:plg-taal:thu:13:20").dates).toEqual(schoolDaysOn(4).filter((d) => d !== "2027-03-04"));
  });
  it("every 3 weeks: school weeks 0, 3, 6 …", () => {
    const s = get("rel:zorg:fri:10:25");
    expect(s.dates.length).toBeGreaterThan(8);
    for (const d of s.dates) expect(weekOf.get(d)! % 3).toBe(0);
    expect(s.dates[0]).toBe("2026-09-04");
    expect(s.dates[1]).toBe("2026-09-25");
  });
  it("monthly pattern: the four goals share the Wednesday block, one week each of a 4-school-week cycle", () => {
    const goals = ["partners", "kernteam", "team", "eigen"].map((g) => get(`rel:${g}:wed:08:30`));
    goals.forEach((s, i) => s.dates.forEach((d) => expect(weekOf.get(d)! % 4).toBe(i)));
    const all = goals.flatMap((s) => s.dates).sort();
    expect(all).toEqual(schoolDaysOn(3).filter((d) => d !== "2026-10-07"));
    expect(goals[2].dates[0]).toBe("2026-09-16");
    expect(goals[2].dropped.find((x) => x.date === "2026-09-09")!.reason).toMatch(/maandpatroon: week 3/);
  });
  it("intern cover: the release happens only in the intern's placement weeks", () => {
    expect(get("rel:visitatie:tue:13:20").dates).toEqual(get("les:L1:tue:13:20:stagiair").dates);
  });
  it("study days and facultative days are dated series", () => {
    expect(get("studiedag:2026-10-07:full")).toMatchObject({
      allDay: true,
      dates: ["2026-10-07"],
      title: "Pedagogische studiedag: Taalbeleid",
    });
    expect(get("studiedag:2027-03-04:pm")).toMatchObject({ allDay: false, start: "13:20", end: "15:15" });
    expect(get("facultatief:2026-11-16:am")).toMatchObject({ start: "08:30", end: "12:05" });
  });
});

describe("release.traject: contact hours per goal", () => {
  it("counts the sessions' minutes over the year and flags the 20-hour mark", () => {
    const byGoal = new Map(plan.goals.map((g) => [g.goal, g]));
    const plg = byGoal.get("plg-taal")!;
    expect(plg.sessions).toBe(get("rel:plg-taal:thu:13:20").dates.length);
    expect(plg.minutes).toBe(plg.sessions * 115);
    expect(plg.reachesTraject).toBe(true);
    expect(byGoal.get("visitatie")).toMatchObject({ sessions: 6, minutes: 690, hours: 11.5, reachesTraject: false });
    const team = byGoal.get("team")!;
    expect(team.minutes).toBe(team.sessions * 215);
    expect(team.reachesTraject).toBe(team.minutes >= 1200);
  });
});
