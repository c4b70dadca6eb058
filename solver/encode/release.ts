// Encodings of release goals, cover consistency and ateliers, plus the objective.
import { sum, type LinExpr, type ModelBuilder } from "../../constraints/model-builder.js";
import { availableIn, personName } from "./util.js";

/** Objective weights: goals met first, then weighted release minutes, then soft rules (DESIGN.md). */
export const WEIGHTS = { goal: 1_000_000, minute: 100, optionalMinute: 10, soft: 1 } as const;

/** release.goal-met: blocks per week, at most one block a day, required goals must get theirs. */
export function encodeGoals(m: ModelBuilder): string[] {
  const metVars: string[] = [];
  for (const goal of m.scenario.releaseGoals) {
    const vars = m.releaseVars.filter((v) => v.goal.id === goal.id);
    const tag = { rule: "release.goal-met", instance: `goal:${goal.id}`, message: `'${goal.name}' vraagt ${goal.blocksPerWeek} blok(ken) per week` };
    m.addConstraint(sum(vars.map((v) => v.name)), "<=", goal.blocksPerWeek, tag);
    for (const day of ["mon", "tue", "wed", "thu", "fri"]) {
      const onDay = vars.filter((v) => v.block.day === day).map((v) => v.name);
      if (onDay.length > 1) m.addConstraint(sum(onDay), "<=", 1, tag);
    }
    if (goal.required) {
      m.addConstraint(sum(vars.map((v) => v.name)), ">=", goal.blocksPerWeek, {
        rule: "release.goal-met", instance: `required:${goal.id}`,
        message: `'${goal.name}' is verplicht: ${goal.members.map((p) => personName(m, p)).join(", ")}${goal.externals.length ? ` met ${goal.externals.map((e) => personName(m, e)).join(", ")}` : ""} moeten samen vrij zijn`,
      });
    }
    const met = `met_${goal.id}`;
    metVars.push(met);
    m.addAuxVar(met, 0, 1);
    const e: LinExpr = new Map([[met, goal.blocksPerWeek]]);
    for (const v of vars) e.set(v.name, -1);
    m.addConstraint(e, "<=", 0, tag);
    const obj: LinExpr = new Map([[met, WEIGHTS.goal]]);
    for (const v of vars) obj.set(v.name, WEIGHTS.minute * goal.weight * v.block.minutes);
    m.addObjective(obj);
  }
  return metVars;
}

/** Cover only where it frees someone: a small cost per cover period keeps classes with their own teacher. */
export function encodeCoverCost(m: ModelBuilder): void {
  m.addObjective(new Map(m.coverVars.filter((v) => v.lever !== "atelier").map((v) => [v.name, -WEIGHTS.soft])));
}

/** Optional members join a block only when it happens and they are free and there. */
export function encodeOptionalMembers(m: ModelBuilder): void {
  for (const o of m.optionalVars) {
    const tag = { rule: "timetable.release-frees", instance: `goal:${o.release.goal.id}`, message: `Facultatieve deelnemer ${personName(m, o.staff)}` };
    m.addConstraint(new Map([[o.name, 1], [o.release.name, -1]]), "<=", 0, tag);
    if (o.release.block.slots.some((t) => !availableIn(m, o.staff, t))) m.addConstraint(new Map([[o.name, 1]]), "=", 0, tag);
    m.addObjective(new Map([[o.name, WEIGHTS.optionalMinute * o.release.goal.weight * o.release.block.minutes]]));
  }
}

/** timetable.release-cover: a merged class is hosted by the other group's class teacher. */
export function encodeCoverConsistency(m: ModelBuilder): void {
  const klas = new Map(m.classVars.map((v) => [`${v.group}|${v.slot.key}`, v.name]));
  for (const v of m.coverVars) {
    if (v.lever !== "merge") continue;
    const host = klas.get(`${v.who}|${v.slot.key}`)!;
    m.addConstraint(new Map([[v.name, 1], [host, -1]]), "<=", 0, { rule: "timetable.release-cover", instance: `merge:${v.group}+${v.who}`, message: `Klas ${v.group} kan enkel bij klas ${v.who} aansluiten als die klas dan les heeft van de eigen klasleerkracht` });
  }
}

/** Ateliers: each plan runs in exactly one of its candidate blocks, for all its groups at once. */
export function encodeAteliers(m: ModelBuilder): void {
  for (const plan of m.scenario.atelierPlans) {
    const vars = m.atelierVars.filter((v) => v.plan.id === plan.id);
    const tag = { rule: "timetable.atelier", instance: `atelier:${plan.id}`, message: `Atelierwerking '${plan.name}' loopt in één van haar mogelijke blokken` };
    if (!m.scenario.cover.ateliers) continue;
    m.addConstraint(sum(vars.map((v) => v.name)), "=", 1, tag);
    const coverBySlot = new Map(m.coverVars.filter((c) => c.lever === "atelier" && c.who === plan.id).map((c) => [`${c.group}|${c.slot.key}`, c.name]));
    for (const g of plan.groups) {
      const slotKeys = new Set(vars.flatMap((v) => v.block.slots.map((t) => t.key)));
      for (const t of slotKeys) {
        const e: LinExpr = new Map([[coverBySlot.get(`${g}|${t}`)!, 1]]);
        for (const v of vars) if (v.block.slots.some((x) => x.key === t)) e.set(v.name, -1);
        m.addConstraint(e, "=", 0, tag);
      }
    }
    // Enough leaders for the pupils (pupilsPerLeader) and enough atelier places.
    const pupils = plan.groups.reduce((n, g) => n + (m.scenario.groups.find((x) => x.id === g)?.pupils ?? 0), 0);
    const places = plan.ateliers.reduce((n, a) => n + a.capacity, 0);
    const leaders = new Set(plan.ateliers.flatMap((a) => a.leaders));
    if (places < pupils || leaders.size * plan.pupilsPerLeader < pupils) {
      m.addConstraint(sum(vars.map((v) => v.name)), "=", 0, { rule: "timetable.atelier", instance: `atelier:${plan.id}`, message: `Atelierwerking '${plan.name}': ${pupils} leerlingen maar ${places} plaatsen en ${leaders.size} begeleiders (${plan.pupilsPerLeader} leerlingen per begeleider)` });
    }
  }
}
