// The rule verifier (issue 9; in the spirit of Timefold's ConstraintVerifier): one verdict per rule.
// For a candidate week it sets the model's variables from the week (lessons → x/k/c, releases → y/r/o,
// ateliers → a), evaluates the rows each rule's encode() added (tagged with the rule id) and compares with
// check(): a rule's rows are broken exactly when check() reports a hard violation of that rule.
// A part of the week the model has no variable for (e.g. a merge of an unlisted pair) breaks the variable
// domain, which belongs to the rule named with it.
import { checkCandidate } from "../constraints/check.js";
import { blockSlots, type SlotRef } from "../constraints/model-builder.js";
import { RULES } from "../constraints/registry.js";
import { gridOf, type Rule } from "../constraints/rule.js";
import { type Candidate, type Scenario, type Violation, worksAt } from "../src/model/index.js";
import { SolverModel } from "./build.js";
import { encodeAll } from "./encode/index.js";
import { coverLabel } from "./extract.js";
import type { Constraint } from "./linear-model.js";
import { LinearModel } from "./linear-model.js";

const EPS = 1e-6;

export interface BrokenRow {
  instance: string;
  message: string;
  lhs: number;
  op: string;
  rhs: number;
}

export interface RuleVerdict {
  rule: string;
  /** Rows of this rule the week breaks, and parts of the week the model cannot express for this rule. */
  rows: BrokenRow[];
  domain: string[];
  /** Hard violations check() reports for this rule. */
  check: Violation[];
  agree: boolean;
}

export interface Verification {
  verdicts: RuleVerdict[];
  disagreements: RuleVerdict[];
  /** A disagreement in words: the rule, the week fragment and both verdicts. */
  report(): string;
}

/** Rules verified: every rule that adds rows to the model. */
export const ENCODED_RULES: readonly Rule[] = RULES.filter((r) => r.encode);

const models = new WeakMap<Scenario, Map<string, SolverModel>>();

/** One encoded model per scenario and grid (read only here: never solved, never cut). */
function modelFor(s: Scenario, candidate: Candidate): SolverModel {
  const grid = gridOf(s, candidate);
  let byGrid = models.get(s);
  if (!byGrid) models.set(s, (byGrid = new Map()));
  let m = byGrid.get(grid.id);
  if (!m) {
    // Every cover the rules allow is a variable here: the solver's smaller model (build.ts coverCells) leaves out
    // cover nobody needs, but the verifier judges any week the checker can be shown.
    m = new SolverModel(s, grid, { coverEverywhere: true });
    encodeAll(m);
    byGrid.set(grid.id, m);
  }
  return m;
}

interface Assignment {
  values: Map<string, number>;
  domain: { rule: string; what: string }[];
}

