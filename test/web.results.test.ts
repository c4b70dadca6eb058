// Goal summaries, the staff-load rows and "the latest best week" (web/src/lib/results.ts) on the village school.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadScenario } from "../src/model/load.js";
import { Timetable } from "../src/model/timetable.js";
import { namesOf } from "../web/src/lib/names.js";
import { goalSummaries, latestBest, staffLoadRows } from "../web/src/lib/results.js";

const nl = (a: string) => a;
const scenario = loadScenario("fixtures/village-school.json");
const stored = JSON.parse(readFileSync("fixtures/village-school.timetable.json", "utf8"));
const candidate = Timetable.parse(stored).candidates[0];

describe("goalSummaries", () => {
  it("says when, how long and who, in Dutch", () => {
    const [g] = goalSummaries(scenario, candidate, namesOf(scenario, nl), nl, "nl");
    expect(g.text).toBe("Kernteam leesbeleid: elke 2 weken donderdag 13:20–17:00, 3 u 40 min; 3 deelnemers");
    expect([g.met, g.minutes, g.index]).toEqual([true, 220, 0]);
  });

  it("says so when a goal found no time", () => {
    const [g] = goalSummaries(scenario, { releases: [] }, namesOf(scenario, nl), nl, "nl");
    expect(g.text).toBe("Kernteam leesbeleid: geen gezamenlijk moment gevonden");
    expect(g.met).toBe(false);
  });
});

describe("staffLoadRows", () => {
  it("counts lestijden against the legal and the school's maximum, scaled by the fraction", () => {
    const rows = staffLoadRows(scenario, candidate);
    const lo = rows.find((r) => r.staff === "lo")!; // Pieter Willems, leermeester LO 16/24
    expect([lo.name, lo.fraction, lo.legalMax, lo.plageMax]).toEqual(["Pieter Willems", "16/24", 18, 18]);
    expect(lo.lestijden).toBe(candidate.lessons.filter((l) => l.staff.includes("lo")).length);
    // This stored candidate has no staffLoad metric: schoolopdracht is unknown rather than guessed.
    expect(lo.schoolopdrachtMinutes).toBeUndefined();
    expect(rows.find((r) => r.staff === "dir")!.legalMax).toBeUndefined();
  });

  it("says how long each teacher is free together with others, from the solver's perTeacher metric", () => {
    const c = {
      ...candidate,
      metrics: { ...candidate.metrics, perTeacher: [{ staff: "kt-l56", name: "x", releaseMinutes: 220 }] },
    };
    const rows = staffLoadRows(scenario, c);
    expect(rows.find((r) => r.staff === "kt-l56")!.releaseMinutes).toBe(220);
    expect(rows.find((r) => r.staff === "lo")!.releaseMinutes).toBe(0);
  });

  it("marks a person over a limit, from the solver's staffLoad metric", () => {
    const c = {
      ...candidate,
      metrics: {
        ...candidate.metrics,
        staffLoad: [
          { staff: "kt-l1", name: "Annelies Peeters", lestijden: 27, schoolopdrachtMinutes: 1500 },
          { staff: "kt-l2", name: "Tom Goossens", lestijden: 24, schoolopdrachtMinutes: 1600 },
        ],
      },
    };
    const rows = staffLoadRows(scenario, c);
    const l1 = rows.find((r) => r.staff === "kt-l1")!;
    const l2 = rows.find((r) => r.staff === "kt-l2")!;
    expect([l1.legalMax, l1.plageMax, l1.over]).toEqual([27, 26, true]); // above the school's plage of 26
    expect([l2.schoolopdrachtMinutes, l2.schoolopdrachtMax, l2.over]).toEqual([1600, 1560, true]);
  });
});

describe("latestBest", () => {
  it("takes rank 1 of the most recent solve", () => {
    const list = [
      { id: "a1", jobId: "j1", rank: 1 },
      { id: "b2", jobId: "j2", rank: 1 },
      { id: "b3", jobId: "j2", rank: 2 },
    ];
    expect(latestBest(list)?.id).toBe("b2");
    expect(latestBest([])).toBeUndefined();
  });
});

describe("one is singular", () => {
  it("a meeting of one person says '1 deelnemer'", () => {
    const alone = structuredClone(candidate);
    alone.releases = alone.releases.map((r) => ({ ...r, staff: r.staff.slice(0, 1) }));
    const [g] = goalSummaries(scenario, alone, namesOf(scenario, nl), nl, "nl");
    expect(g.text).toMatch(/; 1 deelnemer$/);
  });
});
