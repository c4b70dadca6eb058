// Cover variables only where a class can be without its teacher (issue 11), and the audit that keeps every optimum:
// a row that could still need cover elsewhere (here a class teacher's lestijden maximum below the class's periods)
// gives that class cover everywhere, and the solve then covers exactly the periods the maximum asks.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { parseScenario, type Scenario } from "../src/model/index.js";
import { auditCover, SolverModel } from "../solver/build.js";
import { solveCore } from "../solver/core.js";
import { encodeAll } from "../solver/encode/index.js";
import type { Engine } from "../solver/engines/engine.js";
import { loadHighs, makeHighsEngine } from "../solver/engines/highs.js";

const cityRaw = () => JSON.parse(readFileSync("fixtures/city-school.json", "utf8"));
const encoded = (s: Scenario, options?: ConstructorParameters<typeof SolverModel>[2]) => {
  const m = new SolverModel(s, s.dayGrids[0], options);
  encodeAll(m);
  return m;
};
const coverOf = (m: SolverModel, group: string) => m.coverVars.filter((v) => v.group === group);

let engine: Engine;
beforeAll(async () => {
  engine = makeHighsEngine(await loadHighs());
});

describe("cover variables where a class can be without its teacher", () => {
  it("city school: none for a class whose teacher is never away, some for a PLG member's class; the audit clears it", () => {
    const m = encoded(parseScenario(cityRaw()));
    expect(coverOf(m, "K1A")).toEqual([]);
    expect(coverOf(m, "L5A").length).toBeGreaterThan(0);
    expect(coverOf(m, "L5A").every((v) => v.lever === "care" && v.who === "zorg")).toBe(true);
    expect([...auditCover(m)]).toEqual([]);
    // With cover everywhere (the verifier's model) K1A has the care teacher in every lesson slot.
    const full = encoded(parseScenario(cityRaw()), { coverEverywhere: true });
    expect(coverOf(full, "K1A")).toHaveLength(full.slots.filter((t) => t.kind === "lesson").length);
    expect(full.coverVars.length).toBeGreaterThan(m.coverVars.length);
  });

  it("a class teacher at 22/24 cannot give all 26 class periods: the audit names the class, the solve covers 3", () => {
    const raw = cityRaw();
    raw.staff.find((p: { id: string }) => p.id === "kt-k1a").fraction = "22/24";
    const s = parseScenario(raw);
    expect([...auditCover(encoded(s))]).toEqual(["K1A"]);
    expect(coverOf(encoded(s, { coverEverywhere: new Set(["K1A"]) }), "K1A").length).toBeGreaterThan(0);
    const t = solveCore(s, { candidates: 1, timeLimitSeconds: 60, engine });
    expect(t.status).toBe("optimal");
    const covered = t.candidates[0].lessons.filter(
      (l) => l.group === "K1A" && l.subject === "KLAS" && !l.staff.includes("kt-k1a"),
    );
    expect(covered.map((l) => l.staff)).toEqual([["zorg"], ["zorg"], ["zorg"]]);
    expect(t.candidates[0].violations.filter((v) => v.severity === "hard")).toEqual([]);
  });
});
