// The surface the solver offers to the rules' encode(). It lives here (not in solver/) so that
// constraints/ never imports solver/: data flows model → constraints → solver.
//
// The solver creates the decision variables (README.md "The solver": only what must be decided is a variable):
//   x  — group g has specialist subject s in lesson slot t (aggregated: one binary per group, subject, slot)
//   k  — the class teacher(s) teach group g in slot t ("KLAS")
//   c  — a cover lever teaches group g in slot t (co-teacher alone, care teacher, intern, merge, atelier)
//   y  — release goal gets block b;  a — atelier plan runs in block b;  r — staff member p is released in slot t
//   z  — staff member p takes a lunch supervision post on a day (lunchSupervision)
// Rules then add the constraints that make a week legal, each tagged with the rule instance it encodes
// so that an infeasible scenario can be explained in words.
import type { AtelierPlan, DayGrid, ReleaseGoal, Scenario, Subject } from "../src/model/index.js";
import type { Day } from "../src/model/index.js";

/** A linear expression: variable name → coefficient. */
export type LinExpr = Map<string, number>;

export interface ConstraintTag {
  /** Rule id, e.g. "timetable.availability". */
  rule: string;
  /** Rule instance: constraints with the same rule + instance are relaxed together when explaining. */
  instance: string;
  /** What this instance says, in words a principal understands (Dutch). */
  message: string;
  /** The message's id in the rule's own message table (set by `tag()` in constraints/rule.ts). */
  messageId?: string;
  /** The same message in English. */
  messageEn?: string;
  /**
   * A cut: implied by the other rows (it only tightens the LP relaxation), so it breaks only on a week
   * that also breaks some rule — the rule verifier checks exactly that, not this rule's own verdict.
   */
  implied?: boolean;
  /**
   * For a summarising fact (e.g. a teacher's lessons against their slots): the rule instances whose rows it
   * summarises. An explanation that relaxes the fact relaxes these with it, so the same cause is not found
   * again in the detailed rows as a second, seemingly independent conflict.
   */
  relaxes?: { rule: string; instance: string }[];
}

export interface SlotRef {
  key: string;
  day: Day;
  /** Index among the day's lesson slots; -1 for staff and lunch slots. */
  index: number;
  start: string;
  end: string;
  /** lunch: only in a model where some goal may meet over lunch (ReleaseGoal.allowLunch). */
  kind: "lesson" | "staff" | "lunch";
  minutes: number;
  /**
   * Set on a slot of a level's own days (DayGrid.levels: other break and lunch times for the kleuters); its key is
   * prefixed with the level ("kleuter:mon.3"). Unset: a slot of the grid's main days.
   */
  level?: "kleuter" | "lager";
}

/**
 * A stretch of a day that no slot boundary of any level cuts ("atom"): person-time rows sum what covers it. With
 * no level days the atoms are the slots, with the same keys, so those rows are the per-slot rows.
 */
export interface AtomRef {
  key: string;
  day: Day;
  start: string;
  end: string;
  /** The slots (any level) that cover this stretch. */
  slots: SlotRef[];
}

export interface BlockRef {
  key: string;
  day: Day;
  slots: SlotRef[];
  start: string;
  end: string;
  minutes: number;
  /**
   * A release block only: the slots of the levels' own days (DayGrid.levels) it overlaps, where its members are
   * released too (a kleuter class is covered in each of its own slots the block overlaps). Empty without them.
   */
  levelSlots?: SlotRef[];
  /** A release block in one level's own days (a goal of that level's teachers only); unset: the main days. */
  level?: "kleuter" | "lager";
}

export interface SubjectVar {
  name: string;
  group: string;
  subject: Subject;
  teachers: string[];
  slot: SlotRef;
}
export interface ClassVar {
  name: string;
  group: string;
  slot: SlotRef;
  teachers: string[];
}
export type Lever = "coteacher" | "care" | "intern" | "merge" | "atelier";
export interface CoverVar {
  name: string;
  group: string;
  slot: SlotRef;
  lever: Lever;
  who: string;
}
export interface ReleaseVar {
  name: string;
  goal: ReleaseGoal;
  block: BlockRef;
}
export interface AtelierVar {
  name: string;
  plan: AtelierPlan;
  block: BlockRef;
}
/** An optional member joins a release block. */
export interface OptionalVar {
  name: string;
  release: ReleaseVar;
  staff: string;
}

/** Staff member `staff` takes lunch supervision post `post` on `day` (lunchSupervision). */
export interface LunchVar {
  name: string;
  post: string;
  day: Day;
  start: string;
  end: string;
  staff: string;
}

export interface ModelBuilder {
  readonly scenario: Scenario;
  readonly grid: DayGrid;
  /**
   * Lesson and staff slots of the grid, in time order per day: the main days', then those of each level with
   * days of its own (DayGrid.levels).
   */
  readonly slots: readonly SlotRef[];
  /** A class's own slots: its level's days when the grid has them, else the main days' slots. */
  slotsOf(group: string): readonly SlotRef[];
  /** The day cut at every slot boundary of every level: the units of person-time rows (= slots without levels). */
  readonly atoms: readonly AtomRef[];
  /** Does the grid give some level of this school its own days? (Otherwise atoms are slots.) */
  readonly levelled: boolean;
  /**
   * One per group, subject and lesson slot. Groups that take a subject together (Subject.together) share the
   * variable's name: one lesson for all of them, counted once for its teachers.
   */
  readonly subjectVars: readonly SubjectVar[];
  readonly classVars: readonly ClassVar[];
  readonly coverVars: readonly CoverVar[];
  readonly releaseVars: readonly ReleaseVar[];
  readonly atelierVars: readonly AtelierVar[];
  readonly optionalVars: readonly OptionalVar[];
  /** z[post, day, p]: one per lunch post, day and person who may take it (empty without lunchSupervision). */
  readonly lunchVars: readonly LunchVar[];
  /** r[p,t]: 1 when staff member p is released in slot t (defined for goal members only). */
  releasedVar(staff: string, slot: string): string | undefined;
  /** A continuous helper variable in [lb, ub] (e.g. "goal met" indicators). */
  addAuxVar(name: string, lb: number, ub: number): string;
  /**
   * A 0/1 indicator ("goal met", "wish met"): binary, so the objective takes integer values only and the engine
   * may stop once its bound is less than one unit above the best week — still a proof (issue 11).
   */
  addIndicatorVar(name: string): string;
  /** Add Σ coef·var (op) rhs, tagged with the rule instance it encodes. */
  addConstraint(expr: LinExpr, op: "<=" | ">=" | "=", rhs: number, tag: ConstraintTag): void;
  /** Add a term to the objective (maximised). */
  addObjective(expr: LinExpr): void;
}

/** A release block's slots of every level: its own run and the levels' own slots it overlaps. */
export const blockSlots = (b: BlockRef): SlotRef[] => (b.levelSlots?.length ? [...b.slots, ...b.levelSlots] : b.slots);

/** Σ 1·v over names. */
export function sum(names: Iterable<string>, coef = 1): LinExpr {
  const e: LinExpr = new Map();
  for (const n of names) e.set(n, (e.get(n) ?? 0) + coef);
  return e;
}

/** Objective weights: goals met first, then weighted release minutes, then soft rules (the design "Objective"). */
export const WEIGHTS = { goal: 1_000_000, minute: 100, optionalMinute: 10, wish: 5, soft: 1 } as const;
