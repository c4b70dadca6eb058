// timetable.release-cover — structural (no regulation id; conventions: README.md "The timetable format"
// and README.md "The levers"); staff.buo-ondersteuner (the regulations, PWB 488–492): an ondersteuner
// is never used for substitution. While a class teacher (or co-teacher) is released, each lesson of their
// class in the block is taught through a lever the scenario's `cover` policy allows, and the release's
// `cover` list says so: a specialist lesson, the co-teacher alone, a care teacher, an independent intern
// of the class on their weekday, a listed merge within maxPupils, or an atelier. A lesson still taught by
// the group's own (not released) class teacher needs no cover. A released person still teaching is
// reported by timetable.no-double-booking and timetable.release-frees, not here.
import {
  formatCoverBy,
  lessonSlots,
  parseCoverBy,
  type Group,
  type Lesson,
  type Release,
  type Scenario,
  type Violation,
} from "../../src/model/index.js";
import { type Rule, violation } from "../rule.js";
import { goalLabel, groupLabel, personName, whenEn, whenNl } from "./names.js";
import { gridFor, neverCovers } from "./facts.js";
import { overlapping } from "./activities.js";
import { WEIGHTS, type ModelBuilder } from "../model-builder.js";
import { encodeCoverCapacity } from "./cover-capacity.js";

interface Lever {
  by: string;
  problem?: { nl: string; en: string };
}

/** Readable name of a cover lever ("by" value, read once as a CoverBy). */
function leverLabel(s: Scenario, by: string): { nl: string; en: string } {
  const c = parseCoverBy(by);
  switch (c.kind) {
    case "coteacher":
      return {
        nl: `co-teacher ${personName(s, "staff", c.staff)}`,
        en: `co-teacher ${personName(s, "staff", c.staff)}`,
      };
    case "care":
      return {
        nl: `zorgleerkracht ${personName(s, "staff", c.staff)}`,
        en: `care teacher ${personName(s, "staff", c.staff)}`,
      };
    case "intern":
      return { nl: `stagiair ${personName(s, "intern", c.intern)}`, en: `intern ${personName(s, "intern", c.intern)}` };
    case "merge":
      return { nl: `samenzetting met ${groupLabel(s, c.group)}`, en: `merge with ${groupLabel(s, c.group)}` };
    case "atelier":
    case "none":
      return { nl: c.kind, en: c.kind };
    case "subject": {
      const name = s.subjects.find((x) => x.id === c.subject)?.name ?? c.subject;
      return { nl: `de les ${name}`, en: `the ${name} lesson` };
    }
  }
}

/** Every lever a lesson could stand for, each with what (if anything) makes it not allowed. */
function leversOf(s: Scenario, g: Group, l: Lesson): Lever[] {
  const out: Lever[] = [];
  const p = s.cover;
  const no = (nl: string, en: string) => ({ nl, en });
  if (l.mergedWith) {
    // Whether the pair may merge at all (listed, maxPupils, its teacher) is timetable.merge's verdict.
    const problem = l.staff.some((t) => neverCovers(s, t))
      ? no("die leerkracht mag niet vervangen", "that teacher may not substitute")
      : undefined;
    out.push({ by: formatCoverBy({ kind: "merge", group: l.mergedWith }), problem });
  }
  if (l.subject === "ATELIER")
    out.push({
      by: "atelier",
      problem: p.ateliers
        ? undefined
        : no("ateliers zijn als vervanging uitgeschakeld", "ateliers are disabled as cover"),
    });
  const sub = s.subjects.find((x) => x.id === l.subject && x.taughtBy !== "class");
  if (sub)
    out.push({
      by: sub.id,
      problem: p.specialists
        ? undefined
        : no("vakleerkrachten zijn als vervanging uitgeschakeld", "specialists are disabled as cover"),
    });
  // In a merge the other class's teacher teaches: that is the merge lever, not a care/co-teacher one.
  if (l.subject === "KLAS" && !l.mergedWith) {
    for (const t of l.staff) {
      const st = s.staff.find((x) => x.id === t);
      const never = neverCovers(s, t)
        ? no(
            `${personName(s, "staff", t)} mag nooit vervangen (ondersteuner of noSubstitution)`,
            `${t} may never substitute`,
          )
        : undefined;
      if (g.coTeachers.includes(t)) {
        out.push({
          by: formatCoverBy({ kind: "coteacher", staff: t }),
          problem: !p.coTeachers
            ? no("co-teachers zijn als vervanging uitgeschakeld", "co-teachers are disabled as cover")
            : never,
        });
      } else {
        let problem = never;
        if (!st?.flags.careTeacher)
          problem = no(
            `${personName(s, "staff", t)} is geen zorgleerkracht of co-teacher van deze klas`,
            `${t} is not a care teacher or co-teacher of this group`,
          );
        else if (!p.careTeachers)
          problem = no("zorgleerkrachten zijn als vervanging uitgeschakeld", "care teachers are disabled as cover");
        else if (st.flags.keepsCareHoursInClass)
          problem = no(`${st.name} houdt de zorguren in de klas`, `${st.name} keeps care hours in class`);
        out.push({ by: formatCoverBy({ kind: "care", staff: t }), problem });
      }
    }
    for (const i of l.interns ?? []) {
      const it = s.interns.find((x) => x.id === i);
      let problem;
      if (!p.interns) problem = no("stagiairs zijn als vervanging uitgeschakeld", "interns are disabled as cover");
      else if (!it || it.group !== g.id)
        problem = no(
          `die stagiair loopt geen stage in ${groupLabel(s, g.id)}`,
          "that intern is not placed in this group",
        );
      else if (!it.independent)
        problem = no(
          `${it.name} loopt geen zelfstandige stage en mag de klas niet alleen nemen`,
          `${it.name} is not on an independent placement`,
        );
      else if (!it.weekdays.includes(l.day))
        problem = no(`${it.name} komt die dag niet`, `${it.name} does not come that day`);
      out.push({ by: formatCoverBy({ kind: "intern", intern: i }), problem });
    }
  }
  return out;
}

