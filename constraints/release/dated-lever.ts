// release.dated-lever — the school's own agreements (issue 10 item 3, shared/PRACTICES.md levers 4 and 5): a
// cover lever that holds only on some dates may free a goal's members only when every date the goal meets on
// lies inside them. Dated levers: a class merge with `from`/`to` (cover.merges; "K3 joins L1 in semester 1, L1
// joins K3 in semester 2") and an independent intern, who is there only in their placements — so a weekly goal
// cannot lean on the intern (it would silently meet only in placement weeks), a goal in week 3 of each placement
// can. The goal's dates are its school weeks (frequency, from/to) on the block's weekday (src/calendar/sessions.ts).
import { goalSessionDates } from "../../src/calendar/index.js";
import {
  dateWords,
  mergesInto,
  type Candidate,
  type Day,
  type ReleaseGoal,
  type Scenario,
  type Violation,
} from "../../src/model/index.js";
import { defineRule, report, tag } from "../rule.js";
import { blockSlots, type ModelBuilder } from "../model-builder.js";
import { overlapping } from "../structure/activities.js";
import { goalLabel, groupLabel, personName, when } from "../structure/names.js";

type Phrase = { nl: string; en: string };

/** A dated lever: a merge of `group` into `host`, or an intern taking `group`. */
type DatedLever = { kind: "merge"; group: string; host: string } | { kind: "intern"; group: string; intern: string };

/** The first of the goal's dates on which the lever does not hold, with the lever's dates in words; or undefined. */
function outside(s: Scenario, lever: DatedLever, dates: string[]): { date: string; range: Phrase } | undefined {
  const inRange = (d: string, from?: string, to?: string) => (!from || d >= from) && (!to || d <= to);
  if (lever.kind === "merge") {
    const entries = mergesInto(s, lever.group, lever.host);
    // An unlisted pair is timetable.merge's verdict; a merge without dates holds all year.
    if (entries.length === 0 || entries.some((m) => dates.every((d) => inRange(d, m.from, m.to)))) return undefined;
    const date = dates.find((d) => !entries.some((m) => inRange(d, m.from, m.to)))!;
    return { date, range: ranges(entries) };
  }
  const it = s.interns.find((x) => x.id === lever.intern);
  if (!it) return undefined;
  const date = dates.find((d) => !it.placements.some((p) => inRange(d, p.from, p.to)));
  return date ? { date, range: ranges(it.placements) } : undefined;
}

/** "van 1 september 2026 tot 31 januari 2027; vanaf 1 februari 2027". */
function ranges(rs: { from?: string; to?: string }[]): Phrase {
  const one = (r: { from?: string; to?: string }, lang: "nl" | "en") => {
    const f = r.from && dateWords(r.from, lang);
    const t = r.to && dateWords(r.to, lang);
    if (lang === "nl") return f && t ? `van ${f} tot ${t}` : f ? `vanaf ${f}` : t ? `tot ${t}` : "het hele jaar";
    return f && t ? `from ${f} to ${t}` : f ? `from ${f}` : t ? `until ${t}` : "all year";
  };
  return { nl: rs.map((r) => one(r, "nl")).join("; "), en: rs.map((r) => one(r, "en")).join("; ") };
}

const datesCache = new WeakMap<Scenario, Map<string, string[]>>();

/** The goal's dates on a weekday, read once per scenario, goal and day. */
function datesOf(s: Scenario) {
  let cache = datesCache.get(s);
  if (!cache) datesCache.set(s, (cache = new Map()));
  return (g: ReleaseGoal, day: Day) => {
    const key = `${g.id}|${day}`;
    if (!cache.has(key)) cache.set(key, goalSessionDates(s, g, day));
    return cache.get(key)!;
  };
}

/** The dated levers the week uses for the classes of the block's released people (as the verifier reads lessons). */
function datedLevers(s: Scenario, c: Candidate, r: Candidate["releases"][number]) {
  const released = new Set(r.staff);
  const out: (DatedLever & { day: Day; start: string; end: string })[] = [];
  for (const g of s.groups) {
    if (![...g.classTeachers, ...g.coTeachers].some((t) => released.has(t))) continue;
    for (const l of c.lessons.filter((x) => x.group === g.id && overlapping(x, r))) {
      const host = l.mergedWith && s.groups.find((x) => x.id === l.mergedWith);
      const at = { day: l.day, start: l.start, end: l.end };
      if (l.subject !== "KLAS") continue;
      if (
        host &&
        l.staff.some((p) => host.classTeachers.includes(p)) &&
        !l.staff.some((p) => g.classTeachers.includes(p))
      )
        out.push({ kind: "merge", group: g.id, host: host.id, ...at });
      else if (!l.mergedWith && l.staff.length === 0 && (l.interns ?? []).length > 0)
        out.push({ kind: "intern", group: g.id, intern: l.interns![0], ...at });
    }
  }
  return out;
}

