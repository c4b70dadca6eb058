// The editor's and results' words for issue 10 (web/src/editor/practices.ts): time windows, member sets and
// who they stand for in a draft as typed, teacher wishes and their outcome lines.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Scenario } from "../src/model/index.js";
import {
  goalSetMembers,
  lengthText,
  makeWish,
  memberSetText,
  resolveMemberSet,
  windowText,
  windowsSummary,
  wishChoiceOf,
  wishLine,
  wishOutcomesOf,
  wishWords,
} from "../web/src/editor/practices.js";

const nl = (a: string) => a;
const en = (_: string, b: string) => b;
const fixture = (name: string) => JSON.parse(readFileSync(`fixtures/practices/${name}.json`, "utf8"));

describe("time windows in words", () => {
  it("names days, part of day and clock", () => {
    expect(windowText({ days: ["wed"], part: "morning" }, nl)).toBe("woensdag voormiddag");
    expect(windowText({ days: ["thu"] }, nl)).toBe("donderdag");
    expect(windowText({ days: ["fri", "mon"], part: "afternoon" }, en)).toBe("Monday and Friday afternoon");
    expect(windowText({ from: "13:00", to: "15:00" }, nl)).toBe("elke dag 13:00–15:00");
    expect(windowText({ days: ["mon", "tue", "wed"], from: "15:00" }, nl)).toBe(
      "maandag, dinsdag en woensdag vanaf 15:00",
    );
  });
  it("summarises a goal's allowed and forbidden windows (time-window fixture)", () => {
    const [intervisie, kernteam] = fixture("time-window").releaseGoals;
    expect(windowsSummary(intervisie, nl)).toBe("Mag enkel: woensdag voormiddag.");
    expect(windowsSummary(kernteam, nl)).toBe("Mag enkel: donderdag. Nooit op vrijdag namiddag.");
    expect(windowsSummary(kernteam, en)).toBe("Only: Thursday. Never on Friday afternoon.");
    expect(windowsSummary({}, nl)).toBe("");
  });
  it("says the block length, exact when min = max", () => {
    expect(lengthText({ minBlockMinutes: 60, maxBlockMinutes: 60 }, nl)).toBe("precies 60 minuten");
    expect(lengthText({ minBlockMinutes: 90, maxBlockMinutes: 120 }, en)).toBe("at least 90 min, at most 120 min");
    expect(lengthText({}, nl)).toBe("");
  });
});

describe("member sets", () => {
  const names: Record<string, string> = { "kt-l1": "An Peeters", "kt-l2": "Bram Janssens" };
  const nameOf = (id: string) => names[id] ?? id;
  const ambt = (a: string) => a;
  it("describes a set in plain words", () => {
    expect(memberSetText({}, nameOf, ambt, nl)).toBe("heel het team");
    expect(memberSetText({ except: ["kt-l1"] }, nameOf, ambt, nl)).toBe("heel het team, behalve An Peeters");
    expect(memberSetText({ role: "class-teacher", grades: [6, 5] }, nameOf, ambt, nl)).toBe(
      "de klasleerkrachten van leerjaar 5 en 6",
    );
    expect(memberSetText({ role: "class-teacher", level: "kleuter" }, nameOf, ambt, nl)).toBe(
      "de klasleerkrachten van de kleuterklassen",
    );
    expect(memberSetText({ role: "care-teacher", except: ["kt-l1", "kt-l2"] }, nameOf, ambt, en)).toBe(
      "the care teachers, except An Peeters and Bram Janssens",
    );
  });
  it("resolves exactly as the scenario does when it is read (member-sets fixture)", () => {
    const raw = fixture("member-sets");
    const parsed = Scenario.parse(raw);
    raw.releaseGoals.forEach((g: { id: string }, i: number) => {
      expect(goalSetMembers(raw, g).sort(), g.id).toEqual([...parsed.releaseGoals[i].members].sort());
    });
    expect(goalSetMembers(raw, raw.releaseGoals[0]).sort()).toEqual(["kt-k2", "kt-k3"]);
  });
  it("still answers while the draft is incomplete or invalid elsewhere, and honours 'behalve'", () => {
    const raw = fixture("member-sets");
    raw.groups[0].pupils = "veel"; // invalid, but the names still resolve
    delete raw.staff[0].flags;
    expect(Scenario.safeParse(raw).success).toBe(false);
    const all = resolveMemberSet(raw, {});
    expect(all).toHaveLength(raw.staff.length);
    expect(resolveMemberSet(raw, { except: ["dir"] })).toEqual(all.filter((x) => x !== "dir"));
    expect(resolveMemberSet(raw, { level: "kleuter", role: "class-teacher", grades: [3] })).toEqual(["kt-k3"]);
    // An optional member is not counted as a must-member.
    expect(goalSetMembers(raw, { memberSets: [{}], optionalMembers: ["dir"] })).not.toContain("dir");
  });
});

describe("teacher wishes", () => {
  it("reads the kind of each wish of the teacher-wishes fixture and says it in words", () => {
    const staff = fixture("teacher-wishes").staff as { wishes: object[] }[];
    const wishes = staff.flatMap((p) => p.wishes);
    expect(wishes.map(wishChoiceOf)).toEqual(["free", "not-first", "free", "not-last", "days"]);
    expect(wishes.map((w) => wishWords(w, nl))).toEqual([
      "vrij op woensdag namiddag",
      "geen eerste lesuur op maandag",
      "vrij op vrijdag namiddag",
      "geen turnles in het laatste lesuur",
      "werkt liefst enkel op maandag en dinsdag",
    ]);
    expect(wishWords({ kind: "free", days: ["wed"], part: "afternoon" }, en)).toBe("free on Wednesday afternoon");
  });
  it("switching the kind keeps the days and the weight, and every made wish is valid for the schema", () => {
    const from = { kind: "free", days: ["mon"], part: "morning", weight: 2 };
    expect(makeWish("not-first", from)).toEqual({ kind: "free", days: ["mon"], period: "first", weight: 2 });
    expect(makeWish("days", from)).toEqual({ kind: "days", days: ["mon"], weight: 2 });
    expect(makeWish("free", makeWish("days", from))).toEqual({ kind: "free", days: ["mon"], weight: 2 });
    const raw = fixture("teacher-wishes");
    raw.staff[0].wishes = (["free", "not-first", "not-last", "days"] as const).map((c) => makeWish(c));
    expect(Scenario.safeParse(raw).success).toBe(true);
  });
  it("outcome lines: 'An Peeters: 2 van 2 vervuld', unmet wishes named", () => {
    const metrics = {
      wishes: [
        {
          staff: "kt-l1",
          name: "An Peeters",
          met: 2,
          total: 2,
          wishes: [
            { text: { nl: "vrij op woensdag namiddag", en: "free on Wednesday afternoon" }, weight: 1, met: true },
          ],
        },
        {
          staff: "kt-l3",
          name: "Kim Claes",
          met: 0,
          total: 1,
          wishes: [{ text: { nl: "vrij op vrijdag namiddag", en: "free on Friday afternoon" }, weight: 1, met: false }],
        },
        { junk: true },
      ],
    };
    const outcomes = wishOutcomesOf(metrics);
    expect(outcomes).toHaveLength(2);
    expect(wishLine(outcomes[0], nl)).toEqual({ head: "An Peeters: 2 van 2 vervuld", unmet: [] });
    expect(wishLine(outcomes[1], en)).toEqual({ head: "Kim Claes: 0 of 1 met", unmet: ["free on Friday afternoon"] });
    expect(wishOutcomesOf({})).toEqual([]);
  });
});
