// year.study-days-extra (Flexio 996–1012): derogation requested before 1 May of the previous school year
import { describe, expect, it } from "vitest";
import { yearStudyDaysExtra } from "../constraints/year/study-days-extra.js";
import { tinyInput, tinyScenario } from "./helpers/tiny.js";

const withDerogation = (requestedOn?: string, extraDays = 1) =>
  tinyScenario({
    ...tinyInput(),
    calendar: {
      studyDays: [{ date: "2026-10-07" }, { date: "2027-03-03" }],
      derogation: { granted: true, requestedOn, extraDays },
    },
  });

describe("year.study-days-extra", () => {
  it("passes for a derogation requested on 30 April 2026 for 2026-2027", () => {
    expect(yearStudyDaysExtra.check({ scenario: withDerogation("2026-04-30") })).toEqual([]);
  });
  it("passes when no derogation is claimed", () => {
    expect(yearStudyDaysExtra.check({ scenario: tinyScenario() })).toEqual([]);
  });
  it("fails for a request on 1 May 2026 (too late)", () => {
    const v = yearStudyDaysExtra.check({ scenario: withDerogation("2026-05-01") });
    expect(v.map((x) => [x.rule, x.messageId, x.severity, x.where])).toEqual([
      ["year.study-days-extra", "requested-too-late", "hard", { date: "2026-05-01" }],
    ]);
  });
  it("warns when the request date or the extra days are missing", () => {
    const v = yearStudyDaysExtra.check({ scenario: withDerogation(undefined, 0) });
    expect(v.map((x) => [x.messageId, x.severity])).toEqual([
      ["no-request-date", "warning"],
      ["no-extra-days", "warning"],
    ]);
  });
});
