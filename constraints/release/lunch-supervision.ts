// release.lunch-supervision — school policy (issue 10 item 5, shared/PRACTICES.md lever 9 "Lunch-time takeover",
// seed 004 lines 1561–1564: "een lunchpauze kleuterklas overnemen, andere middagpauze lagere school overnemen").
// With `lunchSupervision`, each post (e.g. the kleuter playground) needs its number of supervisors in every lunch
// break of its days. A supervisor may take the post (flags.lunchSupervisor, else class and care teachers; never an
// ondersteuner — staff.buo-ondersteuner — nor someone with noSupervision), is at school then, has no fixed duty
// then, takes one post at a time and is not in a meeting over that lunch (ReleaseGoal.allowLunch). So a sub-team
// meets over lunch only while the others supervise. `maxPerWeek` (school policy, no legal number: default none)
// bounds the lunch breaks a week one person spends supervising or meeting.
// The pupils' midday break itself (week.lunch, ≥ 60 min) is a property of the day grid and is not changed by who
// supervises it.
import {
  DAY_NAMES_EN,
  DAY_NAMES_NL,
  DAYS,
  canTakeLunchPost,
  fixedDutyAt,
  lunchTurns,
  maySuperviseLunch,
  overlaps,
  readScenario,
  type Candidate,
  type Day,
  type DayGrid,
  type Scenario,
  type Violation,
} from "../../src/model/index.js";
import { defineRule, report, tag, type Message, type Rule } from "../rule.js";
import { sum, WEIGHTS, type LinExpr, type LunchVar, type ModelBuilder } from "../model-builder.js";
import { nameOf } from "../encode-util.js";
import { staffLoadBySlot } from "../staff/load-model.js";
import { personName, when } from "../structure/names.js";
import { gridFor } from "../structure/facts.js";
import { agree, count, type Forms } from "../count.js";

const SUPERVISOR: Forms = { nl: ["toezichter", "toezichters"], en: ["supervisor", "supervisors"] };

/** The grid's lunch slot on a day. */
const lunchSlot = (grid: DayGrid, day: Day) => grid.days[day].find((x) => x.kind === "lunch");

const MESSAGES = {
  "encode-enough": {
    nl: "{post} heeft op {day} {supervisors} nodig",
    en: "{post} needs {supervisors} on {day}",
  },
  "encode-one-place": {
    nl: "{name} houdt over de middag toezicht op één post, of zit in een middagoverleg",
    en: "Over lunch {name} supervises one post, or is in a meeting over lunch",
  },
  "encode-max-per-week": {
    nl: "{name} houdt hoogstens {max} middagen per week toezicht of overleg (lunchSupervision.maxPerWeek)",
    en: "{name} spends at most {max} lunch breaks a week supervising or meeting (lunchSupervision.maxPerWeek)",
  },
  "too-few": {
    nl: "{post} heeft op {when} {supervisors}, maar heeft er {need} nodig.",
    en: "{post} has {supervisors} on {when}, but needs {need}.",
  },
  "unknown-turn": {
    nl: "Middagtoezicht '{post}' op {when} past niet bij een middagpauze en post van dagindeling '{grid}'.",
    en: "Lunch supervision '{post}' on {when} does not match a lunch break and post of day grid '{grid}'.",
  },
  "may-not-supervise": {
    nl: "{name} houdt middagtoezicht ({post}, {when}) maar mag geen middagtoezicht doen (enkel klas- en zorgleerkrachten of wie lunchSupervisor heeft; nooit een ondersteuner).",
    en: "{name} supervises lunch ({post}, {when}) but may not (only class and care teachers or those with lunchSupervisor; never an ondersteuner).",
  },
  absent: {
    nl: "{name} houdt middagtoezicht ({post}, {when}) maar is dan niet op school.",
    en: "{name} supervises lunch ({post}, {when}) but is not at school then.",
  },
  "fixed-duty": {
    nl: "{name} houdt middagtoezicht ({post}, {when}) maar heeft dan al een vaste toezichtbeurt.",
    en: "{name} supervises lunch ({post}, {when}) but already has a fixed supervision duty then.",
  },
  "two-posts": {
    nl: "{name} houdt op {day} over de middag toezicht op twee posten tegelijk.",
    en: "{name} supervises two posts at once over lunch on {day}.",
  },
  "in-meeting": {
    nl: "{name} houdt middagtoezicht ({post}, {when}) maar zit dan in '{goal}'.",
    en: "{name} supervises lunch ({post}, {when}) but is in '{goal}' then.",
  },
  teaching: {
    nl: "{name} houdt middagtoezicht ({post}, {when}) maar geeft dan les ({lesson}).",
    en: "{name} supervises lunch ({post}, {when}) but teaches then ({lesson}).",
  },
  "too-few-can": {
    nl: "Op {day} {are} er over de middag {supervisors} nodig ({posts}), maar slechts {staff} {may} dan toezicht doen.",
    en: "On {day} {are} {supervisors} needed over lunch ({posts}), but only {staff} {may} supervise then.",
  },
  "over-max": {
    nl: "{name} houdt {count} middagen per week toezicht of overleg; de school spreekt er hoogstens {max} af (lunchSupervision.maxPerWeek).",
    en: "{name} spends {count} lunch breaks a week supervising or meeting; the school agreed at most {max} (lunchSupervision.maxPerWeek).",
  },
} satisfies Record<string, Message>;

