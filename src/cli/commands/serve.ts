// vrijrooster serve: the REST API on localhost until Ctrl-C (SIGINT/SIGTERM close it cleanly).
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
    const server = await startServer({ port, dataDir, apiKey: process.env.VRIJROOSTER_API_KEY });
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
