// staff.wishes (issue 10 item 3): soft, weighted teacher wishes; check() reports each unmet wish, the metrics
// count them per person. Verified against encode() (its rows are soft indicators: never broken by a week).
import { describe, expect, it } from "vitest";
import { staffWishes as unverified, wishOutcomes } from "../constraints/staff/wishes.js";
import { verified } from "./helpers/verified.js";
import { parseScenario, type ScenarioInput } from "../src/model/index.js";
import { tinyCandidate, tinyInput } from "./helpers/tiny.js";

const rule = verified(unverified);

function scenario(): ReturnType<typeof parseScenario> {
  const input: ScenarioInput = tinyInput();
  input.staff[0].wishes = [
    { kind: "free", days: ["mon"], period: "first" }, // met: L1 has LO then in the tiny week
    { kind: "free", days: ["wed"], part: "afternoon" }, // nothing on Wednesday afternoon
  ];
  input.staff[1].wishes = [{ kind: "free", days: ["tue"], period: "first" }]; // kt2 teaches L2 then
  input.staff[2].wishes = [{ kind: "days", days: ["mon", "thu"], weight: 2 }]; // LO only on Mon and Thu: met
  return parseScenario(input);
}

describe("staff.wishes", () => {
  it("counts wishes met per person and reports the unmet one", () => {
    const s = scenario();
    const c = tinyCandidate();
    expect(wishOutcomes(s, c).map((o) => `${o.staff} ${o.met}/${o.total}`)).toEqual(["kt1 2/2", "kt2 0/1", "lo1 1/1"]);
    const v = rule.check({ scenario: s, candidate: c });
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({ rule: "staff.wishes", messageId: "unmet", severity: "soft", where: { staff: "kt2" } });
    expect(v[0].message).toBe("Wens van Bram Janssens niet vervuld: niet in de eerste lestijd op dinsdag.");
    expect(v[0].messageEn).toBe("Bram Janssens's wish not met: not in the first period on Tuesday.");
  });

  it("a meeting in the wished-free time breaks the wish too", () => {
    const s = scenario();
    const c = tinyCandidate();
    c.releases = [{ goal: "x", day: "mon", start: "08:30", end: "09:20", staff: ["kt1"], externals: [], cover: [] }];
    expect(wishOutcomes(s, c)[0]).toMatchObject({ staff: "kt1", met: 1, total: 2 });
  });

  it("passes a week in which every wish is met", () => {
    const input = tinyInput();
    input.staff[2].wishes = [{ kind: "free", days: ["fri"] }];
    const s = parseScenario(input);
    expect(rule.check({ scenario: s, candidate: tinyCandidate() })).toEqual([]);
  });
});
