// Model builder: creates the decision variables for one day grid (the design "model only what must be
// decided") and lets every rule's encode() add its constraints. The class teacher fills every period
// nobody else takes, so only specialist, cover, atelier and release placements are variables.
import type {
  AtomRef,
  AtelierVar,
  BlockRef,
  OptionalVar,
  ClassVar,
  ConstraintTag,
  CoverVar,
  LinExpr,
  LunchVar,
  ModelBuilder,
  ReleaseVar,
  SlotRef,
  SubjectVar,
} from "../constraints/model-builder.js";
import { availableIn } from "../constraints/encode-util.js";
import { blockSlots } from "../constraints/model-builder.js";
import {
  DAYS,
  durationMinutes,
  goalMinBlock,
  canTakeLunchPost,
  lunchTurns,
  mayCover,
  goalGrid,
  goalLevel,
  overlaps,
  ownLevelDays,
  ownLevels,
  reachOf,
  toClock,
  toMinutes,
  windowProblem,
  type DayGrid,
  type ReleaseGoal,
  type Scenario,
} from "../src/model/index.js";
import { LinearModel } from "./linear-model.js";

export function minBlockMinutes(s: Scenario, goal: ReleaseGoal): number {
  return goalMinBlock(s, goal);
}

/**
 * Lesson and staff slots of a grid, keyed "mon.3" (lesson index) or "mon.s15:00" (staff slot); with `withLunch`
 * (some goal may meet over lunch) also the lunch slots, keyed "mon.l12:05".
 */
export function gridSlots(grid: DayGrid, withLunch = false, level?: SlotRef["level"]): SlotRef[] {
  const out: SlotRef[] = [];
  const prefix = level ? `${level}:` : "";
  for (const day of DAYS) {
    let li = 0;
    for (const s of grid.days[day]) {
      if (s.kind !== "lesson" && s.kind !== "staff" && !(withLunch && s.kind === "lunch")) continue;
      const index = s.kind === "lesson" ? li++ : -1;
      out.push({
        key: prefix + (s.kind === "lesson" ? `${day}.${index}` : `${day}.${s.kind === "staff" ? "s" : "l"}${s.start}`),
        ...(level ? { level } : {}),
        day,
        index,
        start: s.start,
        end: s.end,
        kind: s.kind as SlotRef["kind"],
        minutes: durationMinutes(s.start, s.end),
      });
    }
  }
  return out;
}

/**
 * Candidate release blocks: runs of consecutive lesson/staff slots on one day, never across lunch unless the
 * goal may meet over lunch (`allowLunch`: the lunch slot is part of the run, alone or with lessons next to it;
 * a run may span a short break). Only runs at least `minMinutes` long.
 */
export function candidateBlocks(
  grid: DayGrid,
  slots: SlotRef[],
  minMinutes: number,
  allowStaff: boolean,
  allowLunch = false,
): BlockRef[] {
  const out: BlockRef[] = [];
  for (const day of DAYS) {
    const segments: SlotRef[][] = [[]];
    for (const s of grid.days[day]) {
      if (s.kind === "lunch" && !allowLunch) segments.push([]);
      else if (s.kind === "lesson" || s.kind === "lunch" || (s.kind === "staff" && allowStaff)) {
        segments[segments.length - 1].push(
          slots.find((x) => x.day === day && x.start === s.start && x.kind === s.kind)!,
        );
      } else if (s.kind === "staff") segments.push([]);
    }
    for (const seg of segments) {
      for (let i = 0; i < seg.length; i++) {
        for (let j = i; j < seg.length; j++) {
          const run = seg.slice(i, j + 1);
          const minutes = toMinutes(run[run.length - 1].end) - toMinutes(run[0].start);
          if (minutes < minMinutes) continue;
          out.push({
            key: `${day}.${run[0].start}-${run[run.length - 1].end}`,
            day,
            slots: run,
            start: run[0].start,
            end: run[run.length - 1].end,
            minutes,
          });
        }
      }
    }
  }
  return out;
}

/**
 * A goal's candidate blocks in the model's grid (staff slots if allowed, the lunch break if allowLunch): runs of
 * the main days' slots — or of one level's own days when all its members' classes are of that level (goalLevel) —
 * in one clock time for every level; `levelSlots` are the other days' slots they overlap.
 */
