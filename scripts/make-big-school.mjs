#!/usr/bin/env node
// A larger school for benchmarks: the city school (18 classes, two streams A/B) repeated as N campuses
// under one roof — campus 2 has streams C/D, campus 3 E/F … — each with its own class teachers,
// specialists, care teacher, rooms and PLGs (externals are shared). Usage: make-big-school.mjs N > school.json
import { readFileSync } from "node:fs";

const campuses = Math.max(1, Number(process.argv[2] ?? 2));
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
  name: `${city.name} — ${campuses * city.groups.length} klassen (benchmark)`,
  groups: [],
  staff: [],
  subjects: [],
  rooms: [],
  releaseGoals: [],
};
for (let k = 0; k < campuses; k++) {
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
