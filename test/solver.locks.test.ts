// Locks ("keep what the team agreed, re-solve the rest") on a hand-computable school, in-process and through
// the worker: a locked block is taken and proven under the lock, a locked lesson stays, a forbidden window
// moves the release, an impossible lock is explained by name, bad lock input names its field.
import { describe, expect, it } from "vitest";
import { InputError, parseScenario, type LocksInput, type Scenario } from "../src/model/index.js";
import { solveCore } from "../solver/core.js";
import { loadHighs, makeHighsEngine } from "../solver/engines/highs.js";
import { solve } from "../solver/index.js";
import { parseLocks, unhonoured } from "../solver/locks.js";
import { lockInput } from "./helpers/locks.js";
import { SHORT_DAY, usualGrid } from "./helpers/tiny.js";

const lockScenario = () => parseScenario(lockInput());

async function solveLocked(s: Scenario, locks?: LocksInput, candidates = 1) {
  const engine = makeHighsEngine(await loadHighs());
  const parsed = locks === undefined ? undefined : parseLocks(locks, s);
  return solveCore(s, { candidates, timeLimitSeconds: 60, engine, locks: parsed });
}
const solveWith = (locks: LocksInput) => solveLocked(lockScenario(), locks);
type Day = "mon" | "tue" | "wed" | "thu" | "fri";
/** A release lock / forbidden window of the goal "visit". */
const visit = (day: Day, start: string, end: string) => ({ goal: "visit", day, start, end });
const window = (day: Day, start: string, end: string, only: { goal?: string; group?: string } = {}) => ({
  day,
  start,
  end,
  ...only,
});
const blocks = (t: { candidates: { releases: { goal: string; day: string; start: string; end: string }[] }[] }) =>
  t.candidates[0].releases.map((r) => `${r.goal} ${r.day} ${r.start}-${r.end}`);
const hardViolations = (t: { candidates: { violations: { severity: string }[] }[] }) =>
  t.candidates[0].violations.filter((v) => v.severity === "hard");

