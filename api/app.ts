// The express 5 app: the sign-in gate (API key or session cookie) in front of everything but /login,
// /api/health and the feeds; JSON body limit; routes from api/routes; problem+json errors; OpenAPI at
// /openapi.json, a docs page at /docs, and the web app (web/dist) at /.
import express, { type Express, type RequestHandler } from "express";
import helmet from "helmet";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { authenticate, requireAuth, resolveApiKey } from "./auth.js";
import type { ApiContext } from "./context.js";
import { openDb } from "./db.js";
import { JobRunner } from "./jobs.js";
import { docsPage, openApiDocument } from "./openapi.js";
import { expiredLinkPage, notBuiltPage, signInPage } from "./pages.js";
import { defaultWebDir } from "./paths.js";
import { HttpProblem, problemHandler } from "./problem.js";
import { mount, route, type AnyRoute } from "./route.js";
import { atelierRoutes } from "./routes/ateliers.js";
import { candidateRoutes } from "./routes/candidates.js";
import { eventRoutes } from "./routes/events.js";
import { exampleRoutes } from "./routes/examples.js";
import { feedRoutes } from "./routes/feeds.js";
import { icalRoutes } from "./routes/ical.js";
import { importRoutes } from "./routes/import.js";
import { exportRoutes } from "./routes/export.js";
import { jobRoutes } from "./routes/jobs.js";
import { roundsRoutes } from "./routes/rounds.js";
import { scenarioRoutes } from "./routes/scenarios.js";
import { sessionRoutes } from "./routes/session.js";
import { studyDayRoutes } from "./routes/studydays.js";
import { validateRoutes } from "./routes/validate.js";
import { whyNotRoutes } from "./routes/why-not.js";
import { whatIfRoutes } from "./routes/what-if.js";
import { issueLoginCode } from "./sessions.js";
import { Store } from "./store.js";
import { mountWebApp } from "./web.js";

export interface AppOptions {
  dataDir: string;
  /** Default: VRIJROOSTER_API_KEY is read by the caller; unset → <dataDir>/api-key (made at first start). */
  apiKey?: string;
  /** Solves at once (default VRIJROOSTER_SOLVE_CONCURRENCY or 1); the rest wait in a queue. */
  concurrency?: number;
  /** JSON body limit (default VRIJROOSTER_BODY_LIMIT or "5mb"); larger bodies get a 413. */
  bodyLimit?: string;
  publicUrl?: string;
  /** The built web app (index.html + assets/); default <package>/web/dist. */
  webDir?: string;
}

export interface VrijroosterApp {
  app: Express;
  ctx: ApiContext;
  apiKey: string;
  /** Set when the key was generated now: print it once. */
  apiKeyGenerated: boolean;
  apiKeyFile?: string;
  recovered: { interrupted: string[]; requeued: string[] };
  /** A one-time sign-in code for GET /login?code=… (single use, 15 minutes). */
  issueLoginCode(): string;
  close(): Promise<void>;
}

/**
 * The CSP sources of our own inline styles: each <style> block and style="" attribute of the pages we serve
 * (sign-in and other small pages, /docs, the web app's index.html), as sha256 hashes — no 'unsafe-inline'.
 */
export function inlineStyleSources(pages: string[]): string[] {
  const hash = (css: string) => `'sha256-${createHash("sha256").update(css, "utf8").digest("base64")}'`;
  const blocks = pages.flatMap((h) => [...h.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => hash(m[1])));
  const attributes = pages.flatMap((h) => [...h.matchAll(/\sstyle="([^"]*)"/g)].map((m) => hash(m[1])));
  return [...new Set(blocks), ...(attributes.length ? ["'unsafe-hashes'", ...new Set(attributes)] : [])];
}

/**
 * Security headers (helmet): a CSP the web app (Vite build: scripts and styles from /assets only; React's
 * style props are set through the DOM), /docs and the sign-in page satisfy (their inline styles by hash);
 * nosniff; no framing; no Referer (feed URLs and sign-in links carry secrets). No upgrade-insecure-requests
 * and no HSTS: the server speaks plain HTTP on localhost or a school LAN (TLS belongs to a proxy in front).
 */
export const securityHeaders = (styleSources: string[] = []): RequestHandler =>
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", ...styleSources],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
      },
    },
    strictTransportSecurity: false,
    xFrameOptions: { action: "deny" },
    referrerPolicy: { policy: "no-referrer" },
  });

