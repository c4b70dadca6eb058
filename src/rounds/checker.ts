// Re-checks a rounds plan on its own: every constraint of the planner again, written independently of the
// planner's model, each finding a violation with an id. A plan from the planner must come out clean.
import { DAY_NAMES_NL, toMinutes } from "../model/index.js";
import { mondayOf } from "../calendar/index.js";
import { absolute, dayNumber, dayOf, type Context } from "./context.js";
import type { PlannedSession, RoundsPlan, RoundsViolation } from "./plan-types.js";

export const ROUNDS_RULES = {
  "rounds.placed": "Elke sessie (en elke herhaling) is precies één keer gepland",
  "rounds.duration": "Een sessie duurt zo lang als opgegeven",
  "rounds.location": "Een sessie gaat door op haar locatie",
  "rounds.window": "Binnen het datumvenster van de sessie",
  "rounds.school-day": "Op een schooldag: geen vakantie, vrije dag, studiedag of examenweek",
  "rounds.when": "Op de toegelaten weekdagen en uren van de sessie",
  "rounds.working-time":
    "Binnen de werktijd of beschikbaarheid van elke verplichte deelnemer, niet op een afwezige dag",
  "rounds.available": "Binnen de gedateerde beschikbaarheidsperiodes van een externe",
  "rounds.week-load":
    "Niemand heeft meer sessies in één week dan settings.maxSessionsPerPersonPerWeek, tenzij spreiden onmogelijk is (zachte regel)",
  "rounds.busy": "Niet tijdens een les, toezicht, overleg of bezoek van een verplichte deelnemer",
  "rounds.double-booking": "Niemand zit tegelijk in twee sessies",
  "rounds.travel": "Tussen sessies op verschillende plaatsen heeft wie ter plaatse is de reistijd",
  "rounds.visit-travel": "Tussen een bezoek elders en een sessie ter plaatse heeft wie beide doet de reistijd",
  "rounds.precedence": "Na de sessies die eerst moeten komen",
  "rounds.anchor": "Direct na het wekelijkse bezoek waaraan de sessie vastzit",
  "rounds.link": "Gekoppelde sessies: zelfde dag, zelfde plaats, met een pauze ertussen",
  "rounds.same-slot": "Een vast moment: elke keer op dezelfde weekdag en hetzelfde uur",
  "rounds.half-day": "Gekoppelde gesprekken in één voormiddag of namiddag (zoals een oudercontact)",
  "rounds.group-size": "Een dialooggroep heeft een werkbare grootte (instelling, standaard 6–12)",
} as const;
export type RoundsRuleId = keyof typeof ROUNDS_RULES;

