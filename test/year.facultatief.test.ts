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
    expect(v.map((x) => [x.rule, x.messageId])).toEqual([["year.facultatief", "too-many"]]);
    // Half days: a decimal comma in Dutch, a decimal point in English.
    expect(v[0].message).toContain("2,5 facultatieve vrije dagen");
    expect(v[0].messageEn).toContain("2.5 facultative days off");
  });
  it("fails for a facultative day in the Christmas break", () => {
    const v = yearFacultatief.check({ scenario: withDays([{ date: "2026-12-22" }]) });
    expect(v.map((x) => [x.messageId, x.where])).toEqual([["not-a-school-day", { date: "2026-12-22" }]]);
    expect(v[0].message).toContain("(Kerstvakantie)");
  });
  it("fails for a date listed twice", () => {
    const v = yearFacultatief.check({
      scenario: withDays([{ date: "2026-10-05", part: "am" }, { date: "2026-10-05" }]),
    });
    expect(v.map((x) => [x.messageId, x.where])).toEqual([["listed-twice", { date: "2026-10-05" }]]);
  });
});
