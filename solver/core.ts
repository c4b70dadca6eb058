// The solve itself (synchronous; runs inside the worker thread): per usable day grid build the model,
// solve it, collect diverse candidates with no-good cuts, re-check each with the rule checker, and
// explain infeasibility in words.
import { checkCandidate, checkScenario } from "../constraints/check.js";
import { WEEK_RULES } from "../constraints/week/index.js";
import { weekLessonCount } from "../constraints/week/lesson-count.js";
import {
  lockCount,
  type Candidate,
  type Conflict,
  type DayGrid,
  type Inconsistency,
  type Locks,
  type Scenario,
  type Timetable,
} from "../src/model/index.js";
import { auditCover, SolverModel } from "./build.js";
import { encodeAll } from "./encode/index.js";
import { report, type Rule } from "../constraints/rule.js";
import type { Engine, EngineResult } from "./engines/engine.js";
import { LinearModel } from "./linear-model.js";
import { assignAteliers } from "./atelier-assign.js";
import { explainInfeasibility, whyGoalHasNoBlock } from "./explain.js";
import { extractWeek } from "./extract.js";
import { assertHonoured, encodeLocks, gridObstacles, obstacleConflicts, phraseLockConflicts } from "./locks.js";
import { computeMetrics } from "./metrics.js";
import { addSchoolBounds } from "./school-bound.js";

export interface SolveProgress {
  phase: string;
  message: string;
  /** The same in English (the web app's English mode). */
  messageEn?: string;
  elapsedMs: number;
  fraction?: number;
}

export interface CoreOptions {
  candidates: number;
  timeLimitSeconds: number;
  engine: Engine;
  /** Engine for explaining infeasibility (dozens of small solves); default: `engine`. */
  explainEngine?: Engine;
  onProgress?: (p: SolveProgress) => void;
  /** Parts of the week to keep or keep free (hard constraints; docs/locks.md). Validated by the caller. */
  locks?: Locks;
  /**
   * When the whole solve must be back (Date.now() scale; default: `timeLimitSeconds` from now). The caller that
   * starts a worker passes the moment it was asked, so the worker's own start counts against the limit too.
   */
  deadline?: number;
  /**
   * The engine stops at its first week, as it does when the time runs out after finding one (a deterministic
   * stand-in for the clock in tests: the week must come back as `feasible` with its gap, never `optimal`).
   */
  stopAtFirstWeek?: boolean;
  /**
   * Rules whose encode() builds the model (default: the registry). The re-check always uses the whole
   * registry; tests pass a deliberately weakened rule here to reach the internal-inconsistency path.
   */
  encodeRules?: readonly Rule[];
  /** Explain each goal without a block (default true); "what would it take?" re-solves only measure (what-if.ts). */
  explainGoals?: boolean;
}

/** Seconds at most to find why a goal got no block (once per grid and goal). */
const WHY_SECONDS = 5;

/** A goal's reason when the time limit left no time to search for it. */
const WHY_TIME_UP = {
  rule: "solver.time-limit",
  message:
    "De tijdslimiet was op voor de reden gezocht kon worden; geef meer tijd om te zien waarom dit doel geen blok kreeg.",
};

/** At most this many re-check failures are cut off before the solve gives up on the model. */
const MAX_REJECTED = 20;

interface GridState {
  model: SolverModel;
  /** The engine's answer for the next best week on this grid (after the no-good cuts so far). */
  next?: EngineResult;
  solved: boolean;
  exhausted: boolean;
  /** Upper bound from the LP relaxation (the objective's ceiling when not computed). */
  lpBound: number;
  /** A school group: the per-school bound rows were tried on this grid (solver/school-bound.ts). */
  schoolBounds?: boolean;
  /** No time for its LP bound before the first week: it gets one after (searchCandidates, lateLpBound). */
  lpSkipped?: boolean;
  /** Engine answers whose rewards were lifted already (liftRewards). */
  lifted?: WeakSet<EngineResult>;
  /** The objective's ceiling (objectiveCeiling): a bound that needs no solve. */
  ceiling: number;
  /**
   * Its LP bound is left to its own MILP's root (it goes first, having the highest ceiling): that MILP stops at its
   * root when the root's bound is below another grid's LP bound, and the grid waits with that bound (timed).
   */
  rootDecides?: boolean;
}