export const releaseLunchSupervision = defineRule({
  id: "release.lunch-supervision",
  title: {
    nl: "Middagtoezicht: genoeg toezichters per post, niemand van hen in een middagoverleg",
    en: "Lunch supervision: enough supervisors per post, none of them in a meeting over lunch",
  },
  source: "school policy (PRACTICES lever 9); staff.buo-ondersteuner",
  severity: "hard",
  scope: "both",
  messages: MESSAGES,
  encode: encodeLunchSupervision,
  check(ctx) {
    const { scenario: s, candidate } = ctx;
    if (!s.lunchSupervision) return [];
    if (!candidate) return scenarioCheck(this, s);
    return checkLunch(this, s, candidate, gridFor(ctx));
  },
});

type Self = Pick<Rule<keyof typeof MESSAGES>, "id" | "severity" | "messages">;

function checkLunch(rule: Self, s: Scenario, c: Candidate, grid: DayGrid): Violation[] {
  const out: Violation[] = [];
  const turns = lunchTurns(s, grid);
  const duties = c.lunchDuties ?? [];
  const postName = (id: string) => s.lunchSupervision?.posts.find((p) => p.id === id)?.name ?? id;
  for (const t of turns) {
    const staff = new Set(
      duties.filter((d) => d.post === t.post.id && d.day === t.day && d.start === t.start).flatMap((d) => d.staff),
    );
    if (staff.size < t.post.supervisors)
      out.push(
        report(
          rule,
          "too-few",
          { day: t.day, start: t.start, end: t.end },
          {
            post: t.post.name,
            when: when(t.day, t.start, t.end),
            supervisors: count(staff.size, SUPERVISOR),
            need: t.post.supervisors,
          },
        ),
      );
  }
  const posts = new Map<string, Set<string>>(); // person|day → posts
  for (const d of duties) {
    const data = { post: postName(d.post), when: when(d.day, d.start, d.end) };
    const where = { day: d.day, start: d.start, end: d.end };
    if (!turns.some((t) => t.post.id === d.post && t.day === d.day && t.start === d.start && t.end === d.end)) {
      out.push(report(rule, "unknown-turn", where, { ...data, grid: grid.name }));
      continue;
    }
    for (const p of new Set(d.staff)) {
      const who = { ...data, name: personName(s, "staff", p) };
      const at = { ...where, staff: p };
      if (
        !maySuperviseLunch(
          s,
          s.staff.find((x) => x.id === p),
        )
      )
        out.push(report(rule, "may-not-supervise", at, who));
      else if (!readScenario(s).available(p, d.day, d.start, d.end)) out.push(report(rule, "absent", at, who));
      else if (fixedDutyAt(s, p, d.day, d.start, d.end)) out.push(report(rule, "fixed-duty", at, who));
      const key = `${p}|${d.day}`;
      posts.set(key, (posts.get(key) ?? new Set()).add(d.post));
      const meeting = c.releases.find(
        (r) => r.day === d.day && r.staff.includes(p) && overlaps(r.start, r.end, d.start, d.end),
      );
      if (meeting) {
        const goal = s.releaseGoals.find((g) => g.id === meeting.goal)?.name ?? meeting.goal;
        out.push(report(rule, "in-meeting", at, { ...who, goal }));
      }
      // Another level's lunch (DayGrid.levels) may overlap a lesson of this person's own level.
      const lesson = c.lessons.find(
        (l) => l.day === d.day && l.staff.includes(p) && overlaps(l.start, l.end, d.start, d.end),
      );
      if (lesson)
        out.push(report(rule, "teaching", at, { ...who, lesson: when(lesson.day, lesson.start, lesson.end) }));
    }
  }
  for (const [key, set] of posts) {
    if (set.size < 2) continue;
    const [p, day] = key.split("|") as [string, Day];
    out.push(
      report(
        rule,
        "two-posts",
        { staff: p, day },
        { name: personName(s, "staff", p), day: { nl: DAY_NAMES_NL[day], en: DAY_NAMES_EN[day] } },
      ),
    );
  }
  const max = s.lunchSupervision?.maxPerWeek;
  if (max !== undefined)
    for (const p of s.staff) {
      const count = lunchBreaksOf(s, c, grid, p.id);
      if (count > max) out.push(report(rule, "over-max", { staff: p.id }, { name: p.name, count, max }));
    }
  return out;
}

