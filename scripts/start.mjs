// npm start: build if needed, start the API on localhost with the bundled example scenario loaded and
// solved, print the URLs and a summary of the best candidate, and keep serving until Ctrl-C.
import { existsSync } from "node:fs";
import { execSync } from "node:child_process";

if (!existsSync("dist/api/server.js") || !existsSync("dist/solver/worker.js")) execSync("npm run build", { stdio: "inherit" });

const { startServer } = await import("../dist/api/server.js");
const { seedExample } = await import("../dist/api/seed.js");

const example = process.env.VRIJROOSTER_EXAMPLE || "fixtures/city-school.json";
const port = Number(process.env.PORT || 3000);
const dataDir = process.env.VRIJROOSTER_DATA_DIR || "./data";

let server;
try {
  server = await startServer({ port, dataDir, apiKey: process.env.VRIJROOSTER_API_KEY });
} catch (e) {
  console.error(e.code === "EADDRINUSE" ? `Poort ${port} is al in gebruik. Kies een andere: PORT=3001 npm start` : `Kon de server niet starten: ${e.message}`);
  process.exit(1);
}
console.log(`\nVrijrooster draait op ${server.url}`);
console.log(`  API:           ${server.url}/api   (Authorization: Bearer <sleutel uit ${server.apiKeyFile ?? "VRIJROOSTER_API_KEY"}>)`);
console.log(`  Documentatie:  ${server.url}/docs`);
console.log(`  OpenAPI:       ${server.url}/openapi.json`);
console.log(`\nVoorbeeld laden en berekenen: ${example} …`);

try {
  const seed = await seedExample(server, example, { baseUrl: server.url });
  console.log(`Scenario ${seed.scenarioId} (versie ${seed.version}): ${seed.status}`);
  for (const c of seed.conflicts) console.log(`  - [${c.rule}] ${c.message}`);
  const m = seed.best?.metrics;
  if (m) {
    console.log(`Beste kandidaat (${seed.best.status}, doel ${seed.best.objective}, grens ${seed.best.bound}): ${m.goalsMet}/${m.goalsTotal} vrijroosteringen, ${m.releaseMinutes} min gedeelde vrije tijd per week`);
    for (const g of m.perGoal) console.log(`  ${g.met ? "✓" : "✗"} ${g.name}: ${g.minutes} min, ${g.members} deelnemers`);
    const byBlock = new Map();
    for (const c of m.cover) byBlock.set(`${c.goal} ${c.day} ${c.start}–${c.end}`, [...(byBlock.get(`${c.goal} ${c.day} ${c.start}–${c.end}`) ?? []), `${c.group} ← ${c.by}`]);
    for (const [block, covers] of byBlock) console.log(`    ${block}: ${covers.join(", ")}`);
  }
  console.log(`\nAgenda-abonnementen (${seed.feeds.length}), bv. de schoolagenda:\n  ${seed.exampleFeedUrl}`);
  for (const f of seed.feeds.slice(0, 6)) console.log(`  ${f.view.padEnd(16)} ${f.url}`);
  if (seed.feeds.length > 6) console.log(`  … en ${seed.feeds.length - 6} andere (GET /api/scenarios/${seed.scenarioId}/feeds)`);
} catch (e) {
  console.error(`Het voorbeeld kon niet geladen worden: ${e.message}`);
}
console.log("\nStoppen: Ctrl-C");

const stop = async () => {
  await server.close();
  process.exit(0);
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