export const releaseDatedLever = defineRule({
  id: "release.dated-lever",
  title: {
    nl: "Een opvang met data (samenzetting met van/tot, stagiair) enkel voor sessies binnen die data",
    en: "A dated cover (merge with from/to, intern) only for sessions within those dates",
  },
  source: "scenario (cover.merges from/to, interns placements; releaseGoals frequency, from/to)",
  severity: "hard",
  scope: "timetable",
  messages: {
    "encode-dated-lever": {
      nl: "'{goal}' kan enkel opgevangen worden door {lever} als al zijn sessies binnen de data daarvan vallen",
      en: "'{goal}' can only be covered by {lever} when all its sessions fall within its dates",
    },
    "merge-outside-dates": {
      nl: "Klas {group} sluit {when} aan bij klas {host} terwijl '{goal}' ({block}) samenkomt, maar die samenzetting geldt {range}, en '{goal}' komt ook samen op {date}.",
      en: "Group {group} joins group {host} on {when} while '{goal}' ({block}) meets, but that merge holds {range}, and '{goal}' also meets on {date}.",
    },
    "intern-outside-placement": {
      nl: "Stagiair {name} neemt klas {group} {when} over terwijl '{goal}' ({block}) samenkomt, maar loopt enkel stage {range}, en '{goal}' komt ook samen op {date}. Laat het doel enkel in stageweken samenkomen (bv. week 3 van elke stage).",
      en: "Intern {name} takes group {group} on {when} while '{goal}' ({block}) meets, but is on placement only {range}, and '{goal}' also meets on {date}. Let the goal meet in placement weeks only (e.g. week 3 of each placement).",
    },
  },
  encode: encodeDatedLever,
  check({ scenario: s, candidate }) {
    if (!candidate) return [];
    const dates = datesOf(s);
    const out: Violation[] = [];
    for (const r of candidate.releases) {
      const goal = s.releaseGoals.find((g) => g.id === r.goal);
      if (!goal) continue;
      const seen = new Set<string>();
      for (const lever of datedLevers(s, candidate, r)) {
        const key = JSON.stringify([lever.kind, lever.group, lever.kind === "merge" ? lever.host : lever.intern]);
        if (seen.has(key)) continue;
        const miss = outside(s, lever, dates(goal, r.day));
        if (!miss) continue;
        seen.add(key);
        const where = { goal: goal.id, group: lever.group, day: lever.day, start: lever.start, end: lever.end };
        const data = {
          goal: goal.name,
          block: when(r.day, r.start, r.end),
          when: when(lever.day, lever.start, lever.end),
          group: groupLabel(s, lever.group),
          range: miss.range,
          date: { nl: dateWords(miss.date, "nl"), en: dateWords(miss.date, "en") },
        };
        if (lever.kind === "merge")
          out.push(report(this, "merge-outside-dates", where, { ...data, host: groupLabel(s, lever.host) }));
        else
          out.push(
            report(this, "intern-outside-placement", where, { ...data, name: personName(s, "intern", lever.intern) }),
          );
      }
    }
    return out;
  },
});

// ---- encode(): this rule as constraints of the solver's model ----

/**
 * A dated lever of class g in slot t (c) and a block of the goal over t that releases one of g's teachers (y, or
 * the optional member's o) are never both chosen when the goal meets on a date outside the lever's dates.
 */
function encodeDatedLever(m: ModelBuilder): void {
  const s = m.scenario;
  if (!s.interns.length && !s.cover.merges.some((x) => x.from || x.to)) return;
  const dates = datesOf(s);
  const teachersOf = new Map(s.groups.map((g) => [g.id, new Set([...g.classTeachers, ...g.coTeachers])]));
  const dated = m.coverVars.filter((v) => v.lever === "merge" || v.lever === "intern");
  const bySlot = new Map<string, typeof dated>();
  for (const v of dated) bySlot.set(v.slot.key, [...(bySlot.get(v.slot.key) ?? []), v]);
  const optional = new Map<string, { name: string; staff: string }[]>();
  for (const o of m.optionalVars) optional.set(o.release.name, [...(optional.get(o.release.name) ?? []), o]);
  for (const v of m.releaseVars) {
    const goalDates = dates(v.goal, v.block.day);
    for (const t of blockSlots(v.block)) {
      for (const c of bySlot.get(t.key) ?? []) {
        const lever: DatedLever =
          c.lever === "merge"
            ? { kind: "merge", group: c.group, host: c.who }
            : { kind: "intern", group: c.group, intern: c.who };
        const teachers = teachersOf.get(c.group)!;
        const releasing = v.goal.members.some((p) => teachers.has(p))
          ? [v.name]
          : (optional.get(v.name) ?? []).filter((o) => teachers.has(o.staff)).map((o) => o.name);
        if (releasing.length === 0 || !outside(s, lever, goalDates)) continue;
        const label =
          lever.kind === "merge"
            ? {
                nl: `de samenzetting van ${groupLabel(s, c.group)} met ${groupLabel(s, c.who)}`,
                en: `the merge of ${groupLabel(s, c.group)} with ${groupLabel(s, c.who)}`,
              }
            : { nl: `stagiair ${personName(s, "intern", c.who)}`, en: `intern ${personName(s, "intern", c.who)}` };
        for (const y of releasing)
          m.addConstraint(
            new Map([
              [c.name, 1],
              [y, 1],
            ]),
            "<=",
            1,
            tag(releaseDatedLever, "encode-dated-lever", `goal:${v.goal.id}|${c.lever}:${c.group}:${c.who}`, {
              goal: goalLabel(s, v.goal.id),
              lever: label,
            }),
          );
      }
    }
  }
}
