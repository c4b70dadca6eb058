// year.no-pd-in-holidays (the regulations, Flexio 2811–2813): no professional development in exam weeks (warning)
import { describe, expect, it } from "vitest";
import { yearNoPdInHolidays } from "../constraints/year/no-pd-in-holidays.js";
import { tinyCandidate, tinyInput, tinyScenario } from "./helpers/tiny.js";

const examJune = [{ from: "2027-06-14", to: "2027-06-18" }];

describe("year.no-pd-in-holidays", () => {
  it("passes for a study day outside the exam week", () => {
    const s = tinyScenario({ ...tinyInput(), calendar: { studyDays: [{ date: "2027-06-09" }], examWeeks: examJune } });
    expect(yearNoPdInHolidays.check({ scenario: s })).toEqual([]);
  });
  it("warns for a study day inside the exam week", () => {
    const s = tinyScenario({
      ...tinyInput(),
      calendar: { studyDays: [{ date: "2027-06-16", part: "pm" }], examWeeks: examJune },
    });
    const v = yearNoPdInHolidays.check({ scenario: s });
    expect(v.map((x) => [x.messageId, x.severity, x.where])).toEqual([
      ["study-day-in-exam-week", "warning", { date: "2027-06-16" }],
    ]);
  });
  it("warns for a weekly release session that lands in the exam week, not when the day is off", () => {
    const input = tinyInput();
    input.releaseGoals = [{ id: "plg", name: "PLG taal", members: ["kt1", "kt2"] }];
    input.calendar = { examWeeks: [{ from: "2027-05-03", to: "2027-05-07" }] }; // Thu 6 + Fri 7 May are Ascension days
    const s = tinyScenario(input);
    const c = tinyCandidate();
    c.releases = [
      { goal: "plg", day: "tue", start: "13:20", end: "15:15", staff: ["kt1", "kt2"], externals: [], cover: [] },
      { goal: "plg", day: "fri", start: "13:20", end: "15:15", staff: ["kt1", "kt2"], externals: [], cover: [] },
    ];
    const v = yearNoPdInHolidays.check({ scenario: s, candidate: c });
    expect(v.map((x) => [x.messageId, x.where])).toEqual([
      ["session-in-exam-week", { goal: "plg", day: "tue", start: "13:20", end: "15:15", date: "2027-05-04" }],
    ]);
    // The dates the session really meets in that week.
    expect(v[0].message).toContain("dinsdag 4 mei 2027");
  });
  it("does not warn for a session the year plan does not hold that week (every 2 school weeks)", () => {
    const input = tinyInput();
    input.releaseGoals = [
      { id: "plg", name: "PLG taal", members: ["kt1", "kt2"], frequency: { kind: "every-n-weeks", n: 2 } },
    ];
    const c = tinyCandidate();
    c.releases = [
      { goal: "plg", day: "tue", start: "13:20", end: "15:15", staff: ["kt1", "kt2"], externals: [], cover: [] },
    ];
    // school week 0 starts 31 Aug 2026: 7 Sep is week 1 (no session), 14 Sep week 2 (session)
    const odd = tinyScenario({ ...input, calendar: { examWeeks: [{ from: "2026-09-07", to: "2026-09-11" }] } });
    expect(yearNoPdInHolidays.check({ scenario: odd, candidate: c })).toEqual([]);
    const even = tinyScenario({ ...input, calendar: { examWeeks: [{ from: "2026-09-14", to: "2026-09-18" }] } });
    expect(yearNoPdInHolidays.check({ scenario: even, candidate: c }).map((x) => x.messageId)).toEqual([
      "session-in-exam-week",
    ]);
  });
});