/** Everything under /api names people (or may): never stored by a browser or a proxy. */
const noStoreForApi: RequestHandler = (req, res, next) => {
  if (/^\/api(\/|$)/i.test(req.path)) res.setHeader("Cache-Control", "no-store");
  next();
};

function healthRoutes(ctx: ApiContext): AnyRoute[] {
  return [
    route({
      method: "get",
      path: "/api/health",
      tag: "meta",
      auth: false,
      summary: "Is the server up (no school data)",
      responses: {
        200: {
          description: "Up",
          schema: z.object({
            ok: z.boolean(),
            jobs: z.object({ running: z.number(), queued: z.number(), concurrency: z.number() }),
          }),
        },
      },
      handler: ({ res }) => res.json({ ok: true, jobs: ctx.jobs.stats }),
    }),
  ];
}

export function createApp(opts: AppOptions): VrijroosterApp {
  const db = openDb(opts.dataDir);
  const store = new Store(db);
  const concurrency = opts.concurrency ?? (Number(process.env.VRIJROOSTER_SOLVE_CONCURRENCY) || 1);
  const jobs = new JobRunner(store, Math.max(1, concurrency));
  const key = resolveApiKey(opts.dataDir, opts.apiKey);
  const ctx: ApiContext = {
    store,
    jobs,
    dataDir: opts.dataDir,
    publicUrl: opts.publicUrl ?? process.env.VRIJROOSTER_PUBLIC_URL,
  };

  const routes = [
    ...healthRoutes(ctx),
    ...sessionRoutes(ctx),
    ...scenarioRoutes(ctx),
    ...validateRoutes(ctx),
    ...jobRoutes(ctx),
    ...eventRoutes(ctx),
    ...candidateRoutes(ctx),
    ...atelierRoutes(ctx),
    ...whyNotRoutes(ctx),
    ...whatIfRoutes(ctx),
    ...feedRoutes(ctx),
    ...icalRoutes(ctx),
    ...exampleRoutes(ctx),
    ...studyDayRoutes(ctx),
    ...importRoutes(ctx),
    ...exportRoutes(ctx),
    ...roundsRoutes(ctx),
  ];
  const app = express();
  app.disable("x-powered-by");
  app.set("etag", false); // feeds set their own strong ETag
  let doc: unknown;
  const openapi = () => (doc ??= openApiDocument(routes));
  const webDir = opts.webDir ?? defaultWebDir();
  const webIndex = join(webDir, "index.html");
  const ownPages = [signInPage(), expiredLinkPage(), notBuiltPage(), docsPage(openapi())];
  if (existsSync(webIndex)) ownPages.push(readFileSync(webIndex, "utf8"));
  app.use(securityHeaders(inlineStyleSources(ownPages)), noStoreForApi);
  // Before the body parser: a request that is not signed in is refused without reading its body.
  app.use(authenticate({ apiKey: key.key, db, publicUrl: ctx.publicUrl }));
  app.use(
    express.json({
      limit: opts.bodyLimit ?? process.env.VRIJROOSTER_BODY_LIMIT ?? "5mb",
      type: ["application/json", "application/*+json"],
    }),
  );

  app.get("/openapi.json", (_req, res) => void res.json(openapi()));
  app.get("/docs", (_req, res) => void res.type("html").send(docsPage(openapi())));
  mount(app, routes, requireAuth);
  mountWebApp(app, webDir);
  app.use((req) => {
    throw new HttpProblem(404, "not-found", `Geen route voor ${req.method} ${req.path} (zie /docs)`);
  });
  app.use(problemHandler);

  const recovered = jobs.recover();
  return {
    app,
    ctx,
    apiKey: key.key,
    apiKeyGenerated: key.generated,
    apiKeyFile: key.file,
    recovered,
    issueLoginCode: () => issueLoginCode(db),
    async close() {
      await jobs.close();
      db.close();
    },
  };
}
