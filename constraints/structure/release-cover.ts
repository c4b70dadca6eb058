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
  schoolLevelGrids,
  parseCoverBy,
  type Group,
  type Lesson,
  type Release,
  type Scenario,
  type Violation,
} from "../../src/model/index.js";
import { defineRule, type Message, type MessageData, report, tag } from "../rule.js";
import { goalLabel, groupLabel, personName, when } from "./names.js";
import { gridFor, neverCovers } from "./facts.js";
import { overlapping } from "./activities.js";
import { WEIGHTS, type ModelBuilder, type SlotRef } from "../model-builder.js";
import { encodeCoverCapacity } from "./cover-capacity.js";

// "Klas L1 wordt dinsdag 08:30-09:20 opgevangen door co-teacher Dirk Claes terwijl An Peeters vrijgeroosterd is
// voor 'PLG lezen' (dinsdag 08:30-10:10), maar …": the start of every message about a lever that is not allowed.
const COVERED_NL =
  "Klas {group} wordt {when} opgevangen door {lever} terwijl {released} vrijgeroosterd {verb} voor '{goal}' ({block}), maar";
const COVERED_EN =
  "Group {group} is covered on {when} by {lever} while {released} {verb} released for '{goal}' ({block}), but";

const MESSAGES = {
  "encode-merge-host": {
    nl: "Klas {group} kan enkel bij klas {host} aansluiten als die klas dan les heeft van de eigen klasleerkracht",
    en: "Class {group} can only join class {host} when that class is taught by its own class teacher then",
  },
  "encode-no-specialist-cover": {
    nl: "Vakleerkrachten mogen geen klas opvangen tijdens een vrijroostering (cover.specialists is uit)",
    en: "Specialist teachers may not cover a class during a release (cover.specialists is off)",
  },
  "encode-cover-capacity": {
    nl: `Voor '{goal}' {must} bv. {when} {classes} ({groups}) tegelijk opgevangen worden, maar hoogstens {can} {may} dan overgenomen worden (door vakleerkrachten, zorgleerkrachten, co-teachers, stagiairs, ateliers of samenvoegingen)`,
    en: `For '{goal}', e.g. on {when}, {classes} ({groups}) {must} be covered at once, but at most {can} {may} be taken over then (by specialist teachers, care teachers, co-teachers, interns, ateliers or merges)`,
  },
  "no-cover": {
    nl: "Klas {group} heeft {when} geen geldige opvang terwijl {released} vrijgeroosterd {verb} voor '{goal}' ({block}).",
    en: "Group {group} has no valid cover on {when} while {released} {verb} released for '{goal}' ({block}).",
  },
  "not-in-cover-list": {
    nl: "Klas {group} wordt {when} opgevangen door {levers}, maar dat staat niet in de opvanglijst (cover) van '{goal}' ({block}).",
    en: "Group {group} is covered on {when} by {levers}, but the cover list (cover) of '{goal}' ({block}) does not say so.",
  },
  // Why a listed lever is not allowed (leversOf).
  "lever-switched-off": {
    nl: `${COVERED_NL} {levers} zijn als vervanging uitgeschakeld.`,
    en: `${COVERED_EN} {levers} are switched off as cover.`,
  },
  "never-substitutes": {
    nl: `${COVERED_NL} {name} mag nooit vervangen (ondersteuner of noSubstitution).`,
    en: `${COVERED_EN} {name} may never substitute (ondersteuner or noSubstitution).`,
  },
  "not-care-or-coteacher": {
    nl: `${COVERED_NL} {name} is geen zorgleerkracht of co-teacher van deze klas.`,
    en: `${COVERED_EN} {name} is not a care teacher or co-teacher of this group.`,
  },
  "keeps-care-hours": {
    nl: `${COVERED_NL} {name} houdt de zorguren in de klas.`,
    en: `${COVERED_EN} {name} keeps the care hours in class.`,
  },
  "intern-not-placed": {
    nl: `${COVERED_NL} die stagiair loopt geen stage in {group}.`,
    en: `${COVERED_EN} that intern is not placed in {group}.`,
  },
  "intern-not-independent": {
    nl: `${COVERED_NL} {name} loopt geen zelfstandige stage en mag de klas niet alleen nemen.`,
    en: `${COVERED_EN} {name} is not on an independent placement and may not take the class alone.`,
  },
  "intern-absent": {
    nl: `${COVERED_NL} {name} komt die dag niet.`,
    en: `${COVERED_EN} {name} does not come that day.`,
  },
  "listed-cover-unused": {
    nl: "Volgens het blok '{goal}' ({block}) wordt klas {group} opgevangen door {lever}, maar geen les van {group} in dat blok wordt zo gegeven.",
    en: "According to the block '{goal}' ({block}), group {group} is covered by {lever}, but no lesson of {group} in that block is given that way.",
  },
  "cover-for-group-not-released": {
    nl: "Het blok '{goal}' ({block}) vermeldt opvang voor klas {group}, maar geen klasleerkracht of co-teacher van {group} is vrijgeroosterd.",
    en: "The block '{goal}' ({block}) lists cover for group {group}, but none of the class teachers or co-teachers of {group} is released.",
  },
} satisfies Record<string, Message>;

