// Shared by the week.* rules (regulations, "The pupils' week"): which day grids a rule looks at, how bad a
// broken grid is, and the candidate's lessons per class and day.
//
// Severity of a broken grid: a candidate's own grid, or the scenario's only grid, gets the rule's own
// severity. When the scenario offers several grids for the solver to choose from, a broken grid is a
// warning that this grid cannot be used — unless no offered grid passes, then it is the rule's own severity
// again (otherwise a scenario whose every grid is illegal would look fine).
import {
  type Candidate,
  type Day,
  type DayGrid,
  type Lesson,
  type Scenario,
  type Violation,
  DAYS,
  groupName,
  toMinutes,
} from "../../src/model/index.js";
import { gridOf, type Rule, type RuleContext, violation } from "../rule.js";

/** Mon, Tue, Thu, Fri: the full school days of BaO/2020/03 (Wednesday afternoon is free). */
export const FULL_DAYS: readonly Day[] = ["mon", "tue", "thu", "fri"];

/** One finding before it becomes a violation. `key` pairs a class-level finding with the grid-level one it explains (default: the day). */
export interface Finding {
  where: Violation["where"];
  nl: string;
  en: string;
  key?: string;
}

const keyOf = (f: Finding) => f.key ?? f.where.day ?? "";

/** The grids a rule checks: the candidate's own grid, else every grid the scenario offers. */
export function gridsToCheck(ctx: RuleContext): DayGrid[] {
  if (ctx.candidate) return [ctx.grid ?? gridOf(ctx.scenario, ctx.candidate)];
  return ctx.scenario.dayGrids;
}

export const gridLabel = (g: DayGrid) => `Dagindeling '${g.name}'`;
export const gridLabelEn = (g: DayGrid) => `Day grid '${g.name}'`;

/**
 * Check the day grids (and, for a candidate, its lessons). Class-level findings name the class; a grid-level
 * finding is dropped for a candidate when class-level findings with the same key already show it.
 */
export function checkWeek(
  rule: Pick<Rule, "id" | "severity">,
  ctx: RuleContext,
  gridFindings: (grid: DayGrid) => Finding[],
  lessonFindings?: (week: ClassWeek[], grid: DayGrid) => Finding[],
): Violation[] {
  const grids = gridsToCheck(ctx);
  const fromLessons =
    ctx.candidate && lessonFindings ? lessonFindings(classWeeks(ctx.scenario, ctx.candidate), grids[0]) : [];
  const shown = new Set(fromLessons.map(keyOf));
  const perGrid = grids.map((g) => ({
    g,
    found: gridFindings(g).filter((f) => !(ctx.candidate && shown.has(keyOf(f)))),
  }));

  const choosing = !ctx.candidate && grids.length > 1;
  const someUsable = perGrid.some((x) => x.found.length === 0);
  const out: Violation[] = [];
  for (const { g, found } of perGrid) {
    for (const f of found) {
      if (!choosing) out.push(violation(rule, f.where, f.nl, f.en));
      else if (someUsable)
        out.push(
          violation(
            rule,
            f.where,
            `${f.nl} ${gridLabel(g)} kan dus niet gebruikt worden.`,
            `${f.en} ${gridLabelEn(g)} cannot be used.`,
            "warning",
          ),
        );
      else
        out.push(violation(rule, f.where, `${f.nl} Geen enkele dagindeling voldoet.`, `${f.en} No day grid passes.`));
    }
  }
  for (const f of fromLessons) out.push(violation(rule, f.where, f.nl, f.en));
  return out;
}

// ---------- a candidate's lessons per class ----------

export interface ClassWeek {
  group: string;
  /** "Klas L3B" */
  label: string;
  /** The class's lessons per day, sorted by start; one entry per distinct start time. */
  days: Record<Day, Lesson[]>;
}

/** Every class of the scenario (and any unknown group in the lessons), with its lessons per day. */
export function classWeeks(scenario: Scenario, candidate: Candidate): ClassWeek[] {
  const byId = new Map<string, ClassWeek>();
  const make = (id: string, name: string): ClassWeek => ({
    group: id,
    label: classLabel(name),
    days: { mon: [], tue: [], wed: [], thu: [], fri: [] },
  });
  for (const g of scenario.groups) byId.set(g.id, make(g.id, groupName(g)));
  for (const l of candidate.lessons) {
    if (!byId.has(l.group)) byId.set(l.group, make(l.group, l.group));
    const list = byId.get(l.group)!.days[l.day];
    if (list && !list.some((x) => x.start === l.start)) list.push(l);
  }
  for (const w of byId.values())
    for (const d of DAYS) w.days[d].sort((a, b) => toMinutes(a.start) - toMinutes(b.start));
  return [...byId.values()];
}

/** "Klas L3B" (a name that already starts with "klas" is kept as it is). */
export const classLabel = (name: string) => (/^klas\b/i.test(name) ? name : `Klas ${name}`);

/** "3 lestijden" / "1 lestijd" */
export const lestijden = (n: number) => `${n} ${n === 1 ? "lestijd" : "lestijden"}`;