/** The week as values of the model's variables. */
export function weekToValues(m: SolverModel, c: Candidate): Assignment {
  const s = m.scenario;
  const values = new Map<string, number>();
  const domain: Assignment["domain"] = [];
  const no = (rule: string, what: string) => domain.push({ rule, what });
  // Each class's lesson slots by time: its level's own days when the grid has them (DayGrid.levels).
  const slotAtMap = new Map(
    m.slots.filter((t) => t.kind === "lesson").map((t) => [`${t.level ?? ""}|${t.day}|${t.start}|${t.end}`, t]),
  );
  const slotAt = (l: Pick<Candidate["lessons"][number], "group" | "day" | "start" | "end">) =>
    slotAtMap.get(`${m.levelOf(l.group) ?? ""}|${l.day}|${l.start}|${l.end}`);
  const idx = <T extends { name: string }>(vars: readonly T[], key: (v: T) => string) =>
    new Map(vars.map((v) => [key(v), v.name]));
  const xVar = idx(m.subjectVars, (v) => `${v.group}|${v.subject.id}|${v.slot.key}`);
  const kVar = idx(m.classVars, (v) => `${v.group}|${v.slot.key}`);
  const cVar = idx(m.coverVars, (v) => `${v.group}|${v.slot.key}|${v.lever}|${v.who}`);
  const set = (name: string | undefined, rule: string, what: string) => (name ? values.set(name, 1) : no(rule, what));
  const groups = new Map(s.groups.map((g) => [g.id, g]));

  for (const l of c.lessons) {
    const t = slotAt(l);
    const what = `${l.group} ${l.day} ${l.start}–${l.end} ${l.subject} [${l.staff.join(",")}]`;
    const g = groups.get(l.group);
    if (!t || !g) {
      no("timetable.one-activity", `${what}: no lesson slot or group of the model`);
      continue;
    }
    if (l.subject === "ATELIER") {
      set(
        cVar.get(`${l.group}|${t.key}|atelier|${l.atelierPlan}`),
        "timetable.atelier",
        `${what}: no atelier variable`,
      );
    } else if (l.subject !== "KLAS") {
      const sub = s.subjects.find((x) => x.id === l.subject);
      const teachers = !sub ? [] : sub.taughtBy === "class" ? g.classTeachers : sub.taughtBy.staff;
      const own =
        sub?.taughtBy === "class"
          ? l.staff.length > 0 && l.staff.every((p) => [...g.classTeachers, ...g.coTeachers].includes(p))
          : sameSet(l.staff, teachers);
      // Groups that take it together share one variable: it stands for all of them or none (Subject.together).
      const apart = sub?.together
        ? sub.groups.filter(
            (o) =>
              !c.lessons.some(
                (x) =>
                  x.group === o && x.subject === sub.id && x.day === l.day && x.start === l.start && x.end === l.end,
              ),
          )
        : [];
      if (!own) no("timetable.subject-plan", `${what}: taught by someone else than ${teachers.join(",")}`);
      else if (apart.length) no("timetable.subject-plan", `${what}: taken together, but not by ${apart.join(",")}`);
      else
        set(xVar.get(`${l.group}|${l.subject}|${t.key}`), "timetable.subject-plan", `${what}: not in the subject plan`);
    } else if (l.mergedWith) {
      const host = groups.get(l.mergedWith);
      // The guest is the group whose own class teacher is not there (the host's co-teacher may be).
      const hostTeaches =
        !!host &&
        l.staff.some((p) => host.classTeachers.includes(p)) &&
        !l.staff.some((p) => g.classTeachers.includes(p));
      if (hostTeaches)
        set(
          cVar.get(`${l.group}|${t.key}|merge|${l.mergedWith}`),
          "timetable.merge",
          `${what}: merge with ${l.mergedWith}`,
        );
      else set(kVar.get(`${l.group}|${t.key}`), "timetable.subject-plan", what);
    } else if (l.staff.some((p) => g.classTeachers.includes(p))) {
      set(kVar.get(`${l.group}|${t.key}`), "timetable.subject-plan", what);
    } else if (l.staff.length === 0 && (l.interns ?? []).length > 0) {
      const intern = s.interns.find((i) => i.id === l.interns![0]);
      const rule = intern && !intern.weekdays.includes(l.day) ? "timetable.availability" : "timetable.subject-plan";
      set(cVar.get(`${l.group}|${t.key}|intern|${l.interns![0]}`), rule, `${what}: intern ${l.interns![0]} alone`);
    } else if (l.staff.length === 1) {
      const lever = g.coTeachers.includes(l.staff[0]) ? "coteacher" : "care";
      // Care cover in a school the person does not work in (then) has no variable: staff.schools says so.
      const person = s.staff.find((p) => p.id === l.staff[0]);
      const away = lever === "care" && !!person && !worksAt(s, person, l.group, l.day);
      const rule = away ? "staff.schools" : "timetable.subject-plan";
      set(cVar.get(`${l.group}|${t.key}|${lever}|${l.staff[0]}`), rule, `${what}: ${lever}`);
    } else no("timetable.subject-plan", `${what}: nobody or several non-class teachers`);
  }

  const yVar = idx(m.releaseVars, (v) => `${v.goal.id}|${v.block.day}|${v.block.start}|${v.block.end}`);
  for (const r of c.releases) {
    const what = `release ${r.goal} ${r.day} ${r.start}–${r.end}`;
    const goal = s.releaseGoals.find((g) => g.id === r.goal);
    const y = yVar.get(`${r.goal}|${r.day}|${r.start}|${r.end}`);
    if (!goal || !y) {
      no("timetable.release-frees", `${what}: not a possible block of the goal`);
      continue;
    }
    values.set(y, 1);
    if (
      !goal.members.every((p) => r.staff.includes(p)) ||
      !r.staff.every((p) => goal.members.includes(p) || goal.optionalMembers.includes(p)) ||
      !sameSet(r.externals ?? [], goal.externals)
    )
      no("timetable.release-frees", `${what}: people differ from the goal's`);
    const rv = m.releaseVars.find((v) => v.name === y)!;
    // The cover list is the model's reading of the lessons in the block (as extract.ts writes it).
    for (const g of s.groups) {
      const affected = [...g.classTeachers, ...g.coTeachers].some((p) => r.staff.includes(p));
      const expected = new Set(
        affected
          ? blockSlots(rv.block)
              .filter((t) => t.kind === "lesson" && t.level === m.levelOf(g.id))
              .flatMap((t) => {
                const l = c.lessons.find((x) => x.group === g.id && x.day === t.day && x.start === t.start);
                // A lesson a released member still gives is no cover (that is a double booking, judged elsewhere).
                const by = l && !l.staff.some((p) => r.staff.includes(p)) && coverLabel(l, g.id, s);
                return by ? [by] : [];
              })
          : [],
      );
      const listed = new Set(r.cover.filter((x) => x.group === g.id && x.by !== "none").map((x) => x.by));
      if (!sameSet([...listed], [...expected]))
        no(
          "timetable.release-cover",
          `${what}: cover of ${g.id} listed [${[...listed]}], lessons say [${[...expected]}]`,
        );
    }
    for (const o of m.optionalVars) if (o.release === rv && r.staff.includes(o.staff)) values.set(o.name, 1);
    for (const p of r.staff)
      for (const t of blockSlots(rv.block)) {
        const name = m.releasedVar(p, t.key);
        if (name) values.set(name, 1);
      }
  }

  for (const v of m.atelierVars) {
    const inBlock = (l: Candidate["lessons"][number]) =>
      l.subject === "ATELIER" &&
      l.atelierPlan === v.plan.id &&
      l.day === v.block.day &&
      // A class of another level (DayGrid.levels) has its atelier lessons at its own times inside the block.
      (v.block.slots.some((t: SlotRef) => t.start === l.start) ||
        (m.levelled && v.block.start <= l.start && l.end <= v.block.end));
    if (c.lessons.some(inBlock)) values.set(v.name, 1);
  }
  // Lunch supervision: z[post, day, p] for each supervisor the week lists (none for who may not take the post then).
  const zVar = idx(m.lunchVars, (v) => `${v.post}|${v.day}|${v.start}|${v.end}|${v.staff}`);
  for (const d of c.lunchDuties ?? [])
    for (const p of d.staff)
      set(
        zVar.get(`${d.post}|${d.day}|${d.start}|${d.end}|${p}`),
        "release.lunch-supervision",
        `lunch supervision ${d.post} ${d.day} ${d.start}–${d.end} by ${p}`,
      );
  // Co-teaching presence p[q,g,t] is a fact of the week: the co-teacher is listed in the class's lesson or not.
  for (const l of c.lessons) {
    const g = groups.get(l.group);
    const t = slotAt(l);
    if (!g || !t || l.subject !== "KLAS") continue;
    for (const q of g.coTeachers) {
      const p = `p_${q}_${g.id}_${t.key}`;
      if (m.lp.variables.has(p))
        values.set(p, l.staff.includes(q) && l.staff.some((x) => g.classTeachers.includes(x)) ? 1 : 0);
    }
  }
  setAuxiliaries(m.lp, values);
  return { values, domain };
}