export function checkPlan(ctx: Context, plan: Pick<RoundsPlan, "sessions" | "unplaced">): RoundsViolation[] {
  const out: RoundsViolation[] = [];
  const v = (
    id: RoundsRuleId,
    message: string,
    where: RoundsViolation["where"],
    severity: "hard" | "warning" = "hard",
  ) => out.push({ id, severity, message, where });
  const name = (id: string) => ctx.people.get(id)?.name ?? id;
  const occ = new Map(ctx.occurrences.map((o) => [o.key, o]));
  const min = (c: string) => toMinutes(c);
  const travel = ctx.rounds.settings.travelMinutes;

  // rounds.placed
  for (const o of ctx.occurrences) {
    const n = plan.sessions.filter((s) => s.key === o.key).length;
    if (n === 0) v("rounds.placed", `'${o.session.title}' (${o.key}) is niet gepland`, { session: o.key });
    if (n > 1) v("rounds.placed", `'${o.session.title}' (${o.key}) staat ${n} keer in het plan`, { session: o.key });
  }
  for (const s of plan.sessions)
    if (!occ.has(s.key)) v("rounds.placed", `Onbekende sessie '${s.key}' in het plan`, { session: s.key });

  const known = plan.sessions.filter((s) => occ.has(s.key));
  for (const p of known) {
    const o = occ.get(p.key)!;
    const s = o.session;
    const where = { session: p.key, date: p.date };
    const start = min(p.start);
    const end = min(p.end);
    if (end - start !== s.duration)
      v("rounds.duration", `'${s.title}' duurt ${end - start} in plaats van ${s.duration} minuten`, where);
    if (p.location !== s.location)
      v("rounds.location", `'${s.title}' gaat niet door op ${ctx.locationName(s.location)}`, where);
    if (p.date < o.from || p.date > o.to)
      v("rounds.window", `'${s.title}' op ${p.date} valt buiten ${o.from} – ${o.to}`, where);
    const off = ctx.dateOff(p.date, start, end);
    if (off) v("rounds.school-day", `'${s.title}' op ${p.date}: ${off}`, where);
    const day = dayOf(p.date);
    if (
      (s.weekdays && !s.weekdays.includes(day)) ||
      (s.between && (start < min(s.between.from) || end > min(s.between.to)))
    )
      v("rounds.when", `'${s.title}' ligt buiten de toegelaten dagen of uren`, where);
    for (const part of s.participants.filter((x) => x.attendance === "required")) {
      const info = ctx.people.get(part.id)!;
      const w = { ...where, person: part.id };
      if (!info.windows[day].some((x) => x.from <= start && end <= x.to))
        v(
          "rounds.working-time",
          `${info.name} werkt niet op ${DAY_NAMES_NL[day]} ${p.start}–${p.end} ('${s.title}')`,
          w,
        );
      const u = info.unavailable.find((x) => x.from <= p.date && p.date <= x.to);
      if (u) v("rounds.working-time", `${info.name} is afwezig op ${p.date} ('${s.title}')`, w);
      if (info.available && !info.available.some((x) => x.from <= p.date && p.date <= x.to))
        v("rounds.available", `${info.name} is op ${p.date} niet beschikbaar ('${s.title}')`, w);
      const b = info.busy[day].find((x) => x.start < end && start < x.end);
      if (b) v("rounds.busy", `${info.name} heeft dan ${b.why.nl} ('${s.title}', ${p.date})`, w);
    }
    // travel to and from visits at another place (visitor and visited teacher, in person)
    for (const part of s.participants.filter((x) => x.attendance === "required" && !x.remote))
      for (const visit of ctx.rounds.visits) {
        if (visit.day !== day || !visit.location || visit.location === s.location) continue;
        if (visit.person !== part.id && visit.teacher !== part.id) continue;
        const gap = start >= min(visit.end) ? start - min(visit.end) : min(visit.start) - end;
        if (gap < travel)
          v(
            "rounds.visit-travel",
            `${name(part.id)} heeft op ${p.date} maar ${Math.max(0, gap)} minuten tussen het bezoek in ${ctx.locationName(visit.location)} (${visit.start}–${visit.end}) en '${s.title}'`,
            { ...where, person: part.id },
          );
      }
    // anchor
    if (s.anchor) {
      const visit = ctx.visits.get(s.anchor.visit)!;
      const gap = start - min(visit.end);
      if (visit.day !== day || gap < 0 || gap > s.anchor.maxGapMinutes)
        v(
          "rounds.anchor",
          `'${s.title}' (${DAY_NAMES_NL[day]} ${p.start}) komt niet direct na het bezoek van ${name(visit.person)} (${DAY_NAMES_NL[visit.day]} tot ${visit.end})`,
          where,
        );
    }
    // precedence
    for (const dep of s.after)
      for (const q of known.filter(
        (x) => occ.get(x.key)!.session.id === dep.session && (!dep.samePeriod || occ.get(x.key)!.index === o.index),
      )) {
        const ok =
          absolute(q.date, min(q.end)) <= absolute(p.date, start) &&
          dayNumber(p.date) - dayNumber(q.date) >= dep.minDays;
        if (!ok)
          v(
            "rounds.precedence",
            `'${s.title}' (${p.date} ${p.start}) komt niet na '${q.title}' (${q.date} ${q.end})`,
            where,
          );
      }
    // group size
    const bounds = s.groupSize ?? (s.dialogue ? ctx.rounds.settings.dialogueGroup : undefined);
    if (bounds) {
      const n = s.participants.filter((x) => x.role !== "facilitator").length;
      if ((bounds.min !== undefined && n < bounds.min) || (bounds.max !== undefined && n > bounds.max))
        v(
          "rounds.group-size",
          `'${s.title}' heeft ${n} deelnemers (zonder begeleider); een dialooggroep telt er ${bounds.min ?? 1} tot ${bounds.max ?? "…"}`,
          where,
          "warning",
        );
    }
  }
  // double booking and travel, per person over every session they attend
  const attends = (p: PlannedSession, id: string) =>
    p.participants.some((x) => x.id === id && (x.attendance === "required" || x.attends));
  const remote = (p: PlannedSession, id: string) => p.participants.find((x) => x.id === id)?.remote ?? false;
  for (const id of ctx.people.keys()) {
    const mine = known.filter((p) => attends(p, id));
    for (let i = 0; i < mine.length; i++)
      for (let j = i + 1; j < mine.length; j++) {
        const a = mine[i];
        const b = mine[j];
        if (a.date !== b.date) continue;
        const [as, ae, bs, be] = [min(a.start), min(a.end), min(b.start), min(b.end)];
        if (as < be && bs < ae)
          v("rounds.double-booking", `${name(id)} zit op ${a.date} tegelijk in '${a.title}' en '${b.title}'`, {
            person: id,
            date: a.date,
            session: a.key,
          });
        else if (a.location !== b.location && !remote(a, id) && !remote(b, id)) {
          const gap = ae <= bs ? bs - ae : as - be;
          if (gap < travel)
            v(
              "rounds.travel",
              `${name(id)} heeft op ${a.date} maar ${gap} minuten tussen '${a.title}' en '${b.title}' op een andere plaats`,
              {
                person: id,
                date: a.date,
                session: b.key,
              },
            );
        }
      }
  }
  // load per person and calendar week (soft)
  const cap = ctx.rounds.settings.maxSessionsPerPersonPerWeek;
  const perWeek = new Map<string, PlannedSession[]>();
  for (const p of known)
    for (const x of p.participants.filter((x) => x.attendance === "required")) {
      const k = `${x.id}|${mondayOf(p.date)}`;
      perWeek.set(k, [...(perWeek.get(k) ?? []), p]);
    }
  for (const [k, list] of perWeek) {
    if (list.length <= cap) continue;
    const [id, monday] = k.split("|");
    v(
      "rounds.week-load",
      `${name(id)} heeft in de week van ${monday} ${list.length} sessies (meer dan ${cap}): ${list.map((p) => `'${p.title}'`).join(", ")}`,
      { person: id, date: monday },
      "warning",
    );
  }
  // fixed slot
  for (const s of ctx.rounds.sessions.filter((x) => x.sameSlot)) {
    const mine = known.filter((p) => occ.get(p.key)!.session.id === s.id);
    const slots = new Set(mine.map((p) => `${DAY_NAMES_NL[p.day]} ${p.start}`));
    if (slots.size > 1)
      v("rounds.same-slot", `'${s.title}' valt niet telkens op hetzelfde moment: ${[...slots].join(", ")}`, {
        session: mine[0].key,
      });
  }
  // links
  for (const l of ctx.rounds.links) {
    if (l.kind === "same-half-day") {
      const placed = known.filter((p) => l.sessions.includes(p.key));
      const split = min(l.splitAt);
      const half = (p: PlannedSession) => (min(p.end) <= split ? "am" : min(p.start) >= split ? "pm" : "both");
      const dates = new Set(placed.map((p) => p.date));
      const halves = new Set(placed.map(half));
      if (dates.size > 1 || halves.size > 1 || halves.has("both"))
        v(
          "rounds.half-day",
          `${placed.length} gekoppelde sessies ('${placed[0].title}', …) liggen niet in één voormiddag of namiddag (grens ${l.splitAt}): ${[...dates].join(", ")}`,
          { session: placed[0].key, date: placed[0].date },
        );
      continue;
    }
    const [a, b] = l.sessions.map((k) => known.find((p) => p.key === k));
    if (!a || !b) continue;
    const [as, ae, bs, be] = [min(a.start), min(a.end), min(b.start), min(b.end)];
    const gap = bs >= ae ? bs - ae : as >= be ? as - be : -1;
    if (a.date !== b.date || a.location !== b.location || gap < l.breakMinutes || gap > l.maxBreakMinutes)
      v(
        "rounds.link",
        `'${a.title}' en '${b.title}' moeten op dezelfde dag en plaats, met ${l.breakMinutes}–${l.maxBreakMinutes} minuten pauze ertussen`,
        { session: a.key, date: a.date },
      );
  }
  return out;
}