/**
 * Time needed, in multiples of a grid's engine start-up overhead (30 µs a variable): an LP bound (16,000 variables:
 * 0.7–1.0 s, 4,500 iterations, at load 2–3), and HiGHS' first week in a MILP (1.2 s there, ×2–3 on a busy machine).
 */
const LP_OVERHEADS = 3;
const FIRST_WEEK_OVERHEADS = 12;

/**
 * Seconds for one grid's LP bound before any MILP, or undefined: no bound now (the grid gets it once a week exists).
 * The bounds only prune, the week comes first (issue 11): a bound gets at most a share of the time left
 * (`remaining / (2 · grids)`, as before), and never the time the first MILP needs to find a week (HiGHS' first one,
 * its feasibility jump, comes after about FIRST_WEEK_OVERHEADS × that MILP's start-up overhead on a busy machine).
 * A share below twice the grid's own overhead is not worth starting. With ample time this is the old share.
 */
export function lpBoundShare(
  remaining: number,
  grids: number,
  overhead: number,
  firstMilpOverhead: number,
): number | undefined {
  const share = Math.min(remaining / (2 * grids), (remaining - FIRST_WEEK_OVERHEADS * firstMilpOverhead) / grids);
  return share < 2 * overhead ? undefined : share;
}

/**
 * A week the engine found in a hurry may leave a rewarded binary at 0 that every row allows at 1 (measured: 48
 * classes with 3 s, a week whose blocks meet all 6 goals with no goal counted as met: objective 196,468 and a gap of
 * 97 % instead of 6,196,468 and 0.0004 %). Each such binary, the largest reward first, is set to 1 where every row
 * still holds; the week's lessons and blocks do not change, only what is counted. Returns the objective's gain.
 */
export function liftRewards(lp: LinearModel, values: Map<string, number>): number {
  const rewarded = [...lp.objective]
    .filter(([v, c]) => c > 0 && lp.variables.get(v)?.type === "binary" && (values.get(v) ?? 0) < 0.5)
    .sort((a, b) => b[1] - a[1]);
  if (rewarded.length === 0) return 0;
  const wanted = new Set(rewarded.map(([v]) => v));
  const rows = new Map<string, { row: LinearModel["constraints"][number]; activity: number }[]>();
  for (const row of lp.constraints) {
    let touched: { row: typeof row; activity: number } | undefined;
    for (const v of row.expr.keys()) {
      if (!wanted.has(v)) continue;
      touched ??= { row, activity: LinearModel.value(row.expr, values) };
      if (!rows.has(v)) rows.set(v, []);
      rows.get(v)!.push(touched);
    }
  }
  let gain = 0;
  for (const [v, c] of rewarded) {
    const mine = rows.get(v) ?? [];
    const holds = mine.every(({ row, activity }) => {
      const after = activity + row.expr.get(v)!;
      return row.op === "<=" ? after <= row.rhs + 1e-9 : row.op === ">=" ? after >= row.rhs - 1e-9 : false;
    });
    if (!holds) continue;
    for (const r of mine) r.activity += r.row.expr.get(v)!;
    values.set(v, 1);
    gain += c;
  }
  return gain;
}

/** An upper bound on a model's objective without solving anything: every term at its best (maximisation). */
function objectiveCeiling(model: SolverModel): number {
  let sum = 0;
  for (const [name, c] of model.lp.objective) {
    const v = model.lp.variables.get(name);
    if (v) sum += c * (c > 0 ? v.ub : v.lb);
  }
  return sum;
}

const EPS = 1e-6;

/** Day grids that break no hard week.* rule (scenario-level; a grid with a violation cannot be used). */
export function usableGrids(s: Scenario) {
  return s.dayGrids.filter((g) => checkScenario({ ...s, dayGrids: [g] }, WEEK_RULES).counts.hard === 0);
}

/** What every phase of one solve shares: the clock, the counting engine, progress and the final wrapping. */
interface Run {
  scenario: Scenario;
  opts: CoreOptions;
  engine: Engine;
  locks?: Locks;
  stats: NonNullable<Timetable["stats"]>;
  remaining: () => number;
  /** The time limit has passed (model building stops then: every phase honours the limit). */
  timeUp: () => boolean;
  progress: (phase: string, message: string, fraction?: number, messageEn?: string) => void;
  done: (t: Timetable) => Timetable;
}

