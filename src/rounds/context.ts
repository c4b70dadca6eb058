// Binds a rounds file to its scenario and a solved week: who is who, when each person is busy (lessons,
// supervision, release blocks, visits, outside working time), which dates count (school days of the
// scenario's calendar, no facultative or study days, no exam weeks), and the candidate moments of each session.
import {
  DAYS,
  DAY_NAMES_EN,
  DAY_NAMES_NL,
  InputError,
  toClock,
  toMinutes,
  type Candidate,
  type Day,
  type InputProblem,
  type Scenario,
  type WeeklyAvailability,
} from "../model/index.js";
import { addDays, isSchoolDay, mondayOf, offReason, schoolYearCalendar, weekdayOf } from "../calendar/index.js";
import { person as scenarioPerson } from "../plan/index.js";
import type { Rounds, Session, Visit } from "./schema.js";

/** A reason in Dutch and English (the web shows the plan in the chosen language). */
export type Phrase = { nl: string; en: string };

export interface Busy {
  start: number;
  end: number;
  why: Phrase;
}

export interface PersonInfo {
  id: string;
  name: string;
  role: string;
  kind: "staff" | "external";
  email?: string;
  /** Working/available windows per weekday, minutes. */
  windows: Record<Day, { from: number; to: number }[]>;
  /** Weekly busy times per weekday. */
  busy: Record<Day, Busy[]>;
  unavailable: { from: string; to: string }[];
  /** Dated availability windows: only available in these periods (undefined = always). */
  available?: { from: string; to: string }[];
}

export interface Occurrence {
  /** "sessionId" for a once session, "sessionId#2" for the 2nd occurrence of a recurring one. */
  key: string;
  session: Session;
  index: number;
  from: string;
  to: string;
}

export interface Moment {
  date: string;
  start: number;
  end: number;
}

export interface Context {
  rounds: Rounds;
  scenario: Scenario;
  week: Candidate;
  people: Map<string, PersonInfo>;
  visits: Map<string, Visit>;
  occurrences: Occurrence[];
  locationName(id: string): string;
  /** Why the date (at these times) is no working day for the round, or undefined. */
  dateOff(date: string, start: number, end: number): string | undefined;
  /** Why a person cannot be there at that moment (weekly and dated), or undefined when free. */
  busyReason(id: string, m: Moment): Phrase | undefined;
  dates(from: string, to: string): string[];
}

export const dayOf = (date: string): Day => DAYS[weekdayOf(date) - 1];
export const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
export const absolute = (date: string, minute: number) => dayNumber(date) * 1440 + minute;

function windowsOf(a: WeeklyAvailability | undefined, fallback: WeeklyAvailability) {
  const src = a ?? fallback;
  return Object.fromEntries(
    DAYS.map((d) => [d, (src[d] ?? []).map((w) => ({ from: toMinutes(w.from), to: toMinutes(w.to) }))]),
  ) as PersonInfo["windows"];
}

const emptyBusy = () => Object.fromEntries(DAYS.map((d) => [d, []])) as unknown as Record<Day, Busy[]>;

/** Participants, visitors and visited teachers must be people of the scenario or of the rounds file. */
function checkPeople(r: Rounds, known: Set<string>, groups: Set<string>) {
  const problems: InputProblem[] = [];
  const need = (id: string, path: string) => {
    if (!known.has(id))
      problems.push({
        path,
        message: `Onbekende persoon '${id}': geen personeelslid of externe van het scenario of van dit bestand`,
      });
  };
  r.sessions.forEach((s, i) => s.participants.forEach((p, j) => need(p.id, `sessions[${i}].participants[${j}].id`)));
  r.visits.forEach((v, i) => {
    need(v.person, `visits[${i}].person`);
    if (v.teacher) need(v.teacher, `visits[${i}].teacher`);
    if (v.class && /^[A-Z0-9]+$/.test(v.class) && !groups.has(v.class) && !v.teacher)
      problems.push({ path: `visits[${i}].class`, message: `Onbekende klas '${v.class}'` });
  });
  if (problems.length)
    throw new InputError(
      `Het rondebestand is ongeldig (${problems.length} probleem${problems.length === 1 ? "" : "en"})`,
      problems,
    );
}

