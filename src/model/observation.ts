// Observation goals and presence days (issue 10 items 4 and 8b): one reading shared by the scenario's checks,
// the rules' check() and encode(), the solver, the year plan and the feeds.
//
// An observation goal (hospiteer-carrousel, collegiale visitatie) is a list of visits "observer → observed". When
// the scenario is read, every visit becomes a release goal of its own with the observer as its one member
// (purpose peer-visit, exact length `minutes`, lesson time only): so the observer is released and their class
// covered by a lever, exactly as for any release goal. Rule release.observation adds what makes it a visit: the
// observed teacher is in front of their own class then (a class lesson, not released, not covering elsewhere).
import type { z } from "zod";
import type { ObservationGoal, ReleaseGoal, ScenarioShape } from "./scenario.js";

/** One visit of an observation goal, read from its pairs or its carousel. */
export interface Visit {
  /** The release goal this visit is solved as: "<observation id>:<observer>:<observed>". */
  goal: string;
  observation: string;
  observer: string;
  observed: string;
  /** The observed teacher's own class (the first group they are class teacher of). */
  group: string;
  /** Place of this visit in its observation goal (0-based) and the number of visits in it (for turns). */
  turn: number;
  visits: number;
}

type Shape = Pick<ScenarioShape, "groups" | "staff"> & { observations?: ObservationGoal[] };

const ownClass = (s: Shape, p: string) => s.groups.find((g) => g.classTeachers.includes(p))?.id;

/** The pairs of an observation goal: as listed, or the carousel's "each observes the next one(s) with a class". */
export function pairsOf(s: Shape, o: ObservationGoal): { observer: string; observed: string }[] {
  if (o.pairs) return o.pairs;
  const ts = o.carousel!.teachers;
  const out: { observer: string; observed: string }[] = [];
  ts.forEach((observer, i) => {
    const next = [...ts.slice(i + 1), ...ts.slice(0, i)].filter((t) => t !== observer && ownClass(s, t));
    for (const observed of next.slice(0, o.carousel!.each ?? next.length)) out.push({ observer, observed });
  });
  return out;
}

const cache = new WeakMap<object, Visit[]>();

/** Every visit of every observation goal (only those whose observed teacher has a class). */
export function visitsOf(s: Shape): Visit[] {
  if (!s.observations) return [];
  const hit = cache.get(s.observations);
  if (hit && cache.get(s.groups) === hit) return hit;
  const out = computeVisits(s);
  cache.set(s.observations, out);
  cache.set(s.groups, out);
  return out;
}

function computeVisits(s: Shape): Visit[] {
  return (s.observations ?? []).flatMap((o) => {
    const pairs = pairsOf(s, o).filter((p) => ownClass(s, p.observed));
    return pairs.map((p, turn) => ({
      goal: `${o.id}:${p.observer}:${p.observed}`,
      observation: o.id,
      observer: p.observer,
      observed: p.observed,
      group: ownClass(s, p.observed)!,
      turn,
      visits: pairs.length,
    }));
  });
}

/** The visit a release goal stands for, if it is one. */
export function visitOf(s: Shape, goalId: string): Visit | undefined {
  if (!s.observations?.length || !goalId.includes(":")) return undefined;
  return visitsOf(s).find((v) => v.goal === goalId);
}

const nameOf = (s: Shape, id: string) => s.staff.find((p) => p.id === id)?.name ?? id;

/** A visit's meeting by name: "Hospiteer-carrousel: An Peeters bij Bram Janssens (L2)" (en: "… visits …"). */
export function visitName(s: Shape, v: Visit, lang: "nl" | "en" = "nl"): string {
  const o = (s.observations ?? []).find((x) => x.id === v.observation);
  const verb = lang === "en" ? "visits" : "bij";
  return `${o?.name ?? v.observation}: ${nameOf(s, v.observer)} ${verb} ${nameOf(s, v.observed)} (${v.group})`;
}

