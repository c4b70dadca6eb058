// release.block-length (issue 10 item 2): a meeting with maxBlockMinutes lasts at most that long; a longer
// block in a week is a warning (cover spent for nothing), and its extra minutes count for nothing when solving.
import { describe, expect, it } from "vitest";
import { releaseBlockLength as rule } from "../constraints/release/block-length.js";
import { parseScenario } from "../src/model/index.js";
import { tinyVisitCandidate, tinyInput } from "./helpers/tiny.js";
import { solveHere } from "./helpers/solve.js";

function scenario(maxBlockMinutes?: number) {
  const input = tinyInput();
  input.subjects![0].maxPerDay = 2;
  input.releaseGoals = [
    { id: "visit", name: "Hospiteren", members: ["kt1"], mode: "digital", minBlockMinutes: 50, maxBlockMinutes },
  ];
  return parseScenario(input);
}

describe("release.block-length", () => {
  it("passes a 50-min block for a 50-min meeting; warns for a 100-min block", () => {
    const c = tinyVisitCandidate();
    expect(rule.check({ scenario: scenario(50), candidate: c })).toEqual([]);
    c.releases[0].end = "10:10";
    const v = rule.check({ scenario: scenario(50), candidate: c });
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({ rule: "release.block-length", messageId: "longer", severity: "warning" });
    expect(v[0].message).toMatch(/duurt 100 min, het overleg 50 min: 50 min/);
  });

  // Without a maximum the PE teacher's two periods back to back over the break (115 min) win; with a maximum
  // of 50 every block counts 50 and each extra minute costs, so the block is one 50-minute LO period.
  it("keeps a 50-minute meeting to one period when solving", async () => {
    const stretched = await solveHere(scenario());
    expect(stretched.candidates[0].releases.map((r) => `${r.start}-${r.end}`)[0]).toMatch(/09:20-11:15|13:20-15:15/);
    const t = await solveHere(scenario(50));
    expect(t.status).toBe("optimal");
    const [r] = t.candidates[0].releases;
    expect(r.cover).toEqual([{ group: "L1", by: "LO" }]);
    expect(["08:30-09:20", "09:20-10:10", "10:25-11:15", "11:15-12:05", "13:20-14:10", "14:25-15:15"]).toContain(
      `${r.start}-${r.end}`,
    );
    expect(t.candidates[0].violations.filter((v) => v.rule === "release.block-length")).toEqual([]);
  });
});
