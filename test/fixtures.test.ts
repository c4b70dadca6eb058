// The fixtures (fixtures/, issue 2 item 6): every scenario is valid and passes the scenario-level rules;
// the hand-made village week is a valid timetable; every known-bad variant is caught by exactly the rule
// its file name names; the infeasible scenario is impossible for a reason we can count; the CLI's exit
// codes (0 ok, 1 hard violations, 2 invalid input).
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkAll } from "../constraints/check.js";
import { ruleById } from "../constraints/registry.js";
import {
  DAYS,
  lessonSlots,
  loadScenario,
  loadTimetable,
  readJsonFile,
  parseScenario,
  toMinutes,
  InputError,
} from "../src/model/index.js";

const FIX = "fixtures";
const BAD = "fixtures/bad";
const CLI = "dist/cli/main.js";
const VILLAGE = `${FIX}/village-school.json`;
const VILLAGE_WEEK = `${FIX}/village-school.timetable.json`;

const topLevel = readdirSync(FIX).filter((f) => f.endsWith(".json"));
const scenarioFiles = topLevel.filter((f) => !f.includes(".timetable")).map((f) => `${FIX}/${f}`);
const badFiles = readdirSync(BAD).filter((f) => f.endsWith(".json") && f.includes("bad") && !f.startsWith("malformed"));
const isTimetableVariant = (f: string) => f.includes(".timetable.bad.");
/** "village-school.bad.week.lunch.json" → "week.lunch" */
const ruleIdOf = (f: string) => f.replace(/\.json$/, "").split(".bad.")[1];

// A timetable lesson outside the grid's lesson slots necessarily also breaks timetable.one-activity
// (the slot it left is empty); that is the only other hard rule a variant may break.
const ALLOWED_EXTRA: Record<string, string[]> = {
  "village-school.timetable.bad.week.wednesday-afternoon.json": ["timetable.one-activity"],
};

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("fixtures: the realistic scenarios", () => {
  it("has the four schools, the village week and the infeasible city school", () => {
    for (const f of [
      "village-school.json",
      "city-school.json",
      "coteaching-school.json",
      "atelier-school.json",
      "village-school.timetable.json",
      "city-school.infeasible-adviser.json",
    ])
      expect(topLevel).toContain(f);
  });

  it.each(scenarioFiles)("%s parses and has no hard violation at scenario level", (file) => {
    const s = loadScenario(file);
    expect(s.schoolYear).toBe("2026-2027");
    const { scenario } = checkAll(s);
    expect(scenario.violations.filter((v) => v.severity === "hard")).toEqual([]);
  });

  it("village school: one stream, 3 kleuter groups, a graadsklas, part-timers, a K3+L1 merge under a pupil cap", () => {
    const s = loadScenario(VILLAGE);
    expect(s.groups.filter((g) => g.level === "kleuter")).toHaveLength(3);
    expect(s.groups.some((g) => g.grades.length === 2)).toBe(true);
    expect(s.staff.filter((p) => !["24/24", "36/36"].includes(p.fraction)).length).toBeGreaterThanOrEqual(2);
    const [m] = s.cover.merges;
    const pupils = m.groups.reduce((n, id) => n + s.groups.find((g) => g.id === id)!.pupils, 0);
    expect(pupils).toBeLessThanOrEqual(m.maxPupils);
  });

  it("city school: 12 lager + 6 kleuter, LBV by 4 teachers at once whose joint availability holds 24 periods", () => {
    const s = loadScenario(`${FIX}/city-school.json`);
    expect(s.network).toMatch(/OVSG|GO/);
    expect(s.groups.filter((g) => g.level === "lager")).toHaveLength(12);
    expect(s.groups.filter((g) => g.level === "kleuter")).toHaveLength(6);
    const lbv = s.subjects.find((x) => x.id === "LBV")!;
    expect(lbv.taughtBy !== "class" && lbv.taughtBy.staff).toHaveLength(4);
    const pool = lbv.taughtBy === "class" ? [] : lbv.taughtBy.staff.map((id) => s.staff.find((p) => p.id === id)!);
    // Slots of the usual grid in which all four are there: each class's LBV needs one of them.
    const grid = s.dayGrids[0];
    const together = DAYS.flatMap((d) => lessonSlots(grid, d)).filter((sl) =>
      pool.every((p) => {
        const w = p.availability?.[sl.day];
        return (
          !p.availability ||
          (w ?? []).some((x) => toMinutes(x.from) <= toMinutes(sl.start) && toMinutes(sl.end) <= toMinutes(x.to))
        );
      }),
    );
    expect(together.length).toBeGreaterThanOrEqual(lbv.periods * lbv.groups.length);
    const adviser = s.externals.find((e) => e.kind === "pedagogical-adviser")!;
    expect(Object.keys(adviser.availability!).sort()).toEqual(["thu", "tue"]);
    expect(s.releaseGoals.filter((g) => g.purpose === "plg")).toHaveLength(2);
    expect(s.staff.some((p) => p.flags.careTeacher)).toBe(true);
  });

  it("co-teaching school: every class has a co-teacher; the co-teachers can be released together", () => {
    const s = loadScenario(`${FIX}/coteaching-school.json`);
    for (const g of s.groups) expect(g.coTeachers.length).toBeGreaterThan(0);
    expect(s.releaseGoals.filter((g) => g.purpose === "coteach-consult")).toHaveLength(s.groups.length);
    expect(s.externals.length + s.atelierPlans.length).toBeGreaterThan(0);
  });

  it("atelier school: every pupil of the participating groups has a top 3 of existing ateliers; interns dated in 2026-2027", () => {
    const s = loadScenario(`${FIX}/atelier-school.json`);
    const [plan] = s.atelierPlans;
    const expected = plan.groups.flatMap((gid) => {
      const g = s.groups.find((x) => x.id === gid)!;
      return Array.from({ length: g.pupils }, (_, i) => `${gid}-${String(i + 1).padStart(2, "0")}`);
    });
    expect(plan.choices.map((c) => c.pupil)).toEqual(expected);
    for (const c of plan.choices) expect(new Set(c.choices).size).toBe(3);
    expect(plan.ateliers.reduce((n, a) => n + a.capacity, 0)).toBeGreaterThanOrEqual(expected.length);
    expect(s.interns.some((i) => i.independent)).toBe(true);
    for (const i of s.interns)
      for (const p of i.placements) expect(p.from >= "2026-09-01" && p.to <= "2027-06-30").toBe(true);
  });

  it("scripts/make-atelier-choices.mjs regenerates exactly the committed choices", () => {
    const dir = mkdtempSync(join(tmpdir(), "atelier-"));
    const copy = join(dir, "atelier-school.json");
    copyFileSync(`${FIX}/atelier-school.json`, copy);
    const r = spawnSync(process.execPath, ["scripts/make-atelier-choices.mjs", copy], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/met 1ste of 2de keuze: 135 van 135/);
    expect(readFileSync(copy, "utf8")).toBe(readFileSync(`${FIX}/atelier-school.json`, "utf8"));
  });
});