function goalBlocks(m: SolverModel, goal: ReleaseGoal): BlockRef[] {
  const s = m.scenario;
  const allowStaff = goal.allowAfterSchool && s.cover.afterSchoolWindow;
  const level = m.levelled ? goalLevel(s, m.grid, goal) : undefined;
  const own = m.slots.filter((t) => t.level === level);
  const grid = goalGrid(s, m.grid, goal);
  const blocks = candidateBlocks(grid, own, minBlockMinutes(s, goal), allowStaff, !!goal.allowLunch);
  if (!m.levelled) return blocks;
  return blocks.map((b) => ({
    ...b,
    ...(level ? { level } : {}),
    levelSlots: m.slots.filter((t) => t.level !== level && t.day === b.day && overlaps(t.start, t.end, b.start, b.end)),
  }));
}

/** Slots (lessons) of a class inside [start, end] on a day. */
const within = (slots: readonly SlotRef[], day: string, start: string, end: string) =>
  slots.filter((s) => s.kind === "lesson" && s.day === day && start <= s.start && s.end <= end);

/**
 * Blocks of an atelier plan mapped onto the lesson slots of its classes' days: their level's own days when all
 * its classes share one level with days of its own, else the main days.
 */
function atelierBlocks(m: SolverModel, plan: Scenario["atelierPlans"][number]): BlockRef[] {
  const levels = new Set(plan.groups.map((g) => m.levelOf(g)));
  const level = levels.size === 1 ? [...levels][0] : undefined;
  const slots = m.slots.filter((t) => t.level === level);
  const times = (xs: SlotRef[]) => xs.map((t) => `${t.start}-${t.end}`).join(",");
  return plan.candidateBlocks.flatMap((b) => {
    const inside = within(slots, b.day, b.start, b.end);
    if (inside.length === 0) return [];
    // Classes of levels with other times take an atelier together only where their periods coincide.
    if (
      levels.size > 1 &&
      plan.groups.some((g) => times(within(m.slotsOf(g), b.day, b.start, b.end)) !== times(inside))
    )
      return [];
    return [
      {
        key: `${b.day}.${b.start}-${b.end}`,
        day: b.day,
        slots: inside,
        start: b.start,
        end: b.end,
        minutes: durationMinutes(b.start, b.end),
      },
    ];
  });
}

/** The one definition of who may cover (src/model/cover.ts), shared with the checker. */
export function canCover(s: Scenario, staffId: string): boolean {
  return mayCover(s.staff.find((x) => x.id === staffId));
}

export interface ModelOptions {
  /**
   * Cover variables in every lesson slot of every group (true) or of these groups. Default: only where a class
   * may be without its own teacher (see coverCells); the verifier and the fallback of auditCover use this.
   */
  coverEverywhere?: boolean | ReadonlySet<string>;
}

export class SolverModel implements ModelBuilder {
  readonly lp = new LinearModel();
  readonly slots: SlotRef[];
  readonly atoms: AtomRef[];
  readonly levelled: boolean;
  /** Each class's level when that level has days of its own in the grid (else it follows the main days). */
  private readonly ownLevel = new Map<string, SlotRef["level"]>();
  private readonly slotsByGroup = new Map<string, SlotRef[]>();
  private readonly lessonsByGroup = new Map<string, SlotRef[]>();
  readonly subjectVars: SubjectVar[] = [];
  readonly classVars: ClassVar[] = [];
  readonly coverVars: CoverVar[] = [];
  readonly releaseVars: ReleaseVar[] = [];
  readonly atelierVars: AtelierVar[] = [];
  readonly optionalVars: OptionalVar[] = [];
  readonly lunchVars: LunchVar[] = [];
  private readonly released = new Map<string, string>();
  /** Groups and lesson slots that got no cover variables: the class teacher is sure to be there (coverCells). */
  readonly pinned = new Set<string>();

