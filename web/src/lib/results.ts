// What a candidate means, in words and numbers, for the candidate, print and publish pages: the goal
// summaries ("PLG taal: elke week dinsdag 13:20–15:00 …"), the staff-load rows and "the latest best week".
import {
  DAY_NAMES_EN,
  DAY_NAMES_NL,
  DAYS,
  durationMinutes,
  frequencyPhrase,
  type Candidate,
  type Release,
  type ReleaseGoal,
  type Scenario,
} from "../../../src/model/browser.js";
import { coverText, type Names } from "./names.js";
import { hoursMinutes } from "./status.js";
import { plural } from "./i18n.js";

type T = (nl: string, en: string) => string;

export interface GoalSummary {
  goal: string;
  name: string;
  index: number;
  met: boolean;
  required: boolean;
  minutes: number;
  text: string;
}

/** How often a goal meets: the one phrase of src/model (also in the export and the iCal feed). */
export function frequencyText(g: ReleaseGoal, t: T, names?: Names): string {
  return frequencyPhrase(g, t("nl", "en") as "nl" | "en", names ? (id) => names.intern(id) : undefined);
}

/** One sentence per goal: when, how long, who. */
/** A visit (hospiteren): "An Peeters gaat op bezoek bij Bram Janssens in L2: donderdag 11:15–12:05 (L1: zorgleerkracht Cato Maes)". */
function visitText(
  s: Scenario,
  c: Pick<Candidate, "releases"> & Partial<Pick<Candidate, "lessons">>,
  names: Names,
  r: Release,
  when: string,
  t: T,
): string {
  const v = r.observation!;
  const cover = r.cover
    .map((x) => `${x.group}: ${coverText(s, names, { lessons: c.lessons ?? [] }, r, x.by, x.group, t)}`)
    .join("; ");
  const text = t(
    `${names.staff(v.observer)} gaat op bezoek bij ${names.staff(v.observed)} in ${names.group(v.group)}: ${when}`,
    `${names.staff(v.observer)} visits ${names.staff(v.observed)} in ${names.group(v.group)}: ${when}`,
  );
  return cover ? `${text} (${cover})` : text;
}

export function goalSummaries(
  s: Scenario,
  c: Pick<Candidate, "releases"> & Partial<Pick<Candidate, "lessons">>,
  names: Names,
  t: T,
  lang: "nl" | "en",
): GoalSummary[] {
  const dayName = lang === "en" ? DAY_NAMES_EN : DAY_NAMES_NL;
  return s.releaseGoals.map((g, i) => {
    const rs = c.releases
      .filter((r) => r.goal === g.id)
      .sort((a, b) => DAYS.indexOf(a.day) - DAYS.indexOf(b.day) || a.start.localeCompare(b.start));
    const minutes = rs.reduce((n, r) => n + durationMinutes(r.start, r.end), 0);
    const met = rs.length >= g.blocksPerWeek;
    let text: string;
    if (rs.length === 0) {
      text = t(`${g.name}: geen gezamenlijk moment gevonden`, `${g.name}: no shared time found`);
    } else {
      const when = rs.map((r) => `${dayName[r.day]} ${r.start}–${r.end}`).join(t(" en ", " and "));
      const staff = new Set(rs.flatMap((r) => r.staff));
      const ext = [...new Set(rs.flatMap((r) => r.externals))].map((e) => names.person(e));
      const people = t(
        plural(staff.size, "deelnemer", "deelnemers"),
        plural(staff.size, "participant", "participants"),
      );
      const who = ext.length ? `${people} + ${ext.join(", ")}` : people;
      text = `${g.name}: ${frequencyText(g, t, names)} ${when}, ${hoursMinutes(minutes, t)}; ${who}`;
      const visit = rs[0].observation;
      if (visit) text = visitText(s, c, names, rs[0], when, t);
    }
    return { goal: g.id, name: g.name, index: i % 8, met, required: g.required, minutes, text };
  });
}

// The staff-load rows are computed in src/export/staff-load.ts: the xlsx/csv export shows the same numbers.
export { staffLoadRows, type LoadRow } from "../../../src/export/staff-load.js";

/** The best candidate of the most recent solve (the list is oldest solve first, best first within a solve). */
export function latestBest<C extends { id: string; jobId: string | null; rank: number }>(
  list: readonly C[] | undefined,
): C | undefined {
  if (!list || list.length === 0) return undefined;
  const job = list[list.length - 1].jobId;
  const same = list.filter((c) => c.jobId === job);
  return same.find((c) => c.rank === 1) ?? same[0];
}
