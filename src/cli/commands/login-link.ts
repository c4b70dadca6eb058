// vrijrooster login-link: a fresh one-time sign-in link for a running (or the next) server on this data dir.
// Codes live in the server's SQLite file, so a second browser can sign in while the server runs.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseOptions, UsageError, type Command } from "../command.js";

export const loginLinkCommand: Command = {
  name: "login-link",
  summary: "Print a one-time sign-in link for the web app (valid 15 minutes, single use)",
  usage: "vrijrooster login-link [--data-dir DIR] [--url http://127.0.0.1:3000]",
  async run(argv) {
    const { values } = parseOptions(argv, { "data-dir": { type: "string" }, url: { type: "string" } }, false);
    const dataDir = values["data-dir"] ?? (process.env.VRIJROOSTER_DATA_DIR || "./data");
    const given = values.url ?? process.env.VRIJROOSTER_PUBLIC_URL ?? `http://127.0.0.1:${process.env.PORT || 3000}`;
    const url = given.replace(/\/+$/, "");
    if (!/^https?:\/\/[^/\s]+$/.test(url)) {
      throw new UsageError(`--url moet een adres zijn zoals http://127.0.0.1:3000, niet '${url}'`);
    }
    if (!existsSync(join(dataDir, "vrijrooster.sqlite"))) {
      const hint = "Start eerst de server (npm start) of geef --data-dir";
      throw new UsageError(`Geen Vrijrooster-gegevens in '${dataDir}'. ${hint}`);
    }
    // Loaded here: other commands should not pay for SQLite at start-up.
    const { openDb } = await import("../../../api/db.js");
    const { issueLoginCode } = await import("../../../api/sessions.js");
    const db = openDb(dataDir);
    try {
      process.stdout.write(`Open Vrijrooster: ${url}/login?code=${issueLoginCode(db)}\n`);
      process.stdout.write("(De link werkt één keer, 15 minuten lang.)\n");
    } finally {
      db.close();
    }
    return 0;
  },
};