/** Occurrences of a session: once, or one per period of n calendar weeks or months that has a school day. */
function occurrencesOf(s: Session, window: { from: string; to: string }, hasDay: (f: string, t: string) => boolean) {
  const w = s.window ?? window;
  if (s.repeat.kind === "once") return [{ key: s.id, session: s, index: 1, from: w.from, to: w.to }];
  const out: Occurrence[] = [];
  const n = s.repeat.n;
  const monthly = s.repeat.kind === "every-n-months";
  const addMonths = (d: string, k: number) => {
    const [y, m] = d.split("-").map(Number);
    const t = new Date(Date.UTC(y, m - 1 + k, 1));
    return t.toISOString().slice(0, 10);
  };
  const first = monthly ? `${w.from.slice(0, 7)}-01` : mondayOf(w.from);
  for (let start = first; start <= w.to; start = monthly ? addMonths(start, n) : addDays(start, 7 * n)) {
    const from = start < w.from ? w.from : start;
    const end = monthly ? addDays(addMonths(start, n), -1) : addDays(start, 7 * n - 1);
    const to = end > w.to ? w.to : end;
    if (!hasDay(from, to)) continue;
    out.push({ key: `${s.id}#${out.length + 1}`, session: s, index: out.length + 1, from, to });
  }
  return out;
}

