// The command line as a real process, from the build (`npm test` builds first): the bundled CLI a user runs
// (dist/cli/main.js, the package's `bin`; scripts/bundle.mjs), so each run skips compiling TypeScript and loads a
// few bundled files instead of hundreds of modules.
import { fileURLToPath } from "node:url";

export const BUILT_CLI = fileURLToPath(new URL("../../dist/cli/main.js", import.meta.url));
