// What every route file gets: the store, the job runner and the settings of this server.
import type { Request } from "express";
import type { JobRunner } from "./jobs.js";
import type { Store } from "./store.js";

export interface ApiContext {
  store: Store;
  jobs: JobRunner;
  dataDir: string;
  /** Optional fixed public base URL (VRIJROOSTER_PUBLIC_URL); else taken from the request. */
  publicUrl?: string;
}

export const baseUrlOf = (ctx: ApiContext, req: Request) =>
  ctx.publicUrl?.replace(/\/$/, "") ?? `${req.protocol}://${req.get("host")}`;
