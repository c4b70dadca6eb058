// The rounds planner (issue 14): places every occurrence of every session on a date and time at which all its
// required participants are free (working time, lessons, supervision, release blocks, visits, absences), on
// school days, without double booking (with travel time between locations), respecting precedence, anchoring
// and same-day links; among those plans it minimises, in this order: sessions left unplaced, calendar days used,
// person-days (days on which a person has at least one session). One MILP solved by HiGHS; `proven` is true
// only when HiGHS proved that optimum.
import { toClock, type Candidate, type Scenario } from "../model/index.js";
import {
  absolute,
  bindRounds,
  candidateMoments,
  dayOf,
  dayNumber,
  requiredOf,
  type Context,
  type Moment,
  type Occurrence,
} from "./context.js";
import { checkPlan } from "./checker.js";
import { explainUnplaced } from "./explain.js";
import { Milp } from "./milp.js";
import type { PlannedParticipant, PlannedSession, RoundsPlan } from "./plan-types.js";
import type { Rounds } from "./schema.js";

interface Cand extends Moment {
  occ: number;
  v: number;
}

const physical = (o: Occurrence, id: string) => !o.session.participants.find((p) => p.id === id)?.remote;

export async function planRounds(
  rounds: Rounds,
  scenario: Scenario,
  week: Candidate,
  opts: { timeLimitSeconds?: number } = {},
): Promise<RoundsPlan> {
  const t0 = performance.now();
  const ctx = bindRounds(rounds, scenario, week);
  const occs = ctx.occurrences;
  const m = new Milp();
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
  const u = occs.map(() => m.variable("cont", M));
  const y = new Map(allDates.map((d) => [d, m.variable("cont", W)]));
  const z = new Map<string, number>();
  const zOf = (p: string, d: string) => {
    const k = `${p}|${d}`;
    if (!z.has(k)) z.set(k, m.variable("cont", 1));
    return z.get(k)!;
  };
  cands.forEach((cs, i) => cs.forEach((c) => ((c.occ = i), (c.v = m.variable("bin")))));

  // each occurrence placed once (or left unplaced at a price)
  cands.forEach((cs, i) => m.row([...cs.map((c) => [1, c.v] as [number, number]), [1, u[i]]], "=", 1));
  // days and person-days
  cands.forEach((cs, i) => {
    const byDate = new Map<string, Cand[]>();
    for (const c of cs) byDate.set(c.date, [...(byDate.get(c.date) ?? []), c]);
    for (const [d, list] of byDate) {
      const terms = list.map((c) => [1, c.v] as [number, number]);
      m.row([...terms, [-1, y.get(d)!]], "<=", 0);
      for (const p of requiredOf(occs[i].session)) m.row([...terms, [-1, zOf(p, d)]], "<=", 0);
    }
  });
  // Cuts: two occurrences that can never share a date (a precedence chain with minDays ≥ 1 between them, or,
  // for one of their people, every moment of one overlaps every moment of the other that day) each need a day
  // of their own: x_a(d) + x_b(d) ≤ y_d, and ≤ z_{p,d} for each person in both. Without these the LP spreads
  // every session thinly over all dates and its bound on the number of days is useless.
  const apart = separatedPairs(occs);
  const byOccDate = cands.map((cs) => {
    const m2 = new Map<string, Cand[]>();
    for (const c of cs) m2.set(c.date, [...(m2.get(c.date) ?? []), c]);
    return m2;
  });
  for (let a = 0; a < occs.length; a++)
    for (let b = a + 1; b < occs.length; b++) {
      const shared = requiredOf(occs[a].session).filter((p) => requiredOf(occs[b].session).includes(p));
      for (const [d, ca] of byOccDate[a]) {
        const cb = byOccDate[b].get(d);
        if (!cb) continue;
        const chained = apart.has(`${a}|${b}`);
        const clash = shared.length > 0 && ca.every((x) => cb.every((w) => x.start < w.end && w.start < x.end));
        if (!chained && !clash) continue;
        const terms = [...ca, ...cb].map((c) => [1, c.v] as [number, number]);
        m.row([...terms, [-1, y.get(d)!]], "<=", 0);
        for (const p of shared) m.row([...terms, [-1, zOf(p, d)]], "<=", 0);
      }
    }
  // no double booking: a clique per person, date and start time; travel between locations pairwise
  const travel = rounds.settings.travelMinutes;
  for (const p of persons) {
    const byDate = new Map<string, Cand[]>();
    for (const [i, o] of occs.entries())
      if (requiredOf(o.session).includes(p))
        for (const c of cands[i]) byDate.set(c.date, [...(byDate.get(c.date) ?? []), c]);
    for (const list of byDate.values()) {
      const occsHere = new Set(list.map((c) => c.occ));
      if (occsHere.size < 2) continue;
      for (const t of new Set(list.map((c) => c.start))) {
        const cover = list.filter((c) => c.start <= t && t < c.end);
        if (new Set(cover.map((c) => c.occ)).size > 1)
          m.row(
            cover.map((c) => [1, c.v]),
            "<=",
            1,
          );
      }
      if (travel > 0)
        for (const a of list)
          for (const b of list) {
            if (a.occ >= b.occ || (a.start < b.end && b.start < a.end)) continue;
            const oa = occs[a.occ],
              ob = occs[b.occ];
            if (oa.session.location === ob.session.location || !physical(oa, p) || !physical(ob, p)) continue;
            const gap = a.end <= b.start ? b.start - a.end : a.start - b.end;
            if (gap < travel)
              m.row(
                [
                  [1, a.v],
                  [1, b.v],
                ],
                "<=",
                1,
              );
          }
    }
  }
  // precedence: b may take a moment only if every occurrence of each predecessor ends before it
  occs.forEach((ob, bi) => {
    for (const dep of ob.session.after)
      occs.forEach((oa, ai) => {
        if (oa.session.id !== dep.session) return;
        for (const c of cands[bi]) {
          const ok = cands[ai].filter(
            (a) =>
              absolute(a.date, a.end) <= absolute(c.date, c.start) &&
              dayNumber(c.date) - dayNumber(a.date) >= dep.minDays,
          );
          m.row([[1, c.v], ...ok.map((a) => [-1, a.v] as [number, number])], "<=", 0);
        }
      });
  });
  // same day, same place, with a break
  for (const l of rounds.links) {
    const [ai, bi] = l.sessions.map((id) => occs.findIndex((o) => o.session.id === id));
    if (ai < 0 || bi < 0) continue;
    for (const [x, yy] of [
      [ai, bi],
      [bi, ai],
    ]) {
      for (const c of cands[x]) {
        const ok = cands[yy].filter((d) => {
          if (d.date !== c.date) return false;
          const gap = d.start >= c.end ? d.start - c.end : c.start - d.end;
          return gap >= l.breakMinutes && gap <= l.maxBreakMinutes;
        });
        m.row([[1, c.v], ...ok.map((d) => [-1, d.v] as [number, number])], "<=", 0);
      }
    }
  }

  // Symmetry: without precedence, two dates on which every occurrence has exactly the same candidate moments
  // are interchangeable (swap everything planned on them), so the earlier of them is taken first.
  if (noPrecedence)
    for (const ds of dateClasses(cands))
      for (let i = 1; i < ds.length; i++)
        m.row(
          [
            [1, y.get(ds[i - 1])!],
            [-1, y.get(ds[i])!],
          ],
          ">=",
          0,
        );
  const limit = opts.timeLimitSeconds ?? rounds.settings.timeLimitSeconds;
  const res = await m.solve(limit);
  let chosen = new Map<number, Cand>();
  if (res.hasSolution)
    for (const [i, cs] of cands.entries()) for (const c of cs) if (res.values[c.v] > 0.5) chosen.set(i, c);
  // A greedy plan as a safety net: when HiGHS stops at its time limit with a weaker plan (or none), the greedy
  // one is used. Never called optimal: only HiGHS's proof makes a plan optimal.
  const cost = (plan: Map<number, Cand>) =>
    M * (occs.length - plan.size) +
    W * new Set([...plan.values()].map((c) => c.date)).size +
    new Set([...plan].flatMap(([i, c]) => requiredOf(occs[i].session).map((p) => `${p}|${c.date}`))).size;
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
        let why: string | undefined;
        if (p.attendance === "optional") {
          why = ctx.busyReason(p.id, c);
          if (!why && (taken.get(p.id) ?? []).some((t) => t.date === c.date && t.start < c.end && c.start < t.end))
            why = "heeft dan een andere sessie";
          if (!why) take(p.id, c);
        }
        return {
          id: p.id,
          name: info.name,
          ...(p.role ? { role: p.role } : {}),
          attendance: p.attendance,
          remote: p.remote,
          attends: !why,
          ...(why ? { why } : {}),
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
  // Earliest moments: each session moves to the earliest moment of its own date that keeps the plan clean
  // (e.g. 15:15 rather than 15:25 right after a visit). Dates stay, so days, person-days and the proof hold.
  const hard = (ch: Map<number, Cand>) =>
    checkPlan(ctx, { sessions: build(ch), unplaced: [] }).filter(
      (v) => v.severity === "hard" && v.id !== "rounds.placed",
    ).length;
  const before = hard(chosen);
  for (const [i, c] of [...chosen].sort((a, b) => absolute(a[1].date, a[1].start) - absolute(b[1].date, b[1].start))) {
    for (const alt of cands[i]
      .filter((a) => a.date === c.date && a.start < c.start)
      .sort((a, b) => a.start - b.start)) {
      chosen.set(i, alt);
      if (hard(chosen) <= before) break;
      chosen.set(i, c);
    }
  }
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
      variables: m.variables,
      constraints: m.rows.length,
    },
  };
  plan.violations = checkPlan(ctx, plan);
  return plan;
}