  constructor(
    readonly scenario: Scenario,
    readonly grid: DayGrid,
    readonly options: ModelOptions = {},
  ) {
    const withLunch = scenario.releaseGoals.some((g) => g.allowLunch);
    const levels = ownLevels(grid).filter((l) => scenario.groups.some((g) => g.level === l));
    this.levelled = levels.length > 0;
    this.slots = [
      ...gridSlots(grid, withLunch),
      ...levels.flatMap((l) => gridSlots({ ...grid, days: ownLevelDays(grid, l)! }, withLunch, l)),
    ];
    for (const g of scenario.groups) if (levels.includes(g.level)) this.ownLevel.set(g.id, g.level);
    this.atoms = this.levelled ? atomsOf(this.slots) : this.slots.map((t) => ({ ...t, slots: [t] }));
    this.createVariables();
  }

  /** The level whose own days a class follows (undefined: the main days). */
  levelOf(group: string): SlotRef["level"] {
    return this.ownLevel.get(group);
  }

  slotsOf(group: string): SlotRef[] {
    let out = this.slotsByGroup.get(group);
    if (!out) {
      const level = this.levelOf(group);
      out = this.slots.filter((t) => t.level === level);
      this.slotsByGroup.set(group, out);
    }
    return out;
  }

  /** A class's own lesson slots (slotsOf without staff and lunch slots). */
  lessonSlotsOf(group: string): SlotRef[] {
    let out = this.lessonsByGroup.get(group);
    if (!out) this.lessonsByGroup.set(group, (out = this.slotsOf(group).filter((t) => t.kind === "lesson")));
    return out;
  }

  releasedVar(staff: string, slot: string): string | undefined {
    return this.released.get(`${staff}|${slot}`);
  }

  addAuxVar(name: string, lb: number, ub: number): string {
    return this.lp.addVar(name, "continuous", lb, ub);
  }

  addIndicatorVar(name: string): string {
    return this.lp.addVar(name, "binary");
  }

  addConstraint(expr: LinExpr, op: "<=" | ">=" | "=", rhs: number, tag: ConstraintTag): void {
    this.lp.addConstraint(expr, op, rhs, tag);
  }

  addObjective(expr: LinExpr): void {
    this.lp.addObjective(expr);
  }

  private createVariables(): void {
    const s = this.scenario;
    // A lesson several classes take together is one variable when their slots have the same times.
    const mainAt = new Map(this.slots.filter((t) => !t.level).map((t) => [`${t.day}|${t.start}|${t.end}`, t.key]));
    const canon = (t: SlotRef) => (t.level ? (mainAt.get(`${t.day}|${t.start}|${t.end}`) ?? t.key) : t.key);
    for (const subject of s.subjects) {
      for (const group of subject.groups) {
        // A subject the class teacher gives (taughtBy "class") is placed too: its spread and preferences count.
        const teachers =
          subject.taughtBy === "class" ? s.groups.find((g) => g.id === group)!.classTeachers : subject.taughtBy.staff;
        // Groups that take it together share one variable per slot: one lesson for all of them (Subject.together).
        const owner = subject.together ? subject.groups.join("+") : group;
        // …at a time all of them have a period (DayGrid.levels: a kleuter class may have other times).
        const apart = (t: SlotRef) =>
          subject.together &&
          this.levelled &&
          subject.groups.some(
            (o) => !this.lessonSlotsOf(o).some((x) => x.day === t.day && x.start === t.start && x.end === t.end),
          );
        for (const slot of this.lessonSlotsOf(group)) {
          if (apart(slot)) continue;
          const name = this.lp.addVar(`x_${owner}_${subject.id}_${subject.together ? canon(slot) : slot.key}`);
          this.subjectVars.push({ name, group, subject, teachers, slot });
        }
      }
    }
    for (const g of s.groups) {
      for (const slot of this.lessonSlotsOf(g.id)) {
        this.classVars.push({
          name: this.lp.addVar(`k_${g.id}_${slot.key}`),
          group: g.id,
          slot,
          teachers: g.classTeachers,
        });
      }
    }
    this.createCoverVariables();
    this.createLunchVariables();
    for (const plan of s.atelierPlans) {
      if (!s.cover.ateliers) continue;
      for (const block of atelierBlocks(this, plan)) {
        this.atelierVars.push({ name: this.lp.addVar(`a_${plan.id}_${block.key}`), plan, block });
      }
    }
    for (const goal of s.releaseGoals) {
      for (const block of goalBlocks(this, goal)) {
        const rv: ReleaseVar = { name: this.lp.addVar(`y_${goal.id}_${block.key}`), goal, block };
        this.releaseVars.push(rv);
        for (const o of goal.optionalMembers) {
          this.optionalVars.push({ name: this.lp.addVar(`o_${goal.id}_${o}_${block.key}`), release: rv, staff: o });
        }
        for (const p of [...goal.members, ...goal.optionalMembers]) {
          for (const slot of blockSlots(block)) {
            const key = `${p}|${slot.key}`;
            if (!this.released.has(key))
              this.released.set(key, this.lp.addVar(`r_${p}_${slot.key}`, "continuous", 0, 1));
          }
        }
      }
    }
  }

