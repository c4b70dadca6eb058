// The editor's draft logic for this session's scenario fields: lunch posts (web/src/editor/lunch.ts) and removing
// a school of a school group (web/src/editor/refs.ts removeSchool). Each result is checked with the real schema and
// its cross-reference checks, so "no unknown id left behind" is the model's own word.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ScenarioChecked, problemsOf } from "../src/model/index.js";
import { addLunchPost, removeLunchPost, supervisesByDefault } from "../web/src/editor/lunch.js";
import { storedDays } from "../web/src/editor/weekdays.js";
import { setAt, tabOfPath } from "../web/src/editor/paths.js";
import { describePath } from "../web/src/editor/describe.js";
import { removePerson, removeSchool } from "../web/src/editor/refs.js";
import { addSchool, toggleStaffSchool } from "../web/src/editor/schools.js";

const fixture = (path: string) => JSON.parse(readFileSync(`fixtures/${path}.json`, "utf8"));
const problemPaths = (d: unknown) => {
  const r = ScenarioChecked.safeParse(d);
  return r.success ? [] : problemsOf(r.error).map((p) => p.path);
};

describe("lunch posts in the editor", () => {
  it("adds a first post to a scenario without lunch supervision: a valid scenario with one post", () => {
    const d = fixture("practices/lunch-takeover");
    delete d.lunchSupervision;
    const next = addLunchPost(d, "Refter");
    expect(next.lunchSupervision).toEqual({ posts: [{ id: "refter", name: "Refter", supervisors: 1 }] });
    expect(problemPaths(next)).toEqual([]);
  });

  it("gives a second post with the same name its own id", () => {
    const d = addLunchPost(addLunchPost({}, "Refter"), "Refter");
    expect(d.lunchSupervision.posts.map((p: { id: string }) => p.id)).toEqual(["refter", "refter-2"]);
  });

  it("removes a post, keeps maxPerWeek, and drops lunch supervision with its last post", () => {
    const d = fixture("practices/lunch-takeover");
    const one = removeLunchPost(d, 0);
    expect(one.lunchSupervision).toEqual({
      posts: [{ id: "speelplaats-lager", name: "Speelplaats lager", supervisors: 1 }],
      maxPerWeek: 3,
    });
    const none = removeLunchPost(one, 0);
    expect("lunchSupervision" in none).toBe(false);
    expect(problemPaths(none)).toEqual([]);
  });

  it("stores every weekday ticked as no days (every lunch break), and keeps a few days in week order", () => {
    expect(storedDays(["fri", "mon", "tue", "wed", "thu"])).toBeUndefined();
    expect(storedDays(["thu", "mon"])).toEqual(["mon", "thu"]);
    expect(storedDays([])).toEqual([]);
  });

  it("says who supervises by default: class and care teachers, not the PE teacher nor an ondersteuner", () => {
    const d = fixture("practices/lunch-takeover");
    const by = (id: string) =>
      supervisesByDefault(
        d,
        d.staff.find((p: { id: string }) => p.id === id),
      );
    expect(by("kt-l1")).toBe(true); // class teacher
    expect(by("lo1")).toBe(false); // PE teacher, no class
    expect(by("zorg1")).toBe(true); // care teacher: flags.lunchSupervisor false is her own choice, not the default
    expect(by("ond1")).toBe(false); // ondersteuner, noSupervision
    // A half-typed draft (no flags, a class without teachers) does not throw.
    expect(supervisesByDefault({ groups: [{ id: "K1" }] }, { id: "x", ambt: "kleuteronderwijzer" })).toBe(false);
  });

  it("shows a lunch post's error in Opvang, where the posts are, by the post's name", () => {
    expect(tabOfPath(["lunchSupervision", "posts", 1, "supervisors"])).toBe("cover");
    expect(tabOfPath(["lunchSupervision", "maxPerWeek"])).toBe("cover");
    const d = fixture("practices/lunch-takeover");
    const nl = (a: string) => a;
    expect(describePath(d, ["lunchSupervision", "posts", 1, "supervisors"], nl)).toBe(
      "Middagtoezicht › Speelplaats lager › aantal toezichters",
    );
    expect(describePath(d, ["lunchSupervision", "maxPerWeek"], nl)).toBe("Middagtoezicht › hoogstens per week");
  });

  it("removing a person leaves the lunch posts (they name no people) and a valid scenario", () => {
    const d = fixture("practices/lunch-takeover");
    const next = removePerson(d, "ond1");
    expect(next.lunchSupervision).toEqual(d.lunchSupervision);
    expect(problemPaths(next)).toEqual([]);
  });
});

