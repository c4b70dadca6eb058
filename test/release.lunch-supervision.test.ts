// release.lunch-supervision (issue 10 item 5): enough supervisors per lunch post, none of them in a meeting over
// lunch, only who may supervise, one post at a time, at most maxPerWeek lunch breaks. The rule's verdict on the
// solved lunch-takeover week and on changed copies of it, each verified against encode() (helpers/verified.ts).
import { beforeAll, describe, expect, it } from "vitest";
import { releaseLunchSupervision as unverified } from "../constraints/release/lunch-supervision.js";
import { timetableReleaseFrees } from "../constraints/structure/release-frees.js";
import { loadOf } from "../constraints/staff/load.js";
import { verifyWeek } from "../solver/verify.js";
import { loadScenario, parseScenario, readJsonFile, Scenario, type Candidate } from "../src/model/index.js";
import { verified } from "./helpers/verified.js";
import { solveHere } from "./helpers/solve.js";

const rule = verified(unverified);
const FIXTURE = "fixtures/practices/lunch-takeover.json";
let s: Scenario;
let week: Candidate;
beforeAll(async () => {
  s = loadScenario(FIXTURE);
  week = (await solveHere(s)).candidates[0];
});

/** The solved week with the supervisors of one post and day replaced. */
const withDuty = (post: string, day: string, staff: string[]): Candidate => ({
  ...week,
  lunchDuties: week.lunchDuties!.map((d) => (d.post === post && d.day === day ? { ...d, staff } : d)),
});
const ids = (v: { messageId?: string; where: { staff?: string; day?: string } }[]) =>
  v.map((x) => [x.messageId, x.where.staff ?? x.where.day]);

describe("release.lunch-supervision on a week", () => {
  it("passes on the solved week: every post has its supervisor, nobody of them in the meeting", () => {
    expect(rule.check({ scenario: s, candidate: week })).toEqual([]);
  });

  it("fails when a post has nobody, and says which post and when, by name", () => {
    const v = rule.check({ scenario: s, candidate: withDuty("speelplaats-kleuter", "mon", []) });
    expect(ids(v)).toEqual([["too-few", "mon"]]);
    expect(v[0].message).toBe(
      "Speelplaats kleuters heeft op maandag 12:05-13:20 0 toezichters, maar heeft er 1 nodig.",
    );
  });

  it("fails when a member of Tuesday's kleuter meeting supervises then", () => {
    const v = rule.check({ scenario: s, candidate: withDuty("speelplaats-kleuter", "tue", ["kt-k2"]) });
    // …and that is a fourth lunch break for her (3 duties or meetings a week at most, maxPerWeek).
    expect(ids(v)).toEqual([
      ["in-meeting", "kt-k2"],
      ["over-max", "kt-k2"],
    ]);
    expect(v[0].message).toBe(
      "Els Wouters houdt middagtoezicht (Speelplaats kleuters, dinsdag 12:05-13:20) maar zit dan in 'Middagoverleg kleuterteam'.",
    );
  });

  it("fails for the ondersteuner (staff.buo-ondersteuner) and for the care teacher who keeps her lunch free", () => {
    const v = rule.check({ scenario: s, candidate: withDuty("speelplaats-kleuter", "mon", ["ond1", "zorg1"]) });
    expect(ids(v)).toEqual([
      ["may-not-supervise", "ond1"],
      ["may-not-supervise", "zorg1"],
    ]);
  });

  it("fails when someone takes two posts at once", () => {
    const mon = week.lunchDuties!.find((d) => d.post === "speelplaats-lager" && d.day === "mon")!.staff[0];
    const v = rule.check({ scenario: s, candidate: withDuty("speelplaats-kleuter", "mon", [mon]) });
    expect(ids(v)).toEqual([
      ["two-posts", mon],
      ["over-max", mon],
    ]);
  });

  it("fails for a supervisor who is not at school over lunch, or has a fixed duty then", () => {
    const raw = readJsonFile(FIXTURE) as Record<string, any>;
    const thu = week.lunchDuties!.find((d) => d.post === "speelplaats-lager" && d.day === "mon")!.staff[0];
    const i = raw.staff.findIndex((p: { id: string }) => p.id === thu);
    raw.staff[i].availability = { mon: [{ from: "08:00", to: "12:00" }], tue: [{ from: "08:00", to: "16:00" }] };
    const absent = rule.check({ scenario: parseScenario(raw), candidate: week });
    expect(ids(absent)).toContainEqual(["absent", thu]);
    const raw2 = readJsonFile(FIXTURE) as Record<string, any>;
    raw2.staff[i].supervision = [{ day: "mon", start: "12:05", end: "12:35", label: "refter" }];
    expect(ids(rule.check({ scenario: parseScenario(raw2), candidate: week }))).toEqual([["fixed-duty", thu]]);
  });

  it("fails for a duty at a time that is no lunch break of the grid", () => {
    const c = { ...week, lunchDuties: [...week.lunchDuties!, { ...week.lunchDuties![0], day: "wed" as const }] };
    expect(ids(rule.check({ scenario: s, candidate: c }))).toEqual([["unknown-turn", "wed"]]);
  });

  it("maxPerWeek: a teacher with a fourth lunch break on duty is over the school's maximum", () => {
    // Monday's kleuter post to whoever already has Friday's lager post: 3 duties + the meeting = 4 (> 3).
    const fri = week.lunchDuties!.find((d) => d.post === "speelplaats-lager" && d.day === "fri")!.staff[0];
    const monLager = week.lunchDuties!.find((d) => d.post === "speelplaats-lager" && d.day === "mon")!.staff[0];
    const c = withDuty("speelplaats-kleuter", "mon", [fri]);
    const v = rule.check({ scenario: s, candidate: c });
    const expected =
      fri === monLager
        ? [
            ["two-posts", fri],
            ["over-max", fri],
          ]
        : [["over-max", fri]];
    expect(ids(v)).toEqual(expected);
    expect(v.at(-1)!.messageEn).toMatch(
      /spends 4 lunch breaks a week supervising or meeting; the school agreed at most 3/,
    );
  });

  it("says nothing for a scenario without lunchSupervision (old files)", () => {
    const raw = readJsonFile(FIXTURE) as Record<string, any>;
    delete raw.lunchSupervision;
    for (const g of raw.releaseGoals) delete g.allowLunch;
    expect(unverified.check({ scenario: parseScenario(raw), candidate: { ...week, lunchDuties: undefined } })).toEqual(
      [],
    );
  });
});

