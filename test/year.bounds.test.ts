// year.bounds (the regulations, BaO/2020/03): 1 September – 30 June
import { describe, expect, it } from "vitest";
import { yearBounds } from "../constraints/year/bounds.js";
import { tinyInput, tinyScenario } from "./helpers/tiny.js";

describe("year.bounds", () => {
  it("passes for dates inside 2026-2027", () => {
    const input = tinyInput();
    input.calendar = {
      studyDays: [{ date: "2026-10-07" }],
      facultativeDays: [{ date: "2027-02-15" }],
      examWeeks: [{ from: "2027-06-14", to: "2027-06-18" }],
    };
    expect(yearBounds.check({ scenario: tinyScenario(input) })).toEqual([]);
  });
  it("fails for a study day in July and an unknown school year", () => {
    const input = tinyInput();
    input.calendar = { studyDays: [{ date: "2027-07-02" }] };
    const v = yearBounds.check({ scenario: tinyScenario(input) });
    expect(v.map((x) => [x.rule, x.messageId, x.where])).toEqual([
      ["year.bounds", "study-day-outside", { date: "2027-07-02" }],
    ]);
    const old = yearBounds.check({ scenario: tinyScenario({ ...tinyInput(), schoolYear: "2019-2020" }) });
    expect(old.map((x) => x.messageId)).toEqual(["unknown-school-year"]);
    expect(old[0].message).toContain("2019-2020");
  });
  it("warns for an exam week and an intern placement outside the school year", () => {
    const input = tinyInput();
    input.calendar = {
      examWeeks: [{ from: "2027-07-05", to: "2027-07-09" }],
      facultativeDays: [{ date: "2026-08-31" }],
    };
    input.interns = [
      {
        id: "i1",
        name: "Lotte Stagiair",
        college: "Hogeschool",
        mentor: "kt1",
        group: "L1",
        placements: [{ from: "2027-07-01", to: "2027-07-15" }],
        weekdays: ["tue"],
      },
    ];
    const v = yearBounds.check({ scenario: tinyScenario(input) });
    expect(v.map((x) => [x.messageId, x.severity, x.where.date])).toEqual([
      ["facultative-day-outside", "hard", "2026-08-31"],
      ["exam-week-outside", "warning", "2027-07-05"],
      ["placement-outside", "warning", "2027-07-01"],
    ]);
  });
});
