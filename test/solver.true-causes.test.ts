// Explanations that name the true cause (issue 9 §5): a specialist teacher who is rarely there is one compact
// fact — "there only on Monday: 6 slots for 12 lessons" — not the slot rows that happen to be in the first set.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseScenario, type ScenarioInput } from "../src/model/index.js";
import { SolverModel } from "../solver/build.js";
import { encodeAll } from "../solver/encode/index.js";
import { loadHighs, makeHighsEngine } from "../solver/engines/highs.js";
import { explainInfeasibility } from "../solver/explain.js";
import { solveHere } from "./helpers/solve.js";

/** The city school, with its Islam teacher there only on Monday and one LBV period a week for every class. */
function islamOnlyOnMonday() {
  const input = JSON.parse(readFileSync("fixtures/city-school.json", "utf8")) as ScenarioInput;
  const isl = input.staff.find((p) => p.id === "lbv-isl")!;
  isl.availability = { mon: [{ from: "08:15", to: "15:30" }] };
  const lbv = input.subjects!.find((s) => s.id === "LBV")!;
  lbv.periods = 1;
  lbv.minDaysApart = 0;
  return parseScenario(input);
}

describe("true causes", () => {
  it("names the teacher who is there only on Monday, with slots and lessons, as the one conflict", async () => {
    const t = await solveHere(islamOnlyOnMonday());
    expect(t.status).toBe("infeasible");
    expect(t.conflicts).toEqual([
      {
        rule: "timetable.subject-plan",
        messageId: "encode-teacher-capacity-days",
        message: "Mohamed Ouali is er enkel op maandag: 6 lesuren voor 12 lessen",
        messageEn: "Mohamed Ouali is only there on Monday: 6 lesson slots for 12 lessons",
        where: "capacity:teacher:lbv-isl",
        set: 1,
      },
    ]);
  }, 120_000);

  it("without that fact (the old model) the explanation named slot rows of other people instead", async () => {
    const s = islamOnlyOnMonday();
    const model = new SolverModel(s, s.dayGrids[0]);
    encodeAll(model);
    const rows = model.lp.constraints;
    const facts = rows.filter((c) => c.tag.instance.startsWith("capacity:teacher:"));
    expect(facts.map((c) => c.tag.instance)).toEqual(["capacity:teacher:lbv-isl", "capacity:teacher:lbv-isl"]);
    rows.splice(0, rows.length, ...rows.filter((c) => !facts.includes(c)));
    const t0 = performance.now();
    const old = explainInfeasibility(
      model.lp,
      makeHighsEngine(await loadHighs()),
      () => 60 - (performance.now() - t0) / 1000,
    );
    const named = old.map((c) => `${c.rule} ${c.where}`);
    expect(named).toContain("timetable.availability person:lbv-isl");
    // Half the classes' LBV rows and another teacher's availability: true, but not the cause in numbers.
    expect(named.filter((n) => n.startsWith("timetable.subject-plan subject:LBV@")).length).toBeGreaterThan(1);
    expect(old.map((c) => c.messageId)).not.toContain("encode-teacher-capacity-days");
    expect(old.some((c) => /12 lessen/.test(c.message))).toBe(false);
  }, 120_000);
});