/** Four phases: check the scenario, build a model per usable grid, search candidates, explain or finish. */
export function solveCore(scenario: Scenario, opts: CoreOptions): Timetable {
  const run = startRun(scenario, opts);
  const grids = usableGridsOrRefusal(run);
  if (!Array.isArray(grids)) return grids;
  const states = buildModels(run, grids);
  if (!Array.isArray(states)) return states;
  return searchCandidates(run, states);
}

function startRun(scenario: Scenario, opts: CoreOptions): Run {
  const started = performance.now();
  const stats = {
    engine: opts.engine.name,
    explainEngine: (opts.explainEngine ?? opts.engine).name,
    buildMs: 0,
    solveMs: 0,
    explainMs: 0,
    totalMs: 0,
    solves: 0,
    models: [] as { grid: string; variables: number; constraints: number }[],
    /** What the engine did over all its solves (HiGHS): unlike times, not distorted by a busy machine. */
    work: { nodes: 0, iterations: 0 },
  };
  const engine = {
    name: opts.engine.name,
    solve: (...args: Parameters<Engine["solve"]>) => {
      const r = opts.engine.solve(...args);
      stats.solves++;
      stats.work.nodes += r.nodes ?? 0;
      stats.work.iterations += r.iterations ?? 0;
      return r;
    },
  } satisfies Engine;
  const locks = opts.locks && lockCount(opts.locks) > 0 ? opts.locks : undefined;
  const limitMs = opts.timeLimitSeconds * 1000;
  // Kept back from the engine for what follows its answer (reading the week, the rule re-check, the metrics) so
  // that the whole solve ends within its limit (issue 11: every limit honoured within 10 %).
  const reserveMs = Math.min(1500, Math.max(50, 0.05 * limitMs));
  const deadline =
    (opts.deadline !== undefined ? started + (opts.deadline - Date.now()) : started + limitMs) - reserveMs;
  return {
    scenario,
    opts,
    engine,
    locks,
    stats,
    remaining: () => Math.max(0.05, (deadline - performance.now()) / 1000),
    timeUp: () => performance.now() >= deadline,
    progress: (phase, message, fraction, messageEn) =>
      opts.onProgress?.({ phase, message, messageEn, elapsedMs: Math.round(performance.now() - started), fraction }),
    done: (t) => {
      stats.totalMs = Math.round(performance.now() - started);
      stats.solveMs = Math.round(stats.solveMs);
      return { ...t, stats, ...(locks ? { locks } : {}) };
    },
  };
}

/** Phase 1: the scenario itself must be sound; hard scenario-level violations are reported, not solved around. */
function usableGridsOrRefusal(run: Run): DayGrid[] | Timetable {
  const { scenario } = run;
  const scenarioReport = checkScenario(scenario);
  const gridNames = new Set(scenario.dayGrids.map((g) => g.id));
  const grids = usableGrids(scenario);
  // Calendar rules (year.*) do not shape the week: they are reported with each candidate, not a reason to refuse.
  const hard = scenarioReport.violations.filter((v) => v.severity === "hard" && !v.rule.startsWith("year."));
  if (hard.length === 0 && grids.length > 0) return grids;
  const conflicts: Conflict[] = (hard.length ? hard : scenarioReport.violations).map((v) => ({
    rule: v.rule,
    messageId: v.messageId,
    message: v.message,
    messageEn: v.messageEn,
    where: whereText(v.where),
  }));
  if (grids.length === 0 && conflicts.length === 0) {
    const v = report(weekLessonCount, "no-usable-grid", {}, { grids: [...gridNames].join(", ") });
    conflicts.push({
      rule: v.rule,
      messageId: v.messageId,
      message: v.message,
      messageEn: v.messageEn,
      where: "dayGrids",
    });
  }
  return run.done({ status: "invalid", scenario: scenario.name, candidates: [], conflicts });
}

