// Listening server: createApp + http.listen on localhost. Used by `vrijrooster serve`, `npm start` and tests.
import type { AddressInfo } from "node:net";
import { createApp, type AppOptions, type VrijroosterApp } from "./app.js";
import { keepWarmWorker } from "./deps.js";

export interface ServerOptions extends AppOptions {
  /** 0 = any free port. */
  port: number;
  /** Default 127.0.0.1 (VRIJROOSTER_HOST to listen elsewhere). */
  host?: string;
  /** Where to say things (the generated API key); default stdout. Pass () => {} to stay quiet. */
  log?: (line: string) => void;
  /**
   * Keep a warmed-up solver worker waiting (solver/worker-pool.ts keepWarmWorker), so a solve starts on compiled
   * code: the first solve of a fresh worker pays for compiling HiGHS and our code. `vrijrooster serve` and
   * `npm start` turn it on (VRIJROOSTER_WARM_WORKER=0 turns it off); tests that start many servers leave it off.
   */
  warmWorker?: boolean;
}

export interface RunningServer extends VrijroosterApp {
  url: string;
  close(): Promise<void>;
}

export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const log = opts.log ?? ((l: string) => process.stdout.write(l + "\n"));
  const api = createApp(opts);
  const host = opts.host ?? process.env.VRIJROOSTER_HOST ?? "127.0.0.1";
  const server = await new Promise<import("node:http").Server>((resolve, reject) => {
    const s = api.app.listen(opts.port, host, (err?: Error) => (err ? reject(err) : resolve(s)));
    s.once("error", reject);
  }).catch(async (e) => {
    await api.close();
    throw e;
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  const warm = !!opts.warmWorker && process.env.VRIJROOSTER_WARM_WORKER !== "0";
  if (warm) keepWarmWorker(true);
  if (api.apiKeyGenerated) log(`Nieuwe API-sleutel (bewaard in ${api.apiKeyFile}): ${api.apiKey}`);
  if (api.recovered.interrupted.length)
    log(
      `${api.recovered.interrupted.length} berekening(en) werden onderbroken door de vorige stop (status failed: interrupted).`,
    );
  let closing: Promise<void> | undefined;
  return {
    ...api,
    url,
    close: () =>
      (closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        if (warm) keepWarmWorker(false);
        await api.close();
      })()),
  };
}
