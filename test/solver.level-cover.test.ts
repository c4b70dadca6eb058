// Cover variables on a school with kleuter days of its own (DayGrid.levels): only where a class's teacher can be
// away, as on a school without them, and the audit (auditCover) keeps that small model instead of falling back to
// cover everywhere. fixtures/practices/level-grids.json: K2, K3 on the kleuter day (lunch 12:00–13:10, lessons
// 13:10–14:00 and 14:20–15:10), L1–L3 on the school's day (lunch 12:05–13:20, lesson 11:15–12:05); the kernteam of
// K3's and L3's teachers (100–115 min, only Thursday afternoon); a kleuter and a lager lunch post (each teacher may
// take either, at most 2 a week); one care teacher (Sofie Maes) is the only lever, so each cover cell has one variable.
import { beforeAll, describe, expect, it } from "vitest";
import { loadScenario, type Scenario } from "../src/model/index.js";
import { auditCover, SolverModel } from "../solver/build.js";
import { encodeAll } from "../solver/encode/index.js";
import type { Engine } from "../solver/engines/engine.js";
import { loadHighs, makeHighsEngine } from "../solver/engines/highs.js";

const FIXTURE = "fixtures/practices/level-grids.json";
const encoded = (s: Scenario, options?: ConstructorParameters<typeof SolverModel>[2]) => {
  const m = new SolverModel(s, s.dayGrids[0], options);
  encodeAll(m);
  return m;
};
const cells = (m: SolverModel, group: string) =>
  m.coverVars.filter((v) => v.group === group).map((v) => `${v.slot.day} ${v.slot.start}-${v.slot.end}`);
const four = (time: string) => ["mon", "tue", "thu", "fri"].map((d) => `${d} ${time}`);

let s: Scenario;
let engine: Engine;
beforeAll(async () => {
  s = loadScenario(FIXTURE);
  engine = makeHighsEngine(await loadHighs());
});

describe("cover on a school with kleuter days", () => {
  it("the audit names only L3; every other class has cover only where its teacher can be away", () => {
    // L3 stays unsafe for a reason of its own (the same without level days): Kim Claes's schoolopdracht row,
    // 26 own periods (LO in the kernteam's slots) × 50 + the kernteam 115 + two lager lunch posts 2 × 75 = 1565
    // min > 1560. K3 stays clear: her lager post (12:05–13:20) takes her out of K3's 13:10–14:00, so the most is
    // 1300 + 115 + 2 × 70 (the kleuter post) = 1555.
    expect([...auditCover(encoded(s))]).toEqual(["L3"]);
    const m = encoded(s, { coverEverywhere: new Set(["L3"]) });
    expect(m.coverVars.every((v) => v.lever === "care" && v.who === "zorg1")).toBe(true);
    // The kleuter teachers may take the lager post 12:05–13:20, held during their 13:10–14:00 (four days with a
    // lunch); the lager teachers the kleuter post 12:00–13:10, held during their 11:15–12:05.
    expect(cells(m, "K2")).toEqual(four("13:10-14:00"));
    expect(cells(m, "L1")).toEqual(four("11:15-12:05"));
    expect(cells(m, "L2")).toEqual(four("11:15-12:05"));
    // K3 also in both of its own periods the kernteam's one block (Thursday 13:20–15:15) overlaps. Nowhere else: no
    // cover in a slot where no release block of any goal can lie and no lunch post is held.
    expect(cells(m, "K3").sort()).toEqual([...four("13:10-14:00"), "thu 14:20-15:10"].sort());
    // L3 everywhere: its 28 lesson periods.
    expect(cells(m, "L3")).toHaveLength(28);
    expect(m.coverVars).toHaveLength(4 + 5 + 4 + 4 + 28);
    // Cover everywhere (the fallback before): 5 classes × 28 periods.
    expect(encoded(s, { coverEverywhere: true }).coverVars).toHaveLength(140);
  });

  it("the small model keeps the optimum of the model with cover everywhere", () => {
    const small = encoded(s, { coverEverywhere: new Set(["L3"]) });
    const full = encoded(s, { coverEverywhere: true });
    expect(small.lp.variables.size).toBeLessThan(full.lp.variables.size);
    const a = engine.solve(small.lp, { timeLimitSeconds: 60 });
    const b = engine.solve(full.lp, { timeLimitSeconds: 60 });
    expect([a.status, b.status]).toEqual(["optimal", "optimal"]);
    expect(a.objective).toBeCloseTo(b.objective, 6);
  });
});
