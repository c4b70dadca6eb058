import { readFileSync } from "node:fs";

// Debian's Chromium for the browser tests, the web benchmark and the README's screenshots (no browser
// download). The flags keep it from reaching out to a network this machine does not have.
export const CHROMIUM = process.env.VRIJROOSTER_CHROMIUM ?? "/usr/bin/chromium";

// The flags are shared with `vrijrooster export --format pdf` (src/export/print/pdf.ts): one list, in JSON.
export const CHROMIUM_ARGS = JSON.parse(
  readFileSync(new URL("../src/export/print/chromium-args.json", import.meta.url), "utf8"),
);