type MessageId = keyof typeof MESSAGES;

/** Why a lever is not allowed: one of the messages above and the values only it needs. */
interface Problem {
  id: MessageId;
  data?: MessageData;
}

interface Lever {
  by: string;
  problem?: Problem;
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
      return { nl: "atelier", en: "atelier" };
    case "none":
      return { nl: "geen opvang", en: "no cover" };
    case "subject": {
      const name = s.subjects.find((x) => x.id === c.subject)?.name ?? c.subject;
      return { nl: `de les ${name}`, en: `the ${name} lesson` };
    }
  }
}

/** A lever the scenario's cover policy switches off ("co-teachers zijn als vervanging uitgeschakeld"). */
const switchedOff = (nl: string, en: string): Problem => ({ id: "lever-switched-off", data: { levers: { nl, en } } });

/** Every lever a lesson could stand for, each with what (if anything) makes it not allowed. */
function leversOf(s: Scenario, g: Group, l: Lesson): Lever[] {
  const out: Lever[] = [];
  const p = s.cover;
  const never = (t: string): Problem => ({ id: "never-substitutes", data: { name: personName(s, "staff", t) } });
  if (l.mergedWith) {
    // Whether the pair may merge at all (listed, maxPupils, its teacher) is timetable.merge's verdict.
    const barred = l.staff.find((t) => neverCovers(s, t));
    out.push({
      by: formatCoverBy({ kind: "merge", group: l.mergedWith }),
      problem: barred ? never(barred) : undefined,
    });
  }
  if (l.subject === "ATELIER")
    out.push({ by: "atelier", problem: p.ateliers ? undefined : switchedOff("ateliers", "ateliers") });
  const sub = s.subjects.find((x) => x.id === l.subject && x.taughtBy !== "class");
  if (sub)
    out.push({
      by: sub.id,
      problem: p.specialists ? undefined : switchedOff("vakleerkrachten", "specialist teachers"),
    });
  // In a merge the other class's teacher teaches: that is the merge lever, not a care/co-teacher one.
  if (l.subject === "KLAS" && !l.mergedWith) {
    for (const t of l.staff) {
      const st = s.staff.find((x) => x.id === t);
      const name = personName(s, "staff", t);
      if (g.coTeachers.includes(t)) {
        out.push({
          by: formatCoverBy({ kind: "coteacher", staff: t }),
          problem: !p.coTeachers ? switchedOff("co-teachers", "co-teachers") : neverCovers(s, t) ? never(t) : undefined,
        });
      } else {
        let problem: Problem | undefined = neverCovers(s, t) ? never(t) : undefined;
        if (!st?.flags.careTeacher) problem = { id: "not-care-or-coteacher", data: { name } };
        else if (!p.careTeachers) problem = switchedOff("zorgleerkrachten", "care teachers");
        else if (st.flags.keepsCareHoursInClass) problem = { id: "keeps-care-hours", data: { name: st.name } };
        out.push({ by: formatCoverBy({ kind: "care", staff: t }), problem });
      }
    }
    for (const i of l.interns ?? []) {
      const it = s.interns.find((x) => x.id === i);
      let problem: Problem | undefined;
      if (!p.interns) problem = switchedOff("stagiairs", "interns");
      else if (!it || it.group !== g.id) problem = { id: "intern-not-placed" };
      else if (!it.independent) problem = { id: "intern-not-independent", data: { name: it.name } };
      else if (!it.weekdays.includes(l.day)) problem = { id: "intern-absent", data: { name: it.name } };
      out.push({ by: formatCoverBy({ kind: "intern", intern: i }), problem });
    }
  }
  return out;
}

export const timetableReleaseCover = defineRule({
  id: "timetable.release-cover",
  title: {
    nl: "Elke klas van een vrijgeroosterde leerkracht is opgevangen",
    en: "Every class of a released teacher is covered",
  },
  source: "structural; staff.buo-ondersteuner (PWB)",
  severity: "hard",
  scope: "timetable",
  messages: MESSAGES,
  encode(m) {
    encodeCoverConsistency(m);
    encodeCoverCapacity(m, (instance, data) =>
      tag(timetableReleaseCover, "encode-cover-capacity", instance, data, { implied: true }),
    );
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
      if (!schoolLevelGrids(s, grid).some((g) => lessonSlots(g, r.day).some((sl) => overlapping(sl, r)))) continue;
      checkRelease(s, r, candidate.lessons, (id, where, data) => out.push(report(this, id, where, data)));
    }
    return out;
  },
});

