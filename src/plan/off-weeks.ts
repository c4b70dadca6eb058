// Cover that exists only because of a release block. A class whose teacher is released is covered by the care
// teacher, a co-teacher or a merge during the block; in the weeks the block does not meet (every 2 weeks, a
// monthly pattern, an intern who is away) the class teacher simply teaches that period. The candidate week shows
// the session week; the year plan must show both, so a care teacher's feed holds only the weeks they really cover.
import {
  durationMinutes,
  parseCoverBy,
  toMinutes,
  type Candidate,
  type Release,
  type Scenario,
} from "../model/index.js";
import { releaseSkipReason } from "../calendar/index.js";

/** What a draft needs for the split (the year plan's own draft type is richer). */
export interface CoverDraft {
  key: string;
  day?: Candidate["lessons"][number]["day"];
  start: string;
  end: string;
  groups: string[];
  staff: string[];
  interns: string[];
  subject?: string;
  atelierPlan?: string;
  extra?: (date: string, week: number) => string | undefined;
}

const OFF_WEEK_KINDS = new Set(["care", "coteacher", "merge"]);

/** The release block (if any) for which this lesson is cover: same day, inside the block, a covered group. */
function coveringRelease(s: Scenario, c: Candidate, d: CoverDraft): { release: Release; groups: string[] } | undefined {
  if (d.atelierPlan || d.interns.length > 0) return undefined; // ateliers and interns have their own dates
  const from = toMinutes(d.start);
  const to = from + durationMinutes(d.start, d.end);
  for (const r of c.releases) {
    if (r.day !== d.day || from < toMinutes(r.start) || to > toMinutes(r.end)) continue;
    const groups = r.cover
      .filter((x) => d.groups.includes(x.group) && OFF_WEEK_KINDS.has(parseCoverBy(x.by).kind))
      .map((x) => x.group);
    // A care teacher's or co-teacher's KLAS period, or a merged period, of a class whose teacher is released.
    const teachers = new Set(s.groups.filter((g) => groups.includes(g.id)).flatMap((g) => g.classTeachers));
    if (groups.length > 0 && !d.staff.some((id) => teachers.has(id))) return { release: r, groups };
  }
  return undefined;
}

/**
 * Split each lesson that is cover for a release block into the cover (on the block's dates) and the class
 * teachers' own lesson (on the other dates). Lessons that are not such cover pass unchanged. A split part that
 * never happens (a weekly block without exceptions) is left out by the caller, which drops empty series.
 */
export function splitReleaseCover<D extends CoverDraft>(s: Scenario, c: Candidate, drafts: D[]): D[] {
  return drafts.flatMap((d) => {
    const found = coveringRelease(s, c, d);
    if (!found) return [d];
    const { release, groups } = found;
    const skip = releaseSkipReason(s, release);
    const goal = s.releaseGoals.find((g) => g.id === release.goal)?.name ?? release.goal;
    const both = (own: (date: string, week: number) => string | undefined) => (date: string, week: number) =>
      d.extra?.(date, week) ?? own(date, week);
    const cover: D = {
      ...d,
      extra: both((date, week) =>
        skip(date, week) ? "geen overleg deze week: de klasleerkracht geeft zelf les" : undefined,
      ),
    };
    const classTeacherWeeks = (date: string, week: number) =>
      skip(date, week) ? undefined : `${goal}: de klas wordt overgenomen`;
    // In a week without the block every group is with its own teacher(s): the released class with its class
    // teachers, a merge's host class with the teacher who had both.
    const own = d.groups.map((g): D => ({
      ...d,
      key: `${d.key}:zonder-overleg:${g}`,
      groups: [g],
      subject: groups.includes(g) ? "KLAS" : d.subject,
      staff: groups.includes(g) ? (s.groups.find((x) => x.id === g)?.classTeachers ?? []) : d.staff,
      extra: both(classTeacherWeeks),
    }));
    return [cover, ...own];
  });
}