  /** z: per lunch post, day with a lunch slot and person who may take it and is at school then. */
  private createLunchVariables(): void {
    const s = this.scenario;
    for (const turn of lunchTurns(s, this.grid))
      for (const p of s.staff) {
        if (!canTakeLunchPost(s, p.id, turn.day, turn.start, turn.end)) continue;
        const name = this.lp.addVar(`z_${turn.post.id}_${turn.day}_${p.id}`);
        this.lunchVars.push({ name, post: turn.post.id, day: turn.day, start: turn.start, end: turn.end, staff: p.id });
      }
  }

  private createCoverVariables(): void {
    const s = this.scenario;
    const needed = coverCells(this);
    const add = (group: string, slot: SlotRef, lever: CoverVar["lever"], who: string) => {
      if (!needed(group, slot)) {
        this.pinned.add(`${group}|${slot.key}`);
        return;
      }
      this.coverVars.push({ name: this.lp.addVar(`c_${group}_${slot.key}_${lever}_${who}`), group, slot, lever, who });
    };
    const merged = new Set<string>();
    const careTeachers = s.cover.careTeachers
      ? s.staff.filter((p) => p.flags.careTeacher && !p.flags.keepsCareHoursInClass && canCover(s, p.id))
      : [];
    // A school group (issue 11): a care teacher covers only classes of their own school(s), on its days.
    const reach = new Map(careTeachers.map((q) => [q.id, reachOf(s, q)]));
    for (const g of s.groups) {
      for (const slot of this.lessonSlotsOf(g.id)) {
        if (s.cover.coTeachers) for (const q of g.coTeachers) if (canCover(s, q)) add(g.id, slot, "coteacher", q);
        for (const q of careTeachers) if (reach.get(q.id)!(g.school, slot.day)) add(g.id, slot, "care", q.id);
        if (s.cover.interns) {
          for (const i of s.interns)
            if (i.group === g.id && i.independent && i.weekdays.includes(slot.day)) add(g.id, slot, "intern", i.id);
        }
        for (const m of s.cover.merges) {
          const [a, b] = m.groups;
          const host = a === g.id ? b : b === g.id ? a : undefined;
          if (!host) continue;
          const hostGroup = s.groups.find((x) => x.id === host)!;
          if (m.by && !hostGroup.classTeachers.includes(m.by)) continue;
          // Across levels only where the host class has a lesson at the same times (timetable.merge).
          if (
            this.levelOf(host) !== this.levelOf(g.id) &&
            !this.lessonSlotsOf(host).some((t) => t.day === slot.day && t.start === slot.start && t.end === slot.end)
          )
            continue;
          // One variable per (class, host): the same pair may be listed per semester (cover.merges from/to).
          if (merged.has(`${g.id}|${slot.key}|${host}`)) continue;
          merged.add(`${g.id}|${slot.key}|${host}`);
          add(g.id, slot, "merge", host);
        }
      }
    }
    if (s.cover.ateliers) {
      for (const plan of s.atelierPlans) {
        const blocks = atelierBlocks(this, plan);
        for (const g of plan.groups)
          for (const slot of this.lessonSlotsOf(g))
            if (blocks.some((b) => within([slot], b.day, b.start, b.end).length))
              this.coverVars.push({
                name: this.lp.addVar(`c_${g}_${slot.key}_atelier_${plan.id}`),
                group: g,
                slot,
                lever: "atelier",
                who: plan.id,
              });
      }
    }
  }
}