/** Phase 2: one model per usable grid (a grid on which a lock cannot exist is left out). */
function buildModels(run: Run, grids: DayGrid[]): GridState[] | Timetable {
  const { scenario, locks, stats } = run;
  run.progress(
    "build",
    `Model opbouwen voor ${grids.length === 1 ? "1 dagindeling" : `${grids.length} dagindelingen`}`,
    undefined,
    `Building the model for ${grids.length === 1 ? "1 day grid" : `${grids.length} day grids`}`,
  );
  const buildStart = performance.now();
  // A school too large for the time limit stops while its model is built, not after (issue 12).
  const outOfTime = () => {
    stats.buildMs = Math.round(performance.now() - buildStart);
    run.progress(
      "build",
      "De tijd was op terwijl het model werd opgebouwd",
      undefined,
      "Time ran out while the model was built",
    );
    return run.done({ status: "timeout", scenario: scenario.name, candidates: [], conflicts: [] });
  };
  const built: { model: SolverModel; obstacles: ReturnType<typeof gridObstacles> }[] = [];
  for (const g of grids) {
    if (run.timeUp()) return outOfTime();
    const model = new SolverModel(scenario, g);
    built.push({ model, obstacles: locks ? gridObstacles(model, locks) : [] });
  }
  if (built.every((b) => b.obstacles.length > 0)) {
    const conflicts = obstacleConflicts(
      built.map((b) => b.obstacles),
      grids,
    );
    return run.done({ status: "infeasible", scenario: scenario.name, candidates: [], conflicts });
  }
  const states: GridState[] = [];
  for (let { model } of built.filter((b) => b.obstacles.length === 0)) {
    if (!encodeAll(model, run.opts.encodeRules, run.timeUp)) return outOfTime();
    // Cover only where a class may be without its teacher (build.ts coverCells); where a rule could still need
    // it elsewhere, that class gets cover everywhere and the grid's model is built again.
    const unsafe = auditCover(model);
    if (unsafe.size > 0) {
      model = new SolverModel(scenario, model.grid, { coverEverywhere: unsafe });
      if (!encodeAll(model, run.opts.encodeRules, run.timeUp)) return outOfTime();
    }
    if (locks) encodeLocks(model, locks);
    stats.models.push({
      grid: model.grid.id,
      variables: model.lp.variables.size,
      constraints: model.lp.constraints.length,
    });
    // Before any solve a grid's bound is its objective's ceiling: with no time for LP bounds, the grid that could
    // hold the most (e.g. a 4+2 day with room for more release blocks) is solved first.
    const ceiling = objectiveCeiling(model);
    states.push({ model, solved: false, exhausted: false, lpBound: ceiling, ceiling });
  }
  stats.buildMs = Math.round(performance.now() - buildStart);
  return states;
}

