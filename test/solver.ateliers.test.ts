// Atelier pupil assignment (issue 3 item 6): top-3 choices, capacities, even filling, no repeats.
import { describe, expect, it } from "vitest";
import { loadScenario, parseScenario } from "../src/model/index.js";
import { assignPlan } from "../solver/atelier-assign.js";
import { tinyInput } from "./helpers/tiny.js";

describe("atelier pupil assignment", () => {
  const plan = loadScenario("fixtures/atelier-school.json").atelierPlans[0];
  const result = assignPlan(plan);

  it("assigns every pupil in every round, within capacity and about evenly", () => {
    expect(result.pupils).toBe(plan.choices.length);
    expect(result.rounds.length).toBeGreaterThan(1);
    const average = plan.choices.length / plan.ateliers.length;
    for (const r of result.rounds) {
      expect(Object.keys(r.assignment)).toHaveLength(plan.choices.length);
      for (const a of plan.ateliers) {
        expect(r.load[a.id]).toBeLessThanOrEqual(a.capacity);
        expect(r.load[a.id]).toBeLessThanOrEqual(Math.ceil(average) + 1);
      }
      const c = r.choice;
      expect(c.first + c.second + c.third + c.other).toBe(plan.choices.length);
    }
  });

  it("gives (almost) everyone a 1st or 2nd choice in the first round", () => {
    const c = result.rounds[0].choice;
    // the fixture's choices are made so that everyone can get a 1st or 2nd choice
    expect(c.first + c.second).toBe(plan.choices.length);
    expect(c.first).toBeGreaterThan(plan.choices.length / 2);
  });

  it("never gives a pupil the same atelier twice over the rotation", () => {
    for (const p of plan.choices) {
      const got = result.rounds.map((r) => r.assignment[p.pupil]);
      expect(new Set(got).size).toBe(got.length);
    }
  });

  it("when one atelier is everyone's first choice, fills it to its even share and gives the rest their 2nd", () => {
    const input = tinyInput();
    input.externals = [{ id: "v1", name: "Vrijwilliger", kind: "volunteer" }];
    const choices = Array.from({ length: 12 }, (_, i) => ({ pupil: `p${i}`, group: "L1", choices: ["a", "b", "c"] }));
    input.atelierPlans = [
      {
        id: "at",
        name: "Ateliers",
        candidateBlocks: [{ day: "fri", start: "13:20", end: "15:15" }],
        groups: ["L1"],
        ateliers: [
          { id: "a", name: "A", leaders: ["v1"], capacity: 12 },
          { id: "b", name: "B", leaders: ["v1"], capacity: 12 },
          { id: "c", name: "C", leaders: ["v1"], capacity: 12 },
        ],
        choices,
        rotationWeeks: 12,
      },
    ];
    const r = assignPlan(parseScenario(input).atelierPlans[0]).rounds[0];
    // even share: ceil(12/3) + 1 = 5 places at most in each atelier
    expect(r.load).toEqual({ a: 5, b: 5, c: 2 });
    expect(r.choice).toEqual({ first: 5, second: 5, third: 2, other: 0 });
  });
});
