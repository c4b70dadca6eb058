// The optimisation behind the rounds planner, in two levels (logic-based Benders decomposition).
//
// The objective (sessions left unplaced, then calendar days, then person-days) depends only on the DATES of the
// sessions. So a master MILP chooses dates only — x[o,d] = occurrence o on date d — with constraints that every
// real plan satisfies (a relaxation):
//   - o may take date d only when it has a candidate moment on d; a linked pair shares its date;
//   - precedence on dates (same date only when some moment of the predecessor ends before one of the successor);
//   - per person and date: the durations fit in the union of their possible moments that day, and the in-person
//     durations plus one travel time per extra location fit in the span from their first to their last possible
//     moment (consecutive in-person sessions at different places are ≥ travelMinutes apart);
//   - two occurrences of one person that overlap at every moment of a date need two dates (a cut);
//   - symmetry: dates on which every occurrence has the same candidate moments are used in order.
// Then each date's sessions are timed: per connected group (shared required people, links, same-day precedence)
// a small MILP over the candidate moments of that date (no double booking, travel, links, precedence). When a
// group cannot be timed, that set S cannot share any date with the same candidate moments in any plan, so the
// cut Σ_{o∈S} x[o,d] ≤ |S|−1 removes no real plan; S is first shrunk to a minimal such set. The master is solved
// again until every date can be timed.
// Proof: every plan of the full problem is a master solution with the same objective (the symmetry rows only pick
// one of interchangeable dates), so the master optimum is a lower bound; a master optimum whose dates can all be
// timed is a full plan reaching that bound, hence optimal. `proven` is true only in that case (HiGHS proved the
// master optimum and every date was timed).
import { toMinutes } from "../model/index.js";
import { absolute, dayNumber, dayOf, predecessorsOf, requiredOf, type Moment, type Occurrence } from "./context.js";
import { Milp } from "./milp.js";
import type { Rounds } from "./schema.js";

export interface Cand extends Moment {
  occ: number;
  v: number;
}

export interface Optimum {
  chosen: Map<number, Cand>;
  hasSolution: boolean;
  proven: boolean;
  stats: { variables: number; constraints: number; iterations: number; cuts: number; masterMs: number; dayMs: number };
}

export const physical = (o: Occurrence, id: string) => !o.session.participants.find((p) => p.id === id)?.remote;

/** Dates (sorted) on which every occurrence has exactly the same candidate moments, grouped. */
export function dateClasses(cands: Cand[][]): string[][] {
  const dates = [...new Set(cands.flat().map((c) => c.date))].sort();
  const sig = new Map<string, string[]>();
  for (const d of dates) {
    const key = cands.map((cs) => startsOn(cs, d)).join("|") + `|${dayOf(d)}`;
    sig.set(key, [...(sig.get(key) ?? []), d]);
  }
  return [...sig.values()];
}

const startsOn = (cs: Cand[], d: string) =>
  cs
    .filter((c) => c.date === d)
    .map((c) => c.start)
    .join(",");

const groupBy = <T, K>(list: T[], key: (t: T) => K) => {
  const out = new Map<K, T[]>();
  for (const t of list) out.set(key(t), [...(out.get(key(t)) ?? []), t]);
  return out;
};

