// Writes fixtures/rounds/afstemmingsgesprekken-36.json: the afstemmingsgesprekken season of a school group at full
// size (seeds/003) — 36 schools on 51 sites, one 90-minute meeting per school in April–May 2027 with the director,
// the care coordinator, the iCLB contact person (lead) and the pedagogical support contact (note-taker).
// Deterministic: run `node scripts/make-season.mjs` after changing it and commit the JSON it writes.
// - School 1 is the city school of fixtures/city-school.json: its director and care coordinator are staff of that
//   scenario, busy with the lessons and duties of the solved week; the other 70 school people are externals.
// - 15 schools have a second site (51 sites); each meeting is held at the main site.
// - 6 CLB contacts serve 6 schools each, 9 support contacts serve 4 schools each, each works 3 or 4 days a week.
// - 4 pairs of schools share director, care coordinator and support contact: same day, same place, 15–60 min break
//   (the second school of a pair meets at the first one's main site).
// - The support contact of the last school joins remotely ("via een digitale verbinding op een tablet").
import { writeFileSync } from "node:fs";

const NAMES = [
  "De Regenboog",
  "De Wilg",
  "Het Anker",
  "De Toren",
  "De Bron",
  "De Linde",
  "Het Klavertje",
  "De Vlinder",
  "De Kei",
  "Het Spoor",
  "De Zonnebloem",
  "De Horizon",
  "Het Kompas",
  "De Boomgaard",
  "De Sleutel",
  "Het Molentje",
  "De Brug",
  "De Knipoog",
  "Het Palet",
  "De Appelboom",
  "De Kring",
  "Het Zonnetje",
  "De Notelaar",
  "De Berk",
  "De Duizendpoot",
  "Het Veer",
  "De Beuk",
  "De Wegwijzer",
  "Het Kasteel",
  "De Parel",
  "De Eik",
  "Het Lindeke",
  "De Springplank",
  "De Es",
  "Het Tuintje",
  "De Ooievaar",
];
const FIRST = [
  "An",
  "Bart",
  "Els",
  "Geert",
  "Hilde",
  "Jan",
  "Katrien",
  "Luc",
  "Mieke",
  "Nico",
  "Olga",
  "Pieter",
  "Rita",
  "Sam",
  "Tine",
  "Wim",
  "Yves",
  "Zoë",
];
const LAST = [
  "Peeters",
  "Janssens",
  "Maes",
  "Jacobs",
  "Mertens",
  "Willems",
  "Claes",
  "Goossens",
  "Wouters",
  "De Smet",
  "Dubois",
  "Hermans",
  "Aerts",
  "Michiels",
  "Lambrechts",
  "Desmet",
  "Segers",
  "Coppens",
];
// unique: the same first name comes back every 18 people, each time with a surname 5 further on
const personName = (i) => `${FIRST[i % 18]} ${LAST[(i + 5 * Math.floor(i / 18)) % 18]}`;
const DAY = [{ from: "08:30", to: "16:30" }];
const days = (list) => Object.fromEntries(list.map((d) => [d, DAY]));
const WEEK = ["mon", "tue", "wed", "thu", "fri"];
const pad = (n) => String(n).padStart(2, "0");

// four pairs: (2,3), (10,11), (20,21), (30,31) (1-based school numbers) share director, care coordinator, support
const pairOf = new Map([
  [3, 2],
  [11, 10],
  [21, 20],
  [31, 30],
]);
const schools = NAMES.map((name, i) => ({ n: i + 1, name, id: `s${pad(i + 1)}` }));
const locations = schools.flatMap((s) => [
  { id: s.id, name: `Basisschool ${s.name}` },
  ...(s.n <= 15 ? [{ id: `${s.id}-b`, name: `Basisschool ${s.name}, wijkafdeling` }] : []),
]);

const externals = [];
let k = 0;
const CLB_DAYS = [
  ["mon", "tue", "thu"],
  ["tue", "wed", "thu", "fri"],
  ["mon", "thu", "fri"],
  ["mon", "tue", "wed"],
  ["tue", "thu", "fri"],
  ["mon", "wed", "thu", "fri"],
];
CLB_DAYS.forEach((d, i) =>
  externals.push({
    id: `clb-${i + 1}`,
    name: personName(k++),
    role: "iCLB-contactpersoon",
    organisation: "CLB Zuid",
    availability: days(d),
  }),
);
const PB_DAYS = [
  ["tue", "thu", "fri"],
  ["mon", "wed", "thu"],
  ["mon", "tue", "wed", "thu"],
  ["tue", "wed", "fri"],
  ["mon", "tue", "thu"],
  ["wed", "thu", "fri"],
  ["mon", "tue", "fri"],
  ["mon", "wed", "fri"],
  ["tue", "wed", "thu"],
];
PB_DAYS.forEach((d, i) =>
  externals.push({
    id: `pb-${i + 1}`,
    name: personName(k++),
    role: "pedagogisch begeleider (warm contact)",
    organisation: "Pedagogische begeleidingsdienst",
    availability: days(d),
  }),
);

