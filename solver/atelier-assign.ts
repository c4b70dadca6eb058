// Atelier pupil assignment: from pupils' ranked choices (usually a top 3) and atelier capacities, give as many
// pupils as possible their 1st or 2nd choice while the ateliers fill evenly; then rotate over the atelier periods
// so that nobody repeats an atelier. Each round is a transportation LP (integral optimum), solved with
// javascript-lp-solver; integrality is checked, never assumed. When pupils have had every atelier they chose,
// the plan's `afterChoices` says whether rotation goes on (with a warning) or stops: never silently.
import { createRequire } from "node:module";
import type { AtelierPlan, Scenario } from "../src/model/index.js";

const require = createRequire(import.meta.url);
const lp = require("javascript-lp-solver") as { Solve(model: unknown): Record<string, number | boolean | undefined> };

/** Cost of giving a pupil their 1st, 2nd, 3rd … choice (rank 0, 1, 2 …), or an atelier they did not choose. */
const costOf = (rank: number) => (rank === -1 ? 20 : rank < 3 ? [0, 1, 4][rank]! : 4 + 2 * (rank - 2));
/** School weeks in a year, to know how many rotations fit (about 36). */
const SCHOOL_WEEKS = 36;

/** "3 leerlingen hebben" / "3 pupils have", "1 leerling heeft" / "1 pupil has". */
const pupilsHave = (n: number) =>
  n === 1 ? { nl: "1 leerling heeft", en: "1 pupil has" } : { nl: `${n} leerlingen hebben`, en: `${n} pupils have` };

export interface RoundResult {
  round: number;
  /** How many pupils got their 1st, 2nd, 3rd choice, or none of their choices. */
  /** 1st, 2nd, 3rd choice; `later`: a 4th or lower choice; `other`: an atelier the pupil did not choose. */
  choice: { first: number; second: number; third: number; later: number; other: number };
  load: Record<string, number>;
  assignment: Record<string, string>;
}

export interface AtelierWarning {
  id: "choices-run-out" | "rotation-stopped";
  message: string;
  messageEn: string;
}

export interface AtelierAssignment {
  plan: string;
  pupils: number;
  rounds: RoundResult[];
  warnings: AtelierWarning[];
}

export function assignPlan(plan: AtelierPlan, maxRounds?: number): AtelierAssignment {
  const pupils = plan.choices;
  const ateliers = plan.ateliers.map((a) => a.id);
  const rounds = Math.min(ateliers.length, maxRounds ?? Math.max(1, Math.floor(SCHOOL_WEEKS / plan.rotationWeeks)));
  const taken = new Map<string, Set<string>>(pupils.map((p) => [p.pupil, new Set()]));
  const out: RoundResult[] = [];
  const warnings: AtelierWarning[] = [];
  for (let round = 1; round <= rounds && pupils.length > 0; round++) {
    // Pupils who have had every atelier they chose: from here on they can only get one they did not choose.
    const runOut = pupils.filter((p) => p.choices.every((c) => taken.get(p.pupil)!.has(c))).length;
    if (runOut > 0 && plan.afterChoices === "stop") {
      warnings.push({
        id: "rotation-stopped",
        message: `De rotatie stopt na ronde ${round - 1} van ${rounds}: ${pupilsHave(runOut).nl} dan al hun keuzes gehad. Laat meer keuzes opgeven (tot 10) om langer te roteren.`,
        messageEn: `Rotation stops after round ${round - 1} of ${rounds}: ${pupilsHave(runOut).en} then had all their choices. Collect more choices (up to 10) to rotate longer.`,
      });
      break;
    }
    if (runOut > 0 && !warnings.some((w) => w.id === "choices-run-out")) {
      const who =
        runOut === 1
          ? {
              nl: "heeft 1 leerling al de eigen keuzes gehad: die krijgt een atelier dat die niet koos",
              en: "1 pupil has",
            }
          : {
              nl: `hebben ${runOut} leerlingen al hun keuzes gehad: ze krijgen een atelier dat ze niet kozen`,
              en: `${runOut} pupils have`,
            };
      warnings.push({
        id: "choices-run-out",
        message: `Vanaf ronde ${round} ${who.nl}. Laat meer keuzes opgeven (tot 10) of laat de rotatie daar stoppen.`,
        messageEn: `From round ${round}, ${who.en} had all their choices: they get an atelier they did not choose. Collect more choices (up to 10) or let the rotation stop there.`,
      });
    }
    const result = assignRound(plan, taken);
    if (!result) break;
    for (const [p, a] of Object.entries(result.assignment)) taken.get(p)!.add(a);
    out.push({ round, ...result });
  }
  return { plan: plan.id, pupils: pupils.length, rounds: out, warnings };
}

function assignRound(plan: AtelierPlan, taken: Map<string, Set<string>>): Omit<RoundResult, "round"> | undefined {
  const pupils = plan.choices;
  const n = pupils.length;
  const target = Math.ceil(n / plan.ateliers.length);
  // Even filling: no atelier more than a little above the average; widen only if capacities demand it.
  let slack = 1;
  const cap = (a: AtelierPlan["ateliers"][number]) => Math.min(a.capacity, target + slack);
  while (plan.ateliers.reduce((s, a) => s + cap(a), 0) < n && slack < n) slack++;

  const variables: Record<string, Record<string, number>> = {};
  const constraints: Record<string, { equal?: number; max?: number }> = {};
  const key = new Map<string, [string, string]>();
  pupils.forEach((p, i) => {
    constraints[`p${i}`] = { equal: 1 };
    plan.ateliers.forEach((a, j) => {
      if (taken.get(p.pupil)!.has(a.id)) return;
      const rank = p.choices.indexOf(a.id);
      const v = `x${i}_${j}`;
      variables[v] = { cost: costOf(rank), [`p${i}`]: 1, [`a${j}`]: 1 };
      key.set(v, [p.pupil, a.id]);
    });
  });
  plan.ateliers.forEach((a, j) => (constraints[`a${j}`] = { max: cap(a) }));
  const r = lp.Solve({ optimize: "cost", opType: "min", constraints, variables });
  if (!r.feasible) return undefined;
  const assignment: Record<string, string> = {};
  for (const [v, [pupil, atelier]] of key) {
    const x = Number(r[v] ?? 0);
    if (x > 1e-6 && x < 1 - 1e-6)
      throw new Error(`Atelier LP gave a fractional assignment (${x}) — not a transportation problem?`);
    if (x > 0.5) assignment[pupil] = atelier;
  }
  const choice = { first: 0, second: 0, third: 0, later: 0, other: 0 };
  const load: Record<string, number> = Object.fromEntries(plan.ateliers.map((a) => [a.id, 0]));
  for (const p of pupils) {
    const a = assignment[p.pupil];
    load[a]++;
    const rank = p.choices.indexOf(a);
    if (rank === 0) choice.first++;
    else if (rank === 1) choice.second++;
    else if (rank === 2) choice.third++;
    else if (rank > 2) choice.later++;
    else choice.other++;
  }
  return { choice, load, assignment };
}

export function assignAteliers(s: Scenario): AtelierAssignment[] {
  return s.atelierPlans.filter((p) => p.choices.length > 0).map((p) => assignPlan(p));
}
