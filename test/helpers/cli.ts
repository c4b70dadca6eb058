// The command line as a real process, from the build (`npm test` builds first): each run then skips compiling
// TypeScript at start-up, about half a second a process, which adds up over the CLI tests.
import { fileURLToPath } from "node:url";

export const BUILT_CLI = fileURLToPath(new URL("../../dist/src/cli/main.js", import.meta.url));