/** Without a week: on each day, are there at least as many people who can take a post as the posts need? */
function scenarioCheck(rule: Self, s: Scenario): Violation[] {
  const out: Violation[] = [];
  for (const grid of s.dayGrids)
    for (const day of DAYS) {
      const turns = lunchTurns(s, grid).filter((t) => t.day === day);
      if (turns.length === 0) continue;
      const need = turns.reduce((n, t) => n + t.post.supervisors, 0);
      const n = s.staff.filter((p) => canTakeLunchPost(s, p.id, day, turns[0].start, turns[0].end)).length;
      if (n < need && !out.some((v) => v.where.day === day))
        out.push(
          report(
            rule,
            "too-few-can",
            { day, start: turns[0].start, end: turns[0].end },
            {
              day: { nl: DAY_NAMES_NL[day], en: DAY_NAMES_EN[day] },
              are: agree(need, { nl: ["is", "zijn"], en: ["is", "are"] }),
              supervisors: count(need, SUPERVISOR),
              staff: count(n, { nl: ["personeelslid", "personeelsleden"], en: ["staff member", "staff members"] }),
              may: agree(n, { nl: ["mag en kan", "mogen en kunnen"], en: ["may and can", "may and can"] }),
              posts: turns.map((t) => `${t.post.name} ${t.post.supervisors}`).join(", "),
            },
          ),
        );
    }
  return out;
}

/** Lunch posts a person takes in the week, plus the days they are in a meeting over the lunch break. */
function lunchBreaksOf(s: Scenario, c: Candidate, grid: DayGrid, p: string): number {
  const turns = lunchTurns(s, grid);
  const posts = (c.lunchDuties ?? []).filter(
    (d) => d.staff.includes(p) && turns.some((t) => t.post.id === d.post && t.day === d.day && t.start === d.start),
  );
  const meetings = DAYS.filter((day) => {
    const l = lunchSlot(grid, day);
    return (
      !!l && c.releases.some((r) => r.day === day && r.staff.includes(p) && overlaps(r.start, r.end, l.start, l.end))
    );
  });
  return new Set(posts.map((d) => `${d.post}|${d.day}`)).size + meetings.length;
}

// ---- encode(): this rule as constraints of the solver's model ----

/**
 * Per post and lunch break Σ z ≥ supervisors; per person and lunch break Σ z + r[p, lunch] ≤ 1 (one post, and
 * none while in a meeting over lunch); with maxPerWeek, Σ z + Σ r[p, lunch] ≤ max. Who may not take a post then
 * (not allowed, not at school, a fixed duty) has no variable. A small cost per post taken: no more supervisors
 * than needed.
 */
