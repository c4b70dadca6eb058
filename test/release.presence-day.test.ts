// release.presence-day (issue 10 item 8): a fixed weekday on which everyone of a group is at school, part-timers
// included. The rule's verdict on weeks (verified against encode()), and the fixture solved: the part-time LO
// teacher who prefers Monday and Tuesday gets a Thursday lesson; a member who is not there is named.
import { describe, expect, it } from "vitest";
import { releasePresenceDay as unverified } from "../constraints/release/presence-day.js";
import { loadScenario, parseScenario, readJsonFile, type ScenarioInput } from "../src/model/index.js";
import { verifyWeek } from "../solver/verify.js";
import { verified } from "./helpers/verified.js";
import { tinyCandidate, tinyInput } from "./helpers/tiny.js";
import { solveHere } from "./helpers/solve.js";
import { renderSolve } from "../src/cli/render-week.js";

const rule = verified(unverified);

const tiny = (day: string, extra: Record<string, unknown> = {}) =>
  parseScenario({
    ...tinyInput(),
    presenceDays: [{ id: "zorgdag", name: "Zorgdag", day, memberSets: [{}], required: true, ...extra }],
  } as ScenarioInput);

describe("release.presence-day on a week", () => {
  // The tiny week: the LO teacher (8/24) gives LO on Monday and Thursday only.
  it("passes on Thursday: the part-time LO teacher works that day", () => {
    expect(rule.check({ scenario: tiny("thu"), candidate: tinyCandidate() })).toEqual([]);
  });

  it("fails on Tuesday: the part-timer does not work then, named in the message", () => {
    const v = rule.check({ scenario: tiny("tue"), candidate: tinyCandidate() });
    expect(v.map((x) => [x.messageId, x.severity, x.where])).toEqual([
      ["no-work", "hard", { goal: "zorgdag", staff: "lo1", day: "tue" }],
    ]);
    expect(v[0].message).toBe(
      "'Zorgdag' vraagt iedereen op dinsdag op school, maar Chris Maes (deeltijds) werkt deze week niet op dinsdag.",
    );
    // Optional: the same, as a soft violation.
    const soft = rule.check({ scenario: tiny("tue", { required: false }), candidate: tinyCandidate() });
    expect(soft.map((x) => x.severity)).toEqual(["soft"]);
  });

  it("fails when a member is not available that day, whatever the week", () => {
    const input = tinyInput();
    input.staff![0].availability = { mon: [{ from: "08:00", to: "16:00" }] };
    const s = parseScenario({
      ...input,
      presenceDays: [{ id: "zorgdag", name: "Zorgdag", day: "thu", members: ["kt1", "kt2"], required: true }],
    } as ScenarioInput);
    const v = rule.check({ scenario: s, candidate: tinyCandidate() });
    expect(v.map((x) => [x.messageId, x.where.staff])).toEqual([["unavailable", "kt1"]]);
    expect(v[0].messageEn).toBe("'Zorgdag' asks everyone at school on Thursday, but An Peeters is not available then.");
  });
});

describe("team day fixture: everyone at school on Thursday", () => {
  const raw = () => readJsonFile("fixtures/practices/team-day.json") as Record<string, any>;
  const loDays = (c: { lessons: { day: string; staff: string[] }[] }) =>
    [...new Set(c.lessons.filter((l) => l.staff.includes("lo1")).map((l) => l.day))].sort();

  it("the part-time LO teacher, who prefers Monday and Tuesday, also works on Thursday", async () => {
    const s = loadScenario("fixtures/practices/team-day.json");
    const t = await solveHere(s);
    expect(t.status).toBe("optimal");
    const c = t.candidates[0];
    expect(c.metrics.presenceDays).toEqual([{ id: "zorgdag", name: "Zorgdag", day: "thu", met: true, missing: [] }]);
    expect(loDays(c)).toContain("thu");
    expect(renderSolve(s, t, "summary")).toContain("Vaste dag 'Zorgdag' (donderdag): iedereen op school");
    // The wish gives way to the presence day, and says so.
    expect(c.violations.filter((v) => v.rule === "staff.wishes").map((v) => v.where.staff)).toEqual(["lo1"]);
    expect(c.violations.filter((v) => v.rule === "release.presence-day")).toEqual([]);
    const v = verifyWeek(s, c);
    expect(v.disagreements, v.report()).toEqual([]);

    // Without the presence day the LO teacher keeps to Monday and Tuesday: the day really moved.
    const input = raw();
    delete input.presenceDays;
    const free = (await solveHere(parseScenario(input))).candidates[0];
    expect(loDays(free)).toEqual(["mon", "tue"]);
  });

  it("a member who is not there on Thursday: named as missing, or no week at all when the day is required", async () => {
    const input = raw();
    input.staff.find((p: { id: string }) => p.id === "zorg1").availability = {
      mon: [{ from: "08:00", to: "16:00" }],
      tue: [{ from: "08:00", to: "16:00" }],
    };
    const t0 = await solveHere(parseScenario(input));
    const c = t0.candidates[0];
    expect(c.metrics.presenceDays).toEqual([
      {
        id: "zorgdag",
        name: "Zorgdag",
        day: "thu",
        met: false,
        // The day cannot be met anyway, so the LO teacher's wish (Monday and Tuesday) prevails: also named.
        missing: [
          { staff: "lo1", name: "Wim Declercq (LO)", why: "no-work" },
          { staff: "zorg1", name: "Sofie Wouters (zorg)", why: "unavailable" },
        ],
      },
    ]);
    expect(c.violations.filter((v) => v.rule === "release.presence-day").map((v) => [v.severity, v.message])).toEqual([
      [
        "soft",
        "'Zorgdag' vraagt iedereen op donderdag op school, maar Wim Declercq (LO) (deeltijds) werkt deze week niet op donderdag.",
      ],
      ["soft", "'Zorgdag' vraagt iedereen op donderdag op school, maar Sofie Wouters (zorg) is dan niet beschikbaar."],
    ]);

    // The CLI summary says it in words.
    expect(renderSolve(parseScenario(input), { ...t0, candidates: [c] }, "summary")).toContain(
      "Vaste dag 'Zorgdag' (donderdag): niet iedereen: Wim Declercq (LO) (werkt die dag niet), Sofie Wouters (zorg) (niet beschikbaar)",
    );

    input.presenceDays[0].required = true;
    const t = await solveHere(parseScenario(input));
    expect(t.status).toBe("infeasible");
    expect(t.conflicts.map((x) => [x.rule, x.message])).toContainEqual([
      "release.presence-day",
      "'Zorgdag': Sofie Wouters (zorg) moet op donderdag op school zijn",
    ]);
  });
});