/**
 * Where a class may be without its own teacher, so that cover (co-teacher alone, care teacher, intern, merge)
 * can be needed (issue 11: cover variables for every class × care teacher × slot grew with the square of the
 * school). A class needs cover in a slot only when one of its class teachers may be away then: released for a
 * goal in a block over that slot (within the goal's windows), not at school, on supervision duty, on a lunch post
 * held then (another level's lunch, DayGrid.levels), or busy
 * elsewhere in the week (a specialist lesson, another class, co-teaching, care, an atelier) or with wishes. A
 * class with a co-teacher keeps cover everywhere. Elsewhere the class teacher teaches: cover there only costs
 * (README "The solver": a small cost per cover period) — auditCover() checks after encoding that no rule row
 * could make it needed, so the smaller model keeps every optimum (and its proof).
 */
function coverCells(m: SolverModel): (group: string, slot: SlotRef) => boolean {
  const s = m.scenario;
  const all = m.options.coverEverywhere;
  if (all === true) return () => true;
  const mayBeReleased = new Set<string>();
  for (const goal of s.releaseGoals) {
    for (const b of goalBlocks(m, goal)) {
      if (windowProblem(s, goalGrid(s, m.grid, goal), goal, b.day, b.start, b.end)) continue;
      for (const p of [...goal.members, ...goal.optionalMembers])
        for (const t of blockSlots(b)) mayBeReleased.add(`${p}|${t.key}`);
    }
  }
  const busy = new Set<string>();
  for (const sub of s.subjects) if (sub.taughtBy !== "class") for (const p of sub.taughtBy.staff) busy.add(p);
  const classes = new Map<string, number>();
  for (const g of s.groups) {
    for (const p of g.classTeachers) classes.set(p, (classes.get(p) ?? 0) + 1);
    for (const q of g.coTeachers) busy.add(q);
  }
  for (const [p, n] of classes) if (n > 1) busy.add(p);
  for (const plan of s.atelierPlans) for (const a of plan.ateliers) for (const l of a.leaders) busy.add(l);
  for (const p of s.staff) if (p.flags.careTeacher || p.wishes?.length) busy.add(p.id);
  // Lunch posts held while a class has a lesson (DayGrid.levels: the lager lunch 12:05–13:20 overlaps the kleuter
  // lesson 13:10–14:00): a class teacher who may take one may be on the playground then. Without level days the
  // posts lie in the lunch break and overlap no lesson.
  const turns = lunchTurns(s, m.grid);
  const onLunchPost = (p: string, t: SlotRef) =>
    turns.some(
      (x) =>
        x.day === t.day && overlaps(x.start, x.end, t.start, t.end) && canTakeLunchPost(s, p, x.day, x.start, x.end),
    );
  const away = (p: string, t: SlotRef) =>
    busy.has(p) ||
    mayBeReleased.has(`${p}|${t.key}`) ||
    onLunchPost(p, t) ||
    !availableIn(m, p, t) ||
    (s.staff.find((x) => x.id === p)?.supervision ?? []).some(
      (d) => d.day === t.day && overlaps(d.start, d.end, t.start, t.end),
    );
  const cells = new Set<string>();
  for (const g of s.groups)
    for (const t of m.slotsOf(g.id))
      if (
        t.kind === "lesson" &&
        ((all && all.has(g.id)) || g.coTeachers.length > 0 || g.classTeachers.some((p) => away(p, t)))
      )
        cells.add(`${g.id}|${t.key}`);
  return (group, slot) => cells.has(`${group}|${slot.key}`);
}

/**
 * After encoding: the groups whose pinned slots some row could still need cover for — a row where more
 * class-teacher periods (k, or a subject the class teacher gives) could break it, or a cost on them. Giving a
 * class cover nowhere in its pinned slots loses nothing when every such row holds even with the class teacher in
 * all of them (at most one per slot, at most the slots left after the specialist periods): then any week with
 * cover there becomes one at least as good by handing those periods back to the class teacher. Empty: the
 * smaller model is exact; otherwise build again with cover everywhere for these groups.
 */
