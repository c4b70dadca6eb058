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
  levelGrid,
  ownLevels,
  toMinutes,
} from "../../src/model/index.js";
import { gridOf, type Message, type MessageData, report, type Rule, type RuleContext } from "../rule.js";

type Phrase = { nl: string; en: string };

/** Mon, Tue, Thu, Fri: the full school days of BaO/2020/03 (Wednesday afternoon is free). */
export const FULL_DAYS: readonly Day[] = ["mon", "tue", "thu", "fri"];

/**
 * One finding before it becomes a violation: a message id of the rule and its data. `key` pairs a class-level
 * finding with the grid-level one it explains (default: the day).
 *
 * Grid-level findings use message ids `grid-…` whose texts end in `{verdict}`: checkWeek fills it with what a
 * broken grid means (nothing for the only or the candidate's grid; " Dagindeling '…' kan dus niet gebruikt
 * worden." when another offered grid passes; " Geen enkele dagindeling voldoet." when none does).
 * Class-level findings (a candidate's lessons) use message ids `class-…`.
 */
export interface Finding<M extends string = string> {
  where: Violation["where"];
  messageId: M;
  data: MessageData;
  key?: string;
}

export const finding = <M extends string>(
  messageId: M,
  where: Violation["where"],
  data: MessageData,
  key?: string,
): Finding<M> => ({ messageId, where, data, ...(key ? { key } : {}) });

const keyOf = (f: Finding) => f.key ?? f.where.day ?? "";

/** The grids a rule checks: the candidate's own grid, else every grid the scenario offers. */
export function gridsToCheck(ctx: RuleContext): DayGrid[] {
  if (ctx.candidate) return [ctx.grid ?? gridOf(ctx.scenario, ctx.candidate)];
  return ctx.scenario.dayGrids;
}

type WeekRule<M extends string> = Pick<Rule<M>, "id" | "severity"> & { messages: Record<M, Message> };

/**
 * Check the day grids (and, for a candidate, its lessons). Class-level findings name the class; a grid-level
 * finding is dropped for a candidate when class-level findings with the same key already show it.
 */
export function checkWeek<M extends string>(
  rule: WeekRule<M>,
  ctx: RuleContext,
  gridFindings: (grid: DayGrid) => Finding<Extract<NoInfer<M>, `grid-${string}`>>[],
  lessonFindings?: (week: ClassWeek[], grid: DayGrid) => Finding<Extract<NoInfer<M>, `class-${string}`>>[],
): Violation[] {
  const grids = gridsToCheck(ctx);
  // Each class against its own days (DayGrid.levels: the kleuters may have other break and lunch times).
  const fromLessons =
    ctx.candidate && lessonFindings
      ? levelDays(ctx.scenario, grids[0]).flatMap(({ grid, groups }) =>
          lessonFindings(
            classWeeks(ctx.scenario, ctx.candidate!).filter((w) => groups(w.group)),
            grid,
          ),
        )
      : [];
  const shown = new Set(fromLessons.map(keyOf));
  // A grid with level days is used only when those pass too: their findings count as the grid's own.
  const perGrid = grids.map((g) => ({
    g,
    found: levelDays(ctx.scenario, g)
      .flatMap((x) => gridFindings(x.grid))
      .filter((f) => !(ctx.candidate && shown.has(keyOf(f)))),
  }));

  const choosing = !ctx.candidate && grids.length > 1;
  const someUsable = perGrid.some((x) => x.found.length === 0);
  const out: Violation[] = [];
  for (const { g, found } of perGrid) {
    const verdict: Phrase = !choosing
      ? { nl: "", en: "" }
      : someUsable
        ? { nl: ` Dagindeling '${g.name}' kan dus niet gebruikt worden.`, en: ` Day grid '${g.name}' cannot be used.` }
        : { nl: " Geen enkele dagindeling voldoet.", en: " No day grid passes." };
    const severity = choosing && someUsable ? "warning" : undefined;
    for (const f of found) out.push(report(rule, f.messageId, f.where, { ...f.data, verdict }, severity));
  }
  for (const f of fromLessons) out.push(report(rule, f.messageId, f.where, f.data));
  return out;
}

/**
 * The days a grid gives each level of this school (DayGrid.levels): the main days for the classes that follow
 * them, and per level with days of its own a grid named after the level, e.g. "Gewone week (kleuter)".
 */
export function levelDays(s: Scenario, grid: DayGrid): { grid: DayGrid; groups: (group: string) => boolean }[] {
  const own = ownLevels(grid).filter((l) => s.groups.some((g) => g.level === l));
  const levelOf = new Map(s.groups.map((g) => [g.id, g.level]));
  return [
    { grid, groups: (g: string) => !own.includes(levelOf.get(g)!) },
    ...own.map((l) => ({
      grid: { ...levelGrid(grid, l), name: `${grid.name} (${l})` },
      groups: (g: string) => levelOf.get(g) === l,
    })),
  ];
}

/** "maandag" / "Monday" */
export { dayName } from "../structure/names.js";

/** "3 lestijden" / "3 lesson periods"; "1 lestijd" / "1 lesson period" */
export const lestijden = (n: number): Phrase => ({
  nl: `${n} ${n === 1 ? "lestijd" : "lestijden"}`,
  en: `${n} ${n === 1 ? "lesson period" : "lesson periods"}`,
});

// ---------- a candidate's lessons per class ----------

export interface ClassWeek {
  group: string;
  /** "Klas L3B" / "Class L3B" */
  label: Phrase;
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

/** "Klas L3B" / "Class L3B" (a name that already starts with "klas", or "class" in English, is kept as it is). */
export const classLabel = (name: string): Phrase => ({
  nl: /^klas\b/i.test(name) ? name : `Klas ${name}`,
  en: /^(klas|class)\b/i.test(name) ? name : `Class ${name}`,
});
