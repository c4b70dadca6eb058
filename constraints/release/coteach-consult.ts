// release.coteach-consult — PWB lines 7004–7020 (practice): class teacher and co-teacher get 2 h of
// structural consultation a week (settings.coTeachConsultMinutes), in child-free hours, within working
// time. Soft. In a candidate, per class-teacher/co-teacher pair: the minutes of lesson and staff slots in
// which both are child-free together — released in the same session, or both not teaching, not
// supervising, not released elsewhere and available. Breaks and lunch do not count.
import { DAYS, groupName, isAvailable, overlaps, slotsOf, durationMinutes } from "../../src/model/index.js";
import type { Candidate, Day, Scenario, Staff, Violation } from "../../src/model/index.js";
import { defineRule, gridOf, report } from "../rule.js";
import { whenOf } from "./blocks.js";

type State = { free: boolean; releases: Set<number> };

function stateOf(candidate: Candidate, st: Staff, day: Day, start: string, end: string): State {
  const busy =
    !isAvailable(st.availability, day, start, end) ||
    candidate.lessons.some((l) => l.day === day && l.staff.includes(st.id) && overlaps(l.start, l.end, start, end)) ||
    st.supervision.some((d) => d.day === day && overlaps(d.start, d.end, start, end));
  const releases = new Set<number>();
  candidate.releases.forEach((r, i) => {
    if (r.day === day && r.staff.includes(st.id) && overlaps(r.start, r.end, start, end)) releases.add(i);
  });
  return { free: !busy, releases };
}

/** Shared child-free minutes of two people in a candidate week, and the moments (for messages). */
export function sharedChildFree(
  scenario: Scenario,
  candidate: Candidate,
  a: Staff,
  b: Staff,
): { minutes: number; moments: { nl: string; en: string }[] } {
  const grid = gridOf(scenario, candidate);
  let minutes = 0;
  const moments: { nl: string; en: string }[] = [];
  for (const day of DAYS) {
    for (const slot of slotsOf(grid, day).filter((s) => s.kind === "lesson" || s.kind === "staff")) {
      const sa = stateOf(candidate, a, day, slot.start, slot.end);
      const sb = stateOf(candidate, b, day, slot.start, slot.end);
      const together = [...sa.releases].some((i) => sb.releases.has(i));
      const bothFree = sa.free && sb.free && sa.releases.size === 0 && sb.releases.size === 0;
      if (together || bothFree) {
        minutes += durationMinutes(slot.start, slot.end);
        moments.push(whenOf(day, slot.start, slot.end));
      }
    }
  }
  return { minutes, moments };
}

export const releaseCoteachConsult = defineRule({
  id: "release.coteach-consult",
  title: {
    nl: "Klasleerkracht en co-teacher: 2 uur kindvrij overleg per week",
    en: "Class teacher and co-teacher: 2 hours child-free consultation a week",
  },
  source: "PWB lines 7004–7020",
  severity: "soft",
  scope: "timetable",
  messages: {
    "too-little-consultation": {
      nl: "Klasleerkracht {teacher} en co-teacher {coTeacher} van klas {group} hebben deze week samen {minutes} min kindvrije tijd{moments}; voor structureel overleg is {need} min per week afgesproken.",
      en: "Class teacher {teacher} and co-teacher {coTeacher} of class {group} share {minutes} min of child-free time this week{moments}; {need} min a week is agreed for structural consultation.",
    },
  },
  // No encode(): a soft check reported on the candidates; not (yet) part of the objective.
  check({ scenario, candidate }) {
    if (!candidate) return [];
    const need = scenario.settings.coTeachConsultMinutes;
    const staff = new Map(scenario.staff.map((s) => [s.id, s]));
    const out: Violation[] = [];
    for (const g of scenario.groups) {
      for (const ktId of g.classTeachers) {
        for (const coId of g.coTeachers) {
          const kt = staff.get(ktId);
          const co = staff.get(coId);
          if (!kt || !co || kt.id === co.id) continue;
          const { minutes, moments } = sharedChildFree(scenario, candidate, kt, co);
          if (minutes >= need) continue;
          const shown = moments.slice(0, 4).concat(moments.length > 4 ? [{ nl: "…", en: "…" }] : []);
          const list = (lang: "nl" | "en") => ` (${shown.map((m) => m[lang]).join(", ")})`;
          out.push(
            report(
              this,
              "too-little-consultation",
              { group: g.id, staff: co.id },
              {
                teacher: kt.name,
                coTeacher: co.name,
                group: groupName(g),
                minutes,
                moments: moments.length ? { nl: list("nl"), en: list("en") } : "",
                need,
              },
            ),
          );
        }
      }
    }
    return out;
  },
});