export async function optimise(
  occs: Occurrence[],
  cands: Cand[][],
  rounds: Rounds,
  timeLimitSeconds: number,
  weights: { M: number; W: number },
): Promise<Optimum> {
  const deadline = performance.now() + timeLimitSeconds * 1000;
  const travel = rounds.settings.travelMinutes;
  const noPrecedence = occs.every((o) => o.session.after.length === 0);
  const byOccDate = cands.map((cs) => groupBy(cs, (c) => c.date));
  const req = occs.map((o) => requiredOf(o.session));
  const persons = [...new Set(req.flat())];
  const pairLinks = rounds.links.filter((l) => l.kind === "same-day-same-place");
  const linkOf = pairLinks
    .map((l) => ({ l, pair: l.sessions.map((id) => occs.findIndex((o) => o.session.id === id)) }))
    .filter(({ pair }) => pair.every((i) => i >= 0));
  const preds = occs.map((o) => predecessorsOf(occs, o));
  // same half day: the placed members share one date and one half of it (-1 = a moment across the split)
  const halves = rounds.links.flatMap((l) =>
    l.kind === "same-half-day"
      ? [
          {
            split: toMinutes(l.splitAt),
            members: l.sessions.map((id) => occs.findIndex((o) => o.session.id === id)).filter((i) => i >= 0),
          },
        ]
      : [],
  );
  const halfOf = (c: Moment, split: number) => (c.end <= split ? 0 : c.start >= split ? 1 : -1);
  const linked = (a: Cand, b: Cand, min: number, max: number) => {
    const gap = b.start >= a.end ? b.start - a.end : a.start - b.end;
    return a.date === b.date && gap >= min && gap <= max;
  };
  // Benders cuts; `slots` = the fixed slots (session|weekday|start) chosen when the set could not be timed
  const cuts: { occs: number[]; date: string; slots: string[] }[] = [];
  // fixed slot: the chosen weekday and start per session with sameSlot (from the last master solution)
  let slotChoice = new Map<string, string>();
  const slotted = (o: number) => occs[o].session.sameSlot && occs[o].session.repeat.kind !== "once";
  const candsOn = (o: number, d: string) => {
    const all = byOccDate[o].get(d)!;
    const slot = slotted(o) ? slotChoice.get(occs[o].session.id) : undefined;
    return slot ? all.filter((c) => `${dayOf(d)}|${c.start}` === slot) : all;
  };
  const apart = separatedPairs(occs);
  const stats = { variables: 0, constraints: 0, iterations: 0, cuts: 0, masterMs: 0, dayMs: 0 };
  // dates equivalent to d for the occurrences S: each has the same candidate moments there
  const allDates = [...new Set(cands.flat().map((c) => c.date))].sort();
  const sameFor = (S: number[], d: string) =>
    allDates.filter((e) => S.every((o) => startsOn(cands[o], e) === startsOn(cands[o], d)));

  const best = { chosen: new Map<number, Cand>(), hasSolution: false, proven: false };
  for (;;) {
    stats.iterations++;
    const t0 = performance.now();
    const master = buildMaster();
    const left = Math.max(0.05, (deadline - performance.now()) / 1000);
    const res = await master.m.solve(left);
    stats.masterMs += performance.now() - t0;
    stats.variables = master.m.variables;
    stats.constraints = master.m.rows.length;
    if (!res.hasSolution) return { ...best, stats };
    const dates = new Map<number, string>();
    for (const [key, v] of master.x) if (res.values[v] > 0.5) dates.set(Number(key.split("|")[0]), key.split("|")[1]);
    slotChoice = new Map();
    for (const [key, v] of master.q)
      if (res.values[v] > 0.5) slotChoice.set(key.split("|")[0], key.split("|").slice(1).join("|"));
    const t1 = performance.now();
    const timed = await timeDates(dates);
    stats.dayMs += performance.now() - t1;
    // a group HiGHS could not decide in the time left: no cut can be justified, stop without a proof
    if (timed.unknown) return { ...best, stats };
    if (timed.failed.length === 0) return { chosen: timed.chosen, hasSolution: true, proven: res.proven, stats };
    for (const f of timed.failed) {
      const slots = [...new Set(f.occs.filter(slotted).map((o) => occs[o].session.id))].map(
        (id) => `${id}|${slotChoice.get(id)}`,
      );
      for (const e of slots.length ? [f.date] : sameFor(f.occs, f.date)) {
        cuts.push({ occs: f.occs, date: e, slots });
        stats.cuts++;
      }
    }
    if (performance.now() > deadline) return { ...best, stats };
  }

  function buildMaster() {
    const m = new Milp();
    const { M, W } = weights;
    const x = new Map<string, number>();
    const X = (o: number, d: string) => x.get(`${o}|${d}`);
    occs.forEach((_, o) => {
      for (const d of byOccDate[o].keys()) x.set(`${o}|${d}`, m.variable("bin"));
    });
    const u = occs.map(() => m.variable("cont", M));
    const y = new Map(allDates.map((d) => [d, m.variable("cont", W)]));
    const z = new Map<string, number>();
    const Z = (p: string, d: string) => {
      const k = `${p}|${d}`;
      if (!z.has(k)) z.set(k, m.variable("cont", 1));
      return z.get(k)!;
    };
    occs.forEach((_, o) => {
      m.row([...[...byOccDate[o].keys()].map((d) => [1, X(o, d)!] as [number, number]), [1, u[o]]], "=", 1);
      for (const d of byOccDate[o].keys()) {
        m.row(
          [
            [1, X(o, d)!],
            [-1, y.get(d)!],
          ],
          "<=",
          0,
        );
        for (const p of req[o])
          m.row(
            [
              [1, X(o, d)!],
              [-1, Z(p, d)],
            ],
            "<=",
            0,
          );
      }
    });
    // capacity per person and date
    for (const p of persons) {
      const mine = occs.map((_, o) => o).filter((o) => req[o].includes(p));
      for (const d of allDates) {
        const here = mine.filter((o) => byOccDate[o].has(d));
        if (here.length < 2) continue;
        const moments = here.flatMap((o) => byOccDate[o].get(d)!);
        const union = unionLength(moments);
        m.row(
          [...here.map((o) => [occs[o].session.duration, X(o, d)!] as [number, number]), [-union, Z(p, d)]],
          "<=",
          0,
        );
        const phys = here.filter((o) => physical(occs[o], p));
        const locs = groupBy(phys, (o) => occs[o].session.location);
        if (travel > 0 && locs.size > 1) {
          const span =
            Math.max(...phys.flatMap((o) => byOccDate[o].get(d)!.map((c) => c.end))) -
            Math.min(...phys.flatMap((o) => byOccDate[o].get(d)!.map((c) => c.start)));
          const w = [...locs.values()].map((list) => {
            const v = m.variable("cont");
            for (const o of list)
              m.row(
                [
                  [1, X(o, d)!],
                  [-1, v],
                ],
                "<=",
                0,
              );
            return v;
          });
          m.row(
            [
              ...phys.map((o) => [occs[o].session.duration, X(o, d)!] as [number, number]),
              ...w.map((v) => [travel, v] as [number, number]),
              [-(span + travel), Z(p, d)],
            ],
            "<=",
            0,
          );
        }
      }
    }
    // Two occurrences that can never share a date (a precedence chain with minDays ≥ 1 between them, or, for one
    // of their people, every moment of one overlaps every moment of the other that day) each need a day of
    // their own: x_a(d) + x_b(d) ≤ y_d, and ≤ z_{p,d} for each person in both. Without these the LP spreads
    // every session thinly over all dates and its bound on the number of days is useless.
    for (let a = 0; a < occs.length; a++)
      for (let b = a + 1; b < occs.length; b++) {
        const shared = req[a].filter((p) => req[b].includes(p));
        const chained = apart.has(`${a}|${b}`);
        if (!shared.length && !chained) continue;
        for (const [d, ca] of byOccDate[a]) {
          const cb = byOccDate[b].get(d);
          if (!cb) continue;
          const clash = shared.length > 0 && ca.every((p) => cb.every((q) => p.start < q.end && q.start < p.end));
          if (!chained && !clash) continue;
          const pair: [number, number][] = [
            [1, X(a, d)!],
            [1, X(b, d)!],
          ];
          m.row([...pair, [-1, y.get(d)!]], "<=", 0);
          for (const p of shared) m.row([...pair, [-1, Z(p, d)]], "<=", 0);
        }
      }
    // links: the same date, with a moment pair that keeps the break
    for (const { l, pair } of linkOf)
      for (const [a, b] of [pair, [pair[1], pair[0]]])
        for (const [d, ca] of byOccDate[a]) {
          const cb = byOccDate[b].get(d) ?? [];
          const ok = cb.length > 0 && ca.some((p) => cb.some((q) => linked(p, q, l.breakMinutes, l.maxBreakMinutes)));
          m.row([[1, X(a, d)!], ...(ok ? [[-1, X(b, d)!] as [number, number]] : [])], "<=", 0);
        }
    // same half day: one date for every placed member (g_d ≥ x_{o,d}, Σ g_d ≤ 1)
    for (const h of halves) {
      const g = new Map(allDates.map((d) => [d, m.variable("cont")]));
      m.row(
        [...g.values()].map((v) => [1, v]),
        "<=",
        1,
      );
      for (const o of h.members)
        for (const d of byOccDate[o].keys())
          m.row(
            [
              [1, X(o, d)!],
              [-1, g.get(d)!],
            ],
            "<=",
            0,
          );
    }
    // precedence on dates
    occs.forEach((_, b) => {
      for (const { i: a, minDays } of preds[b])
        for (const [d, cb] of byOccDate[b]) {
          const ok = [...byOccDate[a]]
            .filter(([e, ca]) =>
              e < d
                ? dayNumber(d) - dayNumber(e) >= minDays
                : e === d && minDays === 0 && ca.some((p) => cb.some((q) => p.end <= q.start)),
            )
            .map(([e]) => [-1, X(a, e)!] as [number, number]);
          m.row([[1, X(b, d)!], ...ok], "<=", 0);
        }
    });
    // fixed slot: one weekday and start per session (q), every occurrence only at that slot
    const q = new Map<string, number>();
    for (const [id, list] of groupBy(occs.map((_, o) => o).filter(slotted), (o) => occs[o].session.id)) {
      const Q = (k: string) => {
        if (!q.has(`${id}|${k}`)) q.set(`${id}|${k}`, m.variable("bin"));
        return q.get(`${id}|${k}`)!;
      };
      for (const o of list)
        for (const [d, cs] of byOccDate[o])
          m.row(
            [
              [1, X(o, d)!],
              ...[...new Set(cs.map((c) => `${dayOf(d)}|${c.start}`))].map((k) => [-1, Q(k)] as [number, number]),
            ],
            "<=",
            0,
          );
      m.row(
        [...q].filter(([k]) => k.startsWith(`${id}|`)).map(([, v]) => [1, v] as [number, number]),
        "<=",
        1,
      );
    }
    // symmetry
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
    // Benders cuts: sets of occurrences that cannot be timed together on a date
    for (const c of cuts) {
      const terms = [...c.occs.map((o) => X(o, c.date)), ...c.slots.map((k) => q.get(k))].filter(
        (v) => v !== undefined,
      );
      if (terms.length === c.occs.length + c.slots.length)
        m.row(
          terms.map((v) => [1, v]),
          "<=",
          terms.length - 1,
        );
    }
    return { m, x, q };
  }

  /** Times every date's sessions; the groups that cannot be timed come back (shrunk to a minimal set). */
  async function timeDates(dates: Map<number, string>) {
    const chosen = new Map<number, Cand>();
    const failed: { occs: number[]; date: string }[] = [];
    let unknown = false;
    for (const [d, list] of groupBy([...dates.keys()], (o) => dates.get(o)!)) {
      for (const group of components(list)) {
        const timed = await timeGroup(group, d);
        if (timed === "unknown") unknown = true;
        else if (timed === "infeasible") failed.push({ occs: await shrink(group, d), date: d });
        else for (const [o, c] of timed) chosen.set(o, c);
      }
    }
    return { chosen, failed, unknown };
  }

  /** Occurrences on one date that constrain each other: shared required people, links, precedence. */
  function components(list: number[]): number[][] {
    const parent = new Map(list.map((o) => [o, o]));
    const find = (o: number): number => (parent.get(o) === o ? o : find(parent.get(o)!));
    const join = (a: number, b: number) => parent.has(a) && parent.has(b) && parent.set(find(a), find(b));
    for (const a of list) for (const b of list) if (a < b && req[a].some((p) => req[b].includes(p))) join(a, b);
    for (const { pair } of linkOf) join(pair[0], pair[1]);
    for (const h of halves) for (const o of h.members.slice(1)) join(h.members[0], o);
    for (const b of list) for (const { i } of preds[b]) join(i, b);
    return [...groupBy(list, find).values()];
  }

  /** Deletion filter: drop occurrences as long as the rest still cannot be timed. */
  async function shrink(group: number[], d: string): Promise<number[]> {
    let S = group;
    for (const o of group) {
      if (S.length <= 2) break;
      const rest = S.filter((x) => x !== o);
      if ((await timeGroup(rest, d)) === "infeasible") S = rest;
    }
    return S;
  }

  /** A small MILP: one candidate moment of date d per occurrence of the group, all constraints of the day. */
  async function timeGroup(group: number[], d: string): Promise<Map<number, Cand> | "infeasible" | "unknown"> {
    const quick = search(group, d);
    if (quick) return earliest(quick);
    return timeGroupMilp(group, d);
  }

  /** Can occurrence o take moment c next to the moments already chosen on that date? */
  function fits(o: number, c: Cand, placed: Map<number, Cand>): boolean {
    for (const [k, b] of placed) {
      if (k === o) continue;
      for (const p of req[o]) {
        if (!req[k].includes(p)) continue;
        if (b.start < c.end && c.start < b.end) return false;
        const gap = b.end <= c.start ? c.start - b.end : b.start - c.end;
        const far = occs[o].session.location !== occs[k].session.location;
        if (far && gap < travel && physical(occs[o], p) && physical(occs[k], p)) return false;
      }
      if (preds[o].some(({ i }) => i === k) && b.end > c.start) return false;
      if (preds[k].some(({ i }) => i === o) && c.end > b.start) return false;
    }
    for (const h of halves) {
      if (!h.members.includes(o)) continue;
      const half = halfOf(c, h.split);
      if (half < 0) return false;
      for (const k of h.members) {
        const b = placed.get(k);
        if (k !== o && b && (b.date !== c.date || halfOf(b, h.split) !== half)) return false;
      }
    }
    for (const { l, pair } of linkOf) {
      const other = pair[0] === o ? pair[1] : pair[1] === o ? pair[0] : -1;
      const b = placed.get(other);
      if (b && !linked(c, b, l.breakMinutes, l.maxBreakMinutes)) return false;
    }
    return true;
  }

  /** Depth-first search, earliest moments first, fewest moments first; gives up after 20 000 steps. */
  function search(group: number[], d: string): Map<number, Cand> | undefined {
    const order = [...group].sort((a, b) => candsOn(a, d).length - candsOn(b, d).length);
    const placed = new Map<number, Cand>();
    let steps = 0;
    const go = (k: number): boolean => {
      if (k === order.length) return true;
      const o = order[k];
      for (const c of candsOn(o, d)) {
        if (++steps > 20_000) return false;
        if (!fits(o, c, placed)) continue;
        placed.set(o, c);
        if (go(k + 1)) return true;
        placed.delete(o);
      }
      return false;
    };
    return go(0) ? placed : undefined;
  }

  /** Moves each occurrence to the earliest moment of its date that still fits (e.g. 15:15 right after a visit). */
  function earliest(placed: Map<number, Cand>): Map<number, Cand> {
    for (const [o, c] of [...placed].sort((a, b) => a[1].start - b[1].start)) {
      const alt = candsOn(o, c.date).find((a) => a.start < c.start && fits(o, a, placed));
      if (alt) placed.set(o, alt);
    }
    return placed;
  }

  async function timeGroupMilp(group: number[], d: string): Promise<Map<number, Cand> | "infeasible" | "unknown"> {
    const m = new Milp();
    const cs = new Map(group.map((o) => [o, candsOn(o, d).map((c) => ({ c, v: m.variable("bin", 0) }))]));
    for (const list of cs.values())
      m.row(
        list.map(({ v }) => [1, v] as [number, number]),
        "=",
        1,
      );
    for (const p of persons) {
      const mine = group.filter((o) => req[o].includes(p));
      if (mine.length < 2) continue;
      const all = mine.flatMap((o) => cs.get(o)!.map((e) => ({ ...e, o })));
      for (const t of new Set(all.map((e) => e.c.start))) {
        const cover = all.filter((e) => e.c.start <= t && t < e.c.end);
        if (new Set(cover.map((e) => e.o)).size > 1)
          m.row(
            cover.map((e) => [1, e.v]),
            "<=",
            1,
          );
      }
      if (travel > 0)
        for (const a of all)
          for (const b of all) {
            if (a.o >= b.o || (a.c.start < b.c.end && b.c.start < a.c.end)) continue;
            if (occs[a.o].session.location === occs[b.o].session.location) continue;
            if (!physical(occs[a.o], p) || !physical(occs[b.o], p)) continue;
            const gap = a.c.end <= b.c.start ? b.c.start - a.c.end : a.c.start - b.c.end;
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
    for (const { l, pair } of linkOf) {
      if (!pair.every((o) => cs.has(o))) continue;
      for (const [a, b] of [pair, [pair[1], pair[0]]])
        for (const e of cs.get(a)!)
          m.row(
            [
              [1, e.v],
              ...cs
                .get(b)!
                .filter((f) => linked(e.c, f.c, l.breakMinutes, l.maxBreakMinutes))
                .map((f) => [-1, f.v] as [number, number]),
            ],
            "<=",
            0,
          );
    }
    for (const h of halves) {
      const here = h.members.filter((o) => cs.has(o));
      if (!here.length) continue;
      const afternoon = m.variable("bin");
      for (const o of here)
        for (const e of cs.get(o)!) {
          const half = halfOf(e.c, h.split);
          m.row(
            half < 0
              ? [[1, e.v]]
              : [
                  [1, e.v],
                  [half === 0 ? 1 : -1, afternoon],
                ],
            "<=",
            half === 0 ? 1 : 0,
          );
        }
    }
    for (const b of group)
      for (const { i: a } of preds[b]) {
        if (!cs.has(a)) continue;
        for (const e of cs.get(b)!)
          m.row(
            [
              [1, e.v],
              ...cs
                .get(a)!
                .filter((f) => absolute(d, f.c.end) <= absolute(d, e.c.start))
                .map((f) => [-1, f.v] as [number, number]),
            ],
            "<=",
            0,
          );
      }
    const left = Math.max(0.05, (deadline - performance.now()) / 1000);
    const res = await m.solve(left);
    if (!res.hasSolution) return res.infeasible ? "infeasible" : "unknown";
    const out = new Map<number, Cand>();
    for (const [o, list] of cs) for (const { c, v } of list) if (res.values[v] > 0.5) out.set(o, c);
    return earliest(out);
  }
}

/** Total length of the union of the moments (minutes). */
function unionLength(ms: Moment[]): number {
  const sorted = [...ms].sort((a, b) => a.start - b.start);
  let total = 0;
  let from = -1;
  let to = -1;
  for (const s of sorted) {
    if (s.start > to) {
      total += to - from;
      from = s.start;
      to = s.end;
    } else to = Math.max(to, s.end);
  }
  return total + (to - from);
}
/** Pairs "a|b" (a < b) of occurrences linked by a chain of precedences with at least one day between them. */
function separatedPairs(occs: Occurrence[]): Set<string> {
  // longest chain of minDays from each occurrence forward (after-edges reversed: predecessor → successor)
  const next = occs.map(() => [] as { to: number; days: number }[]);
  occs.forEach((o, b) => {
    for (const { i: a, minDays } of predecessorsOf(occs, o)) next[a].push({ to: b, days: minDays });
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
