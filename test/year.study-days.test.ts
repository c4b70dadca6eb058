// year.study-days (the regulations, BaO/2000/3; BaO/2020/03): 1.5 days as 1 + ½ or 3 × ½, never in a holiday
import { describe, expect, it } from "vitest";
import { yearStudyDays } from "../constraints/year/study-days.js";
import type { ScenarioInput } from "../src/model/index.js";
import { tinyInput, tinyScenario } from "./helpers/tiny.js";

const withCal = (calendar: ScenarioInput["calendar"]) => tinyScenario({ ...tinyInput(), calendar });

describe("year.study-days", () => {
  it("passes for 1 + ½", () => {
    expect(
      yearStudyDays.check({
        scenario: withCal({ studyDays: [{ date: "2026-10-07" }, { date: "2027-03-03", part: "am" }] }),
      }),
    ).toEqual([]);
  });
  it("passes for 3 × ½", () => {
    const s = withCal({
      studyDays: [
        { date: "2026-10-07", part: "am" },
        { date: "2027-01-13", part: "am" },
        { date: "2027-05-12", part: "pm" },
      ],
    });
    expect(yearStudyDays.check({ scenario: s })).toEqual([]);
  });
  it("fails for 2 full days without a derogation and names the deadline", () => {
    const v = yearStudyDays.check({
      scenario: withCal({ studyDays: [{ date: "2026-10-07" }, { date: "2027-03-03" }] }),
    });
    expect(v.map((x) => [x.rule, x.messageId, x.where])).toEqual([["year.study-days", "over-budget", {}]]);
    // The deadline of the derogation it would need.
    expect(v[0].message).toContain("vóór vrijdag 1 mei 2026");
  });
  it("counts per group: a study day for L1 only does not use L2's budget", () => {
    const s = withCal({
      studyDays: [
        { date: "2026-10-07" },
        { date: "2027-03-03", part: "am" },
        { date: "2027-03-10", part: "am", groups: ["L1"] },
      ],
    });
    const v = yearStudyDays.check({ scenario: s });
    expect(v.map((x) => [x.messageId, x.where])).toEqual([["over-budget", { group: "L1" }]]);
    expect(v[0].message).toMatch(/^Klas L1 /);
  });
  it("accepts more with a granted derogation", () => {
    const s = withCal({
      studyDays: [{ date: "2026-10-07" }, { date: "2027-03-03" }],
      derogation: { granted: true, requestedOn: "2026-03-15", extraDays: 1 },
    });
    expect(yearStudyDays.check({ scenario: s })).toEqual([]);
  });
  it("fails above the budget of a granted derogation", () => {
    const s = withCal({
      studyDays: [{ date: "2026-10-07" }, { date: "2027-03-03" }, { date: "2027-05-12" }],
      derogation: { granted: true, requestedOn: "2026-03-15", extraDays: 1 },
    });
    expect(yearStudyDays.check({ scenario: s }).map((x) => [x.messageId, x.where])).toEqual([["over-derogation", {}]]);
  });
  it("fails for a study day in the autumn break", () => {
    const v = yearStudyDays.check({ scenario: withCal({ studyDays: [{ date: "2026-11-04", part: "am" }] }) });
    expect(v.map((x) => [x.messageId, x.where])).toEqual([["not-a-school-day", { date: "2026-11-04" }]]);
    expect(v[0].message).toContain("(Herfstvakantie)");
  });
});
