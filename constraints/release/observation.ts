// release.observation — the school's own practice, not law (issue 10 item 4; shared/PRACTICES.md
// "hospiteer-carrousel", "collegiale visitatie"): a visit of an observation goal is a release of the observer
// (their class covered by a lever, as for any release goal: timetable.release-cover) in which the observed
// teacher is in front of their own class: the class has a class lesson (KLAS, no specialist lesson, no cover)
// given by the observed teacher, who is not released meanwhile and not on supervision duty.
import { groupGrid, overlaps, slotsOf, visitOf, type Violation } from "../../src/model/index.js";
import { defineRule, report, tag } from "../rule.js";
import { blockSlots, type ModelBuilder } from "../model-builder.js";
import { availableIn, nameOf } from "../encode-util.js";
import { gridFor } from "../structure/facts.js";
import { dayName, groupLabel, personName } from "../structure/names.js";

export const releaseObservation = defineRule({
  id: "release.observation",
  title: {
    nl: "Wie op bezoek gaat (hospiteren), ziet de collega les geven aan de eigen klas",
    en: "An observer (hospiteren) sees the colleague teach their own class",
  },
  source: "scenario (observations); shared/PRACTICES.md hospiteer-carrousel, collegiale visitatie",
  severity: "hard",
  scope: "timetable",
  messages: {
    "encode-observed-teaches": {
      nl: `Tijdens het bezoek van {observer} geeft {observed} zelf les aan {group}`,
      en: `During {observer}'s visit {observed} teaches {group} in person`,
    },
    "encode-observed-there": {
      nl: `{observed} is er niet (beschikbaarheid of toezicht) voor het bezoek van {observer}`,
      en: `{observed} is not there (availability or supervision) for {observer}'s visit`,
    },
    "not-teaching": {
      nl: "{observer} gaat op {day} {start}–{end} op bezoek bij {observed} in {group}, maar {observed} geeft dan geen les aan die klas ({what}).",
      en: "{observer} visits {observed} in {group} on {day} {start}–{end}, but {observed} is not teaching that class then ({what}).",
    },
    "observed-released": {
      nl: "{observer} gaat op {day} {start}–{end} op bezoek bij {observed}, maar {observed} is dan zelf vrijgeroosterd ('{other}').",
      en: "{observer} visits {observed} on {day} {start}–{end}, but {observed} is released then ('{other}').",
    },
  },
  encode: encodeObservation,
  check(ctx) {
    const { scenario: s, candidate } = ctx;
    if (!candidate || !s.observations?.length) return [];
    const grid = gridFor(ctx);
    const out: Violation[] = [];
    for (const r of candidate.releases) {
      const v = visitOf(s, r.goal);
      if (!v) continue;
      const data = {
        observer: personName(s, "staff", v.observer),
        observed: personName(s, "staff", v.observed),
        group: groupLabel(s, v.group),
        day: dayName(r.day),
        start: r.start,
        end: r.end,
      };
      const where = { goal: r.goal, staff: v.observed, group: v.group, day: r.day, start: r.start, end: r.end };
      const group = s.groups.find((g) => g.id === v.group);
      const own = group ? groupGrid(grid, group) : grid; // the class's own days (DayGrid.levels)
      for (const slot of slotsOf(own, r.day, "lesson").filter((t) => overlaps(t.start, t.end, r.start, r.end))) {
        const l = candidate.lessons.find((x) => x.group === v.group && x.day === r.day && x.start === slot.start);
        const what = !l
          ? { nl: "geen les", en: "no lesson" }
          : l.subject !== "KLAS"
            ? { nl: `les ${l.subject}`, en: `${l.subject} lesson` }
            : !l.staff.includes(v.observed)
              ? {
                  nl: `de klas krijgt les van ${l.staff.map((p) => personName(s, "staff", p)).join(", ") || "een stagiair"}`,
                  en: `the class is taught by ${l.staff.map((p) => personName(s, "staff", p)).join(", ") || "an intern"}`,
                }
              : undefined;
        if (what) {
          out.push(report(this, "not-teaching", where, { ...data, what, start: slot.start, end: slot.end }));
          break;
        }
      }
      const other = candidate.releases.find(
        (x) => x !== r && x.day === r.day && x.staff.includes(v.observed) && overlaps(x.start, x.end, r.start, r.end),
      );
      if (other)
        out.push(
          report(this, "observed-released", where, {
            ...data,
            other: s.releaseGoals.find((g) => g.id === other.goal)?.name ?? other.goal,
          }),
        );
    }
    return out;
  },
});

/**
 * For every block y of a visit and every lesson slot t in it: the observed teacher's class has its class lesson
 * (k ≥ y), the observed teacher is not released (r + y ≤ 1) and covers no other class (Σ c + y ≤ 1); when the
 * observed teacher is not there or on supervision duty then, y = 0.
 */
function encodeObservation(m: ModelBuilder): void {
  const s = m.scenario;
  if (!s.observations?.length) return;
  const klas = new Map(m.classVars.map((v) => [`${v.group}|${v.slot.key}`, v.name]));
  for (const y of m.releaseVars) {
    const v = visitOf(s, y.goal.id);
    if (!v) continue;
    const data = { observer: nameOf(m, v.observer), observed: nameOf(m, v.observed), group: groupLabel(s, v.group) };
    const teaches = tag(releaseObservation, "encode-observed-teaches", `visit:${v.goal}`, data);
    const duty = s.staff.find((p) => p.id === v.observed)?.supervision ?? [];
    // The observed class's own slots the block overlaps (its level's days when the grid has them).
    const own = m.slotsOf(v.group);
    for (const t of m.levelled ? blockSlots(y.block).filter((x) => own.includes(x)) : y.block.slots) {
      const k = klas.get(`${v.group}|${t.key}`);
      const away =
        !availableIn(m, v.observed, t) || duty.some((d) => d.day === t.day && overlaps(d.start, d.end, t.start, t.end));
      if (!k || away) {
        const why = k ? tag(releaseObservation, "encode-observed-there", `visit:${v.goal}`, data) : teaches;
        m.addConstraint(new Map([[y.name, 1]]), "<=", 0, why);
        continue;
      }
      m.addConstraint(
        new Map([
          [k, 1],
          [y.name, -1],
        ]),
        ">=",
        0,
        teaches,
      );
      const r = m.releasedVar(v.observed, t.key);
      if (r)
        m.addConstraint(
          new Map([
            [r, 1],
            [y.name, 1],
          ]),
          "<=",
          1,
          teaches,
        );
      const elsewhere = m.coverVars.filter((c) => c.who === v.observed && c.slot.key === t.key).map((c) => c.name);
      if (elsewhere.length)
        m.addConstraint(new Map([...elsewhere.map((c) => [c, 1] as const), [y.name, 1]]), "<=", 1, teaches);
    }
  }
}
