// A rounds plan for people: the dated plan in Dutch (names, not ids) and one iCal calendar with every session.
import ical from "ical-generator";
import { DateTime } from "luxon";
import { DAY_NAMES_NL } from "../model/index.js";
import { uidOf } from "../ical/index.js";
import { TZID, vtimezone } from "../ical/vtimezone.js";
import { dayOf, type Context } from "./context.js";
import type { PlannedSession, RoundsPlan } from "./plan-types.js";

const ROLE_NL = { lead: "leiding", "note-taker": "notulist", facilitator: "begeleider" } as const;

/** "2027-03-03" → "woensdag 3 maart 2027" */
export const dateNl = (d: string) =>
  `${DAY_NAMES_NL[dayOf(d)]} ${new Date(`${d}T12:00:00Z`).toLocaleDateString("nl-BE", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  })}`;

/** Who takes part, by role, in Dutch (names, not ids): one line per role, then the rest and the optional. */
export function who(ctx: Context, s: PlannedSession) {
  const lines: string[] = [];
  const label = (p: PlannedSession["participants"][number]) => {
    const role = ctx.people.get(p.id)?.role;
    return `${p.name}${role ? ` (${role})` : ""}${p.remote ? " — op afstand" : ""}`;
  };
  for (const r of ["lead", "note-taker", "facilitator"] as const) {
    const ps = s.participants.filter((p) => p.role === r);
    if (ps.length) lines.push(`${ROLE_NL[r]}: ${ps.map(label).join(", ")}`);
  }
  const req = s.participants.filter((p) => p.attendance === "required" && !p.role);
  if (req.length) lines.push(`${lines.length ? "verder" : "deelnemers"}: ${req.map(label).join(", ")}`);
  const opt = s.participants.filter((p) => p.attendance === "optional");
  if (opt.length)
    lines.push(`facultatief: ${opt.map((p) => (p.attends ? label(p) : `${p.name} (kan niet: ${p.why})`)).join(", ")}`);
  return lines;
}

export function statusLine(plan: RoundsPlan): string {
  const m = plan.metrics;
  const proof = plan.proven ? "bewezen optimaal" : "haalbaar, niet bewezen optimaal";
  const head =
    plan.status === "timeout"
      ? "geen plan gevonden binnen de tijdslimiet"
      : `${m.placed} van ${m.sessions} sessies gepland op ${m.days} ${m.days === 1 ? "dag" : "dagen"} (${proof})`;
  return `${head}, ${(plan.stats.ms / 1000).toFixed(1).replace(".", ",")} s`;
}

export function renderPlanText(ctx: Context, plan: RoundsPlan): string {
  const out = [`Ronde '${plan.name}': ${statusLine(plan)}`];
  let date = "";
  for (const s of plan.sessions) {
    if (s.date !== date) {
      date = s.date;
      out.push("", dateNl(s.date));
    }
    out.push(`  ${s.start}–${s.end}  ${s.title} — ${s.locationName}`);
    for (const l of who(ctx, s)) out.push(`               ${l}`);
  }
  if (plan.unplaced.length) {
    out.push("", "Niet gepland:");
    for (const u of plan.unplaced) {
      out.push(`  ✗ ${u.title}: ${u.reason}`);
      for (const d of u.details) out.push(`      ${d}`);
    }
  }
  const hard = plan.violations.filter((v) => v.severity === "hard" && v.id !== "rounds.placed");
  const warn = plan.violations.filter((v) => v.severity === "warning");
  if (warn.length || hard.length) out.push("");
  for (const v of hard) out.push(`  ✗ ${v.id}: ${v.message}`);
  for (const v of warn) out.push(`  ! ${v.id}: ${v.message}`);
  return out.join("\n");
}

export function renderPlanIcs(ctx: Context, plan: RoundsPlan, opts: { now?: Date } = {}): string {
  const cal = ical({
    name: plan.name,
    prodId: { company: "Vrijrooster", product: "vrijrooster", language: "NL" },
    timezone: { name: null, generator: vtimezone },
  });
  cal.x("X-WR-TIMEZONE", TZID);
  for (const s of plan.sessions) {
    const remote = s.participants.filter((p) => p.remote && (p.attendance === "required" || p.attends));
    cal.createEvent({
      id: uidOf(plan.name, `ronde-${s.key}`),
      stamp: opts.now ?? new Date(),
      summary: s.title,
      location: s.locationName,
      description: [
        ...who(ctx, s),
        ...(remote.length ? [`op afstand: ${remote.map((p) => p.name).join(", ")}`] : []),
      ].join("\n"),
      timezone: TZID,
      start: DateTime.fromISO(`${s.date}T${s.start}`, { zone: TZID }),
      end: DateTime.fromISO(`${s.date}T${s.end}`, { zone: TZID }),
      attendees: s.participants
        .filter((p) => p.attendance === "required" || p.attends)
        .map((p) => ({
          name: p.name,
          email: ctx.people.get(p.id)?.email ?? `${p.id.toLowerCase()}@vrijrooster.invalid`,
        })),
    });
  }
  return cal.toString();
}
