// npm start: build if needed, then run the main job on the embedded example.
import { existsSync } from "node:fs";
import { execSync, spawnSync } from "node:child_process";

if (!existsSync("dist/src/cli/main.js")) execSync("npm run build", { stdio: "inherit" });
const r = spawnSync(process.execPath, ["dist/src/cli/main.js", "check", "fixtures/village-school.json"], { stdio: "inherit" });
process.exitCode = r.status ?? 1;
