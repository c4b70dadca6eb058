// timetable.merge: two classes merge only as listed in cover.merges, within maxPupils, by the named teacher.
import { describe, expect, it } from "vitest";
import { timetableMerge } from "../constraints/structure/merge.js";
import { verified } from "./helpers/verified.js";
import type { Candidate, ScenarioInput } from "../src/model/index.js";
import { tinyCandidate, tinyInput, tinyScenario } from "./helpers/tiny.js";

/** The rule, with the rule verifier run on every week it checks. */
const rule = verified(timetableMerge);

const run = (input: ScenarioInput, c: Candidate) =>
  rule.check({ scenario: tinyScenario(input), candidate: c }).map((v) => [v.messageId, v.where.group, v.where.start]);

/** Friday first period: L2 sits with L1 under kt1. */
function merged(): Candidate {
  const c = tinyCandidate();
  for (const l of c.lessons) {
    if (l.day !== "fri" || l.start !== "08:30") continue;
    Object.assign(l, { staff: ["kt1"], mergedWith: l.group === "L1" ? "L2" : "L1" });
  }
  return c;
}

describe("timetable.merge", () => {
  it("passes for a listed pair within maxPupils (18 + 20 ≤ 40), and for a week without merges", () => {
    const input = tinyInput();
    input.cover = { merges: [{ groups: ["L1", "L2"], maxPupils: 40 }] };
    expect(run(input, merged())).toEqual([]);
    expect(run(tinyInput(), tinyCandidate())).toEqual([]);
  });
  it("fails above maxPupils, for an unlisted pair (merging off) and for the wrong teacher", () => {
    const input = tinyInput();
    input.cover = { merges: [{ groups: ["L1", "L2"], maxPupils: 30 }] };
    expect(run(input, merged())).toEqual([["too-many-pupils", "L1", "08:30"]]);
    expect(run(tinyInput(), merged())).toEqual([["merges-off", "L1", "08:30"]]);
    input.groups.push({ ...structuredClone(input.groups[1]), id: "L3", name: "L3" });
    input.cover = { merges: [{ groups: ["L1", "L3"], maxPupils: 40 }] };
    expect(run(input, merged())).toEqual([["pair-not-listed", "L1", "08:30"]]);
    input.groups.pop();
    input.cover = { merges: [{ groups: ["L1", "L2"], maxPupils: 40, by: "kt2" }] };
    expect(run(input, merged())).toEqual([["wrong-teacher", "L1", "08:30"]]);
  });
});