export function auditCover(m: SolverModel): Set<string> {
  const unsafe = new Set<string>();
  if (m.pinned.size === 0) return unsafe;
  const s = m.scenario;
  // Variables that stand for "the class teacher teaches group g in slot t" (k, or a subject taught by the class).
  const own = new Map<string, { group: string; slot: string }>();
  for (const v of m.classVars) own.set(v.name, { group: v.group, slot: v.slot.key });
  for (const v of m.subjectVars)
    if (v.subject.taughtBy === "class") own.set(v.name, { group: v.group, slot: v.slot.key });
  // r[p,t] of a class's only class teacher, with that class and slot.
  const releasedOwn = new Map<string, { group: string; slot: string }>();
  for (const v of m.classVars) {
    if (v.teachers.length !== 1) continue;
    const r = m.releasedVar(v.teachers[0], v.slot.key);
    if (r) releasedOwn.set(r, { group: v.group, slot: v.slot.key });
  }
  // Blocks a class's only class teacher attends as a member: while one is chosen they teach none of its slots.
  const blockOwn = new Map<string, OwnBlock[]>();
  for (const y of m.releaseVars)
    for (const g of s.groups)
      if (g.classTeachers.length === 1 && y.goal.members.includes(g.classTeachers[0]))
        blockOwn.set(y.name, [
          ...(blockOwn.get(y.name) ?? []),
          { group: g.id, goal: y.goal.id, most: y.goal.blocksPerWeek, slots: blockSlots(y.block).map((t) => t.key) },
        ]);
  const lunch = new Map(m.lunchVars.map((z) => [z.name, z]));
  const soleClass = new Map<string, string>();
  for (const g of s.groups) if (g.classTeachers.length === 1) soleClass.set(g.classTeachers[0], g.id);
  const cap = new Map(
    s.groups.map((g) => [
      g.id,
      m.lessonSlotsOf(g.id).length -
        s.subjects.filter((x) => x.taughtBy !== "class" && x.groups.includes(g.id)).reduce((n, x) => n + x.periods, 0) -
        atelierPeriods(m, g.id),
    ]),
  );
  const isPinned = (name: string) => {
    const o = own.get(name);
    return !!o && m.pinned.has(`${o.group}|${o.slot}`);
  };
  for (const [name, c] of m.lp.objective) if (c < 0 && isPinned(name)) unsafe.add(own.get(name)!.group);
  for (const row of m.lp.constraints) {
    const pinnedHere = [...row.expr.keys()].filter(isPinned);
    if (pinnedHere.length === 0) continue;
    // Rows that more class-teacher periods can only help: every slot has one activity (the cell's own row), p ≥ k − r.
    if (row.tag.rule === "timetable.one-activity") continue;
    // In "≤" form (a "≥" row negated): only a pinned period with a positive coefficient can break the row.
    const sign = row.op === "<=" ? 1 : row.op === ">=" ? -1 : 0;
    if (sign !== 0 && pinnedHere.every((n) => sign * row.expr.get(n)! <= 0)) continue;
    if (sign === 0) {
      for (const n of pinnedHere) unsafe.add(own.get(n)!.group);
      continue;
    }
    const most = rowMaximum(m, row.expr, sign, { own, releasedOwn, blockOwn, cap, lunch, soleClass });
    if (most > sign * row.rhs + 1e-9) for (const n of pinnedHere) unsafe.add(own.get(n)!.group);
  }
  return unsafe;
}

interface OwnBlock {
  group: string;
  goal: string;
  /** The goal's blocks per week: at most this many of its blocks are chosen. */
  most: number;
  slots: string[];
}

interface OwnPeriods {
  own: Map<string, { group: string; slot: string }>;
  releasedOwn: Map<string, { group: string; slot: string }>;
  blockOwn: Map<string, OwnBlock[]>;
  cap: Map<string, number>;
  /** Lunch posts (z) by variable name: a person takes at most one a day and lunchSupervision.maxPerWeek a week. */
  lunch: Map<string, LunchVar>;
  /** The class whose only class teacher this person is. */
  soleClass: Map<string, string>;
}

