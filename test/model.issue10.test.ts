// Scenario fields of issue 10 as the schema reads them: member sets resolved from the staff, staff slots split
// into units, and the refusals a principal sees for a wrong value.
import { describe, expect, it } from "vitest";
import { parseScenario } from "../src/model/index.js";
import { problems } from "./helpers/problems.js";
import { SHORT_DAY, tinyInput, usualGrid } from "./helpers/tiny.js";

describe("member sets", () => {
  it("resolve by role, ambt, grade and except", () => {
    const input = tinyInput();
    input.releaseGoals = [
      { id: "kt", name: "Klasleerkrachten", memberSets: [{ role: "class-teacher" }] },
      { id: "lo", name: "LO", memberSets: [{ ambt: ["leermeester-lo"] }] },
      { id: "g2", name: "Tweede leerjaar", memberSets: [{ grades: [2] }] },
      { id: "team", name: "Team", memberSets: [{ except: ["lo1"] }], members: ["kt2"] },
    ];
    const s = parseScenario(input);
    expect(s.releaseGoals.map((g) => `${g.id}=${g.members.join("+")}`)).toEqual([
      "kt=kt1+kt2",
      "lo=lo1",
      "g2=kt2+lo1", // lo1 teaches LO in L2
      "team=kt2+kt1",
    ]);
    // Read again (e.g. a stored, already read scenario): nothing changes.
    expect(parseScenario(s).releaseGoals).toEqual(s.releaseGoals);
  });

  it("refuse a goal with nobody, a set that fits nobody, and an unknown id in except", () => {
    const input = tinyInput();
    input.releaseGoals = [
      { id: "a", name: "Niemand" },
      { id: "b", name: "Kleuters", memberSets: [{ level: "kleuter" }] },
      { id: "c", name: "Team", memberSets: [{ except: ["kt9"] }] },
    ];
    expect(problems(input)).toEqual([
      "releaseGoals[0].members: Geef minstens één lid (members) of een groep leden (memberSets)",
      "releaseGoals[1].memberSets[0]: Niemand van het personeel past in deze groep leden",
      "releaseGoals[2].memberSets[0].except[0]: Onbekende personeelslid (staff id) 'kt9'",
    ]);
  });
});

describe("splittable staff slots", () => {
  it("split a staff slot into consecutive units", () => {
    const input = tinyInput();
    const grid = usualGrid();
    grid.days.tue = [
      ...SHORT_DAY.slice(0, -1),
      { start: "15:00", end: "17:00", kind: "staff", unitMinutes: 30 } as never,
    ];
    input.dayGrids = [grid];
    const s = parseScenario(input);
    expect(s.dayGrids[0].days.tue.filter((x) => x.kind === "staff").map((x) => `${x.start}-${x.end}`)).toEqual([
      "15:00-15:30",
      "15:30-16:00",
      "16:00-16:30",
      "16:30-17:00",
    ]);
  });

  it("refuse units on a lesson slot, units that do not divide the slot, and a minimum above the maximum", () => {
    const input = tinyInput();
    const grid = usualGrid();
    grid.days.mon = [
      { start: "08:30", end: "09:20", kind: "lesson", unitMinutes: 30 } as never,
      ...grid.days.mon.slice(1),
    ];
    grid.days.tue = [
      ...SHORT_DAY.slice(0, -1),
      { start: "15:00", end: "17:00", kind: "staff", unitMinutes: 45 } as never,
    ];
    input.dayGrids = [grid];
    input.releaseGoals = [{ id: "a", name: "A", members: ["kt1"], minBlockMinutes: 120, maxBlockMinutes: 60 }];
    expect(problems(input)).toEqual([
      "dayGrids[0].days.mon[0].unitMinutes: Enkel een kindvrij blok (kind: staff) kan je opdelen (unitMinutes)",
      "dayGrids[0].days.tue[8].unitMinutes: De duur van het blok moet een veelvoud van unitMinutes zijn",
      "releaseGoals[0].maxBlockMinutes: minBlockMinutes mag niet groter zijn dan maxBlockMinutes",
    ]);
  });
});
