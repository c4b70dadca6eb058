// The solve itself (synchronous; runs inside the worker thread): per usable day grid build the model,
// solve it, collect diverse candidates with no-good cuts, re-check each with the rule checker, and
// explain infeasibility in words.
import { checkCandidate, checkScenario } from "../constraints/check.js";
import { WEEK_RULES } from "../constraints/week/index.js";
import type { Candidate, Conflict, Scenario, Timetable } from "../src/model/index.js";
import { SolverModel } from "./build.js";
import { encodeAll } from "./encode/index.js";
import type { Engine, EngineResult } from "./engines/engine.js";
import { assignAteliers } from "./atelier-assign.js";
import { explainInfeasibility } from "./explain.js";
import { extractWeek } from "./extract.js";
import { computeMetrics } from "./metrics.js";

export interface SolveProgress { phase: string; message: string; elapsedMs: number; fraction?: number }

export interface CoreOptions {
  candidates: number;
  timeLimitSeconds: number;
  engine: Engine;
  onProgress?: (p: SolveProgress) => void;
}

interface GridState {
  model: SolverModel;
  next?: EngineResult;
  exhausted: boolean;
}

const EPS = 1e-6;

/** Day grids that break no hard week.* rule (scenario-level; a grid with a violation cannot be used). */
export function usableGrids(s: Scenario) {
  return s.dayGrids.filter((g) => checkScenario({ ...s, dayGrids: [g] }, WEEK_RULES).counts.hard === 0);
}

export function solveCore(scenario: Scenario, opts: CoreOptions): Timetable {
  const started = performance.now();
  const deadline = started + opts.timeLimitSeconds * 1000;
  const remaining = () => Math.max(0.05, (deadline - performance.now()) / 1000);
  const progress = (phase: string, message: string, fraction?: number) =>
    opts.onProgress?.({ phase, message, elapsedMs: Math.round(performance.now() - started), fraction });

  // The scenario itself must be sound: hard scenario-level violations are reported, not solved around.
  const scenarioReport = checkScenario(scenario);
  const gridNames = new Set(scenario.dayGrids.map((g) => g.id));
  const grids = usableGrids(scenario);
  const hard = scenarioReport.violations.filter((v) => v.severity === "hard");
  if (hard.length > 0 || grids.length === 0) {
    const conflicts: Conflict[] = (hard.length ? hard : scenarioReport.violations).map((v) => ({ rule: v.rule, message: v.message, where: whereText(v.where) }));
    if (grids.length === 0 && conflicts.length === 0) conflicts.push({ rule: "week.lesson-count", message: `Geen enkele dagindeling (${[...gridNames].join(", ")}) is bruikbaar`, where: "dayGrids" });
    return { status: "invalid", scenario: scenario.name, candidates: [], conflicts };
  }

  progress("build", `Model opbouwen voor ${grids.length} dagindeling(en)`);
  const states: GridState[] = grids.map((g) => {
    const model = new SolverModel(scenario, g);
    encodeAll(model);
    return { model, exhausted: false };
  });

  const solveState = (st: GridState, i: number) => {
    progress("solve", `Oplossen (${opts.engine.name}) met dagindeling '${st.model.grid.name}': ${st.model.lp.variables.size} variabelen, ${st.model.lp.constraints.length} voorwaarden`, i / states.length);
    st.next = opts.engine.solve(st.model.lp, { timeLimitSeconds: remaining() });
    if (!st.next.values.size) st.exhausted = true;
  };
  states.forEach(solveState);

  const anySolution = states.some((s) => s.next && s.next.values.size > 0);
  if (!anySolution) {
    const timedOut = states.some((s) => s.next?.status === "timeout" || s.next?.status === "error");
    if (timedOut) return { status: "timeout", scenario: scenario.name, candidates: [], conflicts: [] };
    progress("explain", "Geen rooster mogelijk: botsende regels zoeken");
    const conflicts = explainInfeasibility(states[0].model.lp, opts.engine, remaining);
    return { status: "infeasible", scenario: scenario.name, candidates: [], conflicts };
  }

  // The global bound: the best any grid can do (maximisation).
  const bound = Math.max(...states.map((s) => (s.next?.values.size ? s.next.bound : s.next?.status === "infeasible" ? -Infinity : s.next?.bound ?? -Infinity)));
  const proven = states.every((s) => s.next?.status === "optimal" || s.next?.status === "infeasible");
  const candidates: Candidate[] = [];
  while (candidates.length < opts.candidates) {
    const live = states.filter((s) => !s.exhausted && s.next && s.next.values.size > 0);
    if (live.length === 0) break;
    const best = live.reduce((a, b) => (b.next!.objective > a.next!.objective + EPS ? b : a));
    const result = best.next!;
    const week = extractWeek(best.model, result.values);
    const metrics = computeMetrics(scenario, week);
    const first = candidates.length === 0;
    const candidate: Candidate = {
      status: first && proven && result.status === "optimal" ? "optimal" : "feasible",
      objective: round(result.objective),
      bound: round(bound),
      gap: bound > 0 ? round((bound - result.objective) / bound, 6) : 0,
      engine: opts.engine.name,
      ...week,
      metrics,
      violations: [],
    };
    candidate.violations = checkCandidate(scenario, candidate).violations;
    candidates.push(candidate);
    progress("candidates", `Kandidaat ${candidates.length}: ${metrics.goalsMet}/${metrics.goalsTotal} doelen, ${metrics.releaseMinutes} min vrijgeroosterd`, candidates.length / opts.candidates);
    if (candidates.length >= opts.candidates) break;
    // No-good cut: the next candidate must differ in at least one release (or atelier) block.
    const chosen = [...best.model.releaseVars, ...best.model.atelierVars].filter((v) => (result.values.get(v.name) ?? 0) > 0.5).map((v) => v.name);
    if (chosen.length === 0) { best.exhausted = true; continue; }
    best.model.lp.addConstraint(new Map(chosen.map((n) => [n, 1])), "<=", chosen.length - 1, { rule: "solver.no-good", instance: `cand:${candidates.length}`, message: "andere kandidaat" });
    if (remaining() <= 0.06) break;
    best.next = opts.engine.solve(best.model.lp, { timeLimitSeconds: remaining() });
    if (!best.next.values.size) best.exhausted = true;
  }
  const ateliers = assignAteliers(scenario);
  return { status: candidates[0].status === "optimal" ? "optimal" : "feasible", scenario: scenario.name, candidates, conflicts: [], ...(ateliers.length ? { ateliers } : {}) };
}

function round(x: number, digits = 3): number {
  if (!Number.isFinite(x)) return x;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function whereText(w: Record<string, unknown>): string {
  return Object.entries(w).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}=${v}`).join(", ");
}