describe("fixtures: the hand-made village week", () => {
  const s = loadScenario(VILLAGE);
  const t = loadTimetable(VILLAGE_WEEK);

  it("has one lesson per group per lesson slot of its grid and a release with cover", () => {
    expect(t.status).toBe("feasible");
    expect(t.candidates).toHaveLength(1);
    const c = t.candidates[0];
    const grid = s.dayGrids.find((g) => g.id === c.dayGrid)!;
    for (const g of s.groups)
      for (const d of DAYS)
        expect(c.lessons.filter((l) => l.group === g.id && l.day === d).map((l) => l.start)).toEqual(
          lessonSlots(grid, d).map((x) => x.start),
        );
    expect(c.releases[0].cover.length).toBeGreaterThan(0);
  });

  it("breaks no hard rule", () => {
    const r = checkAll(s, t);
    expect(r.scenario.violations.filter((v) => v.severity === "hard")).toEqual([]);
    expect(r.candidates[0].violations.filter((v) => v.severity === "hard")).toEqual([]);
  });
});

describe("fixtures: known-bad variants break exactly the rule in their name", () => {
  it("there are at least 8, across week.*, staff.* and timetable.*", () => {
    expect(badFiles.length).toBeGreaterThanOrEqual(8);
    for (const area of ["week.", "staff.", "timetable."])
      expect(badFiles.some((f) => ruleIdOf(f).startsWith(area))).toBe(true);
  });

  it.each(badFiles)("%s", (file) => {
    const id = ruleIdOf(file);
    // The rule must exist in the registry: a missing rule is a failure, not a skip.
    expect(ruleById(id), `rule '${id}' (from the file name) is not in the registry`).toBeDefined();
    const result = isTimetableVariant(file)
      ? checkAll(loadScenario(VILLAGE), loadTimetable(`${BAD}/${file}`))
      : checkAll(loadScenario(`${BAD}/${file}`));
    const hard = [result.scenario, ...result.candidates]
      .flatMap((r) => r.violations)
      .filter((v) => v.severity === "hard");
    expect(
      hard.some((v) => v.rule === id),
      `no hard violation of ${id}`,
    ).toBe(true);
    expect([...new Set(hard.map((v) => v.rule))].sort()).toEqual([id, ...(ALLOWED_EXTRA[file] ?? [])].sort());
    // Messages name the place: the Dutch message is never empty.
    for (const v of hard) expect(v.message.length).toBeGreaterThan(10);
  });

  it("malformed.bad.json is rejected as input with the field path", () => {
    expect(() => parseScenario(readJsonFile(`${BAD}/malformed.bad.json`))).toThrow(InputError);
    try {
      parseScenario(readJsonFile(`${BAD}/malformed.bad.json`));
    } catch (e) {
      expect((e as InputError).problems.map((p) => p.path)).toContain("groups[3].pupils");
    }
  });
});

