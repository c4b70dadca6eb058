// "What would it take?" (issue 10 item 10): for each goal a week does not meet (or meets short), and for more
// shared minutes, the cheapest single relaxations that buy it — each a changed scenario solved again by the real
// solver under the caller's time budget. An effect is only what a re-solve showed: "bewezen" when that re-solve
// proved its week the best with the change, "gevonden" when it found the week within its time.
import { gridOf, parseScenario, type Candidate, type Locks, type Scenario } from "../src/model/index.js";
import { applyPatch, type WhatIf, type WhatIfOption, type WhatIfTarget } from "../src/model/what-if.js";
import { solveCore, type SolveProgress } from "./core.js";
import type { Engine } from "./engines/engine.js";
import type { CandidateMetrics } from "./metrics.js";
import { relaxationsFor, type Relaxation } from "./what-if-relax.js";

export interface WhatIfOptions {
  engine: Engine;
  explainEngine?: Engine;
  /** Total re-solve budget in seconds. */
  seconds: number;
  /** At most this many seconds per re-solve (default 10). */
  perTrySeconds?: number;
  /** Only this goal (the web's "Wat zou helpen?" on one goal card); default every unmet goal and more minutes. */
  goal?: string;
  onProgress?: (p: SolveProgress) => void;
  /** The locks the week was solved with: every re-solve keeps them. */
  locks?: Locks;
}

/** A re-solve gets at least this long; with less left, no new one starts (so the budget holds). */
const MIN_TRY_SECONDS = 1;

/** At most this many options per goal. */
const MAX_OPTIONS = 5;

type PerGoal = CandidateMetrics["perGoal"][number];
const perGoalOf = (c: Candidate) => (c.metrics as CandidateMetrics).perGoal ?? [];

/** A goal is short when it has a maximum length per block and its blocks together stay under it. */
function isShort(s: Scenario, g: PerGoal) {
  const goal = s.releaseGoals.find((x) => x.id === g.goal);
  return !!goal?.maxBlockMinutes && g.met && g.minutes < goal.maxBlockMinutes * goal.blocksPerWeek;
}

const signed = (n: number) => (n > 0 ? `+${n}` : `${n}`);

function summary(o: Pick<WhatIfOption, "effect">, goalName: string | undefined) {
  const e = o.effect;
  const nl: string[] = [];
  const en: string[] = [];
  if (e.goalsMet) {
    nl.push(`${signed(e.goalsMet)} doel${Math.abs(e.goalsMet) === 1 ? "" : "en"}`);
    en.push(`${signed(e.goalsMet)} goal${Math.abs(e.goalsMet) === 1 ? "" : "s"}`);
  }
  if (goalName) {
    nl.push(`${signed(e.goalMinutes)} min voor ${goalName}`);
    en.push(`${signed(e.goalMinutes)} min for ${goalName}`);
  } else {
    nl.push(`${signed(e.releaseMinutes)} min samen vrij`);
    en.push(`${signed(e.releaseMinutes)} min released together`);
  }
  for (const x of e.others.filter((x) => x.minutes < 0)) {
    nl.push(`${x.name} ${x.minutes} min`);
    en.push(`${x.name} ${x.minutes} min`);
  }
  return { nl: nl.join(", "), en: en.join(", ") };
}

/** One re-solve: one week, the caller's engines and locks, no explanations (only the effect is measured). */
const solveOptions = (opts: WhatIfOptions, seconds: number) => ({
  candidates: 1,
  timeLimitSeconds: seconds,
  engine: opts.engine,
  explainEngine: opts.explainEngine,
  explainGoals: false,
  locks: opts.locks,
});

/** The best week of the changed scenario; "open" when its time ran out before any week (nothing is known). */
function resolveWith(s: Scenario, r: Relaxation, opts: WhatIfOptions, seconds: number): Candidate | "open" | undefined {
  let changed: Scenario;
  try {
    changed = parseScenario(applyPatch(s, r.patch));
  } catch {
    return undefined; // a change the scenario rules refuse is no option
  }
  const t = solveCore(changed, solveOptions(opts, seconds));
  return t.candidates[0] ?? (t.status === "timeout" ? "open" : undefined);
}