/** Phase 3: the best weeks over all grids, lazily, each re-checked; phase 4 (explain) when there is none. */
function searchCandidates(run: Run, states: GridState[]): Timetable {
  const { scenario, opts, engine, locks, stats, remaining, progress, done } = run;
  // Writing, reading and presolving the model costs the engine about 30 µs a variable before its own clock
  // checks the limit (measured: 1.5–4 s on 48,000 variables): a solve that cannot even start in the time left is
  // not begun, so the limit holds (issue 11).
  const overhead = (st: GridState) => st.model.lp.variables.size * 3e-5;
  const hasWeek = () => states.some((x) => x.solved && x.next?.values.size);
  /** A grid left without its LP bound up front for lack of time (see below) gets it once a week exists. */
  const lateLpBound = (st: GridState): boolean => {
    if (!st.lpSkipped || st.solved || !hasWeek()) return false;
    st.lpSkipped = false;
    if (remaining() < 2 * overhead(st)) return false;
    lpBound(st, Math.min(remaining() / 2, LP_OVERHEADS * overhead(st)));
    return true;
  };
  /** What a MILP may use: all that is left, less what grids still waiting for their LP bound need for it. */
  const milpSeconds = (st: GridState) =>
    remaining() -
    states
      .filter((x) => x !== st && x.lpSkipped && !x.solved)
      .reduce((sum, x) => sum + Math.min(remaining() / 4, LP_OVERHEADS * overhead(x)), 0);
  const timed = (st: GridState) => {
    if (remaining() < overhead(st)) {
      st.next = { status: "timeout", objective: NaN, bound: Infinity, values: new Map(), seconds: 0 };
      st.solved = true;
      st.exhausted = true;
      return;
    }
    const rivals = states.filter((x) => x !== st && !(x.solved && x.exhausted)).map(potential);
    const stopBelowAtRoot = st.rootDecides && rivals.length > 0 ? Math.max(...rivals) - EPS : undefined;
    st.rootDecides = false;
    const t0 = performance.now();
    st.next = engine.solve(st.model.lp, {
      timeLimitSeconds: milpSeconds(st),
      firstSolution: opts.stopAtFirstWeek,
      stopBelowAtRoot,
    });
    stats.solveMs += performance.now() - t0;
    if (st.next.stoppedAtRoot) {
      // Its root LP bound is below another grid's: that grid goes first; this one keeps the bound and waits.
      st.lpBound = Math.min(st.lpBound, st.next.bound);
      st.next = undefined;
      return;
    }
    st.solved = true;
    if (!st.next.values.size) st.exhausted = true;
  };
  const lpBound = (st: GridState, seconds: number) => {
    const t0 = performance.now();
    const lp = engine.solve(st.model.lp, { timeLimitSeconds: seconds, relax: true });
    stats.solveMs += performance.now() - t0;
    // Without an answer the grid keeps what it had: its objective's ceiling.
    st.lpBound = lp.status === "infeasible" ? -Infinity : lp.status === "optimal" ? lp.objective : st.lpBound;
    if (lp.status === "infeasible") {
      st.solved = true;
      st.exhausted = true;
      st.next = lp;
    }
  };

  // With several grids, an LP relaxation per grid gives each an upper bound; a grid whose bound cannot
  // beat the best week found so far is never solved as a MILP (the proof of optimality still holds).
  // The grid with the highest ceiling goes first unless an LP bound says otherwise; with time for every bound, its
  // own LP bound is left to its MILP, whose root solves that very LP (HiGHS: `stopBelowAtRoot`, see timed): that MILP
  // stops there if another grid's bound is higher. The same order as with every bound up front, one LP fewer (48
  // classes: 2,394 simplex iterations of 14,314).
  if (states.length > 1) {
    const first = Math.max(...states.map(overhead));
    const top = states.reduce((a, b) => (b.ceiling > a.ceiling + EPS ? b : a));
    const share = (st: GridState) => lpBoundShare(remaining(), states.length, overhead(st), first);
    const rootDecides = engine.name === "highs" && states.every((st) => share(st) !== undefined);
    for (const st of states) {
      if (rootDecides && st === top) st.rootDecides = true;
      else {
        const seconds = share(st);
        if (seconds === undefined) st.lpSkipped = true;
        else lpBound(st, seconds);
      }
    }
  }
  /**
   * A school group (solver/school-bound.ts): once some grid has a week, a grid about to be solved as a MILP first
   * gets its per-school bound rows and a new LP bound, which may show it cannot beat that week after all (then it is
   * never solved). Not before a first week: there the rows only cost time (measured on groups of 3–6 schools).
   */
  const tightenWithSchoolBounds = (st: GridState): boolean => {
    if (st.schoolBounds || engine.name !== "highs" || !hasWeek()) return false;
    st.schoolBounds = true;
    const t0 = performance.now();
    const rows = addSchoolBounds(st.model, engine, remaining() / 4).filter((b) => b.rhs !== undefined).length;
    stats.solveMs += performance.now() - t0;
    // Valid rows only lower the grid's LP bound.
    if (rows > 0) lpBound(st, remaining() / 4);
    return rows > 0;
  };
  const potential = (st: GridState) => (st.solved ? (st.exhausted ? -Infinity : st.next!.objective) : st.lpBound);
  /** The grid whose next week is best, solving grids lazily until the best one is known. */
  const nextBest = (): GridState | undefined => {
    for (;;) {
      const open = states.filter((st) => !(st.solved && st.exhausted));
      if (open.length === 0) return undefined;
      // On a tie a grid with its week in hand goes before one that only has a bound: no solve can beat that week.
      const top = open.reduce((a, b) =>
        potential(b) > potential(a) + EPS || (b.solved && !a.solved && potential(b) >= potential(a) - EPS) ? b : a,
      );
      if (top.solved) return top;
      if (lateLpBound(top) || tightenWithSchoolBounds(top)) continue;
      progress(
        "solve",
        `Oplossen (${opts.engine.name}) met dagindeling '${top.model.grid.name}': ${top.model.lp.variables.size} variabelen, ${top.model.lp.constraints.length} voorwaarden`,
        undefined,
        `Solving (${opts.engine.name}) with day grid '${top.model.grid.name}': ${top.model.lp.variables.size} variables, ${top.model.lp.constraints.length} constraints`,
      );
      // Out of time, the loop still ends: every pass solves (or, without time to start, gives up on) one grid, and
      // a week another grid already found is still returned.
      timed(top);
    }
  };
  /**
   * Best proven bound over all grids (maximisation), under the no-good cuts so far. A grid that proved nothing (no
   * time for its LP bound, or its solve stopped before its root) still has its objective's ceiling, so a week found
   * in a short limit always comes with a gap, however wide.
   */
  const gridBound = (st: GridState) =>
    st.exhausted
      ? // A grid given up for lack of time is not proven empty: what it proved (often nothing) still counts.
        st.next?.status === "timeout"
        ? Math.min(st.next.bound, st.lpBound)
        : -Infinity
      : !st.solved
        ? st.lpBound
        : st.next?.status === "infeasible"
          ? -Infinity
          : (st.next?.bound ?? Infinity);
  const globalBound = () => Math.max(...states.map((st) => Math.min(gridBound(st), st.ceiling)));
  /** Why fewer candidates than asked (set when the search stops early). */
  let note: Timetable["candidatesNote"];

  const first = nextBest();
  if (!first) return explainNoWeek(run, states);

  const candidates: Candidate[] = [];
  const rejected: Inconsistency["rejected"] = [];
  // Per grid and goal (the no-good cuts left out, so the same for every candidate on that grid).
  const whyCache = new Map<string, { rule: string; message: string }[]>();
  const whyGoal = (model: SolverModel, goal: string) => {
    const key = `${model.grid.id}|${goal}`;
    if (!whyCache.has(key)) {
      const engine = opts.explainEngine ?? opts.engine;
      const reasons = whyGoalHasNoBlock(model, goal, engine, Math.min(WHY_SECONDS, remaining()));
      whyCache.set(
        key,
        reasons.map(({ rule, message }) => ({ rule, message })),
      );
    }
    return whyCache.get(key)!;
  };
  for (
    let best: GridState | undefined = first;
    best;
    best = candidates.length < opts.candidates && remaining() > 0.06 ? nextBest() : undefined
  ) {
    const result = best.next!;
    if (result.status === "feasible" && !best.lifted?.has(result)) {
      (best.lifted ??= new WeakSet()).add(result);
      result.objective += liftRewards(best.model.lp, result.values);
    }
    // What is proven about this week: the best one over all grids, under the cuts of the candidates before it.
    const bound = globalBound();
    const proven = result.status === "optimal" && bound <= result.objective + EPS * Math.max(1, Math.abs(bound));
    const week = extractWeek(best.model, result.values);
    if (locks) assertHonoured(scenario, week, locks);
    const metrics = computeMetrics(scenario, week);
    // A goal without any block says why ("geen gemeenschappelijk blok" is never left unexplained).
    // Without the time the reasons are not searched (each is a solve of its own): the answer says so instead.
    if (opts.explainGoals !== false)
      for (const g of metrics.perGoal)
        if (g.blocks === 0)
          g.why =
            // A search that cannot even start in the time left would run past the limit (a week found just
            // before it, in a short limit, often meets no goal: one search per goal).
            run.timeUp() || remaining() < 2 * overhead(best) ? [WHY_TIME_UP] : whyGoal(best.model, g.goal);
    if (candidates.length > 0 && candidates[0].metrics.goalsMet > 0 && metrics.goalsMet === 0) {
      // Candidates come best first and every goal met outweighs all minutes: no later week meets a goal either.
      note = {
        nl: `Na ${candidates.length === 1 ? "1 kandidaat" : `${candidates.length} kandidaten`} haalt geen enkele andere week nog een doel; die worden niet getoond.`,
        en: `After ${candidates.length === 1 ? "1 candidate" : `${candidates.length} candidates`} no other week meets any goal; those are not shown.`,
      };
      break;
    }
    const candidate: Candidate = {
      status: proven ? "optimal" : "feasible",
      objective: round(result.objective),
      bound: round(Number.isFinite(bound) ? bound : result.objective),
      gap: Number.isFinite(bound) && bound > 0 ? round((bound - result.objective) / bound, 6) : undefined,
      engine: opts.engine.name,
      ...week,
      metrics,
      violations: [],
    };
    candidate.violations = checkCandidate(scenario, candidate).violations;
    const hardFound = candidate.violations.filter((v) => v.severity === "hard");
    if (hardFound.length > 0) {
      // The model allowed a week the checker rejects: a solver bug. Never hand it out; cut off exactly
      // this assignment and search on (the design: each candidate is checked before it is returned).
      rejected.push({
        grid: best.model.grid.id,
        objective: round(result.objective),
        rules: [...new Set(hardFound.map((v) => v.rule))],
      });
      progress(
        "candidates",
        `Interne fout: een gevonden week breekt ${rejected.at(-1)!.rules.join(", ")}; verder zoeken`,
        undefined,
        `Internal error: a week found breaks ${rejected.at(-1)!.rules.join(", ")}; searching on`,
      );
      cutOffAssignment(best.model, result.values, rejected.length);
      if (rejected.length < MAX_REJECTED && remaining() > 0.06) timed(best);
      else best.exhausted = true;
      continue;
    }
    candidate.rank = candidates.length + 1;
    candidate.label = candidateLabel(scenario, candidate, candidates[0], proven);
    candidates.push(candidate);
    progress(
      "candidates",
      `Kandidaat ${candidates.length}: ${metrics.goalsMet}/${metrics.goalsTotal} doelen, ${metrics.releaseMinutes} min vrijgeroosterd`,
      candidates.length / opts.candidates,
      `Candidate ${candidates.length}: ${metrics.goalsMet}/${metrics.goalsTotal} goals, ${metrics.releaseMinutes} min released`,
    );
    if (candidates.length >= opts.candidates) break;
    // No-good cut on every grid: the next candidate has a release (or atelier) block — goal or plan, day and
    // clock time — that this one does not have. So two candidates never have the same blocks, on whichever
    // grid, and a later one is never an earlier one minus a goal.
    const chosen = new Set(
      [...best.model.releaseVars, ...best.model.atelierVars]
        .filter((v) => (result.values.get(v.name) ?? 0) > 0.5)
        .map(blockKey),
    );
    for (const st of states) {
      if (st.exhausted) continue;
      const other = [...st.model.releaseVars, ...st.model.atelierVars].filter((v) => !chosen.has(blockKey(v)));
      if (other.length === 0) {
        // Every block this grid has was in the candidate: no different week here (never solve it again).
        st.exhausted = true;
        st.solved = true;
        continue;
      }
      st.model.lp.addConstraint(new Map(other.map((v) => [v.name, 1])), ">=", 1, {
        rule: "solver.no-good",
        instance: `cand:${candidates.length}`,
        message: "andere kandidaat",
      });
      const stillValid = st.solved && other.some((v) => (st.next?.values.get(v.name) ?? 0) > 0.5);
      if (st.solved && !stillValid) {
        // Its week is cut off: what it proved stays an upper bound; solve it again when it is the best hope.
        st.lpBound = st.next?.status === "optimal" || st.next?.status === "timeout" ? st.next.bound : Infinity;
        st.solved = false;
        st.next = undefined;
      }
    }
    if (remaining() <= 0.06) {
      note = {
        nl: "De tijdslimiet was op voor er meer kandidaten gevonden werden.",
        en: "The time limit ran out before more candidates were found.",
      };
      break;
    }
  }
  if (!note && candidates.length < opts.candidates && candidates.length > 0 && states.every((st) => st.exhausted))
    note = {
      nl: `Er ${candidates.length === 1 ? "is maar 1 week" : `zijn maar ${candidates.length} weken`} met verschillende vrijroosteringsblokken.`,
      en: `Only ${candidates.length === 1 ? "1 week" : `${candidates.length} weeks`} with different release blocks ${candidates.length === 1 ? "exists" : "exist"}.`,
    };
  const ateliers = assignAteliers(scenario);
  stats.solveMs = Math.round(stats.solveMs);
  if (rejected.length > 0) {
    // The optimality proof was made on a model that disagrees with the checker: nothing is proven.
    for (const c of candidates) c.status = "feasible";
    const rules = [...new Set(rejected.flatMap((r) => r.rules))].join(", ");
    const inconsistency: Inconsistency = {
      message:
        `Interne fout: het model liet ${rejected.length} week/weken toe die de regelcontrole afkeurt ` +
        `(${rules}); die zijn niet teruggegeven en niets is bewezen optimaal.`,
      rejected,
    };
    const conflicts: Conflict[] = candidates.length
      ? []
      : [
          {
            rule: "solver.inconsistency",
            messageId: "model-disagrees",
            message: inconsistency.message,
            messageEn:
              `Internal error: the model allowed ${rejected.length} week(s) that the rule check rejects ` +
              `(${rules}); they were not returned and nothing is proven optimal.`,
            where: "",
          },
        ];
    return done({
      status: candidates.length ? "feasible" : "infeasible",
      scenario: scenario.name,
      candidates,
      conflicts,
      inconsistency,
      ...(note ? { candidatesNote: note } : {}),
      ...(ateliers.length ? { ateliers } : {}),
    });
  }
  return done({
    status: candidates[0].status === "optimal" ? "optimal" : "feasible",
    scenario: scenario.name,
    candidates,
    conflicts: [],
    ...(note ? { candidatesNote: note } : {}),
    ...(ateliers.length ? { ateliers } : {}),
  });
}

