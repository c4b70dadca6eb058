// The calendar feed itself: only the token is needed. Conditional GET keeps polling calendar apps cheap:
// the ETag is a hash of the content (equal iff the content is equal; DTSTAMP only moves when an event
// changes), Last-Modified is only sent once its second is over (so If-Modified-Since cannot miss a change
// made later in the same second), gzip when the client accepts it, 410 Gone for a revoked feed.
import { promisify } from "node:util";
import { gzip as gzipCb } from "node:zlib";
import { z } from "zod";
import { sha256 } from "../auth.js";
import type { ApiContext } from "../context.js";
import { HttpProblem } from "../problem.js";
import { route } from "../route.js";

const gzip = promisify(gzipCb);
const TOKEN_FILE = /^([A-Za-z0-9_-]{22,100})\.ics$/;
const unknown = () =>
  new HttpProblem(404, "not-found", "Deze kalender bestaat niet (meer). Vraag de school om een nieuwe link.");
const revoked = () =>
  new HttpProblem(
    410,
    "gone",
    "Deze kalender werd ingetrokken door de school. Verwijder het abonnement; vraag de school om een nieuwe link.",
  );

/** Gzipped feeds by ETag (a feed is stored once and polled often): at most 200, oldest dropped first. */
const gzipped = new Map<string, Buffer>();
async function gzipOf(etag: string, ics: string): Promise<Buffer> {
  const hit = gzipped.get(etag);
  if (hit) return hit;
  const body = await gzip(Buffer.from(ics, "utf8"));
  gzipped.set(etag, body);
  if (gzipped.size > 200) gzipped.delete(gzipped.keys().next().value!);
  return body;
}

/** Does the client accept gzip (and not with q=0)? */
export function acceptsGzip(header: string | undefined): boolean {
  for (const part of (header ?? "").split(",")) {
    const [coding, ...params] = part.trim().toLowerCase().split(";");
    if (coding !== "gzip" && coding !== "*") continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((x) => x !== undefined);
    return q === undefined || Number(q) > 0;
  }
  return false;
}

/** The gzip representation has its own strong ETag ("<hash>-gzip"). */
const gzipTag = (etag: string) => etag.replace(/"$/, '-gzip"');

export function icalRoutes(ctx: ApiContext) {
  return [
    route({
      method: "get",
      path: "/ical/:file",
      tag: "feeds",
      auth: false,
      summary: "A calendar feed (iCalendar); the token is the password",
      description:
        "Conditional GET with If-None-Match (ETag) or If-Modified-Since; gzip with Accept-Encoding: gzip. " +
        "A revoked feed answers 410 Gone, an unknown token 404.",
      params: z.object({ file: z.string().meta({ description: "<token>.ics" }) }),
      responses: {
        200: { description: "The calendar", schema: z.string(), contentType: "text/calendar" },
        304: { description: "Not modified" },
        410: { description: "Revoked: remove the subscription" },
      },
      handler: async ({ params, req, res }) => {
        const m = TOKEN_FILE.exec(params.file);
        if (!m) throw unknown();
        const feed = ctx.store.feedByTokenHashAny(sha256(m[1]));
        if (!feed) throw unknown();
        if (feed.revokedAt) throw revoked();
        const zip = acceptsGzip(req.get("accept-encoding"));
        const etag = zip ? gzipTag(feed.etag) : feed.etag;
        const modifiedSecond = Math.floor(Date.parse(feed.updatedAt) / 1000) * 1000;
        // A Last-Modified of the current second could hide a second change in that same second.
        const lastModifiedFinal = Math.floor(Date.now() / 1000) * 1000 > modifiedSecond;
        res.setHeader("ETag", etag);
        if (lastModifiedFinal) res.setHeader("Last-Modified", new Date(modifiedSecond).toUTCString());
        res.setHeader("Cache-Control", "private, no-cache");
        res.setHeader("Vary", "Accept-Encoding");
        const inm = req.get("if-none-match");
        const ims = req.get("if-modified-since");
        const fresh = inm
          ? inm.split(",").some((t) => [feed.etag, gzipTag(feed.etag), "*"].includes(t.trim().replace(/^W\//, "")))
          : !!ims && lastModifiedFinal && Date.parse(ims) >= modifiedSecond;
        if (fresh) return void res.status(304).end();
        res.type("text/calendar; charset=utf-8");
        if (!zip) return void res.send(feed.ics);
        res.setHeader("Content-Encoding", "gzip");
        res.send(await gzipOf(feed.etag, feed.ics));
      },
    }),
  ];
}
