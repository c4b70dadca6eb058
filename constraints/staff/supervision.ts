// staff.supervision — onderwijs.vlaanderen; KOV: the school supervises pupils from 15 min
// (settings.supervisionMinutes) before the first lesson to 15 min after the last one; supervision counts
// in the schoolopdracht (load.ts). Hard: a duty that overlaps the person's own lessons or release
// sessions, or a duty for someone flagged noSupervision. Warning: on a day no duty covers the 15 min
// before the first lesson of the morning block or after the last lesson of the (afternoon) block.
import { DAYS, lessonSlots, overlaps, schoolLevelGrids, toClock, toMinutes } from "../../src/model/index.js";
import type { Day, DayGrid, Scenario, Violation } from "../../src/model/index.js";
import { type Message, type Rule, defineRule, gridOf, report, tag } from "../rule.js";
import { dayName, taughtSlots, when } from "./load.js";
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

/** The rule as report() needs it (pass `this` from check()), with the two messages this helper reports. */
type CoverageRule = Pick<Rule, "id" | "severity"> & {
  messages: Record<"unsupervised-before-lessons" | "unsupervised-after-lessons", Message>;
};

function coverageWarnings(rule: CoverageRule, scenario: Scenario, grid: DayGrid, named: boolean): Violation[] {
  const out: Violation[] = [];
  const m = scenario.settings.supervisionMinutes;
  const gridNote = named ? { nl: ` (dagindeling '${grid.name}')`, en: ` (day grid '${grid.name}')` } : "";
  for (const day of DAYS) {
    const slots = lessonSlots(grid, day);
    if (slots.length === 0) continue;
    const first = toMinutes(slots[0].start);
    const last = toMinutes(slots[slots.length - 1].end);
    const windows = [
      [first - m, first, "unsupervised-before-lessons"],
      [last, last + m, "unsupervised-after-lessons"],
    ] as const;
    for (const [from, to, id] of windows) {
      if (covered(scenario, day, from, to)) continue;
      const [start, end] = [toClock(from), toClock(to)];
      out.push(
        report(
          rule,
          id,
          { day, start, end },
          { day: dayName(day), grid: gridNote, from: start, to: end, minutes: m },
          "warning",
        ),
      );
    }
  }
  return out;
}

export const staffSupervision = defineRule({
  id: "staff.supervision",
  title: {
    nl: "Toezicht 15 min voor en na de lessen; niet tijdens eigen lessen",
    en: "Supervision 15 min before and after lessons; not during one's own lessons",
  },
  source: "onderwijs.vlaanderen; KOV",
  severity: "hard",
  scope: "both",
  messages: {
    "encode-duty-no-lessons": {
      nl: "{name} heeft toezicht op {day} {start}–{end} en geeft dan geen les",
      en: "{name} has supervision duty on {day} {start}–{end} and teaches no lesson then",
    },
    "encode-duty": {
      nl: "{name} heeft toezicht op {day} {start}–{end}",
      en: "{name} has supervision duty on {day} {start}–{end}",
    },
    "duty-while-exempt": {
      nl: "{name} mag geen toezicht doen, maar heeft toezicht op {when}{label}.",
      en: "{name} may not do supervision, but has a supervision duty on {when}{label}.",
    },
    "duty-during-lesson": {
      nl: "{name} heeft toezicht op {when}{label}, maar geeft dan les ({lesson}).",
      en: "{name} has a supervision duty on {when}{label}, but teaches then ({lesson}).",
    },
    "duty-during-release": {
      nl: "{name} heeft toezicht op {when}{label}, maar is dan vrijgeroosterd voor '{goal}' ({release}).",
      en: "{name} has a supervision duty on {when}{label}, but is released then for '{goal}' ({release}).",
    },
    "unsupervised-before-lessons": {
      nl: "Op {day}{grid} houdt niemand toezicht van {from} tot {to} ({minutes} min voor de eerste les); de school moet dan toezicht houden.",
      en: "On {day}{grid} nobody supervises from {from} to {to} ({minutes} min before the first lesson); the school must supervise then.",
    },
    "unsupervised-after-lessons": {
      nl: "Op {day}{grid} houdt niemand toezicht van {from} tot {to} ({minutes} min na de laatste les); de school moet dan toezicht houden.",
      en: "On {day}{grid} nobody supervises from {from} to {to} ({minutes} min after the last lesson); the school must supervise then.",
    },
  },
  encode: encodeSupervision,
  check({ scenario, candidate, grid }) {
    const out: Violation[] = [];
    for (const st of scenario.staff) {
      for (const d of st.supervision) {
        const where = { staff: st.id, day: d.day, start: d.start, end: d.end };
        const duty = { name: st.name, when: when(d.day, d.start, d.end), label: d.label ? ` (${d.label})` : "" };
        if (st.flags.noSupervision) out.push(report(this, "duty-while-exempt", where, duty));
        if (!candidate) continue;
        const lesson = taughtSlots(candidate, st.id).find(
          (t) => t.day === d.day && overlaps(t.start, t.end, d.start, d.end),
        );
        if (lesson) {
          out.push(report(this, "duty-during-lesson", where, { ...duty, lesson: `${lesson.start}–${lesson.end}` }));
        }
        const rel = candidate.releases.find(
          (r) => r.day === d.day && r.staff.includes(st.id) && overlaps(r.start, r.end, d.start, d.end),
        );
        if (rel) {
          const goal = scenario.releaseGoals.find((x) => x.id === rel.goal)?.name ?? rel.goal;
          out.push(report(this, "duty-during-release", where, { ...duty, goal, release: `${rel.start}–${rel.end}` }));
        }
      }
    }
    const grids = candidate ? [grid ?? gridOf(scenario, candidate)] : scenario.dayGrids;
    for (const g of grids) {
      // Each level's own days too (DayGrid.levels: the kleuters may start or end at other times); a window the
      // main days already report is not repeated.
      const seen = new Set<string>();
      for (const days of schoolLevelGrids(scenario, g))
        for (const v of coverageWarnings(this, scenario, days, grids.length > 1)) {
          const key = `${v.where.day}|${v.where.start}|${v.where.end}`;
          if (!seen.has(key)) out.push(v);
          seen.add(key);
        }
    }
    return out;
  },
});

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
      m.addConstraint(
        e,
        "<=",
        0,
        tag(staffSupervision, "encode-duty-no-lessons", `person:${person.id}`, {
          name: person.name,
          day: dayName(duty.day),
          start: duty.start,
          end: duty.end,
        }),
      );
    }
  }
  for (const v of m.releaseVars) {
    for (const p of v.goal.members) {
      const person = m.scenario.staff.find((x) => x.id === p)!;
      const duty = person.supervision.find(
        (d) => d.day === v.block.day && overlaps(d.start, d.end, v.block.start, v.block.end),
      );
      if (duty)
        m.addConstraint(
          new Map([[v.name, 1]]),
          "=",
          0,
          tag(staffSupervision, "encode-duty", `person:${p}`, {
            name: person.name,
            day: dayName(duty.day),
            start: duty.start,
            end: duty.end,
          }),
        );
    }
  }
}
