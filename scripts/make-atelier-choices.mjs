#!/usr/bin/env node
// Fill in pupils' top-3 atelier choices for every atelier plan of a scenario, deterministically, so the
// fixture fixtures/atelier-school.json can be regenerated and reviewed.
//
//   node scripts/make-atelier-choices.mjs [fixtures/atelier-school.json] [--seed 2026]
//
// Every pupil of every participating group gets an id "<group>-NN" (NN = 01..pupils) and three different
// ateliers, drawn with a seeded PRNG and a popularity weight per atelier (some ateliers are more popular,
// as in real schools). The file is rewritten in place. The script then reports whether every pupil can get
// a 1st or 2nd choice within the capacities (a bipartite matching), the promise Flexio describes.
import { readFileSync, writeFileSync } from "node:fs";

const args = process.argv.slice(2);
const seedAt = args.indexOf("--seed");
const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : 2026;
const file = args.find((a, i) => !a.startsWith("--") && i !== seedAt + 1) ?? "fixtures/atelier-school.json";

/** Popularity weights by atelier id (default 1): sport and cooking draw more first choices. */
const POPULARITY = { sport: 1.6, koken: 1.4, programmeren: 1.3, theater: 0.9, beeld: 0.8, muziek: 0.8 };

// mulberry32: small, fast, deterministic.
function prng(a) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const hash = (s) => [...s].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) | 0, seed);

function pickWeighted(rand, items) {
  const total = items.reduce((n, x) => n + x.w, 0);
  let r = rand() * total;
  for (const x of items) if ((r -= x.w) < 0) return x;
  return items.at(-1);
}

function choicesFor(plan, groups) {
  const rand = prng(hash(plan.id));
  const out = [];
  for (const gid of plan.groups) {
    const g = groups.find((x) => x.id === gid);
    if (!g) throw new Error(`Atelierplan '${plan.id}': onbekende klas '${gid}'`);
    for (let n = 1; n <= g.pupils; n++) {
      let pool = plan.ateliers.map((a) => ({ id: a.id, w: POPULARITY[a.id] ?? 1 }));
      const picks = [];
      while (picks.length < Math.min(3, plan.ateliers.length)) {
        const p = pickWeighted(rand, pool);
        picks.push(p.id);
        pool = pool.filter((x) => x.id !== p.id);
      }
      out.push({ pupil: `${gid}-${String(n).padStart(2, "0")}`, group: gid, choices: picks });
    }
  }
  return out;
}

/** How many pupils can get one of their first `k` choices within the capacities? (Kuhn's augmenting paths) */
function matchable(plan, k) {
  const cap = new Map(plan.ateliers.map((a) => [a.id, a.capacity]));
  const holders = new Map(plan.ateliers.map((a) => [a.id, new Set()])); // atelier -> pupils placed there
  const tryPlace = (i, visited) => {
    for (const a of plan.choices[i].choices.slice(0, k)) {
      if (visited.has(a)) continue;
      visited.add(a);
      const h = holders.get(a);
      if (h.size < cap.get(a)) return (h.add(i), true);
      // Full: try to move one of its pupils to another of their choices.
      for (const j of [...h]) {
        h.delete(j);
        if (tryPlace(j, visited)) return (h.add(i), true);
        h.add(j);
      }
    }
    return false;
  };
  return plan.choices.reduce((n, _, i) => n + (tryPlace(i, new Set()) ? 1 : 0), 0);
}

// Same layout as the other fixtures: small objects and arrays on one line.
function flat(v) {
  if (v === null || typeof v !== "object") return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(flat).join(", ")}]`;
  const e = Object.entries(v).filter(([, x]) => x !== undefined);
  return e.length ? `{ ${e.map(([k, x]) => `${JSON.stringify(k)}: ${flat(x)}`).join(", ")} }` : "{}";
}
function pretty(v, indent = "") {
  const f = flat(v);
  if (f.length + indent.length <= 118 || v === null || typeof v !== "object") return f;
  const next = indent + "  ";
  if (Array.isArray(v)) return `[\n${v.map((x) => next + pretty(x, next)).join(",\n")}\n${indent}]`;
  const e = Object.entries(v).filter(([, x]) => x !== undefined);
  return `{\n${e.map(([k, x]) => `${next}${JSON.stringify(k)}: ${pretty(x, next)}`).join(",\n")}\n${indent}}`;
}

const scenario = JSON.parse(readFileSync(file, "utf8"));
for (const plan of scenario.atelierPlans ?? []) {
  plan.choices = choicesFor(plan, scenario.groups);
  const pupils = plan.choices.length;
  const capacity = plan.ateliers.reduce((n, a) => n + a.capacity, 0);
  const first = Object.fromEntries(plan.ateliers.map((a) => [a.id, 0]));
  for (const c of plan.choices) first[c.choices[0]]++;
  console.log(`${plan.id}: ${pupils} leerlingen, ${capacity} plaatsen`);
  for (const a of plan.ateliers)
    console.log(`  ${a.id.padEnd(14)} 1ste keuze ${String(first[a.id]).padStart(3)} / capaciteit ${a.capacity}`);
  console.log(
    `  met 1ste keuze alleen: ${matchable(plan, 1)} geplaatst; met 1ste of 2de keuze: ${matchable(plan, 2)} van ${pupils}`,
  );
}
writeFileSync(file, pretty(scenario) + "\n");
console.log(`Geschreven: ${file}`);
