#!/usr/bin/env node
// A school group (scholengemeenschap) for the benchmark (issue 11): N schools in one scenario, each shaped like the
// city school (fixtures/city-school.json) with 15 of its classes (L1, L2, L5, L6, the kleuters, L3A), its own class
// teachers, director, care teacher, sports hall and two PLGs. Shared over the schools: the LO and BEW teachers
// (12 classes each, so most work in two or three schools, on their own days in each, sharing one day), the levensbeschouwing teachers (sets of four who take a
// class at once, 12 classes a set), the French teachers (L5–L6, 12 classes each: three or four schools), a care
// teacher for each pair of schools (Monday–Tuesday in one, Thursday–Friday in the other) and two ondersteuners
// "1 dag per week" in each school. Travel: 15 minutes between neighbouring schools, otherwise 25
// (settings.travelMinutes). One cross-school goal: the LO teachers of the whole group meet online every 4 weeks.
// Usage: make-school-group.mjs [--schools N] [--grids 1|2] > group.json   (default 10 schools, both day grids)
import { readFileSync } from "node:fs";

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const N = Math.max(2, arg("--schools", 10));
const GRIDS = Math.max(1, Math.min(2, arg("--grids", 2)));
const city = JSON.parse(readFileSync(new URL("../fixtures/city-school.json", import.meta.url), "utf8"));
const KEPT = ["L1A", "L1B", "L2A", "L2B", "L5A", "L5B", "L6A", "L6B", "K1A", "K1B", "K2A", "K2B", "K3A", "K3B", "L3A"];
const TOWNS = [
  "Aalter",
  "Beernem",
  "Deinze",
  "Eeklo",
  "Gavere",
  "Kruisem",
  "Lievegem",
  "Nazareth",
  "Oosterzele",
  "Zele",
];
const town = (k) => TOWNS[k % TOWNS.length] + (k >= TOWNS.length ? ` ${Math.floor(k / TOWNS.length) + 1}` : "");
const sid = (k) => `s${k + 1}`;
const gid = (k, id) => `${sid(k)}-${id}`;
const ktId = (k, id) => `kt-${sid(k)}-${id.toLowerCase()}`;

const schools = Array.from({ length: N }, (_, k) => ({
  id: sid(k),
  name: `Basisschool ${town(k)}`,
  address: `Schoolstraat ${k + 1}, ${town(k)}`,
  ...(k + 1 < N ? { travelMinutes: { [sid(k + 1)]: 15 } } : {}),
}));

const groups = [];
const staff = [];
const rooms = [];
const releaseGoals = [];
const subjects = [];
const cityStaff = new Map(city.staff.map((p) => [p.id, p]));
for (let k = 0; k < N; k++) {
  const suffix = ` (${town(k)})`;
  for (const g of city.groups.filter((x) => KEPT.includes(x.id))) {
    groups.push({ ...g, id: gid(k, g.id), classTeachers: [ktId(k, g.id)], coTeachers: [], school: sid(k) });
    const t = cityStaff.get(g.classTeachers[0]);
    staff.push({ ...t, id: ktId(k, g.id), name: t.name + suffix });
  }
  const dir = cityStaff.get("dir");
  staff.push({ ...dir, id: `dir-${sid(k)}`, name: dir.name + suffix, schools: [{ school: sid(k) }] });
  const zorg = cityStaff.get("zorg");
  staff.push({ ...zorg, id: `zorg-${sid(k)}`, name: zorg.name + suffix, schools: [{ school: sid(k) }] });
  rooms.push(
    { id: `sporthal-${sid(k)}`, name: `Sporthal${suffix}`, capacity: 1, school: sid(k) },
    { id: `speelzaal-${sid(k)}`, name: `Speelzaal kleuters${suffix}`, capacity: 1, school: sid(k) },
  );
  for (const goal of city.releaseGoals) {
    const members = goal.members.filter((p) =>
      city.groups.some((g) => KEPT.includes(g.id) && g.classTeachers[0] === p),
    );
    releaseGoals.push({
      ...goal,
      id: `${goal.id}-${sid(k)}`,
      name: goal.name + suffix,
      members: members.map((p) => ktId(k, p.slice(3).toUpperCase())),
      externals: k === 0 ? (goal.externals ?? []) : [],
    });
  }
}
// Care teachers shared by a pair of schools: Monday–Tuesday in the first, Thursday–Friday in the second.
for (let k = 0; k + 1 < N; k += 2) {
  staff.push({
    id: `zorg-${sid(k)}-${sid(k + 1)}`,
    name: `Zorgleerkracht ${town(k)}–${town(k + 1)}`,
    ambt: "onderwijzer",
    fraction: "24/24",
    flags: { careTeacher: true },
    schools: [
      { school: sid(k), days: ["mon", "tue"] },
      { school: sid(k + 1), days: ["thu", "fri"] },
    ],
  });
}
// Ondersteuners "1 dag per week" in each school: two of them, each in half of the schools, one weekday each.
const DAYS = ["mon", "tue", "wed", "thu", "fri"];
for (let o = 0; o < 2; o++) {
  const mine = schools.filter((_, k) => k % 2 === o);
  staff.push({
    id: `ondersteuner-${o + 1}`,
    name: `Ondersteuner ${o + 1} (ondersteuningsnetwerk)`,
    ambt: "ondersteuner",
    fraction: "24/24",
    flags: { noSubstitution: true },
    schools: mine.map((x, i) => ({ school: x.id, days: [DAYS[i % 5]] })),
  });
}

