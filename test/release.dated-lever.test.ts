// release.dated-lever (issue 10 item 3): a merge with from/to or an intern (there only in their placements) may
// cover a class for a goal only when every date the goal meets on lies inside the lever's dates. Passing and
// failing weeks come from the fixtures solved by HiGHS, read against a scenario whose goal meets on other dates.
// Verified against encode().
import { beforeAll, describe, expect, it } from "vitest";
import { releaseDatedLever as unverified } from "../constraints/release/dated-lever.js";
import { loadScenario, parseScenario, readJsonFile, type Candidate, type Scenario } from "../src/model/index.js";
import { solveHere } from "./helpers/solve.js";
import { verified } from "./helpers/verified.js";

const rule = verified(unverified);
const input = (name: string) => readJsonFile(`fixtures/practices/${name}.json`) as Record<string, any>;

let placement: { s: Scenario; c: Candidate };
let semesters: { s: Scenario; c: Candidate };
beforeAll(async () => {
  for (const [name, set] of [
    ["placement-week", (x: typeof placement) => (placement = x)],
    ["semester-merge", (x: typeof placement) => (semesters = x)],
  ] as const) {
    const s = loadScenario(`fixtures/practices/${name}.json`);
    set({ s, c: (await solveHere(s)).candidates[0] });
  }
});

describe("release.dated-lever", () => {
  it("passes the intern's cover for a goal in week 3 of each placement, and each semester's merge for its semester's goal", () => {
    expect(placement.c.releases[0].cover).toContainEqual({ group: "L2", by: "intern:st-lotte" });
    expect(rule.check({ scenario: placement.s, candidate: placement.c })).toEqual([]);
    expect(rule.check({ scenario: semesters.s, candidate: semesters.c })).toEqual([]);
  });

  it("fails the same intern cover when the goal meets every week: the intern is there only in placements", () => {
    const raw = input("placement-week");
    raw.releaseGoals[0].frequency = { kind: "weekly" };
    const v = rule.check({ scenario: parseScenario(raw), candidate: placement.c });
    expect(v.length).toBeGreaterThan(0);
    expect(v.map((x) => [x.messageId, x.severity, x.where.goal, x.where.group])).toContainEqual([
      "intern-outside-placement",
      "hard",
      "visitatie",
      "L2",
    ]);
    expect(v[0].message).toMatch(
      /^Stagiair Lotte Maes neemt klas L2 .* over terwijl 'Collegiale visitatie' .* maar loopt enkel stage van 16 november 2026 tot 11 december 2026; .* en 'Collegiale visitatie' komt ook samen op 1 september 2026\./,
    );
    expect(v[0].messageEn).toMatch(/^Intern Lotte Maes takes group L2 .* also meets on 1 September 2026\./);
  });

  it("passes the same intern cover when the goal meets in every placement week (no week number)", () => {
    const raw = input("placement-week");
    raw.releaseGoals[0].frequency = { kind: "placement-week", intern: "st-lotte" };
    expect(rule.check({ scenario: parseScenario(raw), candidate: placement.c })).toEqual([]);
  });

  it("fails a semester-1 merge for a goal that meets all year", () => {
    const raw = input("semester-merge");
    delete raw.releaseGoals[0].to;
    const v = rule.check({ scenario: parseScenario(raw), candidate: semesters.c });
    expect(v.map((x) => [x.messageId, x.where.goal, x.where.group])).toContainEqual([
      "merge-outside-dates",
      "kleuteroverleg",
      "K3",
    ]);
    expect(v.every((x) => x.where.goal === "kleuteroverleg")).toBe(true);
    expect(v[0].message).toMatch(
      /sluit .* aan bij klas L1 terwijl 'Kleuteroverleg' .* maar die samenzetting geldt tot 31 januari 2027, en 'Kleuteroverleg' komt ook samen op 3 februari 2027\./,
    );
  });
});