function encodeLunchSupervision(m: ModelBuilder): void {
  const s = m.scenario;
  if (!s.lunchSupervision) return;
  const rule: Self = releaseLunchSupervision;
  for (const t of lunchTurns(s, m.grid)) {
    const vars = m.lunchVars.filter((v) => v.post === t.post.id && v.day === t.day);
    m.addConstraint(
      sum(vars.map((v) => v.name)),
      ">=",
      t.post.supervisors,
      tag(rule, "encode-enough", `post:${t.post.id}:${t.day}`, {
        post: t.post.name,
        day: when(t.day, t.start, t.end),
        supervisors: count(t.post.supervisors, SUPERVISOR),
      }),
    );
  }
  m.addObjective(
    sum(
      m.lunchVars.map((v) => v.name),
      -WEIGHTS.soft,
    ),
  );
  const lunchSlots = m.slots.filter((t) => t.kind === "lunch" && !t.level);
  for (const p of s.staff) {
    const mine = m.lunchVars.filter((v) => v.staff === p.id);
    const week: LinExpr = sum(mine.map((v) => v.name));
    for (const day of DAYS) {
      const e: LinExpr = sum(mine.filter((v) => v.day === day).map((v) => v.name));
      const l = lunchSlots.find((t) => t.day === day);
      const r = l && m.releasedVar(p.id, l.key);
      if (r) {
        // With level days the posts and meetings are compared by clock time (encodeLevelLunch).
        if (!m.levelled) e.set(r, 1);
        week.set(r, 1);
      } else if (m.levelled) for (const y of levelMeetingsOverLunch(m, p.id, day)) week.set(y, 1);
      if (e.size > 1) m.addConstraint(e, "<=", 1, tag(rule, "encode-one-place", `person:${p.id}`, { name: p.name }));
    }
    if (m.levelled) encodeLevelLunch(m, p.id, mine);
    const max = s.lunchSupervision.maxPerWeek;
    if (max !== undefined && week.size > max)
      m.addConstraint(week, "<=", max, tag(rule, "encode-max-per-week", `person:${p.id}`, { name: p.name, max }));
  }
}

/**
 * A person's blocks in a level's own days (DayGrid.levels) that overlap the main days' lunch on a day (at most one
 * is chosen: no-double-booking) — a meeting over lunch as lunchSupervision.maxPerWeek counts it.
 */
function levelMeetingsOverLunch(m: ModelBuilder, p: string, day: Day): string[] {
  const lunch = m.grid.days[day].find((x) => x.kind === "lunch");
  if (!lunch) return [];
  return blocksOf(m, p)
    .filter((b) => b.block.level && b.block.day === day && overlaps(b.block.start, b.block.end, lunch.start, lunch.end))
    .map((b) => b.name);
}

/** A person's release variables: the blocks of goals they are a member of, and their optional joins. */
const blocksOf = (m: ModelBuilder, p: string) => [
  ...m.releaseVars.filter((v) => v.goal.members.includes(p)).map((v) => ({ name: v.name, block: v.block })),
  ...m.optionalVars.filter((o) => o.staff === p).map((o) => ({ name: o.name, block: o.release.block })),
];

/**
 * With level days (DayGrid.levels) one level's lunch overlaps the other's lessons and blocks: a post taken then
 * excludes p's lessons in each slot it overlaps and each release block of p it overlaps.
 */
function encodeLevelLunch(m: ModelBuilder, p: string, mine: readonly LunchVar[]): void {
  const load = staffLoadBySlot(m);
  const row = (z: LunchVar, e: LinExpr) =>
    m.addConstraint(
      new Map([[z.name, 1], ...e]),
      "<=",
      1,
      tag(releaseLunchSupervision, "encode-one-place", `person:${p}`, { name: nameOf(m, p) }),
    );
  for (const z of mine) {
    for (const t of m.slots)
      if (t.day === z.day && t.kind !== "lunch" && overlaps(t.start, t.end, z.start, z.end)) {
        const e = load.get(`${p}|${t.key}`);
        if (e?.size) row(z, e);
      }
    for (const b of blocksOf(m, p))
      if (b.block.day === z.day && overlaps(b.block.start, b.block.end, z.start, z.end)) row(z, new Map([[b.name, 1]]));
  }
}