/**
 * A shared subject: the classes of every school in a row, 12 classes per teacher (or set of teachers); one subject
 * per teacher and school, so each keeps the school's own room.
 */
function shared(code, name, cityIds, teacherOf, perTeacher, room, extra) {
  const all = [];
  for (let k = 0; k < N; k++) for (const id of cityIds) all.push({ k, id });
  for (let t = 0; t * perTeacher < all.length; t++) {
    const chunk = all.slice(t * perTeacher, (t + 1) * perTeacher);
    const taught = teacherOf(t);
    const mine = [...new Set(chunk.map((c) => c.k))];
    if (mine.length > 1) for (const p of taught) daysPerSchool(p, mine, chunk);
    for (const k of mine)
      subjects.push({
        ...extra,
        id: `${code}-${t + 1}-${sid(k)}`,
        name,
        groups: chunk.filter((c) => c.k === k).map((c) => gid(k, c.id)),
        taughtBy: { staff: taught },
        ...(room ? { room: `${room}-${sid(k)}` } : {}),
      });
  }
}
const LBV = {
  "lbv-rk": "rooms-katholieke godsdienst",
  "lbv-isl": "islam",
  "lbv-prot": "protestantse godsdienst",
  "lbv-ncz": "zedenleer",
};
/**
 * A shared teacher's days per school (staff.schools): consecutive weekdays in proportion to the classes in each
 * school, at least two (a class has its periods on different days), neighbouring schools sharing their boundary
 * day — there the travel time applies.
 */
function daysPerSchool(p, mine, chunk) {
  const person = staff.find((x) => x.id === p);
  let before = 0;
  person.schools = mine.map((k) => {
    const n = chunk.filter((c) => c.k === k).length;
    let from = Math.floor((before / chunk.length) * 5);
    let to = Math.ceil(((before + n) / chunk.length) * 5) - 1;
    before += n;
    if (to - from < 1) to < 4 ? to++ : from--;
    return { school: sid(k), days: DAYS.slice(from, to + 1) };
  });
}
const citySubject = (id) => city.subjects.find((s) => s.id === id);
const lager = KEPT.filter((x) => x.startsWith("L"));
const kleuter = KEPT.filter((x) => x.startsWith("K"));
const person = (id, from, name) => {
  const p = cityStaff.get(from);
  staff.push({ ...p, id, name, fraction: "24/24", availability: undefined });
  return id;
};
const { id: _lo, name: loName, groups: _g1, taughtBy: _t1, room: _r1, ...loRest } = citySubject("LO");
shared("LO", loName, lager, (t) => [person(`lo-${t + 1}`, "lo-l", `Leermeester LO ${t + 1}`)], 12, "sporthal", loRest);
const { id: _bew, name: bewName, groups: _g2, taughtBy: _t2, room: _r2, ...bewRest } = citySubject("BEW");
shared(
  "BEW",
  bewName,
  kleuter,
  (t) => [person(`bew-${t + 1}`, "lo-k", `Leermeester bewegingsopvoeding kleuters ${t + 1}`)],
  12,
  "speelzaal",
  bewRest,
);
const { id: _lbv, name: lbvName, groups: _g3, taughtBy: lbvBy, ...lbvRest } = citySubject("LBV");
shared(
  "LBV",
  lbvName,
  lager,
  (t) => lbvBy.staff.map((p) => person(`${p}-${t + 1}`, p, `Leermeester ${LBV[p] ?? p} ${t + 1}`)),
  12,
  undefined,
  lbvRest,
);
const { id: _fra, name: fraName, groups: fraGroups, taughtBy: _t4, ...fraRest } = citySubject("FRA");
shared(
  "FRA",
  fraName,
  fraGroups.filter((g) => KEPT.includes(g)),
  (t) => [person(`fra-${t + 1}`, "fra", `Leerkracht Frans ${t + 1}`)],
  12,
  undefined,
  fraRest,
);
for (const p of staff) if (p.availability === undefined) delete p.availability;

releaseGoals.push({
  id: "vakgroep-lo",
  name: "Vakgroep LO van de scholengemeenschap",
  purpose: "plg",
  members: [],
  memberSets: [{ ambt: ["leermeester-lo"] }],
  // Online: nobody travels; 90 minutes fit after the lessons (a 4+2 day) or in a gap all of them share.
  mode: "digital",
  frequency: { kind: "every-n-weeks", n: 4 },
  weight: 1,
});

const group = {
  ...city,
  name: `Scholengemeenschap ${town(0)} (${N} scholen, benchmark)`,
  description: `Gegenereerd door scripts/make-school-group.mjs --schools ${N}: ${N} scholen met elk 15 klassen; gedeelde leermeesters LO, levensbeschouwing en Frans; een zorgleerkracht per school en per paar scholen; ondersteuners 1 dag per week per school.`,
  schools,
  dayGrids: city.dayGrids.slice(0, GRIDS),
  groups,
  staff,
  subjects,
  rooms,
  releaseGoals,
  settings: { ...(city.settings ?? {}), travelMinutes: 25 },
};
process.stdout.write(JSON.stringify(group, null, 2) + "\n");
