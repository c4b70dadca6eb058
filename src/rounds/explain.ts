// Why a session could not be placed, in words a coordinator understands: who is never free when, which
// predecessor is missing, or which other sessions already fill every possible moment.
import { DAYS, DAY_NAMES_EN, DAY_NAMES_NL, namesList, toClock, toMinutes, type Day } from "../model/index.js";
import {
  absolute,
  dayOf,
  requiredOf,
  startTimes,
  type Context,
  type Moment,
  type Occurrence,
  type Phrase,
} from "./context.js";
import type { PlannedSession, Unplaced } from "./plan-types.js";
import type { Session } from "./schema.js";

const dateIn = (d: string, locale: string) =>
  new Date(`${d}T12:00:00Z`).toLocaleDateString(locale, { day: "numeric", month: "long", timeZone: "UTC" });
const nlDate = (d: string) => dateIn(d, "nl-BE");
const enDate = (d: string) => dateIn(d, "en-GB");
const dayName = (d: Day): Phrase => ({ nl: DAY_NAMES_NL[d], en: DAY_NAMES_EN[d] });

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

const freeSummary = (ctx: Context, id: string, days: Day[]): Phrase => {
  const parts = days.map((d) => [d, freeWindows(ctx, id, d)] as const).filter(([, w]) => w.length);
  const say = (lang: "nl" | "en") => parts.map(([d, w]) => `${dayName(d)[lang]} ${w.join(", ")}`).join("; ");
  return parts.length ? { nl: say("nl"), en: say("en") } : { nl: "nooit", en: "never" };
};

function mostCommon(reasons: Phrase[], n = 2): Phrase {
  const count = new Map<string, { r: Phrase; n: number }>();
  for (const r of reasons) count.set(r.nl, { r, n: (count.get(r.nl)?.n ?? 0) + 1 });
  const top = [...count.values()].sort((a, b) => b.n - a.n).slice(0, n);
  return { nl: top.map((x) => x.r.nl).join("; "), en: top.map((x) => x.r.en).join("; ") };
}

