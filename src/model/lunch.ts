// Lunch supervision as a duty (issue 10 item 5, shared/PRACTICES.md lever 9 "Lunch-time takeover"): who may
// take a post, and which posts a day grid's lunch breaks hold. One reading for the solver, the rule
// release.lunch-supervision, the year plan and the views.
import type { DayGrid, LunchPost, Scenario, Staff } from "./scenario.js";
import { DAYS, overlaps, type Day } from "./time.js";
import { readScenario } from "./reading.js";
import { levelGrid } from "./derived.js";

/**
 * May this person take a lunch supervision post? flags.lunchSupervisor when given; otherwise class teachers and
 * care teachers. Never an ondersteuner (staff.buo-ondersteuner: not for supervision) nor someone flagged
 * noSupervision.
 */
export function maySuperviseLunch(s: Pick<Scenario, "groups">, p: Staff | undefined): boolean {
  if (!p || p.ambt === "ondersteuner" || p.flags.noSupervision) return false;
  if (p.flags.lunchSupervisor !== undefined) return p.flags.lunchSupervisor;
  return p.flags.careTeacher || s.groups.some((g) => g.classTeachers.includes(p.id));
}

/** One lunch break of the grid with a post to fill: the post, the day and the lunch slot's times. */
export interface LunchTurn {
  post: LunchPost;
  day: Day;
  start: string;
  end: string;
}

/** The posts to fill in the grid's week: every post on each of its days whose grid day has a lunch slot. */
export function lunchTurns(s: Pick<Scenario, "lunchSupervision">, grid: DayGrid): LunchTurn[] {
  const out: LunchTurn[] = [];
  for (const post of s.lunchSupervision?.posts ?? [])
    for (const day of DAYS) {
      if (post.days && !post.days.includes(day)) continue;
      // A post of one level follows that level's lunch (DayGrid.levels; the main days when it has none of its own).
      const lunch = levelGrid(grid, post.level).days[day].find((x) => x.kind === "lunch");
      if (lunch) out.push({ post, day, start: lunch.start, end: lunch.end });
    }
  return out;
}

/** A fixed supervision duty (staff.supervision) of this person that overlaps [start, end) on the day. */
export const fixedDutyAt = (s: Scenario, p: string, day: Day, start: string, end: string): boolean =>
  !!s.staff.find((x) => x.id === p)?.supervision.some((d) => d.day === day && overlaps(d.start, d.end, start, end));

/**
 * Can this person take a lunch post then? May supervise lunch, at school for the whole break, no fixed duty
 * meanwhile. The solver makes a variable exactly for these (solver/build.ts); release.lunch-supervision says why not.
 */
export function canTakeLunchPost(s: Scenario, p: string, day: Day, start: string, end: string): boolean {
  return (
    maySuperviseLunch(
      s,
      s.staff.find((x) => x.id === p),
    ) &&
    readScenario(s).available(p, day, start, end) &&
    !fixedDutyAt(s, p, day, start, end)
  );
}