describe("lunch posts count in the schoolopdracht (staff.supervision: supervision is part of it)", () => {
  it("An Peeters's posts are supervision minutes, and the model's rows count them as check() does", () => {
    const me = s.staff.find((p) => p.id === "kt-l1")!;
    const posts = week.lunchDuties!.filter((d) => d.staff.includes("kt-l1")).length;
    const load = loadOf(me, week, s.releaseGoals);
    expect(posts).toBe(2);
    expect(load.supervisionMinutes).toBe(2 * 75);
    for (const max of [load.schoolopdrachtMinutes, load.schoolopdrachtMinutes - 1]) {
      const raw = readJsonFile(FIXTURE) as Record<string, any>;
      raw.settings = { schoolopdrachtMaxMinutes: max };
      const v = verifyWeek(parseScenario(raw), week);
      expect(v.disagreements, v.report()).toEqual([]);
      const over = v.verdicts.find((x) => x.rule === "staff.schoolopdracht")!.check.map((x) => x.where.staff);
      expect(over.includes("kt-l1")).toBe(max < load.schoolopdrachtMinutes);
    }
  });
});

describe("a meeting over lunch is a release shape only with allowLunch", () => {
  it("a member who goes home over lunch cannot meet then: check() and the model's rows both say so", () => {
    const raw = readJsonFile(FIXTURE) as Record<string, any>;
    raw.staff[0].availability = Object.fromEntries(
      ["mon", "tue", "wed", "thu", "fri"].map((d) => [
        d,
        [
          { from: "08:00", to: "12:05" },
          { from: "13:20", to: "16:00" },
        ],
      ]),
    );
    // Her lunch posts left empty (else the posts she cannot take are all the verifier judges).
    const c = {
      ...week,
      lunchDuties: week.lunchDuties!.map((d) => ({ ...d, staff: d.staff.filter((p) => p !== "kt-k2") })),
    };
    const v = verifyWeek(parseScenario(raw), c);
    expect(v.disagreements, v.report()).toEqual([]);
    const absent = v.verdicts.find((x) => x.rule === "timetable.availability")!;
    expect(absent.check.map((x) => [x.messageId, x.where.staff, x.where.day])).toEqual([
      ["staff-absent", "kt-k2", "tue"],
    ]);
  });

  it("timetable.release-frees reports the lunch block of a goal without allowLunch", () => {
    const raw = readJsonFile(FIXTURE) as Record<string, any>;
    delete raw.releaseGoals[0].allowLunch;
    const v = timetableReleaseFrees.check({ scenario: parseScenario(raw), candidate: week });
    expect(v.map((x) => [x.messageId, x.where.goal])).toEqual([["block-over-lunch", "middag-kleuter"]]);
    expect(timetableReleaseFrees.check({ scenario: s, candidate: week })).toEqual([]);
  });
});

describe("lunchSupervision in the scenario", () => {
  it("without a week: says on which days fewer people can supervise than the posts need", () => {
    expect(unverified.check({ scenario: s })).toEqual([]);
    const raw = readJsonFile(FIXTURE) as Record<string, any>;
    raw.lunchSupervision.posts[0].supervisors = 4; // 4 + 1 needed; 4 class teachers may (not zorg1, not ond1)
    raw.lunchSupervision.posts[1].days = ["mon"];
    const v = unverified.check({ scenario: parseScenario(raw) });
    expect(v.map((x) => [x.messageId, x.where.day])).toEqual([["too-few-can", "mon"]]);
    expect(v[0].message).toBe(
      "Op maandag zijn er over de middag 5 toezichters nodig (Speelplaats kleuters 4, Speelplaats lager 1), maar slechts 4 personeelsleden mogen en kunnen dan toezicht doen.",
    );
  });

  it("an ondersteuner marked lunchSupervisor is refused with the field path, in Dutch", () => {
    const raw = readJsonFile(FIXTURE) as Record<string, any>;
    raw.staff[6].flags.lunchSupervisor = true;
    const r = Scenario.safeParse(raw);
    expect(r.success).toBe(false);
    const issue = r.error!.issues.find((x) => x.path.join(".") === "staff.6.flags.lunchSupervisor");
    expect(issue?.message).toContain("Karim El Amrani (ondersteuner) mag geen toezicht doen");
  });

  it("a post id used twice is refused", () => {
    const raw = readJsonFile(FIXTURE) as Record<string, any>;
    raw.lunchSupervision.posts[1].id = "speelplaats-kleuter";
    const r = Scenario.safeParse(raw);
    expect(r.error!.issues.map((x) => x.path.join("."))).toContain("lunchSupervision.posts.1.id");
  });
});
