// year.facultatief (the regulations, BaO/2020/03; BVR art. 6): 2 facultative days, halves allowed
import { describe, expect, it } from "vitest";
import { yearFacultatief } from "../constraints/year/facultatief.js";
import { tinyInput, tinyScenario } from "./helpers/tiny.js";

const withDays = (facultativeDays: { date: string; part?: "full" | "am" | "pm" }[]) => {
  const input = tinyInput();
  input.calendar = { facultativeDays };
  return tinyScenario(input);
};

describe("year.facultatief", () => {
  it("passes for 1 full day and two half days", () => {
    const s = withDays([
      { date: "2026-10-05" },
      { date: "2027-02-01", part: "am" },
      { date: "2027-03-01", part: "pm" },
    ]);
    expect(yearFacultatief.check({ scenario: s })).toEqual([]);
  });
  it("passes for the two halves of the same date", () => {
    expect(
      yearFacultatief.check({
        scenario: withDays([
          { date: "2026-10-05", part: "am" },
          { date: "2026-10-05", part: "pm" },
        ]),
      }),
    ).toEqual([]);
  });
  it("fails for 2.5 days", () => {
    const v = yearFacultatief.check({
      scenario: withDays([{ date: "2026-10-05" }, { date: "2027-02-01" }, { date: "2027-03-01", part: "pm" }]),
    });
    expect(v.map((x) => x.rule)).toEqual(["year.facultatief"]);
    expect(v[0].message).toMatch(/2,5 facultatieve vrije dagen; er mogen er hoogstens 2/);
  });
  it("fails for a facultative day in the Christmas break", () => {
    const v = yearFacultatief.check({ scenario: withDays([{ date: "2026-12-22" }]) });
    expect(v).toHaveLength(1);
    expect(v[0].message).toMatch(/dinsdag 22 december 2026 valt op een dag zonder school \(Kerstvakantie\)/);
  });
});