/** "An en Bert" / "An and Bert". */
const both = (names: string[]): Phrase => ({ nl: namesList(names, "nl"), en: namesList(names, "en") });

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
  /** The answer in Dutch (reason, details) and English (reasonEn, detailsEn). */
  const out = (reason: Phrase, details: Phrase[] = []): Unplaced => ({
    ...base,
    reason: reason.nl,
    reasonEn: reason.en,
    details: details.map((d) => d.nl),
    detailsEn: details.map((d) => d.en),
  });
  const when = {
    nl: `tussen ${nlDate(o.from)} en ${nlDate(o.to)}`,
    en: `between ${enDate(o.from)} and ${enDate(o.to)}`,
  };
  // 1. dates
  const dates = ctx.dates(o.from, o.to).filter((d) => !ctx.dateOff(d, 600, 660) || !ctx.dateOff(d, 840, 900));
  if (!dates.length)
    return out({
      nl: `Er valt geen enkele schooldag ${when.nl} (vakantie, vrije dagen of studiedagen).`,
      en: `There is no school day ${when.en} (holidays, days off or study days).`,
    });
  // 2. moments (weekday/time) each required person can make, on their own
  const req = requiredOf(s);
  const moments: Moment[] = [];
  for (const date of dates)
    for (const start of startTimes(ctx, s, dayOf(date)))
      if (!ctx.dateOff(date, start, start + s.duration)) moments.push({ date, start, end: start + s.duration });
  const days = [...new Set(dates.map(dayOf))].sort((a, b) => DAYS.indexOf(a) - DAYS.indexOf(b));
  if (s.anchor && !moments.length) {
    const v = ctx.visits.get(s.anchor.visit)!;
    const d = dayName(v.day);
    return out({
      nl: `Het bezoek van ${name(v.person)} valt op ${d.nl}, en ${when.nl} is er geen ${d.nl} waarop gewerkt wordt.`,
      en: `${name(v.person)}'s visit is on ${d.en}, and ${when.en} there is no working ${d.en}.`,
    });
  }
  const freeCount = new Map(req.map((id) => [id, moments.filter((m) => !ctx.busyReason(id, m)).length]));
  const never = req.filter((id) => freeCount.get(id) === 0);
  if (never.length) {
    const details = never.map((id) => {
      const why = mostCommon(moments.map((m) => ctx.busyReason(id, m)!).filter(Boolean));
      return { nl: `${name(id)}: ${why.nl}`, en: `${name(id)}: ${why.en}` };
    });
    const who = both(never.map(name));
    if (s.anchor) {
      const v = ctx.visits.get(s.anchor.visit)!;
      const d = dayName(v.day);
      return out(
        {
          nl: `Direct na het bezoek van ${name(v.person)} (${d.nl} tot ${v.end}) is ${who.nl} nooit ${s.duration} minuten vrij ${when.nl}.`,
          en: `Right after ${name(v.person)}'s visit (${d.en} until ${v.end}), ${who.en} ${never.length === 1 ? "is" : "are"} never free for ${s.duration} minutes ${when.en}.`,
        },
        details,
      );
    }
    return out(
      {
        nl: `${who.nl} ${never.length === 1 ? "is" : "zijn"} ${when.nl} nooit ${s.duration} minuten vrij wanneer de sessie kan doorgaan.`,
        en: `${who.en} ${never.length === 1 ? "is" : "are"} never free for ${s.duration} minutes ${when.en} when the session can take place.`,
      },
      details,
    );
  }
  if (!candidates.length) {
    const all = req.map(name).join(", ");
    return out(
      {
        nl: `Er is ${when.nl} geen moment van ${s.duration} minuten waarop ${all} allemaal vrij zijn.`,
        en: `There is no moment of ${s.duration} minutes ${when.en} when ${all} are all free.`,
      },
      req.map((id) => {
        const f = freeSummary(ctx, id, days);
        return { nl: `${name(id)} is vrij op ${f.nl}`, en: `${name(id)} is free on ${f.en}` };
      }),
    );
  }
  // 3. statically possible: a predecessor, a link or other sessions stand in the way
  const preOf = (dep: Session["after"][number]) =>
    ctx.occurrences.filter((x) => x.session.id === dep.session && (!dep.samePeriod || x.index === o.index));
  const missing = s.after.flatMap(preOf).filter((x) => !placed.some((p) => p.key === x.key));
  if (missing.length)
    return out(
      {
        nl: `Kan pas na '${missing[0].session.title}', en die sessie kon niet gepland worden.`,
        en: `Can only come after '${missing[0].session.title}', and that session could not be planned.`,
      },
      missing.slice(1).map((x) => ({
        nl: `Ook niet gepland: '${x.session.title}'`,
        en: `Not planned either: '${x.session.title}'`,
      })),
    );
  for (const dep of s.after) {
    const pre = preOf(dep);
    const last = placed
      .filter((p) => pre.some((x) => x.key === p.key))
      .sort((a, b) => absolute(b.date, toMinutes(b.end)) - absolute(a.date, toMinutes(a.end)))[0];
    const lastEnd = absolute(last.date, toMinutes(last.end));
    if (!candidates.some((c) => absolute(c.date, c.start) >= lastEnd))
      return out({
        nl: `Moet na '${last.title}' (${nlDate(last.date)}) komen, en daarna is er ${when.nl} geen moment meer waarop iedereen vrij is.`,
        en: `Must come after '${last.title}' (${enDate(last.date)}), and after that there is no moment ${when.en} when everyone is free.`,
      });
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
    return out({
      nl: `De planner vond binnen de tijdslimiet geen plaats, al ${free === 1 ? "is er nog 1 vrij moment" : `zijn er nog ${free} vrije momenten`}; geef meer tijd (--time-limit).`,
      en: `The planner found no place within the time limit, though ${free === 1 ? "1 free moment is" : `${free} free moments are`} left; give it more time (--time-limit).`,
    });
  if (free === 0 && blockers.size) {
    const who = [...blockers.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => name(id));
    const three = who.slice(0, 3).join(", ");
    return out({
      nl: `Elk van de ${candidates.length} mogelijke momenten botst met een andere sessie van ${three}.`,
      en: `Each of the ${candidates.length} possible moments clashes with another session of ${three}.`,
    });
  }
  const fixed = s.sameSlot ? placed.find((p) => p.session === s.id) : undefined;
  if (fixed)
    return out({
      nl: `Valt elke keer op ${DAY_NAMES_NL[fixed.day]} ${fixed.start} (een vast moment), en dat moment kan ${when.nl} niet.`,
      en: `Is on ${DAY_NAMES_EN[fixed.day]} ${fixed.start} every time (a fixed moment), and that moment is not possible ${when.en}.`,
    });
  const link = ctx.rounds.links.find((l) => l.sessions.includes(s.id));
  if (link?.kind === "same-half-day") {
    const busiest = [...blockers.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => name(id));
    const three = busiest.slice(0, 3).join(", ");
    const n = link.sessions.length - 1;
    return out({
      nl: `Moet met de ${n} andere gesprekken in één voormiddag of namiddag, en daarin is geen plaats meer${busiest.length ? ` naast de andere gesprekken van ${three}` : ""}.`,
      en: `Must be in one morning or afternoon with the ${n} other ${n === 1 ? "talk" : "talks"}, and there is no room left there${busiest.length ? ` next to the other talks of ${three}` : ""}.`,
    });
  }
  if (link)
    return out({
      nl: `Moet op dezelfde dag en plaats als '${link.sessions.find((x) => x !== s.id)}' (met een pauze), en zo'n moment is er niet.`,
      en: `Must be on the same day and at the same place as '${link.sessions.find((x) => x !== s.id)}' (with a break), and there is no such moment.`,
    });
  return out({
    nl: "De planner vond binnen de tijdslimiet geen plaats voor deze sessie.",
    en: "The planner found no place for this session within the time limit.",
  });
}
