// What a scenario says in short, written out when it is read (issue 10), so that every reader — the rules'
// check() and encode(), the solver, the year plan — sees the same plain scenario:
// - a release goal's member sets ("the whole team", "all kleuter teachers", "everyone of the 3rd grade")
//   become members, from the staff as it is now;
// - a child-free staff slot with `unitMinutes` becomes consecutive staff slots of that length, so it can hold
//   several shorter meetings (or one long one over the consecutive parts);
// - an observation goal's visits become release goals of their own (src/model/observation.ts), and a presence
//   day's member sets become members.
// Idempotent: reading a read scenario again changes nothing.
import type { DayGrid, MemberSet, ScenarioShape, Staff } from "./scenario.js";
import { visitGoals } from "./observation.js";
import { staffSchools } from "./schools.js";

const toMin = (c: string) => Number(c.slice(0, 2)) * 60 + Number(c.slice(3, 5));
const toClock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

/** Staff ids in a member set (the whole staff when no criterion is given). */
export function membersOfSet(
  s: Pick<ScenarioShape, "staff" | "groups" | "subjects" | "schools">,
  set: MemberSet,
): string[] {
  const taught = (p: Staff) => {
    const groups = new Set<string>();
    for (const g of s.groups) if (g.classTeachers.includes(p.id) || g.coTeachers.includes(p.id)) groups.add(g.id);
    for (const sub of s.subjects)
      if (sub.taughtBy !== "class" && sub.taughtBy.staff.includes(p.id)) for (const g of sub.groups) groups.add(g);
    return s.groups.filter((g) => groups.has(g.id));
  };
  const role = (p: Staff) => {
    switch (set.role) {
      case undefined:
        return true;
      case "class-teacher":
        return s.groups.some((g) => g.classTeachers.includes(p.id));
      case "co-teacher":
        return s.groups.some((g) => g.coTeachers.includes(p.id));
      case "care-teacher":
        return p.flags.careTeacher;
      case "specialist":
        return s.subjects.some((sub) => sub.taughtBy !== "class" && sub.taughtBy.staff.includes(p.id));
    }
  };
  return s.staff
    .filter((p) => !set.except.includes(p.id))
    .filter((p) => !set.school || staffSchools(s, p).has(set.school))
    .filter((p) => !set.ambt || set.ambt.includes(p.ambt))
    .filter(role)
    .filter((p) => {
      if (!set.level && !set.grades) return true;
      return taught(p).some(
        (g) => (!set.level || g.level === set.level) && (!set.grades || g.grades.some((x) => set.grades!.includes(x))),
      );
    })
    .map((p) => p.id);
}

/** Staff slots with unitMinutes split into units, in the main days and in each level's own days (DayGrid.levels). */
function splitStaffSlots(grid: DayGrid): DayGrid {
  const main = splitDays(grid.days);
  const levels = grid.levels && {
    ...(grid.levels.kleuter ? { kleuter: splitDays(grid.levels.kleuter) } : {}),
    ...(grid.levels.lager ? { lager: splitDays(grid.levels.lager) } : {}),
  };
  const changed =
    main !== grid.days ||
    (!!levels && (levels.kleuter !== grid.levels!.kleuter || levels.lager !== grid.levels!.lager));
  return changed ? { ...grid, days: main, ...(levels ? { levels } : {}) } : grid;
}

function splitDays(input: DayGrid["days"]): DayGrid["days"] {
  const days = { ...input };
  let changed = false;
  for (const day of Object.keys(days) as (keyof DayGrid["days"])[]) {
    if (!days[day].some((x) => x.kind === "staff" && x.unitMinutes && toMin(x.end) - toMin(x.start) > x.unitMinutes))
      continue;
    changed = true;
    days[day] = days[day].flatMap((x) => {
      if (x.kind !== "staff" || !x.unitMinutes) return [x];
      const out = [];
      for (let t = toMin(x.start); t < toMin(x.end); t += x.unitMinutes)
        out.push({ ...x, start: toClock(t), end: toClock(Math.min(t + x.unitMinutes, toMin(x.end))) });
      return out;
    });
  }
  return changed ? days : input;
}

export function resolveScenario<S extends ScenarioShape>(s: S): S {
  const releaseGoals = s.releaseGoals.map((g) => {
    if (!g.memberSets?.length) return g;
    const members = [...g.members];
    for (const set of g.memberSets)
      for (const p of membersOfSet(s, set)) if (!members.includes(p) && !g.optionalMembers.includes(p)) members.push(p);
    return { ...g, members };
  });
  // Observation visits are solved as release goals of their own (src/model/observation.ts).
  const visits = visitGoals(s);
  const visitIds = new Set(visits.map((g) => g.id));
  const presenceDays = s.presenceDays?.map((g) => {
    if (!g.memberSets?.length) return g;
    const members = [...g.members];
    for (const set of g.memberSets) for (const p of membersOfSet(s, set)) if (!members.includes(p)) members.push(p);
    return { ...g, members };
  });
  return {
    ...s,
    releaseGoals: [...releaseGoals.filter((g) => !visitIds.has(g.id)), ...visits],
    ...(presenceDays ? { presenceDays } : {}),
    dayGrids: s.dayGrids.map(splitStaffSlots),
  };
}
