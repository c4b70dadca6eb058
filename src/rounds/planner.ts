// The rounds planner (issue 14): places every occurrence of every session on a date and time at which all its
// required participants are free (working time, dated availability, lessons, supervision, release blocks, visits
// and travel to them, absences), on school days, without double booking (with travel time between locations),
// respecting precedence, anchoring and links; among those plans it minimises, in this order: sessions left
// unplaced, calendar days used, person-days (days on which a person has at least one session). The optimisation
// is optimise.ts (a date-level MILP and per-date timing, solved by HiGHS); `proven` is true only when that proof
// holds. Then the weekly load is spread by trading interchangeable dates, which changes none of those counts.
import { mondayOf } from "../calendar/index.js";
import { toClock, toMinutes, type Candidate, type Scenario } from "../model/index.js";
import {
  absolute,
  bindRounds,
  candidateMoments,
  dayOf,
  dayNumber,
  predecessorsOf,
  requiredOf,
  type Context,
  type Moment,
  type Occurrence,
  type Phrase,
} from "./context.js";
import { checkPlan } from "./checker.js";
import { explainUnplaced } from "./explain.js";
import { dateClasses, optimise, physical, type Cand } from "./optimise.js";
import type { PlannedParticipant, PlannedSession, RoundsPlan } from "./plan-types.js";
import type { Rounds } from "./schema.js";

export async function planRounds(
  rounds: Rounds,
  scenario: Scenario,
  week: Candidate,
  opts: { timeLimitSeconds?: number } = {},
): Promise<RoundsPlan> {
  const t0 = performance.now();
  const ctx = bindRounds(rounds, scenario, week);
  const occs = ctx.occurrences;
  let cands: Cand[][] = occs.map((o) => candidateMoments(ctx, o).map((mo) => ({ ...mo, occ: 0, v: -1 })));
  const noPrecedence = occs.every((o) => o.session.after.length === 0);
  if (noPrecedence) {
    // Interchangeable dates (see the symmetry rows below): a plan never needs more of them than there are
    // occurrences that could use them, so only that many (the earliest) are kept.
    const keep = new Set<string>();
    for (const ds of dateClasses(cands)) {
      const k = cands.filter((cs) => cs.some((c) => c.date === ds[0])).length;
      for (const d of ds.slice(0, k)) keep.add(d);
    }
    cands = cands.map((cs) => cs.filter((c) => keep.has(c.date)));
  }
  const allDates = [...new Set(cands.flat().map((c) => c.date))].sort();
  const persons = new Set(occs.flatMap((o) => requiredOf(o.session)));
  // weights: one unplaced session costs more than every day and person-day together
  const W = allDates.length * persons.size + 1;
  const M = W * (allDates.length + 1);
  const limit = opts.timeLimitSeconds ?? rounds.settings.timeLimitSeconds;
  const res = await optimise(occs, cands, rounds, limit, { M, W });
  let chosen = res.chosen;
  // A greedy plan as a safety net: when HiGHS stops at its time limit with a weaker plan (or none), the greedy
  // one is used. Never called optimal: only HiGHS's proof makes a plan optimal.
  const cost = (plan: Map<number, Cand>) =>
    M * (occs.length - plan.size) +
    W * new Set([...plan.values()].map((c) => c.date)).size +
    new Set([...plan].flatMap(([i, c]) => requiredOf(occs[i].session).map((p) => `${p}|${c.date}`))).size;
  const weekExcess = (plan: Map<number, Cand>) => {
    const count = new Map<string, number>();
    for (const [i, c] of plan)
      for (const p of requiredOf(occs[i].session)) {
        const k = `${p}|${mondayOf(c.date)}`;
        count.set(k, (count.get(k) ?? 0) + 1);
      }
    const cap = rounds.settings.maxSessionsPerPersonPerWeek;
    return [...count.values()].reduce((n, k) => n + Math.max(0, k - cap), 0);
  };
  const proven = res.hasSolution && res.proven;
  let engine = "highs";
  if (!proven) {
    const g = greedyPlan(occs, cands, rounds);
    if (!res.hasSolution || cost(g) < cost(chosen)) {
      chosen = g;
      engine = "greedy";
    }
  }
  const found = res.hasSolution || engine === "greedy";
  if (noPrecedence) spreadWeeks(chosen, cands, weekExcess);

  // optional participants attend when free and not in another session at that time
  const build = (chosen: Map<number, Cand>): PlannedSession[] => {
    const sessions: PlannedSession[] = [];
    const taken = new Map<string, { date: string; start: number; end: number }[]>();
    const take = (p: string, c: Moment) => taken.set(p, [...(taken.get(p) ?? []), c]);
    for (const [i, c] of chosen) for (const p of requiredOf(occs[i].session)) take(p, c);
    const order = [...chosen.entries()].sort(
      (a, b) => absolute(a[1].date, a[1].start) - absolute(b[1].date, b[1].start) || a[0] - b[0],
    );
    for (const [i, c] of order) {
      const o = occs[i];
      const participants: PlannedParticipant[] = o.session.participants.map((p) => {
        const info = ctx.people.get(p.id)!;
        let why: Phrase | undefined;
        if (p.attendance === "optional") {
          why = ctx.busyReason(p.id, c);
          if (!why && (taken.get(p.id) ?? []).some((t) => t.date === c.date && t.start < c.end && c.start < t.end))
            why = { nl: "heeft dan een andere sessie", en: "has another session then" };
          if (!why) take(p.id, c);
        }
        return {
          id: p.id,
          name: info.name,
          ...(p.role ? { role: p.role } : {}),
          attendance: p.attendance,
          remote: p.remote,
          attends: !why,
          ...(why ? { why: why.nl, whyEn: why.en } : {}),
        };
      });
      sessions.push({
        key: o.key,
        session: o.session.id,
        title: o.session.title,
        occurrence: o.index,
        date: c.date,
        day: dayOf(c.date),
        start: toClock(c.start),
        end: toClock(c.end),
        location: o.session.location,
        locationName: ctx.locationName(o.session.location),
        participants,
      });
    }
    return sessions;
  };
  const sessions = build(chosen);
  const unplaced = occs
    .map((o, i) => (chosen.has(i) ? undefined : explainUnplaced(ctx, o, cands[i], sessions, proven)))
    .filter((x) => x !== undefined);
  const days = new Set(sessions.map((s) => s.date)).size;
  const personDays = new Set(
    sessions.flatMap((s) => s.participants.filter((p) => p.attendance === "required").map((p) => `${p.id}|${s.date}`)),
  ).size;
  const plan: RoundsPlan = {
    name: rounds.name,
    status: !found ? "timeout" : unplaced.length ? "partial" : proven ? "optimal" : "feasible",
    proven,
    engine,
    objective: found ? cost(chosen) : NaN,
    metrics: { sessions: occs.length, placed: sessions.length, days, personDays },
    sessions,
    unplaced,
    violations: [],
    stats: {
      ms: Math.round(performance.now() - t0),
      candidates: cands.reduce((n, cs) => n + cs.length, 0),
      ...res.stats,
      masterMs: Math.round(res.stats.masterMs),
      dayMs: Math.round(res.stats.dayMs),
    },
  };
  plan.violations = checkPlan(ctx, plan);
  return plan;
}