export function bindRounds(rounds: Rounds, scenario: Scenario, week: Candidate): Context {
  const st = rounds.settings;
  const cal = schoolYearCalendar(scenario.schoolYear);
  const grid = scenario.dayGrids.find((g) => g.id === week.dayGrid) ?? scenario.dayGrids[0];
  const allGroups = scenario.groups.map((g) => g.id);
  const people = new Map<string, PersonInfo>();
  for (const t of scenario.staff) {
    const p = scenarioPerson(scenario, t.id);
    people.set(t.id, {
      id: t.id,
      name: t.name,
      role: p.role,
      kind: "staff",
      email: t.email,
      windows: windowsOf(t.availability, st.workingHours),
      busy: emptyBusy(),
      unavailable: [],
    });
    for (const d of t.supervision)
      people.get(t.id)!.busy[d.day].push({
        start: toMinutes(d.start),
        end: toMinutes(d.end),
        why: { nl: `toezicht${d.label ? ` (${d.label})` : ""}`, en: `supervision${d.label ? ` (${d.label})` : ""}` },
      });
  }
  for (const x of scenario.externals) {
    const p = scenarioPerson(scenario, x.id);
    people.set(x.id, {
      id: x.id,
      name: x.name,
      role: p.role,
      kind: "external",
      email: x.email,
      windows: windowsOf(x.availability, st.workingHours),
      busy: emptyBusy(),
      unavailable: [],
    });
  }
  const clashes = rounds.externals.flatMap((x, i) =>
    people.has(x.id)
      ? [{ path: `externals[${i}].id`, message: `'${x.id}' bestaat al in het scenario: kies een andere id` }]
      : [],
  );
  if (clashes.length) throw new InputError("Het rondebestand is ongeldig", clashes);
  for (const x of rounds.externals)
    people.set(x.id, {
      id: x.id,
      name: x.name,
      role: [x.role, x.organisation].filter(Boolean).join(", "),
      kind: "external",
      email: x.email,
      windows: windowsOf(x.availability, st.workingHours),
      busy: emptyBusy(),
      unavailable: x.unavailable,
      available: x.available,
    });
  checkPeople(rounds, new Set(people.keys()), new Set(allGroups));

  for (const l of week.lessons)
    for (const id of l.staff)
      people.get(id)?.busy[l.day].push({
        start: toMinutes(l.start),
        end: toMinutes(l.end),
        why: { nl: `les in ${l.group}`, en: `a lesson in ${l.group}` },
      });
  for (const r of week.releases) {
    const goal = scenario.releaseGoals.find((g) => g.id === r.goal)?.name ?? r.goal;
    for (const id of [...r.staff, ...r.externals])
      people.get(id)?.busy[r.day].push({
        start: toMinutes(r.start),
        end: toMinutes(r.end),
        why: { nl: `overleg '${goal}'`, en: `meeting '${goal}'` },
      });
  }
  const visits = new Map(rounds.visits.map((v) => [v.id, v]));
  for (const v of rounds.visits) {
    const what = { nl: `bezoek${v.class ? ` in ${v.class}` : ""}`, en: `visit${v.class ? ` in ${v.class}` : ""}` };
    for (const id of [v.person, ...(v.teacher ? [v.teacher] : [])])
      people.get(id)!.busy[v.day].push({ start: toMinutes(v.start), end: toMinutes(v.end), why: what });
  }
  for (const p of people.values()) for (const d of DAYS) p.busy[d].sort((a, b) => a.start - b.start);

  const dateOff = (date: string, start: number, end: number): string | undefined => {
    if (!isSchoolDay(date, cal))
      return date < cal.start || date > cal.end ? "buiten het schooljaar" : "vakantie of vrije dag";
    const exam = scenario.calendar.examWeeks.find((w) => w.from <= date && date <= w.to);
    if (exam) return "examenweek";
    for (const t of [start, Math.max(start, end - 1)]) {
      const why = offReason(scenario, cal, grid, { date, start: toClock(t), groups: allGroups });
      if (why) return why;
    }
    return undefined;
  };

  const busyReason = (id: string, m: Moment): Phrase | undefined => {
    const p = people.get(id)!;
    const day = dayOf(m.date);
    const on = { nl: DAY_NAMES_NL[day], en: DAY_NAMES_EN[day] };
    const span = (w: { from: string; to: string }, lang: "nl" | "en") =>
      w.from === w.to
        ? `${lang === "nl" ? "op" : "on"} ${w.from}`
        : lang === "nl"
          ? `van ${w.from} tot ${w.to}`
          : `from ${w.from} to ${w.to}`;
    if (!p.windows[day].some((w) => w.from <= m.start && m.end <= w.to)) {
      const ws = p.windows[day].map((w) => `${toClock(w.from)}–${toClock(w.to)}`).join(", ");
      return ws
        ? { nl: `werkt/is beschikbaar op ${on.nl} enkel ${ws}`, en: `works/is available on ${on.en} only ${ws}` }
        : { nl: `is er nooit op ${on.nl}`, en: `is never there on ${on.en}` };
    }
    const b = p.busy[day].find((x) => x.start < m.end && m.start < x.end);
    if (b) {
      const t = `${toClock(b.start)}–${toClock(b.end)}`;
      return { nl: `${b.why.nl} (${on.nl} ${t})`, en: `${b.why.en} (${on.en} ${t})` };
    }
    const u = p.unavailable.find((w) => w.from <= m.date && m.date <= w.to);
    if (u) return { nl: `afwezig ${span(u, "nl")}`, en: `away ${span(u, "en")}` };
    if (p.available && !p.available.some((w) => w.from <= m.date && m.date <= w.to)) {
      const ws = p.available;
      return {
        nl: `enkel beschikbaar ${ws.map((w) => span(w, "nl")).join(", ")}`,
        en: `only available ${ws.map((w) => span(w, "en")).join(", ")}`,
      };
    }
    return undefined;
  };

  const dates = (from: string, to: string) => {
    const out: string[] = [];
    for (let d = from; d <= to; d = addDays(d, 1)) if (weekdayOf(d) <= 5) out.push(d);
    return out;
  };
  const hasDay = (f: string, t: string) => dates(f, t).some((d) => isSchoolDay(d, cal));
  const occurrences = rounds.sessions.flatMap((s) => occurrencesOf(s, rounds.window, hasDay));
  const locations = new Map(rounds.locations.map((l) => [l.id, l.name]));
  return {
    rounds,
    scenario,
    week,
    people,
    visits,
    occurrences,
    locationName: (id) => locations.get(id) ?? id,
    dateOff,
    busyReason,
    dates,
  };
}

