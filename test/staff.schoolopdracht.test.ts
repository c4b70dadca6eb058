// staff.schoolopdracht (the regulations, Flexio lines 1859–1866): ≤ 1560 min a week at school.
import { describe, expect, it } from "vitest";
import { staffSchoolopdracht } from "../constraints/staff/schoolopdracht.js";
import { verified } from "./helpers/verified.js";
import { tinyCandidate, tinyInput, tinyScenario } from "./helpers/tiny.js";

/** The rule, with the rule verifier run on every week it checks. */
const rule = verified(staffSchoolopdracht);

const duties = ["mon", "tue", "thu", "fri"].map((day) => ({
  day: day as "mon",
  start: "12:05",
  end: "12:35",
  label: "middag",
}));

function input(meetings: number) {
  const i = tinyInput();
  i.staff[0].supervision = duties; // 4 × 30 = 120 min
  i.staff[0].meetingMinutesPerWeek = meetings;
  return i;
}

describe("staff.schoolopdracht", () => {
  it("passes at 1300 lessons + 120 supervision + 100 meetings = 1520", () => {
    const s = tinyScenario(input(100));
    expect(rule.check({ scenario: s })).toEqual([]);
    expect(rule.check({ scenario: s, candidate: tinyCandidate(), grid: s.dayGrids[0] })).toEqual([]);
  });

  it("fails with a release session on top and shows the parts of the sum", () => {
    const s = tinyScenario(input(100));
    const c = tinyCandidate();
    c.releases = [{ goal: "plg", day: "mon", start: "15:15", end: "16:15", staff: ["kt1"], externals: [], cover: [] }];
    const v = rule.check({ scenario: s, candidate: c, grid: s.dayGrids[0] });
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({ messageId: "above-max", severity: "hard", where: { staff: "kt1" } });
    // The parts of the sum, in both languages.
    expect(v[0].message).toContain(
      "1580 min = 1300 min les (26 lestijden) + 60 min vrijgeroosterd overleg + 120 min toezicht + 100 min vaste vergaderingen",
    );
    expect(v[0].messageEn).toContain(
      "1580 min = 1300 min lessons (26 lesson periods) + 60 min release sessions + 120 min supervision + 100 min fixed meetings",
    );
  });

  it("fails in a week: 1300 lessons + 120 supervision + 200 meetings = 1620", () => {
    const s = tinyScenario(input(200));
    expect(rule.check({ scenario: s, candidate: tinyCandidate() }).map((v) => [v.rule, v.messageId])).toEqual([
      ["staff.schoolopdracht", "above-max"],
    ]);
  });

  it("scenario: the PE teacher's planned lessons plus meetings already exceed 1560", () => {
    const i = tinyInput();
    i.staff[2].fraction = "24/24";
    i.staff[2].meetingMinutesPerWeek = 1400; // + 4 × 50 planned
    const v = rule.check({ scenario: tinyScenario(i) });
    expect(v.map((x) => [x.messageId, x.where.staff, x.severity])).toEqual([["above-max", "lo1", "hard"]]);
    expect(v[0].message).toContain("1600 min = 200 min les");
  });

  it("a part-timer above the pro-rata share is a warning", () => {
    const i = tinyInput();
    i.staff[1].fraction = "12/24";
    const s = tinyScenario(i);
    const v = rule.check({ scenario: s, candidate: tinyCandidate(), grid: s.dayGrids[0] });
    expect(v.map((x) => [x.messageId, x.where.staff, x.severity])).toEqual([
      ["part-time-above-share", "kt2", "warning"],
    ]);
    expect(v[0].message).toContain("780 min");
  });
});