export const timetableReleaseCover: Rule = {
  id: "timetable.release-cover",
  title: {
    nl: "Elke klas van een vrijgeroosterde leerkracht is opgevangen",
    en: "Every class of a released teacher is covered",
  },
  source: "structural; staff.buo-ondersteuner (PWB)",
  severity: "hard",
  scope: "timetable",
  encode(m) {
    encodeCoverConsistency(m);
    encodeCoverCapacity(m);
    encodeNoSpecialistCover(m);
    encodeCoverCost(m);
  },
  check(ctx) {
    const { scenario: s, candidate } = ctx;
    if (!candidate) return [];
    const grid = gridFor(ctx);
    const out: Violation[] = [];
    for (const r of candidate.releases) {
      // Blocks in staff slots only (after school) need no cover.
      if (!lessonSlots(grid, r.day).some((sl) => overlapping(sl, r))) continue;
      checkRelease(s, r, candidate.lessons, (w, nl, en) => out.push(violation(this, w, nl, en)));
    }
    return out;
  },
};

function checkRelease(
  s: Scenario,
  r: Release,
  lessons: Lesson[],
  push: (w: Violation["where"], nl: string, en: string) => void,
) {
  const released = new Set(r.staff);
  const label = goalLabel(s, r.goal);
  const blockNl = `'${label}' (${whenNl(r.day, r.start, r.end)})`;
  const blockEn = `'${label}' (${whenEn(r.day, r.start, r.end)})`;
  const affected = s.groups.filter((g) => [...g.classTeachers, ...g.coTeachers].some((t) => released.has(t)));
  for (const g of affected) {
    const gl = groupLabel(s, g.id);
    const gone = [...g.classTeachers, ...g.coTeachers]
      .filter((t) => released.has(t))
      .map((t) => personName(s, "staff", t));
    const who = `${gone.join(" en ")} vrijgeroosterd ${gone.length > 1 ? "zijn" : "is"}`; // Dutch: verb last
    const whoEn = `${gone.join(" and ")} ${gone.length > 1 ? "are" : "is"}`;
    const listed = new Set((r.cover ?? []).filter((c) => c.group === g.id).map((c) => c.by));
    const used = new Set<string>();
    for (const l of lessons.filter((x) => x.group === g.id && overlapping(x, r))) {
      if (l.staff.some((t) => released.has(t))) continue; // not a cover question: see header
      // The class's own (not released) class teacher still teaches: nothing to cover.
      if (!l.mergedWith && l.staff.length > 0 && l.staff.every((t) => g.classTeachers.includes(t))) continue;
      const where = { group: g.id, goal: r.goal, day: l.day, start: l.start, end: l.end };
      const when = { nl: whenNl(l.day, l.start, l.end), en: whenEn(l.day, l.start, l.end) };
      const levers = leversOf(s, g, l);
      levers.forEach((x) => used.add(x.by));
      const chosen = levers.filter((x) => listed.has(x.by));
      if (levers.length === 0) {
        push(
          where,
          `Klas ${gl} heeft ${when.nl} geen geldige opvang terwijl ${who} voor ${blockNl}.`,
          `Group ${gl} has no valid cover on ${when.en} while ${whoEn} released for ${blockEn}.`,
        );
      } else if (chosen.length === 0) {
        const names = levers.map((x) => leverLabel(s, x.by));
        push(
          where,
          `Klas ${gl} wordt ${when.nl} opgevangen door ${names.map((n) => n.nl).join(" / ")}, maar dat staat niet in de opvanglijst (cover) van ${blockNl}.`,
          `Group ${gl} is covered on ${when.en} by ${names.map((n) => n.en).join(" / ")}, but the cover list of ${blockEn} does not say so.`,
        );
      } else if (chosen.every((x) => x.problem)) {
        const x = chosen[0];
        const n = leverLabel(s, x.by);
        push(
          where,
          `Klas ${gl} wordt ${when.nl} opgevangen door ${n.nl} terwijl ${who} voor ${blockNl}, maar ${x.problem!.nl}.`,
          `Group ${gl} is covered on ${when.en} by ${n.en} while ${whoEn} released for ${blockEn}, but ${x.problem!.en}.`,
        );
      }
    }
    for (const by of listed) {
      if (used.has(by) || by === "none") continue;
      const n = leverLabel(s, by);
      push(
        { group: g.id, goal: r.goal, day: r.day, start: r.start, end: r.end },
        `Volgens het blok ${blockNl} wordt klas ${gl} opgevangen door ${n.nl}, maar geen les van ${gl} in dat blok wordt zo gegeven.`,
        `According to the block ${blockEn} group ${gl} is covered by ${n.en}, but no lesson of ${gl} in that block is given that way.`,
      );
    }
  }
  // Cover for a group none of whose teachers is released is a sign of a mix-up.
  const affectedIds = new Set(affected.map((g) => g.id));
  for (const c of r.cover ?? []) {
    if (affectedIds.has(c.group) || c.by === "none") continue;
    const gl = groupLabel(s, c.group);
    push(
      { group: c.group, goal: r.goal, day: r.day, start: r.start, end: r.end },
      `Het blok ${blockNl} vermeldt opvang voor klas ${gl}, maar geen klasleerkracht of co-teacher van ${gl} is vrijgeroosterd.`,
      `The block ${blockEn} lists cover for group ${gl}, but none of its class teachers or co-teachers is released.`,
    );
  }
}

