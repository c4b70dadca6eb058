// Removing a person or a class takes them out of every list that names them, so no unknown id is left
// behind (a class left without a class teacher then shows that at its field). Pure.
import type { Draft, Item } from "./context.js";

const without = (xs: unknown, id: string) => (Array.isArray(xs) ? xs.filter((x) => x !== id) : xs);
const mapList = (d: Draft, key: string, fn: (x: Item) => Item) =>
  Array.isArray(d[key]) ? { [key]: d[key].map(fn) } : {};
/** Member sets ("all kleuter teachers except …"): the person leaves every `except` list. */
const withoutInSets = (sets: unknown, id: string) =>
  Array.isArray(sets) ? sets.map((m: Item) => (m.except ? { ...m, except: without(m.except, id) } : m)) : sets;
/** An optional key left out when its value is gone (undefined), so the draft has no `key: undefined`. */
const unset = (x: Item, key: string): Item => {
  const { [key]: _gone, ...rest } = x;
  return rest;
};

export function removePerson(d: Draft, id: string): Draft {
  const next: Draft = {
    ...d,
    staff: Array.isArray(d.staff) ? d.staff.filter((p: Item) => p.id !== id) : d.staff,
    externals: Array.isArray(d.externals) ? d.externals.filter((p: Item) => p.id !== id) : d.externals,
    interns: Array.isArray(d.interns) ? d.interns.filter((p: Item) => p.id !== id) : d.interns,
  };
  for (const k of ["staff", "externals", "interns"]) if (next[k] === undefined) delete next[k];
  return {
    ...next,
    ...mapList(next, "groups", (g) => ({
      ...g,
      classTeachers: without(g.classTeachers, id),
      coTeachers: without(g.coTeachers, id),
    })),
    ...mapList(next, "subjects", (s) =>
      s.taughtBy && typeof s.taughtBy === "object"
        ? { ...s, taughtBy: { ...s.taughtBy, staff: without(s.taughtBy.staff, id) } }
        : s,
    ),
    ...mapList(next, "releaseGoals", (g) => ({
      ...g,
      members: without(g.members, id),
      memberSets: withoutInSets(g.memberSets, id),
      optionalMembers: without(g.optionalMembers, id),
      externals: without(g.externals, id),
    })),
    // Observation goals: the pairs they are in go; a carousel goes on without them.
    ...mapList(next, "observations", (o) => ({
      ...o,
      ...(Array.isArray(o.pairs) ? { pairs: o.pairs.filter((p: Item) => p.observer !== id && p.observed !== id) } : {}),
      ...(o.carousel && Array.isArray(o.carousel.teachers)
        ? { carousel: { ...o.carousel, teachers: without(o.carousel.teachers, id) } }
        : {}),
    })),
    ...mapList(next, "presenceDays", (p) => ({
      ...p,
      members: without(p.members, id),
      memberSets: withoutInSets(p.memberSets, id),
    })),
    // An intern whose mentor left keeps their place; the empty mentor field asks for a new one.
    ...mapList(next, "interns", (i) => (i.mentor === id ? unset(i, "mentor") : i)),
    ...mapList(next, "atelierPlans", (p) => ({
      ...p,
      ateliers: Array.isArray(p.ateliers)
        ? p.ateliers.map((a: Item) => ({ ...a, leaders: without(a.leaders, id) }))
        : p.ateliers,
    })),
    ...(next.cover && Array.isArray(next.cover.merges)
      ? {
          cover: {
            ...next.cover,
            merges: next.cover.merges.map((m: Item) => (m.by === id ? { ...m, by: undefined } : m)),
          },
        }
      : {}),
  };
}

export function removeGroup(d: Draft, id: string): Draft {
  return {
    ...d,
    groups: (d.groups ?? []).filter((g: Item) => g.id !== id),
    // An intern of that class keeps their place; the empty class field asks for another one.
    ...mapList(d, "interns", (i) => (i.group === id ? unset(i, "group") : i)),
    ...mapList(d, "subjects", (s) => ({ ...s, groups: without(s.groups, id) })),
    ...mapList(d, "atelierPlans", (p) => ({
      ...p,
      groups: without(p.groups, id),
      choices: Array.isArray(p.choices) ? p.choices.filter((c: Item) => c.group !== id) : p.choices,
    })),
    ...(d.cover && Array.isArray(d.cover.merges)
      ? {
          cover: {
            ...d.cover,
            merges: d.cover.merges.filter((m: Item) => !(Array.isArray(m.groups) && m.groups.includes(id))),
          },
        }
      : {}),
    ...(d.calendar && Array.isArray(d.calendar.studyDays)
      ? {
          calendar: {
            ...d.calendar,
            studyDays: d.calendar.studyDays.map((s: Item) => (s.groups ? { ...s, groups: without(s.groups, id) } : s)),
          },
        }
      : {}),
  };
}

/**
 * Removing a school of a school group: its classes, rooms and staff no longer name it (a person's list of schools
 * lets it go, and goes when empty), nor do other schools' travel times, member sets or facultative days. The last
 * school gone = one school again (no `schools` at all).
 */
export function removeSchool(d: Draft, id: string): Draft {
  const schools = (Array.isArray(d.schools) ? d.schools : [])
    .filter((s: Item) => s.id !== id)
    .map((s: Item) =>
      s.travelMinutes && typeof s.travelMinutes === "object" && id in s.travelMinutes
        ? { ...s, travelMinutes: unset(s.travelMinutes, id) }
        : s,
    );
  const unsetSchool = (x: Item) => (x.school === id ? unset(x, "school") : x);
  const inSets = (sets: unknown) => (Array.isArray(sets) ? sets.map(unsetSchool) : sets);
  const { schools: _gone, ...rest } = d;
  return {
    ...rest,
    ...(schools.length > 0 ? { schools } : {}),
    ...mapList(d, "groups", unsetSchool),
    ...mapList(d, "rooms", unsetSchool),
    ...mapList(d, "staff", (p) => {
      if (!Array.isArray(p.schools)) return p;
      const left = p.schools.filter((x: Item) => x.school !== id);
      return left.length > 0 ? { ...p, schools: left } : unset(p, "schools");
    }),
    ...mapList(d, "releaseGoals", (g) => ({ ...g, ...(g.memberSets ? { memberSets: inSets(g.memberSets) } : {}) })),
    ...mapList(d, "presenceDays", (g) => ({ ...g, ...(g.memberSets ? { memberSets: inSets(g.memberSets) } : {}) })),
    ...(d.calendar && Array.isArray(d.calendar.facultativeDays)
      ? {
          calendar: {
            ...d.calendar,
            facultativeDays: d.calendar.facultativeDays.map((f: Item) => {
              if (!Array.isArray(f.schools) || !f.schools.includes(id)) return f;
              const left = f.schools.filter((x: string) => x !== id);
              return left.length > 0 ? { ...f, schools: left } : unset(f, "schools");
            }),
          },
        }
      : {}),
  };
}
