// Solver on small hand-computable cases (issue 3): known optima, candidates, infeasibility explained.
import { describe, expect, it } from "vitest";
import { parseScenario } from "../src/model/index.js";
import { solveHere } from "./helpers/solve.js";
import { tinyInput } from "./helpers/tiny.js";

/** Two classes, one PE teacher (2 LO periods per class, up to 2 a day), a peer visit for L1's teacher. */
function visitScenario() {
  const input = tinyInput();
  input.subjects![0].maxPerDay = 2;
  input.releaseGoals = [{ id: "visit", name: "Hospiteren", members: ["kt1"], mode: "digital", minBlockMinutes: 100 }];
  return parseScenario(input);
}

// The only ways to free kt1 for ≥ 100 min: L1 gets its two LO periods back to back. The longest such
// blocks span the morning or afternoon break (115 min): 09:20–11:15 on every day, 13:20–15:15 on the
// four full days. Nothing else reaches 115 minutes.
const BEST = new Set([
  ...["mon", "tue", "wed", "thu", "fri"].map((d) => `${d} 09:20-11:15`),
  ...["mon", "tue", "thu", "fri"].map((d) => `${d} 13:20-15:15`),
]);

describe.each(["highs", "jslp"] as const)("solver (%s) on hand-computable cases", (engine) => {
  it("finds exactly the 115-minute blocks first, then the 100-minute ones, each checker-clean", async () => {
    const t = await solveHere(visitScenario(), { engine, candidates: 11 });
    expect(t.status).toBe("optimal");
    expect(t.candidates).toHaveLength(11);
    const blocks = t.candidates.map((c) => c.releases.map((r) => `${r.day} ${r.start}-${r.end}`).join());
    expect(new Set(blocks.slice(0, 9))).toEqual(BEST);
    expect(new Set(blocks).size).toBe(11); // candidates are distinct
    for (const b of blocks.slice(9))
      expect(["08:30-10:10", "10:25-12:05", "13:20-14:10"].some((t) => b.endsWith(t))).toBe(true);
    expect(t.candidates[0].status).toBe("optimal");
    expect(t.candidates[0].objective).toBe(t.candidates[0].bound);
    for (const c of t.candidates) {
      expect(c.violations.filter((v) => v.severity === "hard")).toEqual([]);
      expect(c.releases[0].cover).toEqual([{ group: "L1", by: "LO" }]);
      expect(c.metrics.goalsMet).toBe(1);
    }
  });

  it("proves that one PE teacher cannot free both class teachers at once (0 minutes is optimal)", async () => {
    const input = tinyInput();
    input.releaseGoals = [{ id: "plg", name: "PLG", members: ["kt1", "kt2"], mode: "digital", minBlockMinutes: 50 }];
    const t = await solveHere(parseScenario(input), { engine });
    expect(t.status).toBe("optimal");
    expect(t.candidates[0].releases).toEqual([]);
    expect(t.candidates[0].metrics.goalsMet).toBe(0);
  });

  it("explains a required goal that cannot be met, naming the cover shortage and the goal", async () => {
    const input = tinyInput();
    input.releaseGoals = [
      { id: "plg", name: "PLG", members: ["kt1", "kt2"], mode: "digital", minBlockMinutes: 50, required: true },
    ];
    const t = await solveHere(parseScenario(input), { engine });
    expect(t.status).toBe("infeasible");
    expect(t.candidates).toEqual([]);
    const rules = t.conflicts.map((c) => `${c.rule} ${c.where}`);
    expect(rules).toContain("release.goal-met required:plg");
    expect(rules).toContain("timetable.release-cover capacity:plg");
    expect(t.conflicts.find((c) => c.where === "required:plg")).toMatchObject({
      rule: "release.goal-met",
      messageId: "encode-required",
    });
    const capacity = t.conflicts.find((c) => c.where === "capacity:plg")!;
    expect(capacity).toMatchObject({ rule: "timetable.release-cover", messageId: "encode-cover-capacity" });
    // The numbers of the shortage, in both languages: 2 classes at once, at most 1 can be taken over.
    expect(capacity.message).toMatch(/ 2 klassen \(L1, L2\) .* hoogstens 1 /);
    expect(capacity.messageEn).toMatch(/ 2 classes \(L1, L2\) .* at most 1 /);
  });
});