/** "goal|day|start|end" (or "atelier:plan|…"): the same block on every grid. */
const blockKey = (v: {
  block: { day: string; start: string; end: string };
  goal?: { id: string };
  plan?: { id: string };
}) => `${v.goal ? v.goal.id : `atelier:${v.plan!.id}`}|${v.block.day}|${v.block.start}|${v.block.end}`;

/** What was proven about a candidate, and how it differs from the first one, in words. */
function candidateLabel(
  s: Scenario,
  c: Candidate,
  first: Candidate | undefined,
  proven: boolean,
): { nl: string; en: string } {
  if (!first)
    return proven
      ? { nl: "de beste week", en: "the best week" }
      : { nl: "de beste gevonden week (niet bewezen)", en: "the best week found (not proven)" };
  const key = (r: Candidate["releases"][number]) => `${r.goal}|${r.day}|${r.start}|${r.end}`;
  const had = new Set(first.releases.map(key));
  const moved = [...new Set(c.releases.filter((r) => !had.has(key(r))).map((r) => r.goal))];
  const name = (id: string) => s.releaseGoals.find((g) => g.id === id)?.name ?? id;
  const what = moved.length
    ? {
        nl: ` met ${moved.map(name).join(", ")} op een ander moment`,
        en: ` with ${moved.map(name).join(", ")} at another time`,
      }
    : { nl: " met andere blokken", en: " with other blocks" };
  return proven
    ? {
        nl: `de beste week${what.nl} dan de kandidaten ervoor`,
        en: `the best week${what.en} than the candidates before it`,
      }
    : { nl: `een goede week${what.nl} (niet bewezen de beste)`, en: `a good week${what.en} (not proven the best)` };
}