describe("removing a school of a school group", () => {
  it("clears it from classes, rooms, staff, travel times, member sets and facultative days", () => {
    const d = fixture("group/two-schools");
    d.rooms = [{ id: "zaal-z", name: "Turnzaal Zuid", capacity: 1, school: "zuid" }];
    d.releaseGoals[0].memberSets = [{ school: "zuid", level: "lager" }];
    d.calendar.facultativeDays = [{ date: "2026-10-05", part: "full", schools: ["zuid"] }];
    expect(problemPaths(d)).toEqual([]);
    const next = removeSchool(d, "zuid");
    expect(next.schools).toEqual([
      { id: "noord", name: "VBS De Noordster", address: "Kerkstraat 1, Noordhout", travelMinutes: {} },
    ]);
    expect(next.groups.filter((g: { school?: string }) => !g.school).map((g: { id: string }) => g.id)).toEqual([
      "Z1",
      "Z2",
      "Z3",
    ]);
    expect(next.rooms[0]).toEqual({ id: "zaal-z", name: "Turnzaal Zuid", capacity: 1 });
    const zorgZuid = next.staff.find((p: { id: string }) => p.id === "zorg-zuid");
    expect("schools" in zorgZuid).toBe(false);
    expect(next.releaseGoals[0].memberSets).toEqual([{ level: "lager" }]);
    expect(next.calendar.facultativeDays).toEqual([{ date: "2026-10-05", part: "full" }]);
    expect(JSON.stringify(next)).not.toContain('"zuid"');
    // What is left to do shows at the fields: the classes of the removed school, and its care teacher, now
    // name no school.
    expect(problemPaths(next)).toEqual([
      "groups[3].school",
      "groups[4].school",
      "groups[5].school",
      "staff[8].schools",
    ]);
  });

  it("the last school gone: one school again, a valid scenario", () => {
    const d = removeSchool(removeSchool(fixture("group/two-schools"), "zuid"), "noord");
    expect("schools" in d).toBe(false);
    expect(JSON.stringify(d)).not.toMatch(/"(noord|zuid)"/);
    expect(problemPaths(d)).toEqual([]);
  });
});

describe("schools in the editor", () => {
  it("the first school takes every class, room and care teacher, so the scenario stays valid; the second takes none", () => {
    const d = fixture("practices/lunch-takeover");
    d.rooms = [{ id: "zaal", name: "Turnzaal", capacity: 1 }];
    const one = addSchool(d, "VBS De Noordster");
    expect(one.schools).toEqual([{ id: "vbs-de-noordster", name: "VBS De Noordster" }]);
    expect(one.groups.map((g: { school?: string }) => g.school)).toEqual(d.groups.map(() => "vbs-de-noordster"));
    expect(one.rooms[0].school).toBe("vbs-de-noordster");
    expect(one.staff.find((p: { id: string }) => p.id === "zorg1").schools).toEqual([{ school: "vbs-de-noordster" }]);
    expect(problemPaths(one)).toEqual([]);
    const two = addSchool(one, "VBS Zuiderlicht");
    expect(two.schools.map((s: { id: string }) => s.id)).toEqual(["vbs-de-noordster", "vbs-zuiderlicht"]);
    expect(two.groups).toEqual(one.groups);
    expect(problemPaths(two)).toEqual([]);
  });

  it("ticks a person's schools and days; nothing ticked is the default again", () => {
    const d = fixture("group/two-schools");
    const i = d.staff.findIndex((p: { id: string }) => p.id === "lo");
    let p = toggleStaffSchool(d.staff[i], "noord", true);
    p = toggleStaffSchool(p, "zuid", true);
    // The days field sets what storedDays gives at the path (setAt: undefined leaves the key out).
    p = setAt(p, ["schools", 1, "days"], storedDays(["wed"]));
    expect(p.schools).toEqual([{ school: "noord" }, { school: "zuid", days: ["wed"] }]);
    d.staff[i] = p;
    expect(problemPaths(d)).toEqual([]);
    const everyDay = setAt(p, ["schools", 1, "days"], storedDays(["mon", "tue", "wed", "thu", "fri"]));
    expect(everyDay.schools).toEqual([{ school: "noord" }, { school: "zuid" }]);
    const none = toggleStaffSchool(toggleStaffSchool(p, "noord", false), "zuid", false);
    expect("schools" in none).toBe(false);
  });
});