describe("solver scenario checks", () => {
  it("refuses a scenario that breaks a hard rule itself, with the rule in conflicts", async () => {
    const input = { ...tinyInput(), lessonsPerWeek: 29 };
    const t = await solveHere(parseScenario(input));
    expect(t.status).toBe("invalid");
    expect(t.conflicts.map((c) => c.rule)).toContain("week.lesson-count");
  });

  it("chooses the 4+2 day when only its after-school window can host a 2-hour meeting", async () => {
    const input = tinyInput();
    const { usualGrid, SHORT_DAY } = await import("./helpers/tiny.js");
    const short = usualGrid("kort");
    short.name = "4+2 op dinsdag";
    short.days.tue = SHORT_DAY;
    input.dayGrids = [usualGrid(), short];
    input.releaseGoals = [
      { id: "team", name: "Teamoverleg", members: ["kt1", "kt2", "lo1"], mode: "digital", minBlockMinutes: 120 },
    ];
    const t = await solveHere(parseScenario(input));
    expect(t.status).toBe("optimal");
    const c = t.candidates[0];
    expect(c.dayGrid).toBe("kort");
    expect(c.releases).toMatchObject([{ goal: "team", day: "tue", start: "15:00", end: "17:00", cover: [] }]);
    expect(c.violations.filter((v) => v.severity === "hard")).toEqual([]);
  });
});

describe("subjects the class teacher gives", () => {
  it("are placed with their spread and time preference, taught by the class teacher", async () => {
    const input = tinyInput();
    input.subjects!.push({
      id: "WO",
      name: "Wereldoriëntatie",
      groups: ["L1"],
      periods: 3,
      taughtBy: "class",
      maxPerDay: 1,
      prefer: "morning",
    });
    const t = await solveHere(parseScenario(input));
    const c = t.candidates[0];
    const wo = c.lessons.filter((l) => l.subject === "WO");
    expect(wo).toHaveLength(3);
    expect(new Set(wo.map((l) => l.day)).size).toBe(3);
    for (const l of wo) {
      expect(l.staff).toEqual(["kt1"]);
      expect(l.end <= "12:05").toBe(true);
    }
    expect(c.violations.filter((v) => v.severity !== "warning")).toEqual([]);
  });
});

describe("externals with dated availability only", () => {
  it("are planned on the weekdays of their dates (as the checker reads them)", async () => {
    const input = tinyInput();
    input.subjects![0].maxPerDay = 2;
    // 2026-09-15 and 2026-10-13 are Tuesdays
    input.externals = [
      {
        id: "le",
        name: "Lerarenopleider",
        kind: "teacher-educator",
        dates: [{ date: "2026-09-15" }, { date: "2026-10-13" }],
      },
    ];
    input.releaseGoals = [
      { id: "visit", name: "Hospiteren", members: ["kt1"], externals: ["le"], mode: "digital", minBlockMinutes: 100 },
    ];
    const t = await solveHere(parseScenario(input), { candidates: 3 });
    expect(t.candidates).toHaveLength(3);
    for (const c of t.candidates) {
      expect(c.releases.map((r) => r.day)).toEqual(["tue"]);
      expect(c.violations.filter((v) => v.severity === "hard")).toEqual([]);
    }
  });
});

