// npm start: build what is missing (API, web app), start the server on localhost, print the sign-in link
// first, load and solve the bundled example, print a summary of the best candidate, serve until Ctrl-C.
import { existsSync } from "node:fs";
import { execSync } from "node:child_process";

if (!existsSync("dist/api/server.js") || !existsSync("dist/solver/worker.js"))
  execSync("npm run build", { stdio: "inherit" });
if (!existsSync("web/dist/index.html")) {
  try {
    execSync("npm run build:web", { stdio: "inherit" });
  } catch {
    console.error("De webapp kon niet gebouwd worden (npm run build:web); de API werkt wel.");
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
  server = await startServer({ port, dataDir, apiKey: process.env.VRIJROOSTER_API_KEY, log, warmWorker: true });
} catch (e) {
  console.error(
    e.code === "EADDRINUSE"
      ? `Poort ${port} is al in gebruik. Kies een andere: PORT=3001 npm start`
      : `Kon de server niet starten: ${e.message}`,
  );
  process.exit(1);
}
const bar = "=".repeat(76);
console.log(`\nVrijrooster draait op ${server.url}`);
for (const l of startLines) console.log(l);
console.log(
  `  API voor scripts: ${server.url}/api  (Authorization: Bearer <sleutel uit ${server.apiKeyFile ?? "VRIJROOSTER_API_KEY"}>)`,
);
console.log(`  Documentatie:     ${server.url}/docs`);
console.log(`\nVoorbeeldschool laden en berekenen (${example}) …`);

// The link opens the start page (a principal's own school starts there; the example is in the list and the
// rail); when the example could not be solved, its solve page with the explanation.
let next = "/";
try {
  const seed = await seedExample(server, example, { baseUrl: server.url });
  const c = seed.best;
  const m = c?.metrics;
  if (c && m) {
    const proven = c.status === "optimal" ? "beste week, bewezen" : "goede week";
    console.log(
      `  ${proven}: ${m.goalsMet} van ${m.goalsTotal} overlegmomenten, ${m.releaseMinutes} min gedeelde tijd per week`,
    );
    for (const g of m.perGoal)
      console.log(`  ${g.met ? "✓" : "✗"} ${g.name}: ${g.minutes} min, ${g.members} deelnemers`);
    console.log(`  ${seed.feeds.length} agenda-abonnementen gepubliceerd (zie Publiceren in de webapp)`);
  } else {
    next = `/s/${seed.scenarioId}/solve`;
    console.log(`  Geen week gevonden (${seed.status}).`);
    for (const x of seed.conflicts) console.log(`  - ${x.message}`);
  }
} catch (e) {
  console.error(`  Het voorbeeld kon niet geladen worden: ${e.message}`);
}

const link = `${server.url}/login?code=${server.issueLoginCode()}${next === "/" ? "" : `&next=${encodeURIComponent(next)}`}`;
console.log(`\n${bar}\n  Open Vrijrooster: ${link}\n${bar}`);
console.log("  Deze link meldt uw browser aan (één keer te gebruiken, 15 minuten geldig). Een nieuwe link:");
console.log(`  npx vrijrooster login-link --data-dir ${dataDir} --url ${server.url}`);
console.log("\nStoppen: Ctrl-C");

const stop = async () => {
  await server.close();
  process.exit(0);
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
