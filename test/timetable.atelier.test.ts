// timetable.atelier: one candidate block, all groups together, leaders there, enough leaders and places.
import { describe, expect, it } from "vitest";
import { timetableAtelier as unverified } from "../constraints/structure/atelier.js";
import { verified } from "./helpers/verified.js";
import { parseScenario, type ScenarioInput } from "../src/model/index.js";
import { tinyCandidate, tinyInput } from "./helpers/tiny.js";

/** The rule, with the rule verifier run on every week it checks. */
const timetableAtelier = verified(unverified);

function input(leaders = 3, capacity = 20): ScenarioInput {
  const s = tinyInput();
  s.externals = Array.from({ length: leaders }, (_, i) => ({
    id: `v${i}`,
    name: `Vrijwilliger ${i}`,
    kind: "volunteer" as const,
    availability: { fri: [{ from: "13:00", to: "16:00" }] },
  }));
  s.atelierPlans = [
    {
      id: "at",
      name: "Vrijdagateliers",
      candidateBlocks: [{ day: "fri", start: "13:20", end: "15:15" }],
      groups: ["L1", "L2"],
      ateliers: s.externals.map((e, i) => ({ id: `a${i}`, name: `Atelier ${i}`, leaders: [e.id], capacity })),
    },
  ];
  return s;
}

/** The tiny week with both classes in ateliers on Friday afternoon (or another day). */
function week(day: "fri" | "thu" = "fri") {
  const c = tinyCandidate();
  for (const l of c.lessons) {
    if (l.day === day && l.start >= "13:20")
      Object.assign(l, { subject: "ATELIER", atelierPlan: "at", staff: [], externals: ["v0", "v1", "v2"] });
  }
  return c;
}

describe("timetable.atelier", () => {
  it("passes for ateliers in their block with all groups and their leaders there", () => {
    expect(timetableAtelier.check({ scenario: parseScenario(input()), candidate: week() })).toEqual([]);
  });

  it("fails when the ateliers run outside their block, when leaders are not there", () => {
    const v = timetableAtelier.check({ scenario: parseScenario(input()), candidate: week("thu") });
    const at = (id: string) => v.filter((x) => x.messageId === id);
    expect(at("outside-blocks").map((x) => x.where)).toContainEqual({ day: "thu", start: "13:20", end: "14:10" });
    expect(at("leader-unavailable").map((x) => x.where.staff)).toContain("v0");
    expect(at("leader-unavailable")[0].message).toContain("Vrijwilliger 0");
  });

  it("fails when the ateliers fill only part of their block (the solver runs a plan in one whole block)", () => {
    const only = input();
    only.atelierPlans![0].groups = ["L1"];
    const c = tinyCandidate();
    // L1 has ateliers 13:20–14:10 only: its 14:25 period of the block 13:20–15:15 stays with its own teacher.
    Object.assign(
      c.lessons.find((l) => l.group === "L1" && l.day === "fri" && l.start === "13:20")!,
      {
        subject: "ATELIER",
        atelierPlan: "at",
        staff: [],
        externals: ["v0", "v1", "v2"],
      },
    );
    const v = timetableAtelier.check({ scenario: parseScenario(only), candidate: c });
    expect(v.map((x) => x.messageId)).toEqual(["not-whole-block"]);
    expect(v[0].message).toBe(
      "Atelierwerking 'Vrijdagateliers' vult niet één volledig blok: de ateliers staan op vrijdag 13:20–14:10, maar " +
        "ze vullen elke lestijd van één van haar mogelijke blokken, voor alle deelnemende klassen.",
    );
  });

  it("fails when there are too few leaders or places for the pupils (scenario level)", () => {
    const v = timetableAtelier.check({ scenario: parseScenario(input(1, 10)) });
    expect(v.map((x) => x.messageId)).toEqual(["too-few-places", "too-few-leaders"]);
    expect(v.every((x) => x.rule === "timetable.atelier" && x.severity === "hard")).toBe(true);
    // 18 + 20 pupils, one leader at the default pupils per leader
    expect(v[0].message).toContain("38 leerlingen");
  });
});