describe("explanations that are true", () => {
  it("reports two independent conflicts as two disjoint sets (a required meeting; a teacher there only on Monday)", async () => {
    const input = tinyInput();
    // L3's teacher is free only in its one music period (50 min): a required 100-minute meeting is impossible.
    input.groups.push({ id: "L3", level: "lager", grades: [3], pupils: 20, classTeachers: ["kt3"] });
    input.staff.push(
      { id: "kt3", name: "Kim Claes", ambt: "onderwijzer", plageMax: 27 },
      { id: "muz1", name: "Muziek", ambt: "onderwijzer", fraction: "4/24" },
    );
    input.subjects!.push({ id: "MUZ", name: "Muziek", groups: ["L3"], periods: 1, taughtBy: { staff: ["muz1"] } });
    input.releaseGoals = [
      { id: "plg", name: "PLG", members: ["kt3"], mode: "digital", minBlockMinutes: 100, required: true },
    ];
    // 6 Monday slots for 2 × 4 lessons of one teacher: impossible whatever happens to the meeting.
    input.staff.push({
      id: "isl1",
      name: "Islam",
      ambt: "leermeester-levensbeschouwing",
      fraction: "12/24",
      availability: { mon: [{ from: "08:00", to: "16:00" }] },
    });
    input.subjects!.push({
      id: "ISL",
      name: "Islam",
      groups: ["L1", "L2"],
      periods: 4,
      taughtBy: { staff: ["isl1"] },
      maxPerDay: 4,
    });
    const t = await solveHere(parseScenario(input));
    expect(t.status).toBe("infeasible");
    const sets = [...new Set(t.conflicts.map((c) => c.set))];
    expect(sets).toEqual([1, 2]);
    const bySet = (k: number) => t.conflicts.filter((c) => c.set === k).map((c) => `${c.rule} ${c.where}`);
    const meeting = [1, 2].find((k) => bySet(k).includes("release.goal-met required:plg"))!;
    const monday = meeting === 1 ? 2 : 1;
    // The true cause, as one compact fact: the Islam teacher is only there on Monday, 6 slots for 8 lessons.
    expect(bySet(monday)).toEqual(["timetable.subject-plan capacity:teacher:isl1"]);
    const fact = t.conflicts.find((c) => c.where === "capacity:teacher:isl1")!;
    expect(fact.messageId).toBe("encode-teacher-capacity-days");
    expect(fact.message).toBe("Islam is er enkel op maandag: 6 lesuren voor 8 lessen");
    expect(fact.messageEn).toBe("Islam is only there on Monday: 6 lesson slots for 8 lessons");
    expect(t.conflicts.find((c) => c.set === meeting && c.where === "required:plg")!.messageId).toBe("encode-required");
    const instances = t.conflicts.map((c) => `${c.rule}#${c.where}`);
    expect(new Set(instances).size).toBe(instances.length); // disjoint
  });
});

describe("a goal without a block says why", () => {
  const why = (c: { metrics: Record<string, unknown> }, goal: string) =>
    (c.metrics.perGoal as { goal: string; why?: { rule: string; message: string }[] }[]).find((g) => g.goal === goal)!
      .why!;

  it("names the cover shortage when one PE teacher cannot free two class teachers", async () => {
    const input = tinyInput();
    input.releaseGoals = [{ id: "plg", name: "PLG", members: ["kt1", "kt2"], mode: "digital", minBlockMinutes: 50 }];
    const t = await solveHere(parseScenario(input));
    expect(t.candidates[0].releases).toEqual([]);
    expect(why(t.candidates[0], "plg").map((r) => r.rule)).toEqual(["timetable.release-cover"]);
  });

  it("names the external who is never there in a possible block", async () => {
    const input = tinyInput();
    input.subjects![0].maxPerDay = 2;
    input.externals = [
      {
        id: "pb1",
        name: "Adviseur",
        kind: "pedagogical-adviser",
        availability: { wed: [{ from: "13:00", to: "16:00" }] },
      },
    ];
    input.releaseGoals = [
      { id: "visit", name: "Hospiteren", members: ["kt1"], externals: ["pb1"], mode: "digital", minBlockMinutes: 100 },
    ];
    const t = await solveHere(parseScenario(input));
    expect(t.candidates[0].releases).toEqual([]);
    const reasons = why(t.candidates[0], "visit");
    expect(reasons.map((r) => r.rule)).toEqual(["timetable.availability"]);
    expect(reasons[0].message).toMatch(/Adviseur/);
  });
});
