// Messages fixed by issue 10 ("Messages"): "no cover needed" says before/after/during the lessons truthfully,
// in one sentence shared by the terminal, the exports, the print renderer and the web app; the 20-hour trajectory warning is not shown for team meetings.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderSolve } from "../src/cli/render-week.js";
import { releaseRows } from "../src/export/tables.js";
import { namesOf } from "../src/export/print/names.js";
import { buildWeekIndex, classWeek } from "../src/export/print/week.js";
import { coverNl } from "../src/plan/labels.js";
import { noCoverText } from "../src/plan/no-cover.js";
import { releaseTraject } from "../constraints/release/traject.js";
import { parseScenario, type LocksInput } from "../src/model/index.js";
import { releaseGoalMet } from "../constraints/release/goal-met.js";
import { SolverModel } from "../solver/build.js";
import { solveCore } from "../solver/core.js";
import { loadHighs, makeHighsEngine } from "../solver/engines/highs.js";
import { parseLocks } from "../solver/locks.js";
import { lockInput } from "./helpers/locks.js";
import { solveHere } from "./helpers/solve.js";
import { parseRounds, planRounds } from "../src/rounds/index.js";
import { tinyCandidate, tinyInput, tinyReleaseInput } from "./helpers/tiny.js";

const rel = (day: "mon" | "wed" | "fri", start: string, end: string, staff = ["zorg1"]) => ({
  goal: "plg",
  day,
  start,
  end,
  staff,
  externals: [],
  cover: [],
});

/** The tiny school with a care teacher and a co-teacher, and no lessons at all on Friday. */
function school() {
  const s = parseScenario(tinyReleaseInput());
  const c = tinyCandidate();
  c.lessons = c.lessons.filter((l) => l.day !== "fri");
  return { s, c, name: (id: string) => s.staff.find((p) => p.id === id)?.name ?? id };
}

describe("no cover needed, said truthfully (one sentence for every place)", () => {
  const { c, name } = school();
  const nl = (r: ReturnType<typeof rel>) => noCoverText(c, r, "nl", name);
  const en = (r: ReturnType<typeof rel>) => noCoverText(c, r, "en", name);
  it("before the lessons", () => {
    expect(nl(rel("mon", "07:30", "08:30"))).toBe("voor de lessen: geen opvang nodig");
    expect(en(rel("mon", "07:30", "08:30"))).toBe("before lessons: no cover needed");
  });
  it("after the lessons", () => {
    expect(nl(rel("mon", "15:30", "16:30"))).toBe("na de lessen: geen opvang nodig");
    expect(en(rel("mon", "15:30", "16:30"))).toBe("after lessons: no cover needed");
  });
  it("no lessons that day", () => {
    expect(nl(rel("fri", "10:20", "12:00"))).toBe("geen lessen die dag: geen opvang nodig");
    expect(en(rel("fri", "10:20", "12:00"))).toBe("no lessons that day: no cover needed");
  });
  it("between the lessons (a meeting over lunch), with others supervising when the week says so", () => {
    const lunch = rel("mon", "12:05", "13:20", ["kt1", "kt2"]);
    expect(nl(lunch)).toBe("tussen de lessen (middagpauze): geen opvang nodig");
    const duties = [{ day: "mon" as const, start: "12:05", end: "13:20", post: "p", staff: ["lo1"] }];
    expect(noCoverText({ ...c, lunchDuties: duties }, lunch, "nl", name)).toBe(
      "tussen de lessen (middagpauze): geen opvang nodig; het middagtoezicht doen anderen",
    );
    expect(noCoverText({ ...c, lunchDuties: duties }, lunch, "en", name)).toBe(
      "between lessons (lunch break): no cover needed; others do the lunch supervision",
    );
  });
  it("a care teacher's own meeting during the lessons: she has no class then", () => {
    expect(nl(rel("wed", "08:30", "10:10"))).toBe(
      "tijdens de lessen; Els Wouters heeft dan geen klas: geen opvang nodig",
    );
    expect(en(rel("wed", "08:30", "10:10"))).toBe("during lessons; Els Wouters has no class then: no cover needed");
  });
  it("a care teacher and a co-teacher during the lessons: plural verb", () => {
    const r = rel("wed", "08:30", "10:10", ["zorg1", "co1"]);
    expect(nl(r)).toBe("tijdens de lessen; Els Wouters en Dirk Claes hebben dan geen klas: geen opvang nodig");
    expect(en(r)).toBe("during lessons; Els Wouters and Dirk Claes have no class then: no cover needed");
  });
  it("many members (or externals only) during the lessons: none of them has a class then", () => {
    const r = rel("wed", "08:30", "10:10", ["zorg1", "co1", "kt1", "kt2"]);
    expect(nl(r)).toBe("tijdens de lessen, maar geen van de deelnemers heeft dan een klas: geen opvang nodig");
    expect(en(rel("wed", "08:30", "10:10", []))).toBe(
      "during lessons, but none of the members has a class then: no cover needed",
    );
  });
});