/** Most combinations of chosen blocks tried per row before bounding with every block chosen at once. */
const MAX_BLOCK_CHOICES = 4096;

/**
 * An upper bound of sign·expr over the weeks: per class at most one own period per slot and `cap` of them; the
 * class's only class teacher is not teaching in a slot where they are released (no-double-booking: k + r ≤ 1)
 * nor in a slot of a block they attend, and of a goal's blocks at most `most` are chosen (release.goal-met); a
 * person takes at most one lunch post a day and lunchSupervision.maxPerWeek a week (release.lunch-supervision).
 */
function rowMaximum(m: SolverModel, expr: LinExpr, sign: number, o: OwnPeriods): number {
  let fixed = 0;
  const ownAt = new Map<string, Map<string, number>>();
  const releasedAt = new Map<string, Map<string, number>>();
  const at = (x: Map<string, Map<string, number>>, g: string) => x.get(g) ?? x.set(g, new Map()).get(g)!;
  const groupsHere = new Set([...expr.keys()].flatMap((n) => (o.own.has(n) ? [o.own.get(n)!.group] : [])));
  const blocks: Chosen[] = [];
  const perWeek = m.scenario.lunchSupervision?.maxPerWeek ?? DAYS.length;
  const lunchOf = new Map<string, (Chosen & { day: string })[]>();
  for (const [name, c0] of expr) {
    const c = sign * c0;
    const own = o.own.get(name);
    const r = o.releasedOwn.get(name);
    const y = c > 0 ? o.blockOwn.get(name)?.find((b) => groupsHere.has(b.group)) : undefined;
    const z = c > 0 ? o.lunch.get(name) : undefined;
    if (own && c > 0) at(ownAt, own.group).set(own.slot, Math.max(at(ownAt, own.group).get(own.slot) ?? 0, c));
    else if (r && c > 0) at(releasedAt, r.group).set(r.slot, (at(releasedAt, r.group).get(r.slot) ?? 0) + c);
    else if (y) blocks.push({ ...y, coef: c });
    else if (z) {
      // With level days a post held during a lesson of the person's own class excludes that lesson (one place).
      const g = o.soleClass.get(z.staff);
      const slots =
        m.levelled && g && groupsHere.has(g)
          ? m
              .lessonSlotsOf(g)
              .filter((t) => t.day === z.day && overlaps(t.start, t.end, z.start, z.end))
              .map((t) => t.key)
          : [];
      const item = { group: g ?? "", goal: `lunch|${z.staff}`, most: perWeek, slots, coef: c, day: z.day };
      lunchOf.set(z.staff, [...(lunchOf.get(z.staff) ?? []), item]);
    } else {
      const v = m.lp.variables.get(name)!;
      fixed += c > 0 ? c * v.ub : c * v.lb;
    }
  }
  /** Lunch posts bounded alone: the best post per day, on the best `perWeek` days. */
  const loose = (items: readonly (Chosen & { day: string })[]) => {
    const best = new Map<string, number>();
    for (const i of items) best.set(i.day, Math.max(best.get(i.day) ?? 0, i.coef));
    return [...best.values()]
      .sort((a, b) => b - a)
      .slice(0, perWeek)
      .reduce((a, b) => a + b, 0);
  };
  /**
   * The bound when exactly these blocks (and lunch posts) are chosen: each spread over its slots, a slot of a
   * chosen one is no own period; a post that overlaps no own lesson counts alone.
   */
  const withBlocks = (chosen: readonly Chosen[]) => {
    let most = 0;
    for (const b of chosen) if (b.slots.length === 0) most += b.coef;
    for (const g of new Set([...ownAt.keys(), ...releasedAt.keys(), ...chosen.map((b) => b.group)])) {
      const away = new Map(at(releasedAt, g));
      for (const b of chosen.filter((x) => x.group === g))
        for (const t of b.slots) away.set(t, (away.get(t) ?? 0) + b.coef / b.slots.length);
      for (const v of away.values()) most += v;
      const gains = [...at(ownAt, g)].map(([t, c]) => (away.has(t) ? 0 : c)).sort((a, b) => b - a);
      most += gains.slice(0, Math.max(0, o.cap.get(g) ?? gains.length)).reduce((a, b) => a + b, 0);
    }
    return most;
  };
  // Every choice of at most `most` blocks per goal (usually one goal, one block a week: a few dozen choices).
  const byGoal = new Map<string, Chosen[]>();
  for (const b of blocks) byGoal.set(b.goal, [...(byGoal.get(b.goal) ?? []), b]);
  let choices: Chosen[][] = [[]];
  for (const list of byGoal.values()) {
    const subsets = subsetsUpTo(list, list[0].most, MAX_BLOCK_CHOICES);
    if (!subsets || choices.length * subsets.length > MAX_BLOCK_CHOICES)
      return fixed + [...lunchOf.values()].reduce((n, items) => n + loose(items), 0) + withBlocks(blocks);
    choices = choices.flatMap((c) => subsets.map((x) => [...c, ...x]));
  }
  // A person's lunch posts: chosen together with the blocks only when one overlaps a lesson of their class.
  for (const items of lunchOf.values()) {
    const subsets = items.some((i) => i.slots.length) ? oneADay(items, perWeek, MAX_BLOCK_CHOICES) : undefined;
    if (!subsets || choices.length * subsets.length > MAX_BLOCK_CHOICES) fixed += loose(items);
    else choices = choices.flatMap((c) => subsets.map((x) => [...c, ...x]));
  }
  return fixed + Math.max(...choices.map(withBlocks));
}