/** Greedy: occurrences in precedence order (fewest moments first), each at the first moment that fits what is
 *  already placed, preferring dates already in use; a linked pair is placed together. */
function greedyPlan(occs: Occurrence[], cands: Cand[][], rounds: Rounds): Map<number, Cand> {
  const chosen = new Map<number, Cand>();
  const failed = new Set<number>();
  const travel = rounds.settings.travelMinutes;
  const used = new Set<string>();
  const partner = new Map<number, { j: number; min: number; max: number }>();
  for (const l of rounds.links) {
    const [a, b] = l.sessions.map((id) => occs.findIndex((o) => o.session.id === id));
    if (a < 0 || b < 0) continue;
    partner.set(a, { j: b, min: l.breakMinutes, max: l.maxBreakMinutes });
    partner.set(b, { j: a, min: l.breakMinutes, max: l.maxBreakMinutes });
  }
  const preds = occs.map((o) =>
    o.session.after.flatMap((dep) =>
      occs.flatMap((x, i) => (x.session.id === dep.session ? [{ i, minDays: dep.minDays }] : [])),
    ),
  );
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

/** Dates (sorted) on which every occurrence has exactly the same candidate moments, grouped. */
function dateClasses(cands: Cand[][]): string[][] {
  const dates = [...new Set(cands.flat().map((c) => c.date))].sort();
  const sig = new Map<string, string[]>();
  for (const d of dates) {
    const key =
      cands
        .map((cs) =>
          cs
            .filter((c) => c.date === d)
            .map((c) => c.start)
            .join(","),
        )
        .join("|") + `|${dayOf(d)}`;
    sig.set(key, [...(sig.get(key) ?? []), d]);
  }
  return [...sig.values()];
}

/** Pairs "a|b" (a < b) of occurrences linked by a chain of precedences with at least one day between them. */
function separatedPairs(occs: Occurrence[]): Set<string> {
  const idx = new Map<string, number[]>();
  occs.forEach((o, i) => idx.set(o.session.id, [...(idx.get(o.session.id) ?? []), i]));
  // longest chain of minDays from each occurrence forward (after-edges reversed: predecessor → successor)
  const next = occs.map(() => [] as { to: number; days: number }[]);
  occs.forEach((o, b) => {
    for (const dep of o.session.after)
      for (const a of idx.get(dep.session) ?? []) next[a].push({ to: b, days: dep.minDays });
  });
  const out = new Set<string>();
  occs.forEach((_, start) => {
    const best = new Map<number, number>([[start, 0]]);
    const stack = [start];
    while (stack.length) {
      const a = stack.pop()!;
      for (const e of next[a]) {
        const d = Math.min(1, best.get(a)! + e.days);
        if ((best.get(e.to) ?? -1) < d) {
          best.set(e.to, d);
          stack.push(e.to);
        }
      }
    }
    for (const [b, d] of best) if (d >= 1) out.add(start < b ? `${start}|${b}` : `${b}|${start}`);
  });
  return out;
}

export type { Context };