describe("every place says it with that sentence", () => {
  const { s, c } = school();
  it("the terminal summary (vrijrooster solve)", () => {
    const t = { status: "feasible", candidates: [{ ...c, releases: [rel("wed", "08:30", "10:10")] }], conflicts: [] };
    expect(renderSolve(s, t as never, "summary")).toContain(
      "opvang: tijdens de lessen; Els Wouters heeft dan geen klas: geen opvang nodig",
    );
  });
  it("the exports' release table (xlsx/csv) and a calendar's cover line", () => {
    const rows = releaseRows(s, { ...c, releases: [rel("mon", "15:15", "17:00")] });
    expect(rows[0].at(-1)).toBe("na de lessen: geen opvang nodig");
    expect(coverNl(s, "none", { week: c, release: rel("mon", "07:30", "08:30") })).toBe(
      "voor de lessen: geen opvang nodig",
    );
  });
  it("the week grid of a class whose teacher is released when the class has no lesson (print and web)", () => {
    // L1 goes home early on Thursday: its last period is empty while An Peeters meets.
    const lessons = c.lessons.filter((l) => !(l.group === "L1" && l.day === "thu" && l.start === "14:25"));
    const cand = { ...c, lessons, releases: [rel("thu", "14:25", "15:15", ["kt1"])] };
    const ix = buildWeekIndex(
      s,
      cand,
      namesOf(s, (a) => a),
      (a) => a,
    );
    const cell = classWeek(ix, "L1")
      .cells.flat()
      .find((x) => x.day === "thu" && x.release);
    expect(cell?.main).toBe("L1: na de lessen: geen opvang nodig");
    const ixEn = buildWeekIndex(
      s,
      cand,
      namesOf(s, (_, b) => b),
      (_, b) => b,
    );
    expect(
      classWeek(ixEn, "L1")
        .cells.flat()
        .find((x) => x.day === "thu" && x.release)?.main,
    ).toBe("L1: after lessons: no cover needed");
  });
});

describe("release.traject and team meetings", () => {
  it("warns for a short PLG but not for a short team meeting", () => {
    const input = tinyInput();
    input.releaseGoals = [
      {
        id: "team",
        name: "Teamoverleg",
        purpose: "team",
        members: ["kt1", "kt2"],
        mode: "digital",
        minBlockMinutes: 50,
      },
      {
        id: "plg",
        name: "PLG",
        purpose: "plg",
        members: ["kt1", "kt2"],
        mode: "digital",
        minBlockMinutes: 50,
        frequency: { kind: "every-n-weeks", n: 4 },
      },
    ];
    const v = releaseTraject.check({ scenario: parseScenario(input) });
    expect(v.map((x) => x.where.goal)).toEqual(["plg"]);
  });
});

