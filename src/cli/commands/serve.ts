// vrijrooster serve: the REST API on localhost until Ctrl-C (SIGINT/SIGTERM close it cleanly).
import { InputError } from "../../model/index.js";
import { parseOptions, UsageError, type Command } from "../command.js";

export const serveCommand: Command = {
  name: "serve",
  summary: "Serve the REST API and calendar feeds (PORT, VRIJROOSTER_DATA_DIR, VRIJROOSTER_API_KEY)",
  usage: "vrijrooster serve [--port N] [--data-dir DIR]",
  async run(argv) {
    const { values } = parseOptions(argv, { port: { type: "string" }, "data-dir": { type: "string" } }, false);
    const portText = values.port ?? (process.env.PORT || "3000");
    const port = Number(portText);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`Ongeldige poort '${portText}'`);
    const dataDir = values["data-dir"] ?? (process.env.VRIJROOSTER_DATA_DIR || "./data");
    // Loaded here, not at the top: other commands should not pay for express and SQLite at start-up.
    const { startServer } = await import("../../../api/server.js");
    const server = await startServer({
      port,
      dataDir,
      apiKey: process.env.VRIJROOSTER_API_KEY,
      warmWorker: true,
    }).catch((e) => {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EADDRINUSE")
        throw new InputError(
          `Poort ${port} is al in gebruik (draait Vrijrooster al?). Stop dat programma of kies een andere poort: vrijrooster serve --port ${port + 1}`,
        );
      if (code === "EACCES")
        throw new InputError(
          `Geen toestemming om op poort ${port} te luisteren. Kies een poort boven 1024: --port 3000`,
        );
      if (code === "EADDRNOTAVAIL")
        throw new InputError(`Het adres in VRIJROOSTER_HOST bestaat niet op deze computer. Laat het weg (127.0.0.1).`);
      throw e;
    });
    process.stdout.write(`Open Vrijrooster: ${server.url}/login?code=${server.issueLoginCode()}\n\n`);
    process.stdout.write(
      `Vrijrooster API: ${server.url}/api\nDocumentatie:    ${server.url}/docs\nOpenAPI:         ${server.url}/openapi.json\nGegevens in:     ${dataDir}\n`,
    );
    if (!server.apiKeyGenerated && server.apiKeyFile)
      process.stdout.write(`API-sleutel staat in ${server.apiKeyFile}\n`);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
    await server.close();
    return 0;
  },
};
