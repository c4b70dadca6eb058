// Candidate metrics: release minutes per goal and per teacher, goals met, how every class is covered in
// every release block, and lestijden / schoolopdracht minutes per staff member.
import type { Candidate, Scenario } from "../src/model/index.js";
import { loadOf } from "../constraints/staff/load.js";
import { wishOutcomes, type WishOutcome } from "../constraints/staff/wishes.js";
import { presenceOutcomes } from "../constraints/release/presence-day.js";
import { durationMinutes } from "../src/model/index.js";

export interface CandidateMetrics {
  releaseMinutes: number;
  goalsMet: number;
  goalsTotal: number;
  perGoal: {
    goal: string;
    name: string;
    minutes: number;
    blocks: number;
    met: boolean;
    members: number;
    why?: { rule: string; message: string }[];
  }[];
  perTeacher: { staff: string; name: string; releaseMinutes: number }[];
  cover: { goal: string; day: string; start: string; end: string; group: string; by: string }[];
  staffLoad: { staff: string; name: string; lestijden: number; schoolopdrachtMinutes: number }[];
  /** Teacher wishes per person with wishes (staff.wishes): "3 of 4 met". Absent when nobody has wishes. */
  wishes?: WishOutcome[];
  [k: string]: unknown;
}

export function computeMetrics(
  s: Scenario,
  week: Pick<Candidate, "lessons" | "releases"> & { dayGrid?: string },
): CandidateMetrics {
  const perGoal = s.releaseGoals.map((g) => {
    const rs = week.releases.filter((r) => r.goal === g.id);
    return {
      goal: g.id,
      name: g.name,
      minutes: rs.reduce((n, r) => n + durationMinutes(r.start, r.end), 0),
      blocks: rs.length,
      met: rs.length >= g.blocksPerWeek,
      members: g.members.length,
    };
  });
  const perTeacher = s.staff
    .map((p) => ({
      staff: p.id,
      name: p.name,
      releaseMinutes: week.releases
        .filter((r) => r.staff.includes(p.id))
        .reduce((n, r) => n + durationMinutes(r.start, r.end), 0),
    }))
    .filter((x) => x.releaseMinutes > 0);
  const cover = week.releases.flatMap((r) =>
    r.cover.map((c) => ({ goal: r.goal, day: r.day, start: r.start, end: r.end, group: c.group, by: c.by })),
  );
  // The same counting as the staff.* rules (constraints/staff/load.ts), so metrics and checks agree.
  const staffLoad = s.staff.map((p) => {
    const load = loadOf(p, week, s.releaseGoals, s.subjects);
    return { staff: p.id, name: p.name, lestijden: load.lestijden, schoolopdrachtMinutes: load.schoolopdrachtMinutes };
  });
  const wishes = s.staff.some((p) => p.wishes?.length) ? wishOutcomes(s, week) : undefined;
  // Presence days (release.presence-day): met, or who is not there.
  const presenceDays = s.presenceDays?.length ? presenceOutcomes(s, week) : undefined;
  return {
    ...(wishes ? { wishes } : {}),
    ...(presenceDays ? { presenceDays } : {}),
    releaseMinutes: perGoal.reduce((n, g) => n + g.minutes, 0),
    goalsMet: perGoal.filter((g) => g.met).length,
    goalsTotal: s.releaseGoals.length,
    perGoal,
    perTeacher,
    cover,
    staffLoad,
  };
}