/** Exclude exactly this 0/1 assignment of the binaries: Σ_{on} v − Σ_{off} v ≤ |on| − 1. */
function cutOffAssignment(model: SolverModel, values: Map<string, number>, n: number): void {
  const e = new Map<string, number>();
  let on = 0;
  for (const v of model.lp.variables.values()) {
    if (v.type !== "binary") continue;
    const one = (values.get(v.name) ?? 0) > 0.5;
    e.set(v.name, one ? 1 : -1);
    if (one) on++;
  }
  model.lp.addConstraint(e, "<=", on - 1, {
    rule: "solver.no-good",
    instance: `rejected:${n}`,
    message: "een afgekeurde week",
  });
}

/** Phase 4: no week at all — a timeout, or infeasible with its conflicts in words. */
function explainNoWeek(run: Run, states: GridState[]): Timetable {
  const { scenario, opts, engine, stats, remaining, progress, done } = run;
  // An engine that fails (numerical trouble, a crash) is an engine failure, never reported as a timeout.
  const failed = states.find((st) => st.next?.status === "error");
  if (failed)
    throw new Error(
      `de rekenmotor (${engine.name}) faalde op dagindeling '${failed.model.grid.name}'` +
        (failed.next?.message ? ` (${failed.next.message})` : ""),
    );
  const timedOut = states.some((st) => !st.solved || st.next?.status === "timeout");
  if (timedOut) return done({ status: "timeout", scenario: scenario.name, candidates: [], conflicts: [] });
  progress(
    "explain",
    "Geen rooster mogelijk: botsende regels zoeken",
    undefined,
    "No timetable possible: looking for the conflicting rules",
  );
  const t0 = performance.now();
  const conflicts = phraseLockConflicts(
    explainInfeasibility(states[0].model.lp, opts.explainEngine ?? engine, remaining),
  );
  stats.explainMs = Math.round(performance.now() - t0);
  return done({ status: "infeasible", scenario: scenario.name, candidates: [], conflicts });
}

function round(x: number, digits = 3): number {
  if (!Number.isFinite(x)) return x;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function whereText(w: Record<string, unknown>): string {
  return Object.entries(w)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${v}`)
    .join(", ");
}
