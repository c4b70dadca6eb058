// Observation visits in the year plan (issue 10 item 4): the observer's release series reads "Hospiteren bij
// <observed> in <class>", and the observed teacher's class lessons of the visit, on the dates the visit happens,
// become a series of their own that reads "krijgt bezoek van <observer>" — so both see the visit in their feed.
// The lesson series keeps its other dates and lists the visit dates as "met bezoek" (held, but as the visit series).
import { overlaps, visitOf, type Scenario } from "../model/index.js";
import type { PlanSeries } from "./yearplan.js";

const nameOf = (s: Scenario, id: string) => s.staff.find((p) => p.id === id)?.name ?? id;

export function withVisits(s: Scenario, series: PlanSeries[]): PlanSeries[] {
  if (!s.observations?.length) return series;
  const out = [...series];
  for (const rel of series) {
    const v = rel.kind === "release" && rel.goal ? visitOf(s, rel.goal) : undefined;
    if (!v) continue;
    const what = s.observations.find((o) => o.id === v.observation)!.name;
    const group = s.groups.find((g) => g.id === v.group)?.name ?? v.group;
    out[out.indexOf(rel)] = {
      ...rel,
      title: `Hospiteren bij ${nameOf(s, v.observed)} in ${group} (${what}) — ${nameOf(s, v.observer)}`,
    };
    const visitDates = new Set(rel.dates);
    for (const les of series) {
      if (les.kind !== "lesson" || les.day !== rel.day || !les.groups.includes(v.group)) continue;
      if (!les.staff.includes(v.observed) || !overlaps(les.start, les.end, rel.start, rel.end)) continue;
      const i = out.findIndex((x) => x.key === les.key);
      const current = out[i];
      out[i] = {
        ...current,
        dates: current.dates.filter((d) => !visitDates.has(d)),
        dropped: [
          ...current.dropped,
          ...current.dates
            .filter((d) => visitDates.has(d))
            .map((date) => ({ date, reason: "met bezoek (hospiteren)" })),
        ].sort((a, b) => a.date.localeCompare(b.date)),
      };
      out.push({
        ...les,
        key: `${les.key}:bezoek:${v.goal}`,
        title: `${les.title} — krijgt bezoek van ${nameOf(s, v.observer)} (${what})`,
        dates: les.dates.filter((d) => visitDates.has(d)),
        dropped: [],
      });
    }
  }
  return out;
}
