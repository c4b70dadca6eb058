// The calendar feed itself: only the token is needed. Conditional GET (ETag / Last-Modified → 304) keeps
// polling calendar apps cheap.
import { z } from "zod";
import { sha256 } from "../auth.js";
import type { ApiContext } from "../context.js";
import { HttpProblem } from "../problem.js";
import { route } from "../route.js";

const TOKEN_FILE = /^([A-Za-z0-9_-]{22,100})\.ics$/;
const gone = () =>
  new HttpProblem(404, "not-found", "Deze kalender bestaat niet (meer). Vraag de school om een nieuwe link.");

export function icalRoutes(ctx: ApiContext) {
  return [
    route({
      method: "get",
      path: "/ical/:file",
      tag: "feeds",
      auth: false,
      summary: "A calendar feed (iCalendar); the token is the password",
      params: z.object({ file: z.string().meta({ description: "<token>.ics" }) }),
      responses: {
        200: { description: "The calendar", schema: z.string(), contentType: "text/calendar" },
        304: { description: "Not modified" },
      },
      handler: ({ params, req, res }) => {
        const m = TOKEN_FILE.exec(params.file);
        if (!m) throw gone();
        const feed = ctx.store.feedByTokenHash(sha256(m[1]));
        if (!feed) throw gone();
        const lastModified = new Date(feed.updatedAt);
        lastModified.setMilliseconds(0);
        res.setHeader("ETag", feed.etag);
        res.setHeader("Last-Modified", lastModified.toUTCString());
        res.setHeader("Cache-Control", "no-cache");
        const inm = req.get("if-none-match");
        const ims = req.get("if-modified-since");
        const fresh = inm
          ? inm.split(",").some((t) => t.trim() === feed.etag || t.trim() === "*")
          : !!ims && Date.parse(ims) >= lastModified.getTime();
        if (fresh) return void res.status(304).end();
        res.type("text/calendar; charset=utf-8").send(feed.ics);
      },
    }),
  ];
}
