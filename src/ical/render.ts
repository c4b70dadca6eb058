// Renders a feed: one VEVENT per series of the year plan. Weekly series get an RRULE (the widest weekly
// interval that fits all dates) with an EXDATE for every date of that lattice that falls out; dated days are
// single events. UIDs come from one base (uidBase: the school name's slug; the API keeps the base it first
// used) and the series key (not from solve order), so an event keeps its UID across re-solves and the CLI and
// the API agree; SEQUENCE rises and DTSTAMP moves only when the event's content hash changes, so an unchanged
// calendar is byte for byte the same. Every text value is escaped (RFC 5545 3.3.11), the calendar name too.
import { createHash } from "node:crypto";
import ical, { ICalEventTransparency } from "ical-generator";
import { DateTime } from "luxon";
import { addDays } from "../calendar/index.js";
import { parseCoverBy, type Candidate, type Scenario } from "../model/index.js";
import { coverNl, frequencyNl, person, subjectName, yearPlan, type PlanSeries } from "../plan/index.js";
import { feedName, selectSeries, type FeedView } from "./view.js";
import { TZID, vtimezone } from "./vtimezone.js";

export interface SequenceState {
  /** stamp: the DTSTAMP (ISO) written when the event last changed. */
  [uid: string]: { hash: string; sequence: number; stamp?: string };
}

export const slug = (t: string) =>
  t
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "") || "school";

export const uidOf = (base: string, key: string) =>
  `${key.replace(/[^A-Za-z0-9+.-]+/g, "-")}.${slug(base)}@vrijrooster`;

/** The base of every UID of a scenario's events, in the CLI and in the API (which keeps its first one). */
export const uidBase = (s: Scenario) => slug(s.name);

/** RFC 5545 TEXT: backslash, semicolon and comma escaped, line breaks as \n (names cannot hold them anyway). */
export const escapeText = (t: string) => t.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, "\\n");

