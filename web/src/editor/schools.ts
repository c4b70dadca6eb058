// Scholen (a school group, scenario.schools) in the editor: adding a school, the choice of a school for a class or
// room, and a person's schools (staff.schools; their days are a DayChecks field). Removing a school is in refs.ts.
// Pure.
import { listOf, type Draft, type Item } from "./context.js";
import { uniqueId } from "./ids.js";

/** The schools as [id, name] for a select (empty in a one-school scenario). */
export const schoolChoices = (d: Draft): [string, string][] =>
  listOf(d, "schools").map((s) => [String(s.id), String(s.name || s.id)]);

/**
 * A new school at the end of the list. The first one makes the scenario a school group, where every class names
 * its school: the classes and rooms there are then belong to it, and its care teachers work in it, so the scenario
 * stays valid.
 */
export function addSchool(d: Draft, name: string): Draft {
  const schools = listOf(d, "schools");
  const id = uniqueId(
    name,
    schools.map((s) => String(s.id)),
    "school",
  );
  const first = schools.length === 0;
  const claim = (key: string) =>
    first && Array.isArray(d[key]) ? { [key]: d[key].map((x: Item) => (x.school ? x : { ...x, school: id })) } : {};
  // A care teacher covers only classes of their own schools: with one school, that is this one.
  const care =
    first && Array.isArray(d.staff)
      ? {
          staff: d.staff.map((p: Item) =>
            p.flags?.careTeacher && !p.schools ? { ...p, schools: [{ school: id }] } : p,
          ),
        }
      : {};
  return { ...d, schools: [...schools, { id, name }], ...claim("groups"), ...claim("rooms"), ...care };
}

/** A person's schools with `school` ticked or not; none ticked = the default (the schools of their classes). */
export function toggleStaffSchool(p: Item, school: string, on: boolean): Item {
  const list: Item[] = Array.isArray(p.schools) ? p.schools : [];
  const next = on ? [...list.filter((x) => x.school !== school), { school }] : list.filter((x) => x.school !== school);
  if (next.length > 0) return { ...p, schools: next };
  const { schools: _gone, ...rest } = p;
  return rest;
}
