// The web app (Vite build in web/dist): hashed assets cached for a year, every other page GET answered with
// index.html (SPA fallback, never cached). Mounted after the API routes and behind the sign-in gate.
import express, { type Express } from "express";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { notBuiltPage } from "./pages.js";
import { HttpProblem } from "./problem.js";

/** Paths the SPA fallback leaves alone (they have their own routes or a 404). */
const NOT_SPA = /^\/(api|ical|assets)(\/|$)|^\/(docs|openapi\.json|login)\/?$/i;

export function mountWebApp(app: Express, webDir: string): void {
  app.use(
    "/assets",
    express.static(join(webDir, "assets"), {
      index: false,
      immutable: true,
      maxAge: "365d",
      fallthrough: true,
      redirect: false,
    }),
  );
  app.use("/assets", (req) => {
    const detail = `Bestand /assets${req.path} bestaat niet (is de webapp opnieuw gebouwd? herlaad de pagina)`;
    throw new HttpProblem(404, "not-found", detail);
  });
  app.get(/.*/, (req, res, next) => {
    if (NOT_SPA.test(req.path)) return next();
    const index = join(webDir, "index.html");
    res.setHeader("Cache-Control", "no-store");
    if (!existsSync(index)) return void res.status(503).type("html").send(notBuiltPage());
    res.sendFile(index, { cacheControl: false, lastModified: false, etag: false }, (err) => {
      if (err && !res.headersSent) next(err);
    });
  });
}