/** Load balancing, after days and person-days: two dates on which every occurrence has the same candidate
 *  moments (and no precedence binds them) can trade their whole contents — same times, same people, so every
 *  constraint, the number of days and of person-days stay as they are. Trades that lower the number of sessions
 *  above settings.maxSessionsPerPersonPerWeek are kept, until none helps. */
function spreadWeeks(chosen: Map<number, Cand>, cands: Cand[][], excess: (plan: Map<number, Cand>) => number) {
  const classes = dateClasses(cands);
  let best = excess(chosen);
  const swap = (a: string, b: string) => {
    for (const [i, c] of chosen) {
      const to = c.date === a ? b : c.date === b ? a : undefined;
      if (to)
        chosen.set(
          i,
          cands[i].find((x) => x.date === to && x.start === c.start)!,
        );
    }
  };
  for (let improved = best > 0; improved;) {
    improved = false;
    for (const ds of classes)
      for (const [k, a] of ds.entries())
        for (const b of ds.slice(k + 1)) {
          swap(a, b);
          const now = excess(chosen);
          if (now < best) {
            best = now;
            improved = true;
          } else swap(a, b);
        }
  }
}

/** Greedy: occurrences in precedence order (fewest moments first), each at the first moment that fits what is
 *  already placed, preferring dates already in use; a linked pair is placed together. */
