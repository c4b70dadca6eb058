// staff.supervision — onderwijs.vlaanderen; KOV: the school supervises pupils from 15 min
// (settings.supervisionMinutes) before the first lesson to 15 min after the last one; supervision counts
// in the schoolopdracht (load.ts). Hard: a duty that overlaps the person's own lessons or release
// sessions, or a duty for someone flagged noSupervision. Warning: on a day no duty covers the 15 min
// before the first lesson of the morning block or after the last lesson of the (afternoon) block.
import { DAYS, DAY_NAMES_EN, DAY_NAMES_NL, lessonSlots, overlaps, toClock, toMinutes } from "../../src/model/index.js";
import type { Day, DayGrid, Scenario, Violation } from "../../src/model/index.js";
import { type Rule, gridOf, violation } from "../rule.js";
import { taughtSlots } from "./load.js";
import { sum, type ModelBuilder } from "../model-builder.js";

/** Is [from, to) fully covered by the union of the day's duties? */
function covered(scenario: Scenario, day: Day, from: number, to: number): boolean {
  const duties = scenario.staff
    .flatMap((s) => s.supervision)
    .filter((d) => d.day === day)
    .map((d) => [toMinutes(d.start), toMinutes(d.end)] as const)
    .sort((a, b) => a[0] - b[0]);
  let reach = from;
  for (const [s, e] of duties) {
    if (s > reach) break;
    reach = Math.max(reach, e);
    if (reach >= to) return true;
  }
  return reach >= to;
}

function coverageWarnings(rule: Rule, scenario: Scenario, grid: DayGrid, named: boolean): Violation[] {
  const out: Violation[] = [];
  const m = scenario.settings.supervisionMinutes;
  const gridNote = named ? ` (dagindeling '${grid.name}')` : "";
  for (const day of DAYS) {
    const slots = lessonSlots(grid, day);
    if (slots.length === 0) continue;
    const first = toMinutes(slots[0].start);
    const last = toMinutes(slots[slots.length - 1].end);
    const windows: [number, number, string, string][] = [
      [first - m, first, "voor de eerste les", "before the first lesson"],
      [last, last + m, "na de laatste les", "after the last lesson"],
    ];
    for (const [from, to, nl, en] of windows) {
      if (covered(scenario, day, from, to)) continue;
      out.push(
        violation(
          rule,
          { day, start: toClock(from), end: toClock(to) },
          `Op ${DAY_NAMES_NL[day]}${gridNote} houdt niemand toezicht van ${toClock(from)} tot ${toClock(to)} (${m} min ${nl}); de school moet dan toezicht houden.`,
          `On ${DAY_NAMES_EN[day]} nobody supervises ${toClock(from)}–${toClock(to)} (${m} min ${en}).`,
          "warning",
        ),
      );
    }
  }
  return out;
}

export const staffSupervision: Rule = {
  id: "staff.supervision",
  title: {
    nl: "Toezicht 15 min voor en na de lessen; niet tijdens eigen lessen",
    en: "Supervision 15 min before and after lessons; not during one's own lessons",
  },
  source: "onderwijs.vlaanderen; KOV",
  severity: "hard",
  scope: "both",
  encode: encodeSupervision,
  check({ scenario, candidate, grid }) {
    const out: Violation[] = [];
    for (const st of scenario.staff) {
      for (const d of st.supervision) {
        const where = { staff: st.id, day: d.day, start: d.start, end: d.end };
        const label = d.label ? ` (${d.label})` : "";
        const when = `${DAY_NAMES_NL[d.day]} ${d.start}–${d.end}`;
        if (st.flags.noSupervision) {
          out.push(
            violation(
              this,
              where,
              `${st.name} mag geen toezicht doen, maar heeft toezicht op ${when}${label}.`,
              `${st.name} may not supervise but has a duty on ${DAY_NAMES_EN[d.day]} ${d.start}–${d.end}.`,
            ),
          );
        }
        if (!candidate) continue;
        const lesson = taughtSlots(candidate, st.id).find(
          (t) => t.day === d.day && overlaps(t.start, t.end, d.start, d.end),
        );
        if (lesson) {
          out.push(
            violation(
              this,
              where,
              `${st.name} heeft toezicht op ${when}${label}, maar geeft dan les (${lesson.start}–${lesson.end}).`,
              `${st.name} has a supervision duty on ${DAY_NAMES_EN[d.day]} ${d.start}–${d.end} while teaching ${lesson.start}–${lesson.end}.`,
            ),
          );
        }
        const rel = candidate.releases.find(
          (r) => r.day === d.day && r.staff.includes(st.id) && overlaps(r.start, r.end, d.start, d.end),
        );
        if (rel) {
          const goal = scenario.releaseGoals.find((x) => x.id === rel.goal)?.name ?? rel.goal;
          out.push(
            violation(
              this,
              where,
              `${st.name} heeft toezicht op ${when}${label}, maar is dan vrijgeroosterd voor '${goal}' (${rel.start}–${rel.end}).`,
              `${st.name} has a supervision duty on ${DAY_NAMES_EN[d.day]} ${d.start}–${d.end} while released for '${rel.goal}' ${rel.start}–${rel.end}.`,
            ),
          );
        }
      }
    }
    const grids = candidate ? [grid ?? gridOf(scenario, candidate)] : scenario.dayGrids;
    for (const g of grids) out.push(...coverageWarnings(this, scenario, g, grids.length > 1));
    return out;
  },
};

// ---- encode(): this rule as constraints of the solver's model ----

/**
 * staff.supervision: a member on supervision duty during a block cannot be released then, and nobody
 * teaches, covers or leads an atelier in a lesson slot their duty overlaps.
 */
function encodeSupervision(m: ModelBuilder): void {
  for (const person of m.scenario.staff) {
    for (const t of m.slots) {
      const duty = person.supervision.find((d) => d.day === t.day && overlaps(d.start, d.end, t.start, t.end));
      if (!duty) continue;
      // Every way the person could teach then, whether or not they are at school (availability is its own verdict);
      // a duo partner on duty simply leaves the class to the other (extract.ts lists them out).
      const e = sum(
        [
          ...m.subjectVars.filter((v) => v.slot.key === t.key && v.teachers.includes(person.id)),
          ...m.coverVars.filter(
            (v) => v.slot.key === t.key && v.who === person.id && (v.lever === "coteacher" || v.lever === "care"),
          ),
          ...m.classVars.filter((v) => v.slot.key === t.key && v.teachers.length === 1 && v.teachers[0] === person.id),
          ...m.atelierVars.filter(
            (v) =>
              v.block.slots.some((x) => x.key === t.key) && v.plan.ateliers.some((a) => a.leaders.includes(person.id)),
          ),
        ].map((v) => v.name),
      );
      if (e.size === 0) continue;
      m.addConstraint(e, "<=", 0, {
        rule: "staff.supervision",
        instance: `person:${person.id}`,
        message: `${person.name} heeft toezicht op ${duty.day} ${duty.start}–${duty.end} en geeft dan geen les`,
      });
    }
  }
  for (const v of m.releaseVars) {
    for (const p of v.goal.members) {
      const person = m.scenario.staff.find((x) => x.id === p)!;
      const duty = person.supervision.find(
        (d) => d.day === v.block.day && overlaps(d.start, d.end, v.block.start, v.block.end),
      );
      if (duty)
        m.addConstraint(new Map([[v.name, 1]]), "=", 0, {
          rule: "staff.supervision",
          instance: `person:${p}`,
          message: `${person.name} heeft toezicht op ${duty.day} ${duty.start}–${duty.end}`,
        });
    }
  }
}