/** What one relaxation does for one goal (or for all minutes), read from its re-solved week. */
function optionOf(r: Relaxation, baseline: Candidate, after: Candidate, goal: string | undefined): WhatIfOption {
  const before = new Map(perGoalOf(baseline).map((g) => [g.goal, g]));
  const now = perGoalOf(after);
  const target = now.find((g) => g.goal === goal);
  const others = now
    .filter((g) => g.goal !== goal)
    .map((g) => ({ goal: g.goal, name: g.name, minutes: g.minutes - (before.get(g.goal)?.minutes ?? 0) }))
    .filter((x) => x.minutes !== 0);
  const option: WhatIfOption = {
    id: r.id,
    kind: r.kind,
    cost: r.cost,
    text: r.text,
    effect: {
      goalsMet: after.metrics.goalsMet - baseline.metrics.goalsMet,
      goalMinutes: target ? target.minutes - (before.get(target.goal)?.minutes ?? 0) : 0,
      releaseMinutes: after.metrics.releaseMinutes - baseline.metrics.releaseMinutes,
      goalMet: target?.met ?? false,
      others,
    },
    proof: after.status === "optimal" ? "bewezen" : "gevonden",
    summary: { nl: "", en: "" },
    patch: r.patch,
  };
  option.summary = summary(option, target?.name);
  return option;
}

/** Whether an option buys what the target asks. */
function helps(t: WhatIfTarget, o: WhatIfOption) {
  if (t.kind === "unmet") return o.effect.goalMet;
  // A met goal asked about (short, or more minutes for it): more minutes for it, no goal lost.
  if (t.goal) return o.effect.goalMinutes > 0 && o.effect.goalsMet >= 0;
  return o.effect.releaseMinutes > 0 && o.effect.goalsMet >= 0;
}

/**
 * The options per target for `baseline` (a week of `s`, normally the best; for a later candidate the effects are
 * measured against the best week). Synchronous: it runs in
 * the solve's worker thread, and stops trying when its budget is spent (each target then says so).
 */
