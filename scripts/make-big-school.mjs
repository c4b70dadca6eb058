#!/usr/bin/env node
// A larger school for benchmarks: the city school (18 classes, two streams A/B) repeated as N campuses
// under one roof — campus 2 has streams C/D, campus 3 E/F … — each with its own class teachers,
// specialists, care teacher, rooms and PLGs (externals are shared). Usage: make-big-school.mjs N > school.json
// (N campuses), or make-big-school.mjs --classes C > school.json: C classes, the last campus partial — it keeps
// the classes of both PLGs first (L1–L2, L5–L6), then the kleuters, then L3–L4; goals keep their kept members.
import { readFileSync } from "node:fs";

const classesArg = process.argv.indexOf("--classes");
const classes = classesArg >= 0 ? Math.max(1, Number(process.argv[classesArg + 1])) : undefined;
const campuses = classes ? Math.ceil(classes / 18) : Math.max(1, Number(process.argv[2] ?? 2));
const PARTIAL_ORDER = ["L1", "L2", "L5", "L6", "K1", "K2", "K3", "L3", "L4"].flatMap((y) => [`${y}A`, `${y}B`]);
const city = JSON.parse(readFileSync(new URL("../fixtures/city-school.json", import.meta.url), "utf8"));
const streams = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** Campus k's copy of an id: groups get the campus's stream letters, everything else a suffix. */
function groupId(id, k) {
  if (k === 0) return id;
  const m = /^(.*)([AB])$/.exec(id);
  return `${m[1]}${streams[k * 2 + (m[2] === "A" ? 0 : 1)]}`;
}
const staffId = (id, k) =>
  k === 0 ? id : /^kt-/.test(id) ? `kt-${groupId(id.slice(3).toUpperCase(), k).toLowerCase()}` : `${id}-c${k + 1}`;
const roomId = (id, k) => (k === 0 ? id : `${id}-c${k + 1}`);

const school = {
  ...city,
  name: `${city.name} — ${classes ?? campuses * city.groups.length} klassen (benchmark)`,
  groups: [],
  staff: [],
  subjects: [],
  rooms: [],
  releaseGoals: [],
};
for (let k = 0; k < campuses; k++) {
  const size = classes ? Math.min(18, classes - 18 * k) : 18;
  const kept = new Set(PARTIAL_ORDER.slice(0, size));
  const keptTeachers = new Set(city.groups.filter((g) => !kept.has(g.id)).flatMap((g) => g.classTeachers));
  const city0 = {
    ...city,
    groups: city.groups.filter((g) => kept.has(g.id)),
    staff: city.staff.filter((p) => !keptTeachers.has(p.id)),
    subjects: city.subjects
      .map((s) => ({ ...s, groups: s.groups.filter((g) => kept.has(g)) }))
      .filter((s) => s.groups.length > 0),
    releaseGoals: city.releaseGoals
      .map((g) => ({ ...g, members: g.members.filter((p) => !keptTeachers.has(p)) }))
      .filter((g) => g.members.length > 1),
  };
  addCampus(k, city0);
}

function addCampus(k, city) {
  const suffix = k === 0 ? "" : ` (campus ${k + 1})`;
  school.groups.push(
    ...city.groups.map((g) => ({
      ...g,
      id: groupId(g.id, k),
      classTeachers: g.classTeachers.map((t) => staffId(t, k)),
      coTeachers: (g.coTeachers ?? []).map((t) => staffId(t, k)),
    })),
  );
  school.staff.push(
    ...city.staff
      .filter((p) => k === 0 || p.ambt !== "directeur")
      .map((p) => ({ ...p, id: staffId(p.id, k), name: p.name + suffix })),
  );
  school.rooms.push(...(city.rooms ?? []).map((r) => ({ ...r, id: roomId(r.id, k), name: r.name + suffix })));
  school.subjects.push(
    ...city.subjects.map((s) => ({
      ...s,
      id: k === 0 ? s.id : `${s.id}${k + 1}`,
      groups: s.groups.map((g) => groupId(g, k)),
      taughtBy: s.taughtBy === "class" ? "class" : { staff: s.taughtBy.staff.map((t) => staffId(t, k)) },
      ...(s.room ? { room: roomId(s.room, k) } : {}),
    })),
  );
  school.releaseGoals.push(
    ...city.releaseGoals.map((g) => ({
      ...g,
      id: k === 0 ? g.id : `${g.id}-c${k + 1}`,
      name: g.name + suffix,
      members: g.members.map((t) => staffId(t, k)),
      optionalMembers: (g.optionalMembers ?? []).map((t) => staffId(t, k)),
      externals: k === 0 ? (g.externals ?? []) : [],
    })),
  );
}
process.stdout.write(JSON.stringify(school, null, 2) + "\n");