describe("fixtures: city-school.infeasible-adviser.json cannot be satisfied", () => {
  const s = loadScenario(`${FIX}/city-school.infeasible-adviser.json`);
  const goal = s.releaseGoals.find((g) => g.required)!;

  it("is a valid scenario that explains why it is impossible", () => {
    expect(goal).toBeDefined();
    expect(s.description).toMatch(/ONHAALBAAR/);
    expect(checkAll(s).scenario.ok).toBe(true);
  });

  it("the required PLG needs more cover than the levers can give (the argument, counted)", () => {
    const min =
      goal.minBlockMinutes ?? (goal.mode === "physical" ? s.settings.physicalMinMinutes : s.settings.digitalMinMinutes);
    const adviser = s.externals.find((e) => goal.externals.includes(e.id))!;
    const grid = s.dayGrids[0];
    expect(s.dayGrids).toHaveLength(1);
    // No lever other than specialist lessons may cover a class.
    expect(
      s.cover.careTeachers || s.cover.coTeachers || s.cover.interns || s.cover.ateliers || s.cover.merges.length > 0,
    ).toBe(false);
    for (const [day, windows] of Object.entries(adviser.availability ?? {})) {
      for (const w of windows ?? []) {
        // Lesson slots inside the adviser's window; any block of >= min minutes in it must contain them all.
        const inWindow = lessonSlots(grid, day as (typeof DAYS)[number]).filter(
          (x) => toMinutes(w.from) <= toMinutes(x.start) && toMinutes(x.end) <= toMinutes(w.to),
        );
        expect(toMinutes(w.to) - toMinutes(w.from)).toBeLessThan(min + 50); // dropping any slot leaves < min
        for (const member of goal.members) {
          const group = s.groups.find((g) => g.classTeachers.includes(member))!;
          const specialist = s.subjects
            .filter((x) => x.taughtBy !== "class" && x.groups.includes(group.id))
            .reduce((n, x) => n + Math.min(x.maxPerDay, x.periods), 0);
          expect(specialist, `${group.id} on ${day}`).toBeLessThan(inWindow.length);
        }
      }
    }
  });
});

describe("fixtures: vrijrooster check exit codes", () => {
  it("the CLI is built (npm test builds first)", () => {
    expect(existsSync(CLI), `${CLI} missing: run npm run build`).toBe(true);
  });

  it.each(scenarioFiles)("check %s exits 0", (file) => {
    const r = cli("check", file);
    expect(r.code, r.stdout + r.stderr).toBe(0);
  });

  it("check village-school.json --timetable village-school.timetable.json exits 0", () => {
    const r = cli("check", VILLAGE, "--timetable", VILLAGE_WEEK);
    expect(r.code, r.stdout + r.stderr).toBe(0);
  });

  it.each(badFiles)("check %s exits 1 and names the rule", (file) => {
    const r = isTimetableVariant(file)
      ? cli("check", VILLAGE, "--timetable", `${BAD}/${file}`, "--json")
      : cli("check", `${BAD}/${file}`, "--json");
    expect(r.code, r.stderr).toBe(1);
    const out = JSON.parse(r.stdout);
    const rules = [out.scenario, ...out.candidates].flatMap((x: { violations: { rule: string }[] }) =>
      x.violations.map((v) => v.rule),
    );
    expect(rules).toContain(ruleIdOf(file));
  });

  it("check malformed.bad.json exits 2 and prints the field path, no stack trace", () => {
    const r = cli("check", `${BAD}/malformed.bad.json`);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("groups[3].pupils");
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });
});