/** A parameter value (CN=…) is quoted: no DQUOTE or control characters may appear in it. */
const paramText = (t: string) => t.replace(/"/g, "'").replace(/[\u0000-\u001f\u007f]/g, " ");

const local = (date: string, clock: string) => DateTime.fromISO(`${date}T${clock}`, { zone: TZID });
/** Local date-time as written after TZID= (plain string work: luxon is slow and no zone maths is needed). */
const stamp = (date: string, clock: string) => `${date.replaceAll("-", "")}T${clock.replace(":", "")}00`;
const dayNumber = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
const weeksBetween = (a: string, b: string) => Math.round((dayNumber(b) - dayNumber(a)) / 7);
const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** RRULE + EXDATE lines for a weekly series (undefined for a single date). */
export function recurrence(x: PlanSeries): string | undefined {
  if (x.dates.length < 2) return undefined;
  const first = x.dates[0];
  const offsets = x.dates.map((d) => weeksBetween(first, d));
  const interval = offsets.reduce((g, o) => gcd(g, o), 0) || 1;
  const happens = new Set(x.dates);
  const last = x.dates.at(-1)!;
  // RFC 5545: with a TZID start, UNTIL is in UTC.
  const until = local(last, x.start).toUTC().toFormat("yyyyLLdd'T'HHmmss'Z'");
  const lines = [`RRULE:FREQ=WEEKLY;INTERVAL=${interval};UNTIL=${until}`];
  for (let k = 0; k <= offsets.at(-1)!; k += interval) {
    const d = addDays(first, 7 * k);
    if (!happens.has(d)) lines.push(`EXDATE;TZID=${TZID}:${stamp(d, x.start)}`);
  }
  return lines.join("\r\n");
}

function description(s: Scenario, x: PlanSeries): string {
  const lines: string[] = [];
  if (x.kind === "release") {
    const goal = s.releaseGoals.find((g) => g.id === x.goal);
    lines.push(`Vrijgeroosterd: ${x.staff.map((id) => person(s, id).name).join(", ")}`);
    if (x.externals.length)
      lines.push(`Met: ${x.externals.map((id) => `${person(s, id).name} (${person(s, id).role})`).join(", ")}`);
    if (x.cover?.length) lines.push(`Opvang: ${x.cover.map((c) => `${c.group} — ${coverNl(s, c.by)}`).join("; ")}`);
    if (goal) lines.push(`Frequentie: ${frequencyNl(s, goal)}`);
    if (goal) lines.push(`${goal.mode === "digital" ? "Digitaal" : "Fysiek"} overleg`);
  } else if (x.kind === "supervision") {
    lines.push(`Middagtoezicht: ${x.staff.map((id) => person(s, id).name).join(", ")}`);
  } else if (x.kind === "lesson") {
    lines.push(
      `${x.subject === "ATELIER" ? "Ateliers" : subjectName(s, x.subject ?? "")} — klas ${x.groups.join(" + ")}`,
    );
  } else {
    lines.push(
      x.kind === "study-day"
        ? `Lesvrij voor: ${x.groups.length === s.groups.length ? "alle klassen" : x.groups.join(", ")}`
        : "Lesvrij voor alle klassen",
    );
  }
  return lines.join("\n");
}

/** Attendees only with an ORGANIZER (RFC 5545: group-scheduled events need one): the school's address. */
function attendees(s: Scenario, x: PlanSeries) {
  if (!s.settings.schoolEmail) return [];
  if (x.kind === "study-day" || x.kind === "facultative") return [];
  const base = slug(s.name);
  return [...x.staff, ...x.externals, ...x.interns].map((id) => {
    const p = person(s, id);
    const email =
      s.staff.find((t) => t.id === id)?.email ??
      s.externals.find((t) => t.id === id)?.email ??
      `${id.toLowerCase()}@${base}.invalid`;
    return { name: paramText(p.role ? `${p.name} (${p.role})` : p.name), email };
  });
}

/**
 * An empty calendar named `name`, as every feed of ours starts (school feeds and the rounds' feeds). No
 * calendar-wide timezone: DTSTAMP stays UTC; each timed event carries TZID=Europe/Brussels.
 */
export function newCalendar(name: string) {
  const cal = ical({
    name: escapeText(name),
    prodId: { company: "Vrijrooster", product: "vrijrooster", language: "NL" },
    timezone: { name: null, generator: vtimezone },
    ttl: 3600,
  });
  cal.x("X-WR-TIMEZONE", TZID);
  return cal;
}

export function renderFeed(
  scenario: Scenario,
  candidate: Candidate,
  view: FeedView,
  opts: { previous?: SequenceState; now?: Date; /** Default uidBase(scenario). */ baseUid?: string } = {},
): { ics: string; state: SequenceState; name: string } {
  const name = feedName(scenario, view);
  const plan = yearPlan(scenario, candidate);
  const series = selectSeries(scenario, plan.series, view).filter((x) => x.dates.length > 0);
  const cal = newCalendar(name);
  const state: SequenceState = {};
  const now = opts.now ?? new Date();
  const organizer = scenario.settings.schoolEmail
    ? { name: paramText(scenario.name), email: scenario.settings.schoolEmail }
    : undefined;
  for (const x of series) {
    const uid = uidOf(opts.baseUid ?? uidBase(scenario), x.key);
    const rec = recurrence(x);
    const desc = description(scenario, x);
    const att = attendees(scenario, x);
    const hash = createHash("sha256")
      .update(JSON.stringify([x.title, desc, x.allDay, x.dates[0], x.start, x.end, rec ?? "", att]))
      .digest("hex")
      .slice(0, 16);
    const prev = opts.previous?.[uid];
    const same = prev?.hash === hash;
    const sequence = prev ? (same ? prev.sequence : prev.sequence + 1) : 0;
    const stamp = same && prev.stamp ? new Date(prev.stamp) : now;
    state[uid] = { hash, sequence, stamp: stamp.toISOString() };
    const common = {
      id: uid,
      sequence,
      stamp,
      summary: x.title,
      description: desc,
      attendees: att,
      // The content hash, so `vrijrooster ical --previous old.ics` can tell which events changed.
      x: [{ key: "X-VRIJROOSTER-HASH", value: hash }],
      ...(att.length && organizer ? { organizer } : {}),
      // Days off and study days do not make anyone busy in a calendar app.
      ...(x.kind === "facultative" || x.kind === "study-day"
        ? { transparency: ICalEventTransparency.TRANSPARENT }
        : {}),
    };
    if (x.allDay) {
      const d = DateTime.fromISO(x.dates[0], { zone: "utc" });
      cal.createEvent({ ...common, allDay: true, start: d, end: d.plus({ days: 1 }) });
    } else {
      cal.createEvent({
        ...common,
        timezone: TZID,
        start: local(x.dates[0], x.start),
        end: local(x.dates[0], x.end),
        repeating: rec ?? null,
      });
    }
  }
  // RFC 5545: every content line ends with CRLF, END:VCALENDAR too.
  return { ics: cal.toString().replace(/(\r\n)?$/, "\r\n"), state, name };
}
