// npm start: build what is missing (API, web app), start the server on localhost, print the sign-in link
// first, load and solve the bundled example, print a summary of the best candidate, serve until Ctrl-C.
import { existsSync } from "node:fs";
import { execSync } from "node:child_process";

if (!existsSync("dist/api/server.js") || !existsSync("dist/solver/worker.js")) execSync("npm run build", { stdio: "inherit" });
if (!existsSync("web/dist/index.html")) {
  try {
    execSync("npx vite build", { stdio: "inherit" });
  } catch {
    console.error("De webapp kon niet gebouwd worden (npx vite build); de API werkt wel.");
  }
}

const { startServer } = await import("../dist/api/server.js");
const { seedExample } = await import("../dist/api/seed.js");

const example = process.env.VRIJROOSTER_EXAMPLE || "fixtures/city-school.json";
const port = Number(process.env.PORT || 3000);
const dataDir = process.env.VRIJROOSTER_DATA_DIR || "./data";

let server;
const startLines = []; // e.g. a newly generated API key: printed below the sign-in link
try {
  const log = (l) => startLines.push(l);
  server = await startServer({ port, dataDir, apiKey: process.env.VRIJROOSTER_API_KEY, log });
} catch (e) {
  console.error(e.code === "EADDRINUSE" ? `Poort ${port} is al in gebruik. Kies een andere: PORT=3001 npm start` : `Kon de server niet starten: ${e.message}`);
  process.exit(1);
}
const bar = "=".repeat(72);
console.log(`\n${bar}\n  Open Vrijrooster: ${server.url}/login?code=${server.issueLoginCode()}\n${bar}`);
console.log("  (Deze link meldt uw browser aan; hij werkt één keer, 15 minuten lang. Nieuwe link:");
console.log(`   npx vrijrooster login-link --data-dir ${dataDir} --url ${server.url})`);
for (const l of startLines) console.log(l);
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