const people = (s) => {
  const own = pairOf.get(s.n) ?? s.n; // a pair shares the first school's director and care coordinator
  return s.n === 1 ? { dir: "dir", zorg: "zorg" } : { dir: `dir-${pad(own)}`, zorg: `zc-${pad(own)}` };
};
// CLB contact: schools 1–6 → clb-1, 7–12 → clb-2, …. Support contacts serve 4 schools each: the pairs go to
// pb-1…pb-4, then every other school to the next support contact (in turn) with room left.
const pbOf = new Map();
const load = Array(9).fill(0);
[...pairOf].forEach(([b, a], i) => {
  pbOf.set(a, `pb-${i + 1}`).set(b, `pb-${i + 1}`);
  load[i] = 2;
});
let next = 0;
for (const s of schools.filter((s) => !pbOf.has(s.n))) {
  while (load[next] >= 4) next = (next + 1) % 9;
  pbOf.set(s.n, `pb-${next + 1}`);
  load[next]++;
  next = (next + 1) % 9;
}

for (const s of schools) {
  if (s.n === 1 || pairOf.has(s.n)) continue;
  const { dir, zorg } = people(s);
  // directors work every weekday; care coordinators are part-time: one weekday off, in turn, skipping a day off
  // that would leave no weekday shared with the school's CLB and support contacts
  const shared = CLB_DAYS[Math.ceil(s.n / 6) - 1].filter((d) =>
    PB_DAYS[Number(pbOf.get(s.n).slice(3)) - 1].includes(d),
  );
  let off = s.n % 5;
  while (shared.every((d) => d === WEEK[off])) off = (off + 1) % 5;
  externals.push({
    id: dir,
    name: personName(k++),
    role: "directeur",
    organisation: `Basisschool ${s.name}`,
    availability: days(WEEK),
  });
  externals.push({
    id: zorg,
    name: personName(k++),
    role: "zorgcoördinator",
    organisation: `Basisschool ${s.name}`,
    availability: days(WEEK.filter((_, i) => i !== off)),
  });
}

const sessions = schools.map((s) => {
  const { dir, zorg } = people(s);
  return {
    id: `afst-${s.id}`,
    title: `Afstemmingsgesprek ${s.name}`,
    duration: 90,
    location: pairOf.has(s.n) ? `s${pad(pairOf.get(s.n))}` : s.id,
    participants: [
      { id: dir },
      { id: zorg },
      { id: `clb-${Math.ceil(s.n / 6)}`, role: "lead" },
      { id: pbOf.get(s.n), role: "note-taker", ...(s.n === 36 ? { remote: true } : {}) },
    ],
  };
});

const season = {
  name: "Afstemmingsgesprekken scholengroep, 36 scholen (april–mei 2027)",
  description:
    "Elke school van de scholengroep (36 scholen, 51 vestigingsplaatsen) houdt één afstemmingsgesprek met directie, zorgcoördinator, de iCLB-contactpersoon (leiding) en het warm contact van de pedagogische begeleiding (notulist). Vier paren scholen met dezelfde directie, zorgcoördinator en begeleider houden hun gesprekken op dezelfde dag en plaats, gescheiden door een pauze. De begeleider van De Ooievaar sluit digitaal aan. Gegenereerd door scripts/make-season.mjs, naar seeds/003.",
  window: { from: "2027-04-12", to: "2027-05-28" },
  settings: { travelMinutes: 30, stepMinutes: 30 },
  locations,
  externals,
  sessions,
  links: [...pairOf].map(([b, a]) => ({
    kind: "same-day-same-place",
    sessions: [`afst-s${pad(a)}`, `afst-s${pad(b)}`],
    breakMinutes: 15,
    maxBreakMinutes: 60,
  })),
};
const out = new URL("../fixtures/rounds/afstemmingsgesprekken-36.json", import.meta.url);
writeFileSync(out, JSON.stringify(season, null, 2) + "\n");
console.log(`${sessions.length} sessies, ${locations.length} locaties, ${externals.length} externen → ${out.pathname}`);