type Chosen = OwnBlock & { coef: number };

/** All choices of at most one item a day and at most k in all (undefined when there are more than `limit`). */
function oneADay<T extends { day: string }>(items: readonly T[], k: number, limit: number): T[][] | undefined {
  let out: T[][] = [[]];
  for (const day of new Set(items.map((i) => i.day))) {
    const today = items.filter((i) => i.day === day);
    out = out.flatMap((c) => [c, ...(c.length < k ? today.map((i) => [...c, i]) : [])]);
    if (out.length > limit) return undefined;
  }
  return out;
}

/** All subsets of at most k items (undefined when there are more than `limit`). */
function subsetsUpTo<T>(items: readonly T[], k: number, limit: number): T[][] | undefined {
  let out: T[][] = [[]];
  let frontier: { set: T[]; next: number }[] = [{ set: [], next: 0 }];
  for (let size = 1; size <= k; size++) {
    const grown: { set: T[]; next: number }[] = [];
    for (const f of frontier)
      for (let i = f.next; i < items.length; i++) grown.push({ set: [...f.set, items[i]], next: i + 1 });
    out = out.concat(grown.map((g) => g.set));
    if (out.length > limit) return undefined;
    frontier = grown;
  }
  return out;
}

/** Lesson slots an atelier takes from the class every week: its plan runs in exactly one block (timetable.atelier). */
function atelierPeriods(m: SolverModel, group: string): number {
  if (!m.scenario.cover.ateliers) return 0;
  let n = 0;
  for (const plan of m.scenario.atelierPlans) {
    if (!plan.groups.includes(group)) continue;
    const sizes = m.atelierVars
      .filter((v) => v.plan === plan)
      .map((v) => v.block.slots.filter((t) => t.kind === "lesson").length);
    if (sizes.length) n += Math.min(...sizes);
  }
  return n;
}

/** The day cut at every boundary of every slot (any level): the stretches some slot covers, with those slots. */
function atomsOf(slots: readonly SlotRef[]): AtomRef[] {
  const out: AtomRef[] = [];
  for (const day of DAYS) {
    const mine = slots.filter((t) => t.day === day);
    const cuts = [...new Set(mine.flatMap((t) => [toMinutes(t.start), toMinutes(t.end)]))].sort((a, b) => a - b);
    for (let i = 0; i + 1 < cuts.length; i++) {
      const [from, to] = [cuts[i], cuts[i + 1]];
      const over = mine.filter((t) => toMinutes(t.start) <= from && to <= toMinutes(t.end));
      if (over.length === 0) continue;
      out.push({ key: `${day}.a${toClock(from)}`, day, start: toClock(from), end: toClock(to), slots: over });
    }
  }
  return out;
}
