// Why a session could not be placed, in words a coordinator understands: who is never free when, which
// predecessor is missing, or which other sessions already fill every possible moment.
import { DAYS, DAY_NAMES_NL, toClock, toMinutes, type Day } from "../model/index.js";
import { absolute, dayOf, requiredOf, startTimes, type Context, type Moment, type Occurrence } from "./context.js";
import type { PlannedSession, Unplaced } from "./plan-types.js";
import type { Session } from "./schema.js";

const nlDate = (d: string) =>
  new Date(`${d}T12:00:00Z`).toLocaleDateString("nl-BE", { day: "numeric", month: "long", timeZone: "UTC" });

/** The free windows of a person on a weekday (working time minus weekly busy times), e.g. "15:15–17:00". */
export function freeWindows(ctx: Context, id: string, day: Day): string[] {
  const p = ctx.people.get(id)!;
  const out: string[] = [];
  for (const w of p.windows[day]) {
    let t = w.from;
    for (const b of p.busy[day]) {
      if (b.end <= t || b.start >= w.to) continue;
      if (b.start > t) out.push(`${toClock(t)}–${toClock(b.start)}`);
      t = Math.max(t, b.end);
    }
    if (t < w.to) out.push(`${toClock(t)}–${toClock(w.to)}`);
  }
  return out;
}

const freeSummary = (ctx: Context, id: string, days: Day[]) => {
  const parts = days.map((d) => [d, freeWindows(ctx, id, d)] as const).filter(([, w]) => w.length);
  return parts.length ? parts.map(([d, w]) => `${DAY_NAMES_NL[d]} ${w.join(", ")}`).join("; ") : "nooit";
};

function mostCommon(reasons: string[], n = 2): string {
  const count = new Map<string, number>();
  for (const r of reasons) count.set(r, (count.get(r) ?? 0) + 1);
  return [...count.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([r]) => r)
    .join("; ");
}

