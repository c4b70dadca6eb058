// Pure editor logic of this branch: the availability grid of a kleuter teacher follows the kleuter days
// (DayGrid.levels; someone in both levels: both); member sets in a school group (README "School groups": `memberSets` with `school`) in words
// ("… in VBS Zuiderlicht") and resolved to the same people as the scenario does when it is read.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Scenario } from "../src/model/index.js";
import { availabilityGrid } from "../web/src/editor/availability.js";
import { goalSetMembers, memberSetText, resolveMemberSet } from "../web/src/editor/practices.js";
import { levelDaysInput } from "./helpers/level-days.js";

const nl = (a: string) => a;
const group = () => JSON.parse(readFileSync("fixtures/group/two-schools.json", "utf8"));

describe("member sets by school", () => {
  it("say the school by name", () => {
    const schoolOf = (id: string) => ({ zuid: "VBS Zuiderlicht" })[id] ?? id;
    expect(
      memberSetText(
        { school: "zuid" },
        (x) => x,
        (a) => a,
        nl,
        schoolOf,
      ),
    ).toBe("heel het team in VBS Zuiderlicht");
    expect(
      memberSetText(
        { role: "class-teacher", school: "zuid" },
        (x) => x,
        (a) => a,
        nl,
        schoolOf,
      ),
    ).toBe("de klasleerkrachten in VBS Zuiderlicht");
  });

  it("resolve to who works in that school, as the scenario reads it", () => {
    const raw = group();
    raw.releaseGoals.push({ id: "team-zuid", name: "Team Zuid", purpose: "team", memberSets: [{ school: "zuid" }] });
    const parsed = Scenario.parse(raw);
    const expected = parsed.releaseGoals.find((g) => g.id === "team-zuid")!.members;
    expect(expected.length).toBeGreaterThan(0);
    expect(goalSetMembers(raw, raw.releaseGoals.at(-1)).sort()).toEqual([...expected].sort());
    // Fewer than the whole group: Noord's class teachers are not in it.
    expect(resolveMemberSet(raw, { school: "zuid" }).length).toBeLessThan(resolveMemberSet(raw, {}).length);
    expect(resolveMemberSet(raw, { school: "zuid" })).not.toContain(
      raw.groups.find((g: { school: string }) => g.school === "noord").classTeachers[0],
    );
  });
});

describe("availability of a kleuter teacher", () => {
  const draft = levelDaysInput() as Record<string, unknown> & { staff: { id: string }[] };
  const person = (id: string) => draft.staff.find((p) => p.id === id);
  const lunch = (id: string) =>
    (availabilityGrid(draft, person(id))!.days.mon as { start: string; end: string; kind: string }[]).find(
      (x) => x.kind === "lunch",
    );
  it("is painted on the kleuter days; a lager teacher's on the grid's own days; the LO teacher's on both", () => {
    expect(lunch("kt-k1")).toMatchObject({ start: "12:00", end: "13:10" });
    expect(lunch("kt-l1")).toMatchObject({ start: "12:05", end: "13:20" });
    const lo = (availabilityGrid(draft, person("lo"))!.days.mon as { start: string; kind: string }[])
      .filter((x) => x.kind === "lunch")
      .map((x) => x.start);
    expect(lo).toEqual(["12:00", "12:05"]); // web.availability.test.ts: the rows by clock time
  });
});
