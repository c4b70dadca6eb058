// Dated and offset frequencies (issue 10 item 3) as the schema reads them: every-n-weeks with an offset or a
// first date, week k of each intern placement, date ranges on goals and merges; the refusals a principal sees
// for a wrong value (Dutch, with the field path); old files unchanged; and the one frequency phrase.
import { describe, expect, it } from "vitest";
import { frequencyPhrase, parseScenario, readJsonFile, type ScenarioInput } from "../src/model/index.js";
import { problems } from "./helpers/problems.js";
import { goalSessionDates, placementWeekMondays } from "../src/calendar/index.js";

const fixture = (name: string) => readJsonFile(`fixtures/practices/${name}.json`) as ScenarioInput;

describe("dated frequencies in the schema", () => {
  it("reads the three fixtures with their new fields", () => {
    const pw = parseScenario(fixture("placement-week"));
    expect(pw.releaseGoals[0].frequency).toEqual({ kind: "placement-week", week: 3, intern: "st-lotte" });
    const sm = parseScenario(fixture("semester-merge"));
    expect(sm.cover.merges.map((m) => [m.by, m.from, m.to])).toEqual([
      ["kt-l1", undefined, "2027-01-31"],
      ["kt-k3", "2027-02-01", undefined],
    ]);
    expect(sm.releaseGoals.map((g) => [g.id, g.from, g.to])).toEqual([
      ["kleuteroverleg", undefined, "2027-01-31"],
      ["overleg-l1", "2027-02-01", undefined],
    ]);
    const e3 = parseScenario(fixture("every-3-weeks"));
    expect(e3.releaseGoals[0].frequency).toEqual({ kind: "every-n-weeks", n: 3, offset: 1 });
  });

  it("keeps an old file as it was: no new keys appear", () => {
    const input = fixture("every-3-weeks");
    input.releaseGoals![0].frequency = { kind: "every-n-weeks", n: 2 };
    const g = parseScenario(input).releaseGoals[0];
    expect(g.frequency).toEqual({ kind: "every-n-weeks", n: 2 });
    expect("from" in g || "to" in g).toBe(false);
  });

  it("refuses an offset of n or more, offset with firstDate, a range that ends before it starts, an unknown intern", () => {
    const input = fixture("every-3-weeks");
    input.releaseGoals![0].frequency = { kind: "every-n-weeks", n: 3, offset: 3 };
    expect(problems(input)).toEqual([
      "releaseGoals[0].frequency.offset: offset ligt tussen 0 en n-1 (bv. om de 3 weken: 0, 1 of 2)",
    ]);
    input.releaseGoals![0].frequency = { kind: "every-n-weeks", n: 3, offset: 1, firstDate: "2026-09-14" };
    expect(problems(input)).toEqual(["releaseGoals[0].frequency.firstDate: Geef offset of firstDate, niet allebei"]);
    input.releaseGoals![0].frequency = { kind: "every-n-weeks", n: 3, firstDate: "2026-02-31" };
    expect(problems(input)[0]).toMatch(/^releaseGoals\[0\]\.frequency\.firstDate: Deze datum bestaat niet/);

    const sm = fixture("semester-merge");
    sm.releaseGoals![0].from = "2027-02-01";
    sm.cover!.merges![1].to = "2026-09-30";
    expect(problems(sm)).toEqual([
      "releaseGoals[0].to: 'to' mag niet vóór 'from' liggen",
      "cover.merges[1].to: 'to' mag niet vóór 'from' liggen",
    ]);

    const pw = fixture("placement-week");
    pw.releaseGoals![0].frequency = { kind: "placement-week", week: 3, intern: "st-bart" };
    expect(problems(pw)).toEqual(["releaseGoals[0].frequency.intern: Onbekende stagiair (intern id) 'st-bart'"]);
    pw.releaseGoals![0].frequency = { kind: "placement-week", week: 3 };
    pw.interns = [];
    expect(problems(pw)).toEqual([
      "releaseGoals[0].frequency: Een doel in week k van elke stage heeft stagiairs met stageperiodes nodig (interns)",
    ]);
  });
});

describe("which weeks a dated goal meets in (src/calendar/sessions.ts)", () => {
  it("week 3 of each placement: the Monday two weeks after the placement's first week", () => {
    const s = parseScenario(fixture("placement-week"));
    expect(placementWeekMondays(s, 3, "st-lotte")).toEqual(["2026-11-30", "2027-03-08", "2027-05-03"]);
    // A week beyond a placement's end does not count: the third placement lasts 3 weeks.
    expect(placementWeekMondays(s, 4)).toEqual(["2026-12-07", "2027-03-15"]);
    expect(goalSessionDates(s, s.releaseGoals[0], "tue")).toEqual(["2026-12-01", "2027-03-09", "2027-05-04"]);
  });

  it("a date range bounds the goal's dates on each weekday", () => {
    const s = parseScenario(fixture("semester-merge"));
    const sem1 = goalSessionDates(s, s.releaseGoals[0], "wed");
    const sem2 = goalSessionDates(s, s.releaseGoals[1], "wed");
    expect(sem1[0]).toBe("2026-09-02");
    expect(sem1.at(-1)).toBe("2027-01-27");
    expect(sem2[0]).toBe("2027-02-03");
    expect(sem2.at(-1)).toBe("2027-06-30");
  });
});

describe("the one frequency phrase (export, iCal, web)", () => {
  it("says every kind in Dutch and English, with the date range", () => {
    const name = (id: string) => (id === "st-lotte" ? "Lotte Maes" : id);
    const say = (g: Parameters<typeof frequencyPhrase>[0]) => [
      frequencyPhrase(g, "nl", name),
      frequencyPhrase(g, "en", name),
    ];
    expect(say({ frequency: { kind: "weekly" } })).toEqual(["elke week", "every week"]);
    expect(say({ frequency: { kind: "every-n-weeks", n: 3, offset: 1 } })).toEqual([
      "elke 3 weken vanaf schoolweek 2",
      "every 3 weeks from school week 2",
    ]);
    expect(say({ frequency: { kind: "every-n-weeks", n: 2, firstDate: "2026-09-14" } })).toEqual([
      "elke 2 weken vanaf de week van 14 september 2026",
      "every 2 weeks from the week of 14 September 2026",
    ]);
    expect(say({ frequency: { kind: "monthly-pattern", week: 2 } })).toEqual([
      "week 2 van elke 4 schoolweken (maandpatroon)",
      "week 2 of every 4 school weeks (monthly pattern)",
    ]);
    expect(say({ frequency: { kind: "placement-week", week: 3, intern: "st-lotte" } })).toEqual([
      "in week 3 van elke stage van Lotte Maes",
      "in week 3 of each placement of Lotte Maes",
    ]);
    expect(say({ frequency: { kind: "weekly" }, from: "2027-02-01" })).toEqual([
      "elke week, vanaf 1 februari 2027",
      "every week, from 1 February 2027",
    ]);
    expect(say({ frequency: { kind: "weekly" }, from: "2026-09-01", to: "2027-01-31" })[0]).toBe(
      "elke week, van 1 september 2026 tot 31 januari 2027",
    );
  });
});
