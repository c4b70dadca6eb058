// Calendar feeds of a planned round (issue 14): one per participant (every planned session of that person, staff
// or external: the lead and note-taker in the description, the attendees, the online link for remote joiners)
// and one per site, "who is on site": the weekly visits of support workers there as weekly events over the
// round's window (dates the school calendar takes out are EXDATEs) and the sessions planned there. Pure: the
// API stores the text, the CLI writes it to files. UIDs are those of the whole-round calendar (renderPlanIcs),
// so an event is the same event in every feed; DTSTAMP is the plan's time, so one plan gives one text.
import { ICalEventTransparency } from "ical-generator";
import { DateTime } from "luxon";
import { DAY_NAMES_NL, toMinutes } from "../model/index.js";
import { newCalendar, recurrence, uidOf } from "../ical/index.js";
import { TZID } from "../ical/vtimezone.js";
import type { PlanSeries } from "../plan/index.js";
import { dayOf, type Context } from "./context.js";
import type { PlannedSession, RoundsPlan } from "./plan-types.js";
import { who } from "./render.js";
import type { Visit } from "./schema.js";

/** Site of visits without a location: the scenario's own school. */
export const HOME_SITE = "school";

export type RoundsFeedView = { kind: "person"; id: string } | { kind: "site"; id: string };

export interface RoundsFeed {
  /** "person:<id>" or "site:<location id>" */
  view: string;
  name: string;
  ics: string;
  events: number;
}