describe("locks in the solver", () => {
  it("without locks the goal gets block A (Monday 09:20–11:15), proven optimal", async () => {
    const t = await solveLocked(lockScenario());
    expect(t.status).toBe("optimal");
    expect(blocks(t)).toEqual(["visit mon 09:20-11:15"]);
    expect(t.locks).toBeUndefined();
  });

  it("a locked block B is taken exactly, and proven optimal under the lock (a lower objective than A)", async () => {
    const free = await solveLocked(lockScenario());
    const locks = { releases: [visit("thu", "08:30", "10:10")] };
    const t = await solveLocked(lockScenario(), locks, 3);
    expect(t.status).toBe("optimal");
    expect(t.candidates[0].status).toBe("optimal");
    expect(t.candidates[0].objective).toBe(t.candidates[0].bound);
    expect(t.candidates[0].objective).toBeLessThan(free.candidates[0].objective);
    expect(t.candidates).toHaveLength(1); // the lock leaves no other set of blocks: no second candidate
    expect(blocks(t)).toEqual(["visit thu 08:30-10:10"]);
    expect(hardViolations(t)).toEqual([]);
    expect(t.locks).toEqual({ releases: [locks.releases[0]], lessons: [], forbidden: [] });
  });

  it("locked lessons stay (a PE lesson and a class-teacher period), and the release moves to B", async () => {
    const locks = {
      lessons: [
        { group: "L2", subject: "LO", day: "mon", start: "09:20" },
        { group: "L1", subject: "KLAS", day: "mon", start: "10:25" },
      ],
    } satisfies LocksInput;
    const t = await solveLocked(lockScenario(), locks);
    expect(t.status).toBe("optimal");
    const at = (g: string, start: string) =>
      t.candidates[0].lessons.find((l) => l.group === g && l.day === "mon" && l.start === start);
    expect(at("L2", "09:20")).toMatchObject({ subject: "LO", staff: ["lo1"] });
    expect(at("L1", "10:25")).toMatchObject({ subject: "KLAS", staff: ["kt1"] });
    expect(blocks(t)).toEqual(["visit thu 08:30-10:10"]);
    expect(hardViolations(t)).toEqual([]);
  });

  it("a forbidden window for every goal moves the release off Monday morning", async () => {
    const t = await solveLocked(lockScenario(), { forbidden: [{ day: "mon", start: "08:00", end: "12:05" }] });
    expect(t.status).toBe("optimal");
    expect(blocks(t)).toEqual(["visit thu 08:30-10:10"]);
  });

  it("a forbidden window for one goal: a touching window does not overlap, an overlapping one does", async () => {
    const other = await solveWith({ forbidden: [window("mon", "11:15", "12:05", { goal: "visit" })] });
    expect(blocks(other)).toEqual(["visit mon 09:20-11:15"]); // half-open: ends 11:15, window starts 11:15
    const hit = await solveWith({ forbidden: [window("mon", "11:00", "11:10", { goal: "visit" })] });
    expect(blocks(hit)).not.toContain("visit mon 09:20-11:15");
    expect(hit.candidates[0].metrics.releaseMinutes).toBe(100);
  });

  it("a group window keeps the group with its class teacher there, so the release moves to B", async () => {
    const t = await solveWith({ forbidden: [window("mon", "09:00", "12:00", { group: "L1" })] });
    expect(t.status).toBe("optimal");
    expect(blocks(t)).toEqual(["visit thu 08:30-10:10"]);
    const inWindow = t.candidates[0].lessons
      .filter((l) => l.group === "L1" && l.day === "mon" && l.start >= "09:00" && l.start < "12:00")
      .map((l) => `${l.start} ${l.subject} ${l.staff.join()}`);
    expect(inWindow).toEqual(["09:20 KLAS kt1", "10:25 KLAS kt1", "11:15 KLAS kt1"]);
  });

  it("a lock that collides with availability: infeasible, explained naming the lock and what it meets", async () => {
    // Friday: the PE teacher is not there, so nobody can take L1 while its teacher visits.
    const t = await solveWith({ releases: [visit("fri", "09:20", "11:15")] });
    expect(t.status).toBe("infeasible");
    expect(t.candidates).toEqual([]);
    const lock = t.conflicts.filter((c) => c.rule === "lock");
    expect(lock).toHaveLength(1);
    expect(lock[0].where).toBe("locks.releases[0]");
    expect(lock[0].message).toMatch(/^De vergrendeling van het vastgezette blok 'Hospiteren' op vrijdag 09:20–11:15/);
    expect(lock[0].message).toMatch(/ botst met de regel '/);
    expect(t.conflicts.length).toBeGreaterThan(1); // and the rule it collides with is listed too
    expect(t.locks?.releases).toHaveLength(1);
  });

  it("a locked block that exists on no day grid: infeasible, the lock named", async () => {
    const t = await solveWith({ releases: [visit("mon", "09:00", "11:15")] });
    expect(t.status).toBe("infeasible");
    expect(t.conflicts).toHaveLength(1);
    expect(t.conflicts[0]).toMatchObject({ rule: "lock", where: "locks.releases[0]" });
    expect(t.conflicts[0].message).toMatch(/'Hospiteren' op maandag 09:00–11:15 is geen mogelijk blok in /);
  });

  it("a lock that exists on one day grid only leaves the other grid out", async () => {
    // Second grid: Tuesday is a 4+2 day whose lessons start at 08:25 instead of 08:30.
    const input = lockInput();
    const short = usualGrid("kort");
    short.name = "4+2 op dinsdag";
    short.days.tue = SHORT_DAY;
    input.dayGrids = [usualGrid(), short];
    const klas = (start: string) => ({ lessons: [{ group: "L1", subject: "KLAS", day: "tue" as const, start }] });
    const onShort = await solveLocked(parseScenario(input), klas("08:25"));
    const onUsual = await solveLocked(parseScenario(input), klas("08:30"));
    expect([onShort.status, onUsual.status]).toEqual(["optimal", "optimal"]);
    expect([onShort.candidates[0].dayGrid, onUsual.candidates[0].dayGrid]).toEqual(["kort", "gewoon"]);
    expect(hardViolations(onShort)).toEqual([]);
    expect(hardViolations(onUsual)).toEqual([]);
    const onNone = await solveLocked(parseScenario(input), klas("08:40"));
    expect(onNone.status).toBe("infeasible");
    const [a, b, all] = onNone.conflicts;
    expect(onNone.conflicts).toHaveLength(3);
    expect([a.where, b.where, all.where]).toEqual(["locks.lessons[0]", "locks.lessons[0]", ""]);
    expect(a.message).toMatch(/klasleerkracht bij klas L1 op dinsdag 08:40: in dagindeling 'Gewone week/);
    expect(b.message).toMatch(/in dagindeling '4\+2 op dinsdag' begint er dan geen lestijd/);
    expect(all.message).toBe(
      "Geen van de dagindelingen (Gewone week 6/6/4/6/6, 4+2 op dinsdag) past bij alle " + "vergrendelingen samen",
    );
  });

  it("unhonoured() notices a week that ignores a lock (the post-extraction check is not vacuous)", async () => {
    const free = await solveLocked(lockScenario());
    const s = lockScenario();
    const input = { releases: [visit("thu", "08:30", "10:10")], forbidden: [window("mon", "10:00", "10:30")] };
    const locks = parseLocks(input, s);
    expect(unhonoured(s, free.candidates[0], locks)).toEqual([
      "het vastgezette blok 'Hospiteren' op donderdag 08:30–10:10",
      "het verbod om iemand vrij te roosteren op maandag 10:00–10:30",
    ]);
  });
});

describe("bad lock input", () => {
  const problems = (data: unknown) => {
    try {
      parseLocks(data, lockScenario());
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      return (e as InputError).problems.map((p) => `${p.path}: ${p.message}`);
    }
    throw new Error("no InputError");
  };

  it("unknown ids name the field path, in Dutch", () => {
    expect(
      problems({
        releases: [{ goal: "plg", day: "mon", start: "08:30", end: "10:10" }],
        lessons: [
          { group: "L9", subject: "LO", day: "mon", start: "08:30" },
          { group: "L1", subject: "FRA", day: "mon", start: "08:30" },
        ],
        forbidden: [{ day: "tue", start: "08:30", end: "09:20", group: "L7" }],
      }),
    ).toEqual([
      "locks.releases[0].goal: Onbekende vrijroostering 'plg' (geen releaseGoals-id van dit scenario)",
      "locks.lessons[0].group: Onbekende klas 'L9' (geen groups-id van dit scenario)",
      "locks.lessons[1].subject: Onbekend vak 'FRA' (een vak-id of KLAS)",
      "locks.forbidden[0].group: Onbekende klas 'L7' (geen groups-id van dit scenario)",
    ]);
  });

  it("bad times, days and shapes name the field path", () => {
    expect(problems({ releases: [{ goal: "visit", day: "mon", start: "25:00", end: "10:10" }] })).toEqual([
      "locks.releases[0].start: Gebruik het formaat UU:MM, bv. 08:30",
    ]);
    expect(problems({ forbidden: [{ day: "sat", start: "10:00", end: "09:00" }] })[0]).toMatch(
      /^locks\.forbidden\[0\]\.day: Ongeldige waarde/,
    );
    expect(problems({ forbidden: [{ day: "mon", start: "10:00", end: "09:00" }] })).toEqual([
      "locks.forbidden[0].end: Het einde moet na het begin liggen",
    ]);
    expect(problems({ forbidden: [{ day: "mon", start: "09:00", end: "10:00", goal: "visit", group: "L1" }] })).toEqual(
      ["locks.forbidden[0].group: Geef 'goal' of 'group', niet allebei"],
    );
    expect(problems({ lesson: [] })).toEqual([
      "locks.lesson: Onbekend veld: lesson (kijk de spelling na, of laat het weg)",
    ]);
  });

  it("solve() rejects bad locks with an InputError before starting a worker", async () => {
    const locks = { releases: [{ ...visit("mon", "08:30", "10:10"), goal: "nope" }] };
    const err = await solve(lockScenario(), { locks }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).problems[0].path).toBe("locks.releases[0].goal");
  });
});

describe("locks through the worker", () => {
  it("solve() passes locks to the worker and the result honours and carries them", async () => {
    const locks = { releases: [visit("thu", "08:30", "10:10")] };
    const t = await solve(lockScenario(), { locks, candidates: 1 });
    expect(t.status).toBe("optimal");
    expect(blocks(t)).toEqual(["visit thu 08:30-10:10"]);
    expect(t.locks?.releases).toEqual([locks.releases[0]]);
  });
});
