// timetable.release-cover (structural rule, README.md "The timetable format"; README.md "The levers";
// staff.buo-ondersteuner from the regulations: an ondersteuner never covers)
import { describe, expect, it } from "vitest";
import { timetableReleaseCover } from "../constraints/structure/release-cover.js";
import { verified } from "./helpers/verified.js";
import { timetableMerge } from "../constraints/structure/merge.js";
import type { Candidate, ScenarioInput } from "../src/model/index.js";
import { tinyVisitCandidate, tinyInput, tinyReleaseCandidate, tinyReleaseInput, tinyScenario } from "./helpers/tiny.js";

/** The rule, with the rule verifier run on every week it checks. */
const rule = verified(timetableReleaseCover);

const run = (input: ScenarioInput, c: Candidate) => rule.check({ scenario: tinyScenario(input), candidate: c });
const find = (c: Candidate, group: string, day: string, start: string) =>
  c.lessons.find((l) => l.group === group && l.day === day && l.start === start)!;
const TUE = ["08:30", "09:20"];

/** kt1 alone released Monday 08:30-09:20, while L1 has LO. */
function loRelease(): { input: ScenarioInput; c: Candidate } {
  const input = tinyInput();
  input.releaseGoals = [{ id: "visit", name: "Collegiale visitatie", members: ["kt1"], minBlockMinutes: 50 }];
  const c = tinyVisitCandidate();
  return { input, c };
}

/** kt2 alone released on Tuesday morning; L2 sits with L1 under kt1 (a listed merge). */
function mergeRelease(maxPupils: number): { input: ScenarioInput; c: Candidate } {
  const input = tinyReleaseInput();
  input.releaseGoals![0].members = ["kt2"];
  input.cover = { merges: [{ groups: ["L1", "L2"], maxPupils }] };
  const c = tinyReleaseCandidate();
  for (const t of TUE) {
    Object.assign(find(c, "L1", "tue", t), { staff: ["kt1"], mergedWith: "L2" });
    Object.assign(find(c, "L2", "tue", t), { staff: ["kt1"], interns: [], mergedWith: "L1" });
  }
  Object.assign(c.releases[0], { staff: ["kt2"], cover: [{ group: "L2", by: "merge:L1" }] });
  return { input, c };
}

