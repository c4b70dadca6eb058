// Model builder: creates the decision variables for one day grid (the design "model only what must be
// decided") and lets every rule's encode() add its constraints. The class teacher fills every period
// nobody else takes, so only specialist, cover, atelier and release placements are variables.
import type {
  AtelierVar,
  BlockRef,
  OptionalVar,
  ClassVar,
  ConstraintTag,
  CoverVar,
  LinExpr,
  ModelBuilder,
  ReleaseVar,
  SlotRef,
  SubjectVar,
} from "../constraints/model-builder.js";
import {
  DAYS,
  durationMinutes,
  goalMinBlock,
  mayCover,
  toMinutes,
  type DayGrid,
  type ReleaseGoal,
  type Scenario,
} from "../src/model/index.js";
import { LinearModel } from "./linear-model.js";

export function minBlockMinutes(s: Scenario, goal: ReleaseGoal): number {
  return goalMinBlock(s, goal);
}

/** Lesson and staff slots of a grid, keyed "mon.3" (lesson index) or "mon.s15:00" (staff slot). */
export function gridSlots(grid: DayGrid): SlotRef[] {
  const out: SlotRef[] = [];
  for (const day of DAYS) {
    let li = 0;
    for (const s of grid.days[day]) {
      if (s.kind !== "lesson" && s.kind !== "staff") continue;
      const index = s.kind === "lesson" ? li++ : -1;
      out.push({
        key: s.kind === "lesson" ? `${day}.${index}` : `${day}.s${s.start}`,
        day,
        index,
        start: s.start,
        end: s.end,
        kind: s.kind,
        minutes: durationMinutes(s.start, s.end),
      });
    }
  }
  return out;
}

/**
 * Candidate release blocks: runs of consecutive lesson/staff slots on one day, never across lunch
 * (a run may span a short break). Only runs at least `minMinutes` long.
 */
export function candidateBlocks(grid: DayGrid, slots: SlotRef[], minMinutes: number, allowStaff: boolean): BlockRef[] {
  const out: BlockRef[] = [];
  for (const day of DAYS) {
    const segments: SlotRef[][] = [[]];
    for (const s of grid.days[day]) {
      if (s.kind === "lunch") segments.push([]);
      else if (s.kind === "lesson" || (s.kind === "staff" && allowStaff)) {
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

/** Blocks of an atelier plan mapped onto the grid's lesson slots. */
function atelierBlocks(slots: SlotRef[], plan: Scenario["atelierPlans"][number]): BlockRef[] {
  return plan.candidateBlocks.flatMap((b) => {
    const inside = slots.filter((s) => s.kind === "lesson" && s.day === b.day && b.start <= s.start && s.end <= b.end);
    if (inside.length === 0) return [];
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

export class SolverModel implements ModelBuilder {
  readonly lp = new LinearModel();
  readonly slots: SlotRef[];
  readonly subjectVars: SubjectVar[] = [];
  readonly classVars: ClassVar[] = [];
  readonly coverVars: CoverVar[] = [];
  readonly releaseVars: ReleaseVar[] = [];
  readonly atelierVars: AtelierVar[] = [];
  readonly optionalVars: OptionalVar[] = [];
  private readonly released = new Map<string, string>();

  constructor(
    readonly scenario: Scenario,
    readonly grid: DayGrid,
  ) {
    this.slots = gridSlots(grid);
    this.createVariables();
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
    const lessonSlots = this.slots.filter((t) => t.kind === "lesson");
    for (const subject of s.subjects) {
      for (const group of subject.groups) {
        // A subject the class teacher gives (taughtBy "class") is placed too: its spread and preferences count.
        const teachers =
          subject.taughtBy === "class" ? s.groups.find((g) => g.id === group)!.classTeachers : subject.taughtBy.staff;
        for (const slot of lessonSlots) {
          const name = this.lp.addVar(`x_${group}_${subject.id}_${slot.key}`);
          this.subjectVars.push({ name, group, subject, teachers, slot });
        }
      }
    }
    for (const g of s.groups) {
      for (const slot of lessonSlots) {
        this.classVars.push({
          name: this.lp.addVar(`k_${g.id}_${slot.key}`),
          group: g.id,
          slot,
          teachers: g.classTeachers,
        });
      }
    }
    this.createCoverVariables(lessonSlots);
    for (const plan of s.atelierPlans) {
      if (!s.cover.ateliers) continue;
      for (const block of atelierBlocks(this.slots, plan)) {
        this.atelierVars.push({ name: this.lp.addVar(`a_${plan.id}_${block.key}`), plan, block });
      }
    }
    for (const goal of s.releaseGoals) {
      const allowStaff = goal.allowAfterSchool && s.cover.afterSchoolWindow;
      for (const block of candidateBlocks(this.grid, this.slots, minBlockMinutes(s, goal), allowStaff)) {
        const rv: ReleaseVar = { name: this.lp.addVar(`y_${goal.id}_${block.key}`), goal, block };
        this.releaseVars.push(rv);
        for (const o of goal.optionalMembers) {
          this.optionalVars.push({ name: this.lp.addVar(`o_${goal.id}_${o}_${block.key}`), release: rv, staff: o });
        }
        for (const p of [...goal.members, ...goal.optionalMembers]) {
          for (const slot of block.slots) {
            const key = `${p}|${slot.key}`;
            if (!this.released.has(key))
              this.released.set(key, this.lp.addVar(`r_${p}_${slot.key}`, "continuous", 0, 1));
          }
        }
      }
    }
  }

  private createCoverVariables(lessonSlots: SlotRef[]): void {
    const s = this.scenario;
    const add = (group: string, slot: SlotRef, lever: CoverVar["lever"], who: string) =>
      this.coverVars.push({ name: this.lp.addVar(`c_${group}_${slot.key}_${lever}_${who}`), group, slot, lever, who });
    const merged = new Set<string>();
    const careTeachers = s.cover.careTeachers
      ? s.staff.filter((p) => p.flags.careTeacher && !p.flags.keepsCareHoursInClass && canCover(s, p.id))
      : [];
    for (const g of s.groups) {
      for (const slot of lessonSlots) {
        if (s.cover.coTeachers) for (const q of g.coTeachers) if (canCover(s, q)) add(g.id, slot, "coteacher", q);
        for (const q of careTeachers) add(g.id, slot, "care", q.id);
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
          // One variable per (class, host): the same pair may be listed per semester (cover.merges from/to).
          if (merged.has(`${g.id}|${slot.key}|${host}`)) continue;
          merged.add(`${g.id}|${slot.key}|${host}`);
          add(g.id, slot, "merge", host);
        }
      }
    }
    if (s.cover.ateliers) {
      for (const plan of s.atelierPlans) {
        const inBlocks = new Set(atelierBlocks(this.slots, plan).flatMap((b) => b.slots.map((x) => x.key)));
        for (const g of plan.groups)
          for (const slot of lessonSlots) if (inBlocks.has(slot.key)) add(g, slot, "atelier", plan.id);
      }
    }
  }
}