/** Candidate start minutes for a session on a weekday (before anyone's agenda is looked at). */
export function startTimes(ctx: Context, s: Session, day: Day): number[] {
  if (s.weekdays && !s.weekdays.includes(day)) return [];
  const between = s.between ? { from: toMinutes(s.between.from), to: toMinutes(s.between.to) } : undefined;
  const inside = (t: number) => !between || (between.from <= t && t + s.duration <= between.to);
  if (s.anchor) {
    const v = ctx.visits.get(s.anchor.visit)!;
    if (v.day !== day) return [];
    const out: number[] = [];
    for (let g = 0; g <= s.anchor.maxGapMinutes; g += 5) out.push(toMinutes(v.end) + g);
    return out.filter(inside);
  }
  const set = new Set<number>();
  const step = ctx.rounds.settings.stepMinutes;
  const req = s.participants.filter((p) => p.attendance === "required").map((p) => ctx.people.get(p.id)!);
  const ws = req.flatMap((p) => p.windows[day]);
  if (!ws.length) return [];
  const lo = Math.min(...ws.map((w) => w.from));
  const hi = Math.max(...ws.map((w) => w.to));
  for (let t = lo; t + s.duration <= hi; t += step) set.add(t);
  // also the moments right after something ends: a lesson, a break, a visit (e.g. 15:15, 12:05)
  for (const p of req) for (const b of p.busy[day]) if (b.end + s.duration <= hi) set.add(b.end);
  for (const w of ws) set.add(w.from);
  return [...set].filter((t) => t >= lo && inside(t)).sort((a, b) => a - b);
}

export const requiredOf = (s: Session) => s.participants.filter((p) => p.attendance === "required").map((p) => p.id);

/** Every moment at which all required participants are free (their weekly agenda and dated absences). */
export function candidateMoments(ctx: Context, o: Occurrence): Moment[] {
  const s = o.session;
  const req = requiredOf(s);
  const out: Moment[] = [];
  for (const date of ctx.dates(o.from, o.to)) {
    const day = dayOf(date);
    for (const start of startTimes(ctx, s, day)) {
      const m = { date, start, end: start + s.duration };
      if (ctx.dateOff(date, m.start, m.end)) continue;
      if (req.every((id) => !ctx.busyReason(id, m)) && !visitTravel(ctx, s, m)) out.push(m);
    }
  }
  return out;
}

/** Travel to and from visits: whoever attends in person and is at a visit elsewhere that day (the visitor and
 *  the visited teacher, when the visit has a location) needs settings.travelMinutes between the visit and the
 *  session. The reason (Dutch), or undefined. */
export function visitTravel(ctx: Context, s: Session, m: Moment): string | undefined {
  const travel = ctx.rounds.settings.travelMinutes;
  const day = dayOf(m.date);
  for (const p of s.participants) {
    if (p.attendance !== "required" || p.remote) continue;
    for (const v of ctx.visits.values()) {
      if (v.day !== day || !v.location || v.location === s.location) continue;
      if (v.person !== p.id && v.teacher !== p.id) continue;
      const [vs, ve] = [toMinutes(v.start), toMinutes(v.end)];
      const gap = m.start >= ve ? m.start - ve : vs >= m.end ? vs - m.end : -1;
      if (gap < travel)
        return `${ctx.people.get(p.id)!.name} is tot ${v.end} op bezoek in ${ctx.locationName(v.location)} en heeft ${travel} minuten reistijd nodig`;
    }
  }
  return undefined;
}

/** The occurrences an occurrence must come after: every occurrence of each `after` session, or with `samePeriod`
 *  only the one with the same number (the 2nd follow-up after the 2nd intervisie). */
export function predecessorsOf(occs: Occurrence[], o: Occurrence): { i: number; minDays: number }[] {
  return o.session.after.flatMap((dep) =>
    occs.flatMap((x, i) =>
      x.session.id === dep.session && (!dep.samePeriod || x.index === o.index) ? [{ i, minDays: dep.minDays }] : [],
    ),
  );
}