describe("the new rules' message tables", () => {
  it("say every message in Dutch and English with the same placeholders", async () => {
    const { placeholdersOf } = await import("../constraints/rule.js");
    const { releaseWindow } = await import("../constraints/release/window.js");
    const { releaseBlockLength } = await import("../constraints/release/block-length.js");
    const { staffWishes } = await import("../constraints/staff/wishes.js");
    const ids = [releaseWindow, releaseBlockLength, staffWishes].flatMap((r) => Object.keys(r.messages));
    // What check() reports, and what the solver's rows say in an explanation (encode-*).
    expect(ids).toEqual(expect.arrayContaining(["outside", "forbidden", "longer", "unmet"]));
    expect(ids.filter((id) => id.startsWith("encode-")).length).toBeGreaterThan(0);
    const messages = [releaseWindow, releaseBlockLength, staffWishes].flatMap((r) => Object.values(r.messages));
    for (const m of messages) {
      expect(m.nl.length).toBeGreaterThan(10);
      expect(placeholdersOf(m.en).sort()).toEqual(placeholdersOf(m.nl).sort());
    }
  });
});

describe("release.goal-met says singular and plural properly", () => {
  const goal = (members: string[], blocksPerWeek: number) => {
    const input = tinyInput();
    input.releaseGoals = [
      { id: "v", name: "Hospiteren", members, blocksPerWeek, mode: "digital", minBlockMinutes: 50, required: true },
    ];
    return parseScenario(input);
  };
  const tags = (s: ReturnType<typeof goal>) => {
    const m = new SolverModel(s, s.dayGrids[0]);
    releaseGoalMet.encode!(m);
    return m.lp.constraints.map((c) => c.tag);
  };
  it("one member: 'moet'; one block: 'blok'", () => {
    const s = goal(["kt1"], 1);
    const t = tags(s);
    expect(t.find((x) => x.messageId === "encode-required")).toMatchObject({
      message: "'Hospiteren' is verplicht: An Peeters moet samen vrij zijn",
      messageEn: "'Hospiteren' is required: An Peeters must be free together",
    });
    expect(t.find((x) => x.messageId === "encode-blocks-per-week")?.message).toBe(
      "'Hospiteren' vraagt 1 blok per week",
    );
    const [v] = releaseGoalMet.check({ scenario: s, candidate: tinyCandidate() });
    expect(v.message).toBe("'Hospiteren' krijgt 0 blokken per week maar vraagt 1 blok, en is verplicht.");
    expect(v.messageEn).toBe("'Hospiteren' gets 0 blocks a week but asks for 1 block, and is required.");
  });
  it("two members: 'moeten', named with 'en'; two blocks: 'blokken'", () => {
    const t = tags(goal(["kt1", "kt2"], 2));
    expect(t.find((x) => x.messageId === "encode-required")?.message).toBe(
      "'Hospiteren' is verplicht: An Peeters en Bram Janssens moeten samen vrij zijn",
    );
    expect(t.find((x) => x.messageId === "encode-blocks-per-week")?.messageEn).toBe(
      "'Hospiteren' asks for 2 blocks a week",
    );
  });
  it("one class to cover: 'moet … 1 klas', and 'hoogstens 0 kunnen'", async () => {
    const { timetableReleaseCover } = await import("../constraints/structure/release-cover.js");
    const input = tinyInput();
    input.subjects = []; // no PE teacher: nobody can take L1
    input.releaseGoals = [{ id: "v", name: "Hospiteren", members: ["kt1"], mode: "digital", minBlockMinutes: 50 }];
    const s = parseScenario(input);
    const m = new SolverModel(s, s.dayGrids[0]);
    timetableReleaseCover.encode!(m);
    const tag = m.lp.constraints.map((c) => c.tag).find((x) => x.messageId === "encode-cover-capacity");
    expect(tag?.message).toMatch(
      /^Voor 'Hospiteren' moet bv\. .* 1 klas \(L1\) tegelijk opgevangen worden, maar hoogstens 0 kunnen dan/,
    );
    expect(tag?.messageEn).toMatch(/, 1 class \(L1\) must be covered at once, but at most 0 can be taken over then/);
  });
  it("no rule message writes 'blok(ken)', 'klas(sen)' or '(s)' any more", async () => {
    const { RULES } = await import("../constraints/registry.js");
    const texts = RULES.flatMap((r) => [
      r.title.nl,
      r.title.en,
      ...Object.values(r.messages).flatMap((m) => [m.nl, m.en]),
    ]);
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.filter((x) => /\w\((ken|sen|en|s|es)\)/.test(x))).toEqual([]);
  });
});