export function explainUnplaced(
  ctx: Context,
  o: Occurrence,
  candidates: Moment[],
  placed: PlannedSession[],
  proven: boolean,
): Unplaced {
  const s = o.session;
  const name = (id: string) => ctx.people.get(id)!.name;
  const base = { key: o.key, session: s.id, title: s.title };
  const when = `tussen ${nlDate(o.from)} en ${nlDate(o.to)}`;
  // 1. dates
  const dates = ctx.dates(o.from, o.to).filter((d) => !ctx.dateOff(d, 600, 660) || !ctx.dateOff(d, 840, 900));
  if (!dates.length)
    return {
      ...base,
      reason: `Er valt geen enkele schooldag ${when} (vakantie, vrije dagen of studiedagen).`,
      details: [],
    };
  // 2. moments (weekday/time) each required person can make, on their own
  const req = requiredOf(s);
  const moments: Moment[] = [];
  for (const date of dates)
    for (const start of startTimes(ctx, s, dayOf(date)))
      if (!ctx.dateOff(date, start, start + s.duration)) moments.push({ date, start, end: start + s.duration });
  const days = [...new Set(dates.map(dayOf))].sort((a, b) => DAYS.indexOf(a) - DAYS.indexOf(b));
  if (s.anchor && !moments.length) {
    const v = ctx.visits.get(s.anchor.visit)!;
    return {
      ...base,
      reason: `Het bezoek van ${name(v.person)} valt op ${DAY_NAMES_NL[v.day]}, en ${when} is er geen ${DAY_NAMES_NL[v.day]} waarop gewerkt wordt.`,
      details: [],
    };
  }
  const freeCount = new Map(req.map((id) => [id, moments.filter((m) => !ctx.busyReason(id, m)).length]));
  const never = req.filter((id) => freeCount.get(id) === 0);
  if (never.length) {
    const details = never.map((id) => {
      const why = mostCommon(moments.map((m) => ctx.busyReason(id, m)!).filter(Boolean));
      return `${name(id)}: ${why}`;
    });
    if (s.anchor) {
      const v = ctx.visits.get(s.anchor.visit)!;
      return {
        ...base,
        reason: `Direct na het bezoek van ${name(v.person)} (${DAY_NAMES_NL[v.day]} tot ${v.end}) is ${never.map(name).join(" en ")} nooit ${s.duration} minuten vrij ${when}.`,
        details,
      };
    }
    return {
      ...base,
      reason: `${never.map(name).join(" en ")} ${never.length === 1 ? "is" : "zijn"} ${when} nooit ${s.duration} minuten vrij wanneer de sessie kan doorgaan.`,
      details,
    };
  }
  if (!candidates.length) {
    return {
      ...base,
      reason: `Er is ${when} geen moment van ${s.duration} minuten waarop ${req.map(name).join(", ")} allemaal vrij zijn.`,
      details: req.map((id) => `${name(id)} is vrij op ${freeSummary(ctx, id, days)}`),
    };
  }
  // 3. statically possible: a predecessor, a link or other sessions stand in the way
  const preOf = (dep: Session["after"][number]) =>
    ctx.occurrences.filter((x) => x.session.id === dep.session && (!dep.samePeriod || x.index === o.index));
  const missing = s.after.flatMap(preOf).filter((x) => !placed.some((p) => p.key === x.key));
  if (missing.length)
    return {
      ...base,
      reason: `Kan pas na '${missing[0].session.title}', en die sessie kon niet gepland worden.`,
      details: missing.slice(1).map((x) => `Ook niet gepland: '${x.session.title}'`),
    };
  for (const dep of s.after) {
    const pre = preOf(dep);
    const last = placed
      .filter((p) => pre.some((x) => x.key === p.key))
      .sort((a, b) => absolute(b.date, toMinutes(b.end)) - absolute(a.date, toMinutes(a.end)))[0];
    const lastEnd = absolute(last.date, toMinutes(last.end));
    if (!candidates.some((c) => absolute(c.date, c.start) >= lastEnd))
      return {
        ...base,
        reason: `Moet na '${last.title}' (${nlDate(last.date)}) komen, en daarna is er ${when} geen moment meer waarop iedereen vrij is.`,
        details: [],
      };
  }
  const travel = ctx.rounds.settings.travelMinutes;
  const blockers = new Map<string, number>();
  let free = 0;
  for (const c of candidates) {
    const hit = placed.filter(
      (p) => p.date === c.date && toMinutes(p.start) < c.end + travel && c.start < toMinutes(p.end) + travel,
    );
    const who = hit.flatMap((p) => p.participants.filter((q) => q.attendance === "required" && req.includes(q.id)));
    if (!who.length) free++;
    for (const q of who) blockers.set(q.id, (blockers.get(q.id) ?? 0) + 1);
  }
  if (!proven && free > 0)
    return {
      ...base,
      reason: `De planner vond binnen de tijdslimiet geen plaats, al ${free === 1 ? "is er nog 1 vrij moment" : `zijn er nog ${free} vrije momenten`}; geef meer tijd (--time-limit).`,
      details: [],
    };
  if (free === 0 && blockers.size) {
    const who = [...blockers.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => name(id));
    return {
      ...base,
      reason: `Elk van de ${candidates.length} mogelijke momenten botst met een andere sessie van ${who.slice(0, 3).join(", ")}.`,
      details: [],
    };
  }
  const fixed = s.sameSlot ? placed.find((p) => p.session === s.id) : undefined;
  if (fixed)
    return {
      ...base,
      reason: `Valt elke keer op ${DAY_NAMES_NL[fixed.day]} ${fixed.start} (een vast moment), en dat moment kan ${when} niet.`,
      details: [],
    };
  const link = ctx.rounds.links.find((l) => l.sessions.includes(s.id));
  if (link?.kind === "same-half-day") {
    const busiest = [...blockers.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => name(id));
    return {
      ...base,
      reason: `Moet met de ${link.sessions.length - 1} andere gesprekken in één voormiddag of namiddag, en daarin is geen plaats meer${busiest.length ? ` naast de andere gesprekken van ${busiest.slice(0, 3).join(", ")}` : ""}.`,
      details: [],
    };
  }
  if (link)
    return {
      ...base,
      reason: `Moet op dezelfde dag en plaats als '${link.sessions.find((x) => x !== s.id)}' (met een pauze), en zo'n moment is er niet.`,
      details: [],
    };
  return { ...base, reason: "De planner vond binnen de tijdslimiet geen plaats voor deze sessie.", details: [] };
}