/** Auxiliary (continuous) variables take the least value their ≥ rows ask: exact for p ≥ k − r, met ≤ …. */
function setAuxiliaries(lp: LinearModel, values: Map<string, number>): void {
  const fromWeek = new Set(values.keys());
  for (const v of lp.variables.values()) if (v.type === "continuous" && !values.has(v.name)) values.set(v.name, v.lb);
  for (const c of lp.constraints) {
    if (c.op !== ">=") continue;
    const aux = [...c.expr].filter(
      ([n, k]) => k > 0 && lp.variables.get(n)!.type === "continuous" && !n.startsWith("r_"),
    );
    if (aux.length !== 1 || fromWeek.has(aux[0][0])) continue;
    const [name, k] = aux[0];
    const rest = LinearModel.value(c.expr, values) - k * values.get(name)!;
    values.set(name, Math.max(values.get(name)!, (c.rhs - rest) / k));
  }
}

const broken = (c: Constraint, values: Map<string, number>) => {
  const lhs = LinearModel.value(c.expr, values);
  const bad = c.op === "<=" ? lhs > c.rhs + EPS : c.op === ">=" ? lhs < c.rhs - EPS : Math.abs(lhs - c.rhs) > EPS;
  return bad ? lhs : undefined;
};

/** Verify a week: per encoded rule, rows broken ⇔ check() hard violation. */
export function verifyWeek(s: Scenario, c: Candidate, rules: readonly Rule[] = ENCODED_RULES): Verification {
  const m = modelFor(s, c);
  const { values, domain } = weekToValues(m, c);
  const rows = new Map<string, BrokenRow[]>();
  const cuts: BrokenRow[] = [];
  for (const row of m.lp.constraints) {
    const lhs = broken(row, values);
    if (lhs === undefined) continue;
    if (row.tag.implied) {
      cuts.push({ instance: row.tag.instance, message: row.tag.message, lhs, op: row.op, rhs: row.rhs });
      continue;
    }
    rows.set(row.tag.rule, [
      ...(rows.get(row.tag.rule) ?? []),
      { instance: row.tag.instance, message: row.tag.message, lhs, op: row.op, rhs: row.rhs },
    ]);
  }
  const hard = checkCandidate(s, c).violations.filter((v) => v.severity === "hard");
  // A week the model cannot express is judged only on the rules named with the gaps: the model has no
  // values for the missing parts, so the other rows say nothing about it.
  const judged = domain.length ? rules.filter((r) => domain.some((d) => d.rule === r.id)) : rules;
  const verdicts = judged.map((r) => {
    const rr = domain.length ? [] : (rows.get(r.id) ?? []);
    const dd = domain.filter((d) => d.rule === r.id).map((d) => d.what);
    const ch = hard.filter((v) => v.rule === r.id);
    return { rule: r.id, rows: rr, domain: dd, check: ch, agree: rr.length + dd.length > 0 === ch.length > 0 };
  });
  // A broken cut is fine only on a week that breaks some hard rule: otherwise the cut excluded a legal week.
  if (!domain.length && cuts.length && hard.length === 0)
    verdicts.push({ rule: "solver.cut", rows: cuts, domain: [], check: [], agree: false });
  const disagreements = verdicts.filter((v) => !v.agree);
  return { verdicts, disagreements, report: () => disagreements.map((d) => describeDisagreement(c, d)).join("\n\n") };
}

function describeDisagreement(c: Candidate, d: RuleVerdict): string {
  const model = d.rows.length + d.domain.length > 0 ? "the model forbids this week" : "the model allows this week";
  const checker = d.check.length > 0 ? "check() reports a hard violation" : "check() finds nothing";
  const lines = [`${d.rule}: ${model}, ${checker}`];
  for (const r of d.rows.slice(0, 5))
    lines.push(`  row ${r.instance}: ${r.lhs} ${r.op} ${r.rhs} broken — ${r.message}`);
  for (const w of d.domain.slice(0, 5)) lines.push(`  no variable for: ${w}`);
  for (const v of d.check.slice(0, 5)) lines.push(`  check: ${JSON.stringify(v.where)} ${v.messageEn ?? v.message}`);
  const days = new Set([...d.check.map((v) => v.where.day), ...d.rows.map((r) => r.instance)]);
  lines.push(
    `  week: ${c.releases.map((r) => `${r.goal} ${r.day} ${r.start}–${r.end} [${r.staff.join(",")}] cover ${r.cover.map((x) => `${x.group}:${x.by}`).join(" ")}`).join("; ") || "no releases"}`,
  );
  void days;
  return lines.join("\n");
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