// ---- encode(): this rule as constraints of the solver's model ----

/** timetable.release-cover: a merged class is hosted by the other group's class teacher. */
function encodeCoverConsistency(m: ModelBuilder): void {
  const klas = new Map(m.classVars.map((v) => [`${v.group}|${v.slot.key}`, v.name]));
  for (const v of m.coverVars) {
    if (v.lever !== "merge") continue;
    const host = klas.get(`${v.who}|${v.slot.key}`)!;
    m.addConstraint(
      new Map([
        [v.name, 1],
        [host, -1],
      ]),
      "<=",
      0,
      {
        rule: "timetable.release-cover",
        instance: `merge:${v.group}+${v.who}`,
        message: `Klas ${v.group} kan enkel bij klas ${v.who} aansluiten als die klas dan les heeft van de eigen klasleerkracht`,
      },
    );
  }
}

/** Cover only where it frees someone: a small cost per cover period keeps classes with their own teacher. */
/** cover.specialists false: a class teacher is not released while a specialist teaches their class. */
function encodeNoSpecialistCover(m: ModelBuilder): void {
  if (m.scenario.cover.specialists) return;
  for (const v of m.subjectVars) {
    const group = m.scenario.groups.find((g) => g.id === v.group)!;
    for (const p of group.classTeachers) {
      const r = m.releasedVar(p, v.slot.key);
      if (r)
        m.addConstraint(
          new Map([
            [v.name, 1],
            [r, 1],
          ]),
          "<=",
          1,
          {
            rule: "timetable.release-cover",
            instance: "policy:specialists",
            message: "Vakleerkrachten mogen geen klas opvangen tijdens een vrijroostering (cover.specialists is uit)",
          },
        );
    }
  }
}

function encodeCoverCost(m: ModelBuilder): void {
  m.addObjective(new Map(m.coverVars.filter((v) => v.lever !== "atelier").map((v) => [v.name, -WEIGHTS.soft])));
}