export function whatIf(s: Scenario, baseline: Candidate, opts: WhatIfOptions): WhatIf {
  const started = performance.now();
  const deadline = started + opts.seconds * 1000;
  const remaining = () => (deadline - performance.now()) / 1000;
  const grid = gridOf(s, baseline);
  const perGoal = perGoalOf(baseline);
  const perTry = opts.perTrySeconds ?? 10;
  // A later candidate is no fair yardstick: what the best week already has, no change buys. Effects are
  // measured against the best week of the unchanged school (solved here when the week asked about is not it).
  const reference =
    (baseline.rank ?? 1) > 1 ? (bestWeek(s, opts, Math.min(perTry, remaining())) ?? baseline) : baseline;
  const referenceGoals = new Map(perGoalOf(reference).map((g) => [g.goal, g]));
  const targets: WhatIfTarget[] = [];
  const blank = () => ({ options: [], tried: 0, considered: 0 });
  for (const g of perGoal) {
    if (opts.goal && g.goal !== opts.goal) continue;
    const kind = !g.met ? "unmet" : isShort(s, g) ? "short" : opts.goal ? "more-minutes" : undefined;
    if (kind) targets.push({ kind, goal: g.goal, name: g.name, minutes: g.minutes, ...blank() });
  }
  if (!opts.goal && s.releaseGoals.length > 0)
    targets.push({
      kind: "more-minutes",
      name: "Meer gedeelde minuten",
      minutes: baseline.metrics.releaseMinutes,
      ...blank(),
    });
  // One re-solve per relaxation, shared by the targets it concerns (a change is solved once).
  const measured = new Map<string, Candidate | "open" | undefined>();
  const plans = targets.map((t) => {
    const why = (perGoal.find((g) => g.goal === t.goal)?.why ?? []).map((w) => w.message);
    const list = t.goal
      ? relaxationsFor(s, grid, t.goal, why)
      : dedupe(s.releaseGoals.flatMap((g) => relaxationsFor(s, grid, g.id))).sort(
          (a, b) => a.cost - b.cost || a.size - b.size,
        );
    t.considered = list.length;
    return list;
  });
  targets.forEach((t, i) => {
    const found: WhatIfOption[] = [];
    let open = 0;
    if (t.kind === "unmet" && referenceGoals.get(t.goal!)?.met) {
      t.note = {
        nl: `De beste week haalt ${t.name} al, zonder wijziging.`,
        en: `The best week already meets ${t.name}, without any change.`,
      };
      return;
    }
    for (const r of plans[i]) {
      // Enough cheap options found: a dearer change is never listed before them anyway.
      if (found.length >= MAX_OPTIONS) break;
      if (remaining() < MIN_TRY_SECONDS) break;
      if (!measured.has(r.id)) {
        opts.onProgress?.({
          phase: "what-if",
          message: `Wat zou helpen (${t.name}): ${r.text.nl}`,
          elapsedMs: Math.round(performance.now() - started),
        });
        measured.set(r.id, resolveWith(s, r, opts, Math.min(perTry, remaining() - MIN_TRY_SECONDS / 2)));
      }
      t.tried++;
      const after = measured.get(r.id);
      if (after === "open") open++;
      const o = after && after !== "open" ? optionOf(r, reference, after, t.goal) : undefined;
      if (o && helps(t, o)) found.push(o);
    }
    t.options = found.sort((a, b) => a.cost - b.cost || b.effect.goalsMet - a.effect.goalsMet).slice(0, MAX_OPTIONS);
    if (t.options.length === 0)
      t.note =
        t.tried < t.considered || open > 0
          ? {
              nl:
                `Binnen de tijd hielp geen van de ${t.tried} geprobeerde wijzigingen (van ${t.considered} mogelijke)` +
                (open ? `; bij ${open} daarvan vond de rekenmotor in de tijd geen week, dus dat blijft open.` : "."),
              en:
                `Within the time none of the ${t.tried} changes tried helped (of ${t.considered} possible)` +
                (open ? `; for ${open} of them the solver found no week in time, so that stays open.` : "."),
            }
          : noneHelps(t);
    else if (t.tried < t.considered && t.options.length < MAX_OPTIONS)
      t.note = {
        nl: `De tijd was op na ${t.tried} van ${t.considered} mogelijke wijzigingen.`,
        en: `Time ran out after ${t.tried} of ${t.considered} possible changes.`,
      };
  });
  return {
    compared: {
      rank: reference === baseline ? baseline.rank : 1,
      goalsMet: reference.metrics.goalsMet,
      releaseMinutes: reference.metrics.releaseMinutes,
      proven: reference.status === "optimal",
    },
    targets,
    seconds: Math.round((performance.now() - started) / 100) / 10,
    budgetSeconds: opts.seconds,
  };
}

/** The best week of the unchanged school (the yardstick when the week asked about is a later candidate). */
function bestWeek(s: Scenario, opts: WhatIfOptions, seconds: number): Candidate | undefined {
  return solveCore(s, solveOptions(opts, seconds)).candidates[0];
}

function dedupe(list: Relaxation[]) {
  const seen = new Set<string>();
  return list.filter((r) => !seen.has(r.id) && seen.add(r.id));
}

/** Every change was tried and none helped on its own: said per kind of question. */
function noneHelps(t: WhatIfTarget): { nl: string; en: string } {
  if (t.considered === 0)
    return { nl: "Er is geen enkele kleine wijziging om te proberen.", en: "There is no small change to try." };
  if (t.kind === "more-minutes")
    return {
      nl: `Geen enkele van de ${t.considered} kleine wijzigingen geeft op zich meer gedeelde minuten.`,
      en: `None of the ${t.considered} small changes gives more shared minutes on its own.`,
    };
  return {
    nl: `Geen enkele van de ${t.considered} kleine wijzigingen helpt op zich; het vraagt meer dan één wijziging.`,
    en: `None of the ${t.considered} small changes helps on its own; it takes more than one change.`,
  };
}
