// release.presence-day — the school's own practice, not law (issue 10 item 8; shared/PRACTICES.md "fixed day on
// which everyone is present (part-timers included) for kernteams and zorg"): on the presence day's weekday every
// member is at school. A member is there when they are available that day (staff availability) and — for a
// part-timer whose week has any activity (a lesson, cover, atelier or meeting) — when one of those activities
// falls on that day: the solver then places a part-timer's work so that it includes the day. A supervision duty
// that day counts as being there. Met or not is reported per presence day (metrics.presenceDays); a required
// presence day is hard, an optional one a soft violation naming who is not there.
import {
  DAY_NAMES_EN,
  DAY_NAMES_NL,
  isFullTime,
  type Candidate,
  type PresenceDay,
  type Scenario,
  type Violation,
} from "../../src/model/index.js";
import { defineRule, report, tag } from "../rule.js";
import { sum, WEIGHTS, type LinExpr, type ModelBuilder } from "../model-builder.js";
import { availableIn, nameOf } from "../encode-util.js";

type Why = "unavailable" | "no-work";

/** Who of a presence day's members is not at school on its day in this week, and why. */
export function absentees(s: Scenario, pd: PresenceDay, week: Pick<Candidate, "lessons" | "releases">) {
  const out: { staff: string; name: string; why: Why }[] = [];
  for (const id of pd.members) {
    const p = s.staff.find((x) => x.id === id);
    if (!p) continue;
    if (p.supervision.some((d) => d.day === pd.day)) continue;
    if (!dayAvailable(s, id, pd.day)) out.push({ staff: id, name: p.name, why: "unavailable" });
    else if (!isFullTime(p)) {
      const works = (day?: string) =>
        week.lessons.some((l) => (!day || l.day === day) && l.staff.includes(id)) ||
        week.releases.some((r) => (!day || r.day === day) && r.staff.includes(id));
      if (works() && !works(pd.day)) out.push({ staff: id, name: p.name, why: "no-work" });
    }
  }
  return out;
}

/** Available on that weekday at all: no availability given = always; given = some window that day. */
const dayAvailable = (s: Scenario, id: string, day: PresenceDay["day"]) => {
  const av = s.staff.find((x) => x.id === id)?.availability;
  return !av || (av[day]?.length ?? 0) > 0;
};

/** Per presence day: met, and who is not there (metrics.presenceDays). */
export function presenceOutcomes(s: Scenario, week: Pick<Candidate, "lessons" | "releases">) {
  return (s.presenceDays ?? []).map((pd) => {
    const missing = absentees(s, pd, week);
    return { id: pd.id, name: pd.name, day: pd.day, met: missing.length === 0, missing };
  });
}

export const releasePresenceDay = defineRule({
  id: "release.presence-day",
  title: {
    nl: "Op de vaste dag is iedereen van de groep op school (deeltijdsen inbegrepen)",
    en: "On the fixed day everyone of the group is at school (part-timers included)",
  },
  source: "scenario (presenceDays); shared/PRACTICES.md fixed day on which everyone is present",
  severity: "hard",
  scope: "timetable",
  messages: {
    "encode-there": {
      nl: `'{goal}': {name} moet op {day} op school zijn`,
      en: `'{goal}': {name} must be at school on {day}`,
    },
    unavailable: {
      nl: "'{goal}' vraagt iedereen op {day} op school, maar {name} is dan niet beschikbaar.",
      en: "'{goal}' asks everyone at school on {day}, but {name} is not available then.",
    },
    "no-work": {
      nl: "'{goal}' vraagt iedereen op {day} op school, maar {name} (deeltijds) werkt deze week niet op {day}.",
      en: "'{goal}' asks everyone at school on {day}, but {name} (part-time) does not work on {day} this week.",
    },
  },
  encode: encodePresenceDays,
  check({ scenario: s, candidate }) {
    if (!candidate || !s.presenceDays?.length) return [];
    const out: Violation[] = [];
    for (const pd of s.presenceDays)
      for (const a of absentees(s, pd, candidate))
        out.push(
          report(
            this,
            a.why,
            { goal: pd.id, staff: a.staff, day: pd.day },
            { goal: pd.name, name: a.name, day: { nl: DAY_NAMES_NL[pd.day], en: DAY_NAMES_EN[pd.day] } },
            pd.required ? "hard" : "soft",
          ),
        );
    return out;
  },
});

/** The model's variables that put a person to work in a slot (as the week lists them in lessons and releases). */
function workVars(m: ModelBuilder, id: string): { name: string; day: string }[] {
  const s = m.scenario;
  const out: { name: string; day: string }[] = [];
  for (const v of m.subjectVars) if (v.teachers.includes(id)) out.push({ name: v.name, day: v.slot.day });
  for (const v of m.classVars) {
    const g = s.groups.find((x) => x.id === v.group)!;
    if ([...g.classTeachers, ...g.coTeachers].includes(id) && availableIn(m, id, v.slot))
      out.push({ name: v.name, day: v.slot.day });
  }
  for (const v of m.coverVars) {
    const leads =
      v.lever === "atelier" && s.atelierPlans.find((p) => p.id === v.who)?.ateliers.some((a) => a.leaders.includes(id));
    if (((v.lever === "coteacher" || v.lever === "care") && v.who === id) || leads)
      out.push({ name: v.name, day: v.slot.day });
  }
  for (const t of m.slots) {
    const r = m.releasedVar(id, t.key);
    if (r) out.push({ name: r, day: t.day });
  }
  return out;
}

/**
 * Per part-timer p with work variables W (n of them) and those on the day W_d: n·Σ W_d − Σ W ≥ 0 — any work in
 * the week means some on the day. A member not available that day cannot be there. Optional presence days:
 * an indicator met (objective weight as a goal) switches the rows on (n·Σ W_d − Σ W + n·(1 − met) ≥ 0).
 */
function encodePresenceDays(m: ModelBuilder): void {
  const s = m.scenario;
  for (const pd of s.presenceDays ?? []) {
    const day = { nl: DAY_NAMES_NL[pd.day], en: DAY_NAMES_EN[pd.day] };
    const met = pd.required ? undefined : m.addIndicatorVar(`pd_${pd.id}`);
    if (met) m.addObjective(new Map([[met, WEIGHTS.goal * pd.weight]]));
    for (const id of pd.members) {
      const p = s.staff.find((x) => x.id === id);
      if (!p || p.supervision.some((d) => d.day === pd.day)) continue;
      const there = tag(releasePresenceDay, "encode-there", `presence:${pd.id}:${id}`, {
        goal: pd.name,
        name: nameOf(m, id),
        day,
      });
      if (!dayAvailable(s, id, pd.day)) {
        if (met) m.addConstraint(new Map([[met, 1]]), "<=", 0, there);
        else {
          // Cannot hold: a binary fixed both ways, so an explanation names this member.
          const z = m.addIndicatorVar(`pdoff_${pd.id}_${id}`);
          m.addConstraint(new Map([[z, 1]]), ">=", 1, there);
          m.addConstraint(new Map([[z, 1]]), "<=", 0, there);
        }
        continue;
      }
      if (isFullTime(p)) continue;
      const work = workVars(m, id);
      if (work.length === 0) continue;
      const n = work.length;
      const e: LinExpr = sum(
        work.map((w) => w.name),
        -1,
      );
      for (const w of work) if (w.day === pd.day) e.set(w.name, (e.get(w.name) ?? 0) + n);
      if (met) e.set(met, -n);
      m.addConstraint(e, ">=", met ? -n : 0, there);
    }
  }
}
