// The package root, from the compiled file (dist/api/paths.js) or the source run by vitest/tsx (api/paths.ts).
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export function packageRoot(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  // dist/api → two up; api → one up. Check for package.json rather than trusting the extension alone.
  const compiled = fileURLToPath(import.meta.url).endsWith(".js");
  const candidates = compiled ? [join(here, "..", ".."), join(here, "..")] : [join(here, "..")];
  return candidates.find((d) => existsSync(join(d, "package.json"))) ?? candidates[0];
}

export const defaultWebDir = () => join(packageRoot(), "web", "dist");
export const fixturesDir = () => join(packageRoot(), "fixtures");
