// The real server for a benchmark: a fresh data folder, an API key, a JSON `call` helper and `close` (which
// removes the folder). Shared by bench-web.mjs and bench-load.mjs.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export async function benchServer(name, options = {}) {
  const { startServer } = await import("../dist/api/server.js");
  const dataDir = mkdtempSync(join(tmpdir(), `vrijrooster-bench-${name}-`));
  const key = `bench-${name}-key-0123456789abcdef`;
  const server = await startServer({ port: 0, dataDir, apiKey: key, log: () => {}, ...options });
  const call = async (method, path, body) => {
    const r = await fetch(server.url + path, {
      method,
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: body && JSON.stringify(body),
    });
    return r.json();
  };
  const close = async () => {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { server, call, close };
}