function greedyPlan(occs: Occurrence[], cands: Cand[][], rounds: Rounds): Map<number, Cand> {
  const chosen = new Map<number, Cand>();
  const failed = new Set<number>();
  const travel = rounds.settings.travelMinutes;
  const used = new Set<string>();
  const partner = new Map<number, { j: number; min: number; max: number }>();
  const halves = rounds.links.flatMap((l) =>
    l.kind === "same-half-day"
      ? [
          {
            split: toMinutes(l.splitAt),
            members: new Set(l.sessions.map((id) => occs.findIndex((o) => o.session.id === id))),
          },
        ]
      : [],
  );
  const half = (c: Cand, split: number) => (c.end <= split ? 0 : c.start >= split ? 1 : -1);
  for (const l of rounds.links) {
    if (l.kind !== "same-day-same-place") continue;
    const [a, b] = l.sessions.map((id) => occs.findIndex((o) => o.session.id === id));
    if (a < 0 || b < 0) continue;
    partner.set(a, { j: b, min: l.breakMinutes, max: l.maxBreakMinutes });
    partner.set(b, { j: a, min: l.breakMinutes, max: l.maxBreakMinutes });
  }
  const preds = occs.map((o) => predecessorsOf(occs, o));
  const fits = (i: number, c: Cand, extra: [number, Cand][] = []) => {
    const placed = [...chosen, ...extra];
    for (const p of requiredOf(occs[i].session))
      for (const [k, b] of placed) {
        if (b.date !== c.date || !requiredOf(occs[k].session).includes(p)) continue;
        if (b.start < c.end && c.start < b.end) return false;
        const phys = physical(occs[i], p) && physical(occs[k], p);
        const gap = b.end <= c.start ? c.start - b.end : b.start - c.end;
        if (phys && occs[i].session.location !== occs[k].session.location && gap < travel) return false;
      }
    const s = occs[i].session;
    if (s.sameSlot)
      for (const [k, b] of placed)
        if (occs[k].session === s && (dayOf(b.date) !== dayOf(c.date) || b.start !== c.start)) return false;
    for (const h of halves) {
      if (!h.members.has(i)) continue;
      if (half(c, h.split) < 0) return false;
      for (const [k, b] of placed)
        if (h.members.has(k) && (b.date !== c.date || half(b, h.split) !== half(c, h.split))) return false;
    }
    return preds[i].every(({ i: a, minDays }) => {
      const pa = chosen.get(a);
      return (
        pa !== undefined &&
        absolute(pa.date, pa.end) <= absolute(c.date, c.start) &&
        dayNumber(c.date) - dayNumber(pa.date) >= minDays
      );
    });
  };
  const linked = (c: Cand, d: Cand, min: number, max: number) => {
    const gap = d.start >= c.end ? d.start - c.end : c.start - d.end;
    return d.date === c.date && gap >= min && gap <= max;
  };
  const byPreference = (cs: Cand[]) =>
    [...cs].sort(
      (a, b) =>
        Number(!used.has(a.date)) - Number(!used.has(b.date)) || absolute(a.date, a.start) - absolute(b.date, b.start),
    );
  while (chosen.size + failed.size < occs.length) {
    const ready = occs
      .map((_, i) => i)
      .filter((i) => !chosen.has(i) && !failed.has(i))
      .filter((i) => preds[i].every(({ i: a }) => chosen.has(a) || failed.has(a)));
    const i = ready.sort((a, b) => cands[a].length - cands[b].length)[0];
    if (preds[i].some(({ i: a }) => failed.has(a))) {
      failed.add(i);
      continue;
    }
    const link = partner.get(i);
    let done = false;
    for (const c of byPreference(cands[i])) {
      if (!fits(i, c)) continue;
      if (link && !chosen.has(link.j) && !failed.has(link.j)) {
        const d = byPreference(cands[link.j]).find(
          (d) => linked(c, d, link.min, link.max) && fits(link.j, d, [[i, c]]),
        );
        if (!d) continue;
        chosen.set(link.j, d);
      } else if (link && chosen.has(link.j) && !linked(c, chosen.get(link.j)!, link.min, link.max)) continue;
      chosen.set(i, c);
      used.add(c.date);
      done = true;
      break;
    }
    if (!done) {
      failed.add(i);
      if (link && !chosen.has(link.j)) failed.add(link.j);
    }
  }
  return chosen;
}

export type { Context };
