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
    expect(v).toHaveLength(1);
    expect(v[0].rule).toBe("year.bounds");
    expect(v[0].message).toMatch(/vrijdag 2 juli 2027 valt buiten schooljaar 2026-2027/);
    const old = yearBounds.check({ scenario: tinyScenario({ ...tinyInput(), schoolYear: "2019-2020" }) });
    expect(old[0].message).toMatch(/2019-2020/);
  });
});
