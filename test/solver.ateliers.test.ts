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
    expect(r.choice).toEqual({ first: 5, second: 5, third: 2, later: 0, other: 0 });
  });

  describe("when the pupils' choices run out before the rotation ends", () => {
    // 4 ateliers, 8 pupils with a top 2, rotation every 9 weeks: 36 / 9 = 4 rounds, one per atelier. After two
    // rounds every pupil has had both choices, so round 3 can only give ateliers nobody chose.
    const planWith = (afterChoices: "rotate" | "stop", choicesPerPupil = 2) => {
      const input = tinyInput();
      input.externals = [{ id: "v1", name: "Vrijwilliger", kind: "volunteer" }];
      const ids = ["a", "b", "c", "d"];
      input.atelierPlans = [
        {
          id: "at",
          name: "Ateliers",
          candidateBlocks: [{ day: "fri", start: "13:20", end: "15:15" }],
          groups: ["L1"],
          ateliers: ids.map((id) => ({ id, name: id.toUpperCase(), leaders: ["v1"], capacity: 8 })),
          choices: Array.from({ length: 8 }, (_, i) => ({
            pupil: `p${i}`,
            group: "L1",
            choices: ids.slice(0, choicesPerPupil).map((_, k) => ids[(i + k) % 4]),
          })),
          rotationWeeks: 9,
          afterChoices,
        },
      ];
      return assignPlan(parseScenario(input).atelierPlans[0]);
    };

    it("rotate: all 4 rounds, a warning from round 3 naming the 8 pupils, and the unchosen ateliers counted", () => {
      const r = planWith("rotate");
      expect(r.rounds.map((x) => x.round)).toEqual([1, 2, 3, 4]);
      expect(r.warnings.map((w) => w.id)).toEqual(["choices-run-out"]);
      expect(r.warnings[0].message).toContain("Vanaf ronde 3 hebben 8 leerlingen al hun keuzes gehad");
      expect(r.rounds[2].choice.other).toBe(8);
    });

    it("stop: the rotation ends after round 2 and says so", () => {
      const r = planWith("stop");
      expect(r.rounds.map((x) => x.round)).toEqual([1, 2]);
      expect(r.warnings.map((w) => w.id)).toEqual(["rotation-stopped"]);
      expect(r.warnings[0].message).toContain("stopt na ronde 2 van 4");
    });

    it("with four ranked choices each pupil stays within their wishes for all 4 rounds: no warning", () => {
      const r = planWith("rotate", 4);
      expect(r.rounds).toHaveLength(4);
      expect(r.warnings).toEqual([]);
      expect(r.rounds.map((x) => x.choice.other)).toEqual([0, 0, 0, 0]);
      expect(r.rounds[3].choice.later).toBe(8); // everyone's 4th choice in the last round
    });
  });
});