/** The release goals the visits are solved as (added to releaseGoals when the scenario is read). */
export function visitGoals(s: Shape): ReleaseGoal[] {
  const byId = new Map((s.observations ?? []).map((o) => [o.id, o]));
  return visitsOf(s).map((v) => {
    const o = byId.get(v.observation)!;
    return {
      id: v.goal,
      name: visitName(s, v),
      purpose: "peer-visit",
      members: [v.observer],
      optionalMembers: [],
      externals: [],
      mode: "physical",
      minBlockMinutes: o.minutes,
      maxBlockMinutes: o.minutes,
      ...(o.when ? { when: o.when } : {}),
      ...(o.notWhen ? { notWhen: o.notWhen } : {}),
      blocksPerWeek: 1,
      frequency: o.frequency,
      weight: o.weight,
      required: o.required,
      // The observed teacher teaches then: never in child-free time.
      allowAfterSchool: false,
    };
  });
}

/**
 * Why a visit does not happen in the goal's `session`-th session (0-based: its frequency and date range already
 * allow the date; -1 = not a session date), or undefined. "weekly" turns: the sessions go to the goal's visits in
 * turn; `timesPerPair` stops a pair after that many.
 */
export function visitSkipReason(s: Shape, goalId: string, session: number): string | undefined {
  const v = visitOf(s, goalId);
  if (!v || session < 0) return undefined;
  const o = s.observations!.find((x) => x.id === v.observation)!;
  if (o.turns === "weekly" && session % v.visits !== v.turn)
    return "niet deze week (hospiteren: een ander paar is aan de beurt)";
  const nth = o.turns === "weekly" ? Math.floor(session / v.visits) : session;
  if (o.timesPerPair !== undefined && nth >= o.timesPerPair)
    return `niet meer dit schooljaar (hospiteren: ${o.timesPerPair} keer per paar)`;
  return undefined;
}

/** Cross-reference checks of observation goals and presence days, with the field path. */
export function checkObservationRefs(s: ScenarioShape, ctx: z.RefinementCtx): void {
  const staff = new Set(s.staff.map((x) => x.id));
  // A read scenario read again holds the visit goals already (same id and name): that is no clash.
  const ours = new Set(visitGoals(s).map((g) => `${g.id}|${g.name}`));
  const goalIds = new Set(s.releaseGoals.filter((g) => !ours.has(`${g.id}|${g.name}`)).map((g) => g.id));
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
  const seen = new Set<string>();
  (s.observations ?? []).forEach((o, i) => {
    if (seen.has(o.id)) issue(["observations", i, "id"], `Hospiteerdoel '${o.id}' komt twee keer voor`);
    seen.add(o.id);
    const known = (id: string, path: (string | number)[]) => {
      if (staff.has(id)) return true;
      issue(path, `Onbekende leerkracht (staff id) '${id}'`);
      return false;
    };
    o.pairs?.forEach((p, j) => {
      const path = ["observations", i, "pairs", j];
      if (known(p.observer, [...path, "observer"]) && p.observer === p.observed)
        issue([...path, "observed"], "Iemand kan niet bij zichzelf op bezoek gaan");
      if (known(p.observed, [...path, "observed"]) && !ownClass(s, p.observed))
        issue(
          [...path, "observed"],
          `${s.staff.find((x) => x.id === p.observed)!.name} is van geen enkele klas klasleerkracht: bij wie zou je dan op bezoek gaan?`,
        );
    });
    if (o.carousel) {
      const ts = o.carousel.teachers;
      ts.forEach((t, j) => {
        known(t, ["observations", i, "carousel", "teachers", j]);
        if (ts.indexOf(t) !== j)
          issue(["observations", i, "carousel", "teachers", j], `'${t}' staat twee keer in de carrousel`);
      });
      if (ts.every((t) => staff.has(t)) && ts.filter((t) => ownClass(s, t)).length === 0)
        issue(
          ["observations", i, "carousel", "teachers"],
          "Niemand in de carrousel heeft een eigen klas om te bezoeken",
        );
    }
  });
  for (const v of visitsOf(s))
    if (goalIds.has(v.goal))
      issue(
        ["releaseGoals"],
        `Vrijroostering '${v.goal}' heeft dezelfde id als een bezoek van hospiteerdoel '${v.observation}'`,
      );
  (s.presenceDays ?? []).forEach((g, i) => {
    g.members.forEach((m, j) => {
      if (!staff.has(m)) issue(["presenceDays", i, "members", j], `Onbekende deelnemer (staff id) '${m}'`);
    });
    g.memberSets?.forEach((set, j) =>
      set.except.forEach((m, k) => {
        if (!staff.has(m))
          issue(["presenceDays", i, "memberSets", j, "except", k], `Onbekend personeelslid (staff id) '${m}'`);
      }),
    );
  });
}