describe("lock conflicts in English too (the web shows messageEn in English mode)", () => {
  const solveWith = async (locks: LocksInput) => {
    const s = parseScenario(lockInput());
    const engine = makeHighsEngine(await loadHighs());
    return solveCore(s, { candidates: 1, timeLimitSeconds: 60, engine, locks: parseLocks(locks, s) });
  };
  it("a lock that collides with a rule names both, in Dutch and in English", async () => {
    // Friday: the PE teacher is not there, so nobody can take L1 while its teacher visits.
    const t = await solveWith({ releases: [{ goal: "visit", day: "fri", start: "09:20", end: "11:15" }] });
    expect(t.status).toBe("infeasible");
    const [lock] = t.conflicts.filter((c) => c.rule === "lock");
    expect(lock.message).toMatch(
      /^De vergrendeling van het vastgezette blok 'Hospiteren' op vrijdag 09:20–11:15 botst met de regel '/,
    );
    expect(lock.messageEn).toMatch(
      /^The lock of the locked block 'Hospiteren' on Friday 09:20–11:15 collides with the rule '/,
    );
  });
  it("a locked block that exists on no day grid", async () => {
    const t = await solveWith({ releases: [{ goal: "visit", day: "mon", start: "09:00", end: "11:15" }] });
    expect(t.conflicts).toHaveLength(1);
    expect(t.conflicts[0].messageEn).toMatch(
      /^The locked block 'Hospiteren' on Monday 09:00–11:15 is not a possible block in day grid '/,
    );
  });
});

describe("rounds: why a session could not be planned, in English too", () => {
  const json = (f: string) => JSON.parse(readFileSync(new URL(`../fixtures/${f}`, import.meta.url), "utf8"));
  it("names the person who is never free, and who is free when, in both languages", async () => {
    const scenario = parseScenario(json("city-school.json"));
    const week = (await solveHere(scenario)).candidates[0];
    const input = json("rounds/afstemmingsgesprekken.json");
    input.externals.find((x: { id: string }) => x.id === "clb-an").unavailable = [
      { from: "2027-04-01", to: "2027-06-30" },
    ];
    const away = await planRounds(parseRounds(input), scenario, week);
    expect(away.unplaced).toHaveLength(5);
    const [u] = away.unplaced;
    expect(u.reason).toMatch(/^An Verstraete is tussen 12 april en 28 mei nooit 90 minuten vrij/);
    expect(u.reasonEn).toMatch(/^An Verstraete is never free for 90 minutes between 12 April and 28 May/);
    expect(u.detailsEn?.join()).toMatch(/^An Verstraete: away from 2027-04-01 to 2027-06-30/);

    const other = json("rounds/afstemmingsgesprekken.json");
    other.externals.find((x: { id: string }) => x.id === "dir-wilg").availability = {
      mon: [{ from: "08:30", to: "16:30" }],
    };
    const apart = await planRounds(parseRounds(other), scenario, week);
    expect(apart.unplaced[0].reasonEn).toMatch(
      /no moment of 90 minutes between .* when Geert Pauwels, Hilde Vinck, An Verstraete, Bart Lemmens are all free/,
    );
    expect(apart.unplaced[0].detailsEn).toContain("Geert Pauwels is free on Monday 08:30–16:30");
    expect(apart.unplaced[0].details).toContain("Geert Pauwels is vrij op maandag 08:30–16:30");
  }, 120_000);
});