/** A parameter value (CN=…) is quoted: no DQUOTE or control characters may appear in it. */
const paramText = (t: string) => t.replace(/"/g, "'").replace(/[\u0000-\u001f\u007f]/g, " ");
const local = (date: string, clock: string) => DateTime.fromISO(`${date}T${clock}`, { zone: TZID });
const attends = (p: PlannedSession["participants"][number]) => p.attendance === "required" || p.attends;

const finish = (cal: ReturnType<typeof newCalendar>) => cal.toString().replace(/(\r\n)?$/, "\r\n");

/** Where each visit takes place: its location, or the scenario's school. */
const siteOf = (v: Visit) => v.location ?? HOME_SITE;

/** Every person with at least one planned session they attend, and every site with a visit or a session. */
export function roundsFeedViews(ctx: Context, plan: RoundsPlan): string[] {
  const people = new Set(plan.sessions.flatMap((s) => s.participants.filter(attends).map((p) => p.id)));
  const sites = new Set([...plan.sessions.map((s) => s.location), ...ctx.rounds.visits.map(siteOf)]);
  const order = (ids: Set<string>, all: string[]) => all.filter((id) => ids.has(id));
  return [
    ...order(people, [...ctx.people.keys()]).map((id) => `person:${id}`),
    ...order(sites, [...ctx.rounds.locations.map((l) => l.id), HOME_SITE]).map((id) => `site:${id}`),
  ];
}

/** "person:ow01" / "site:regenboog" → a view, or a Dutch message naming what is unknown. */
export function parseRoundsFeedView(ctx: Context, text: string): RoundsFeedView | string {
  const m = /^(person|site):(.+)$/.exec(text);
  if (!m) return `'${text}' is geen kalender van deze ronde: gebruik 'person:<id>' of 'site:<locatie>'`;
  const [, kind, id] = m;
  if (kind === "person")
    return ctx.people.has(id) ? { kind, id } : `Onbekende persoon '${id}' in deze ronde of dit scenario`;
  const known = id === HOME_SITE || ctx.rounds.locations.some((l) => l.id === id);
  return known ? { kind: "site", id } : `Onbekende locatie '${id}' in dit rondebestand`;
}

export const siteName = (ctx: Context, id: string) => (id === HOME_SITE ? ctx.scenario.name : ctx.locationName(id));

function sessionDescription(ctx: Context, s: PlannedSession): string {
  const remote = s.participants.filter((p) => p.remote && attends(p));
  const link = ctx.rounds.sessions.find((x) => x.id === s.session)?.onlineLink;
  return [
    ...who(ctx, s),
    ...(remote.length ? [`op afstand: ${remote.map((p) => p.name).join(", ")}`] : []),
    ...(link ? [`online: ${link}`] : []),
  ].join("\n");
}

function addSession(cal: ReturnType<typeof newCalendar>, ctx: Context, plan: RoundsPlan, s: PlannedSession, at: Date) {
  const link = ctx.rounds.sessions.find((x) => x.id === s.session)?.onlineLink;
  cal.createEvent({
    id: uidOf(plan.name, `ronde-${s.key}`),
    stamp: at,
    summary: s.title,
    location: s.locationName,
    description: sessionDescription(ctx, s),
    ...(link ? { url: link } : {}),
    timezone: TZID,
    start: local(s.date, s.start),
    end: local(s.date, s.end),
    attendees: s.participants.filter(attends).map((p) => ({
      name: paramText(p.name),
      email: ctx.people.get(p.id)?.email ?? `${p.id.toLowerCase()}@vrijrooster.invalid`,
    })),
  });
}

/** Dates of a weekly visit inside the round's window: all of its weekday, and those the calendar keeps. */
export function visitDates(ctx: Context, v: Visit): { all: string[]; kept: string[] } {
  const all = ctx.dates(ctx.rounds.window.from, ctx.rounds.window.to).filter((d) => dayOf(d) === v.day);
  const kept = all.filter((d) => !ctx.dateOff(d, toMinutes(v.start), toMinutes(v.end)));
  return { all, kept };
}

function addVisit(cal: ReturnType<typeof newCalendar>, ctx: Context, plan: RoundsPlan, v: Visit, at: Date) {
  const { kept } = visitDates(ctx, v);
  if (!kept.length) return 0;
  const visitor = ctx.people.get(v.person);
  const teacher = v.teacher ? ctx.people.get(v.teacher) : undefined;
  const where = v.class ? ` in ${v.class}` : "";
  const description = [
    `${visitor?.name ?? v.person}${visitor?.role ? ` (${visitor.role})` : ""} is op school${where}`,
    ...(teacher ? [`bij ${teacher.name}`] : []),
    `elke ${DAY_NAMES_NL[v.day]} ${v.start}–${v.end}, niet in vakanties en op vrije dagen`,
  ].join("\n");
  const rec = recurrence({ dates: kept, start: v.start } as PlanSeries);
  cal.createEvent({
    id: uidOf(plan.name, `aanwezig-${v.id}`),
    stamp: at,
    summary: `${visitor?.name ?? v.person} op bezoek${where}`,
    location: siteName(ctx, siteOf(v)),
    description,
    timezone: TZID,
    start: local(kept[0], v.start),
    end: local(kept[0], v.end),
    repeating: rec ?? null,
    // A visit informs the team; it does not make the reader of the feed busy.
    transparency: ICalEventTransparency.TRANSPARENT,
  });
  return kept.length;
}

/** One feed of a planned round. `at`: the DTSTAMP of every event (the moment the plan was made). */
export function renderRoundsFeed(ctx: Context, plan: RoundsPlan, view: RoundsFeedView, at: Date): RoundsFeed {
  if (view.kind === "person") {
    const person = ctx.people.get(view.id);
    const name = `${plan.name} — ${person?.name ?? view.id}`;
    const cal = newCalendar(name);
    const mine = plan.sessions.filter((s) => s.participants.some((p) => p.id === view.id && attends(p)));
    for (const s of mine) addSession(cal, ctx, plan, s, at);
    return { view: `person:${view.id}`, name, ics: finish(cal), events: mine.length };
  }
  const name = `${plan.name} — wie is er op ${siteName(ctx, view.id)}`;
  const cal = newCalendar(name);
  let events = 0;
  for (const v of ctx.rounds.visits) if (siteOf(v) === view.id && addVisit(cal, ctx, plan, v, at) > 0) events++;
  for (const s of plan.sessions.filter((x) => x.location === view.id)) {
    addSession(cal, ctx, plan, s, at);
    events++;
  }
  return { view: `site:${view.id}`, name, ics: finish(cal), events };
}

/** Every feed of a planned round (roundsFeedViews). */
export function renderRoundsFeeds(ctx: Context, plan: RoundsPlan, at: Date): RoundsFeed[] {
  return roundsFeedViews(ctx, plan).map((v) =>
    renderRoundsFeed(ctx, plan, parseRoundsFeedView(ctx, v) as RoundsFeedView, at),
  );
}