function checkRelease(
  s: Scenario,
  r: Release,
  lessons: Lesson[],
  push: (id: MessageId, where: Violation["where"], data: MessageData) => void,
) {
  const released = new Set(r.staff);
  const block = { goal: goalLabel(s, r.goal), block: when(r.day, r.start, r.end) };
  const affected = s.groups.filter((g) => [...g.classTeachers, ...g.coTeachers].some((t) => released.has(t)));
  for (const g of affected) {
    const gl = groupLabel(s, g.id);
    const gone = [...g.classTeachers, ...g.coTeachers]
      .filter((t) => released.has(t))
      .map((t) => personName(s, "staff", t));
    // Dutch puts the verb last: "terwijl An Peeters en Bram Janssens vrijgeroosterd zijn".
    const who = {
      released: { nl: gone.join(" en "), en: gone.join(" and ") },
      verb: gone.length > 1 ? { nl: "zijn", en: "are" } : "is",
    };
    const listed = new Set((r.cover ?? []).filter((c) => c.group === g.id).map((c) => c.by));
    const used = new Set<string>();
    for (const l of lessons.filter((x) => x.group === g.id && overlapping(x, r))) {
      if (l.staff.some((t) => released.has(t))) continue; // not a cover question: see header
      // The class's own (not released) class teacher still teaches: nothing to cover.
      if (!l.mergedWith && l.staff.length > 0 && l.staff.every((t) => g.classTeachers.includes(t))) continue;
      const where = { group: g.id, goal: r.goal, day: l.day, start: l.start, end: l.end };
      const data = { group: gl, when: when(l.day, l.start, l.end), ...who, ...block };
      const levers = leversOf(s, g, l);
      levers.forEach((x) => used.add(x.by));
      const chosen = levers.filter((x) => listed.has(x.by));
      if (levers.length === 0) {
        push("no-cover", where, data);
      } else if (chosen.length === 0) {
        const names = levers.map((x) => leverLabel(s, x.by));
        const joined = { nl: names.map((n) => n.nl).join(" / "), en: names.map((n) => n.en).join(" / ") };
        push("not-in-cover-list", where, { ...data, levers: joined });
      } else if (chosen.every((x) => x.problem)) {
        const x = chosen[0];
        push(x.problem!.id, where, { ...data, lever: leverLabel(s, x.by), ...x.problem!.data });
      }
    }
    for (const by of listed) {
      if (used.has(by) || by === "none") continue;
      push(
        "listed-cover-unused",
        { group: g.id, goal: r.goal, day: r.day, start: r.start, end: r.end },
        { ...block, group: gl, lever: leverLabel(s, by) },
      );
    }
  }
  // Cover for a group none of whose teachers is released is a sign of a mix-up.
  const affectedIds = new Set(affected.map((g) => g.id));
  for (const c of r.cover ?? []) {
    if (affectedIds.has(c.group) || c.by === "none") continue;
    push(
      "cover-for-group-not-released",
      { group: c.group, goal: r.goal, day: r.day, start: r.start, end: r.end },
      { ...block, group: groupLabel(s, c.group) },
    );
  }
}

// ---- encode(): this rule as constraints of the solver's model ----

/** timetable.release-cover: a merged class is hosted by the other group's class teacher. */
function encodeCoverConsistency(m: ModelBuilder): void {
  // By clock time: across levels (DayGrid.levels) the host's slot at the same times has its own key.
  const at = (g: string, t: SlotRef) => `${g}|${t.day}|${t.start}|${t.end}`;
  const klas = new Map(m.classVars.map((v) => [at(v.group, v.slot), v.name]));
  for (const v of m.coverVars) {
    if (v.lever !== "merge") continue;
    const host = klas.get(at(v.who, v.slot))!;
    m.addConstraint(
      new Map([
        [v.name, 1],
        [host, -1],
      ]),
      "<=",
      0,
      tag(timetableReleaseCover, "encode-merge-host", `merge:${v.group}+${v.who}`, {
        group: groupLabel(m.scenario, v.group),
        host: groupLabel(m.scenario, v.who),
      }),
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
          tag(timetableReleaseCover, "encode-no-specialist-cover", "policy:specialists"),
        );
    }
  }
}

function encodeCoverCost(m: ModelBuilder): void {
  m.addObjective(new Map(m.coverVars.filter((v) => v.lever !== "atelier").map((v) => [v.name, -WEIGHTS.soft])));
}
