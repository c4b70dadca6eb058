// The editor's "Verwijderen" of a person or a class (web/src/editor/refs.ts): every list in the scenario that
// names them lets go, observation pairs and carousels and presence days included, so no unknown id is left
// behind; what becomes empty shows at its own field.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ScenarioChecked, problemsOf } from "../src/model/index.js";
import { removeGroup, removePerson } from "../web/src/editor/refs.js";

const fixture = (name: string) => JSON.parse(readFileSync(`fixtures/practices/${name}.json`, "utf8"));
/** The paths of the problems the schema and its cross-reference checks find ([] = a valid scenario). */
const problemPaths = (d: unknown) => {
  const r = ScenarioChecked.safeParse(d);
  return r.success ? [] : problemsOf(r.error).map((p) => p.path);
};

describe("removing a person", () => {
  it("takes them out of observation pairs, presence days, member-set exceptions and as an intern's mentor", () => {
    const d = fixture("collegiale-visitatie");
    d.presenceDays = [
      { id: "zorgdag", name: "Zorgdag", day: "thu", members: ["kt-l2", "kt-l1"], memberSets: [{ except: ["kt-l2"] }] },
    ];
    d.releaseGoals = [{ id: "plg", name: "PLG", members: ["kt-l1"], memberSets: [{ except: ["kt-l2", "lo1"] }] }];
    d.interns = [
      {
        id: "st1",
        name: "Lotte Maes",
        college: "Odisee",
        mentor: "kt-l2",
        group: "L2",
        placements: [{ from: "2026-10-05", to: "2026-10-16" }],
        weekdays: ["tue"],
      },
    ];
    expect(problemPaths(d)).toEqual([]);
    const next = removePerson(d, "kt-l2");
    expect(next.observations[0].pairs).toEqual([{ observer: "kt-k3", observed: "kt-l1" }]);
    expect(next.presenceDays[0]).toMatchObject({ members: ["kt-l1"], memberSets: [{ except: [] }] });
    expect(next.releaseGoals[0].memberSets).toEqual([{ except: ["lo1"] }]);
    expect(next.interns[0].mentor).toBeUndefined();
    expect("mentor" in next.interns[0]).toBe(false);
    // Nothing else names them: only the class without a class teacher and the intern without a mentor ask.
    expect(JSON.stringify(next)).not.toContain('"kt-l2"');
    const groupL2 = next.groups.findIndex((g: { id: string }) => g.id === "L2");
    expect(problemPaths(next).sort()).toEqual([`groups[${groupL2}].classTeachers`, "interns[0].mentor"].sort());
  });

  it("lets a hospiteer-carousel go on without them (the scenario stays valid)", () => {
    const d = fixture("hospiteer-carrousel");
    expect(d.observations[0].carousel.teachers).toContain("zorg-cato");
    const next = removePerson(d, "zorg-cato");
    expect(next.observations[0].carousel).toEqual({ teachers: ["kt-l1", "kt-l2"], each: 1 });
    expect(JSON.stringify(next)).not.toContain('"zorg-cato"');
    expect(problemPaths(next)).toEqual([]);
  });

  it("leaves an observation without pairs to ask for one at its field", () => {
    const d = fixture("collegiale-visitatie");
    d.observations[0].pairs = [{ observer: "kt-l1", observed: "kt-l2" }];
    const next = removePerson(d, "kt-l1");
    expect(next.observations[0].pairs).toEqual([]);
    expect(problemPaths(next)).toContain("observations[0].pairs");
  });
});

describe("removing a class", () => {
  it("takes it out of subjects and merges, and leaves its intern to ask for another class", () => {
    const d = fixture("collegiale-visitatie");
    d.interns = [
      {
        id: "st1",
        name: "Lotte Maes",
        college: "Odisee",
        mentor: "kt-l1",
        group: "L2",
        placements: [{ from: "2026-10-05", to: "2026-10-16" }],
        weekdays: ["tue"],
      },
    ];
    d.cover = { ...(d.cover ?? {}), merges: [{ groups: ["L1", "L2"], maxPupils: 40 }] };
    const next = removeGroup(d, "L2");
    expect(next.groups.map((g: { id: string }) => g.id)).not.toContain("L2");
    expect(next.cover.merges).toEqual([]);
    expect("group" in next.interns[0]).toBe(false);
    expect(JSON.stringify(next)).not.toContain('"L2"');
    expect(problemPaths(next)).toEqual(["interns[0].group"]);
  });
});