describe("timetable.release-cover", () => {
  it("passes for co-teacher and independent-intern cover, and for a specialist lesson", () => {
    expect(run(tinyReleaseInput(), tinyReleaseCandidate())).toEqual([]);
    const { input, c } = loRelease();
    expect(run(input, c)).toEqual([]);
  });
  it("needs no cover for a block outside lesson slots (after school)", () => {
    const c = tinyReleaseCandidate();
    for (const t of TUE) Object.assign(find(c, "L1", "tue", t), { staff: ["kt1"] });
    for (const t of TUE) Object.assign(find(c, "L2", "tue", t), { staff: ["kt2"], interns: [] });
    Object.assign(c.releases[0], { start: "15:15", end: "17:00", cover: [] });
    expect(run(tinyReleaseInput(), c)).toEqual([]);
  });
  it("fails when the cover list does not say how a class is taught", () => {
    const c = tinyReleaseCandidate();
    c.releases[0].cover = [{ group: "L1", by: "coteacher:co1" }];
    const v = run(tinyReleaseInput(), c);
    expect(v.map((x) => [x.messageId, x.where.group, x.where.start])).toEqual([
      ["not-in-cover-list", "L2", "08:30"],
      ["not-in-cover-list", "L2", "09:20"],
    ]);
    expect(v[0]).toMatchObject({ severity: "hard", where: { group: "L2", goal: "plg", day: "tue", start: "08:30" } });
    expect(v[0].message).toContain("stagiair Fien Smet");
  });
  it("fails when a lever is switched off in the scenario's cover policy", () => {
    const input = tinyReleaseInput();
    input.cover = { coTeachers: false };
    const v = run(input, tinyReleaseCandidate());
    expect(v.map((x) => [x.messageId, x.where.group, x.where.start])).toEqual([
      ["lever-switched-off", "L1", "08:30"],
      ["lever-switched-off", "L1", "09:20"],
    ]);
    expect(v[0].message).toContain("co-teachers zijn als vervanging uitgeschakeld");
    const lo = loRelease();
    lo.input.cover = { specialists: false };
    const w = run(lo.input, lo.c);
    expect(w.map((x) => x.messageId)).toEqual(["lever-switched-off"]);
    expect(w[0].message).toContain("vakleerkrachten zijn als vervanging uitgeschakeld");
  });
  it("fails for an intern who is not independent", () => {
    const input = tinyReleaseInput();
    input.interns![0].independent = false;
    const v = run(input, tinyReleaseCandidate());
    expect(v.map((x) => [x.messageId, x.where.group])).toEqual([
      ["intern-not-independent", "L2"],
      ["intern-not-independent", "L2"],
    ]);
  });
  it("accepts a care teacher, but not one who keeps care hours in class, nor an ondersteuner", () => {
    const input = tinyReleaseInput();
    const c = tinyReleaseCandidate();
    for (const t of TUE) find(c, "L1", "tue", t).staff = ["zorg1"];
    c.releases[0].cover[0].by = "care:zorg1";
    expect(run(input, c)).toEqual([]);
    input.staff[4].flags = { careTeacher: true, keepsCareHoursInClass: true };
    expect(run(input, c).map((x) => x.messageId)).toEqual(["keeps-care-hours", "keeps-care-hours"]);
    const buo = tinyReleaseInput();
    buo.staff[3].ambt = "ondersteuner";
    const v = run(buo, tinyReleaseCandidate());
    expect(v.map((x) => [x.messageId, x.where.group])).toEqual([
      ["never-substitutes", "L1"],
      ["never-substitutes", "L1"],
    ]);
    expect(v[0].message).toContain("Dirk Claes mag nooit vervangen");
  });
  it("fails when a class teacher of another class is used as cover", () => {
    const input = tinyReleaseInput();
    input.releaseGoals![0].members = ["kt1"];
    const c = tinyReleaseCandidate();
    for (const t of TUE) find(c, "L1", "tue", t).staff = ["lo1"];
    Object.assign(c.releases[0], { staff: ["kt1"], cover: [{ group: "L1", by: "care:lo1" }] });
    const v = run(input, c);
    expect(v.map((x) => x.messageId)).toEqual(["not-care-or-coteacher", "not-care-or-coteacher"]);
    expect(v[0].message).toContain("Chris Maes");
  });
  it("accepts a listed merge; whether a pair may merge at all is timetable.merge's verdict", () => {
    const ok = mergeRelease(40); // 18 + 20 pupils
    expect(run(ok.input, ok.c)).toEqual([]);
    const tooMany = mergeRelease(30);
    expect(run(tooMany.input, tooMany.c)).toEqual([]);
    expect(
      timetableMerge.check({ scenario: tinyScenario(tooMany.input), candidate: tooMany.c }).map((v) => v.rule),
    ).toEqual(["timetable.merge", "timetable.merge"]);
  });
  it("fails for an atelier when ateliers are switched off", () => {
    const input = tinyReleaseInput();
    const c = tinyReleaseCandidate();
    for (const g of ["L1", "L2"])
      for (const t of TUE)
        Object.assign(find(c, g, "tue", t), {
          subject: "ATELIER",
          atelierPlan: "a1",
          staff: ["zorg1"],
          interns: ["i2"],
        });
    c.releases[0].cover = [
      { group: "L1", by: "atelier" },
      { group: "L2", by: "atelier" },
    ];
    expect(run(input, c)).toEqual([]);
    input.cover = { ateliers: false };
    const v = run(input, c);
    expect(v.map((x) => x.messageId)).toEqual(Array(4).fill("lever-switched-off"));
    expect(v[0].message).toContain("ateliers zijn als vervanging uitgeschakeld");
  });
  it("fails for cover entries that do not match the lessons", () => {
    const c = tinyReleaseCandidate();
    c.releases[0].cover.push({ group: "L1", by: "LO" }, { group: "L9", by: "atelier" });
    const v = run(tinyReleaseInput(), c);
    expect(v.map((x) => [x.messageId, x.where.group])).toEqual([
      ["listed-cover-unused", "L1"],
      ["cover-for-group-not-released", "L9"],
    ]);
    expect(v[0].message).toContain("de les Bewegingsopvoeding");
  });
});
