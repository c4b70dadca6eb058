// Sign-in by link: GET /login?code=… turns a one-time code into a session cookie; logout; who am I.
import { z } from "zod";
import type { AuthVia } from "../auth.js";
import type { ApiContext } from "../context.js";
import { expiredLinkPage } from "../pages.js";
import { route } from "../route.js";
import {
  clearedSessionCookie,
  consumeLoginCode,
  cookieValue,
  createSession,
  endSession,
  SESSION_COOKIE,
  sessionCookie,
  touchSession,
} from "../sessions.js";

export function sessionRoutes(ctx: ApiContext) {
  const { db } = ctx.store;
  return [
    route({
      method: "get",
      path: "/login",
      tag: "session",
      auth: false,
      summary: "Sign in with a one-time link (printed by npm start or `vrijrooster login-link`)",
      description:
        "A valid code (single use, 15 minutes) sets the session cookie vr_session (HttpOnly, SameSite=Strict, " +
        "30 days) and redirects to /. A used, expired or unknown code answers a 401 page, unless this browser " +
        "is signed in already.",
      query: z.object({
        code: z.string().max(200).optional().meta({ description: "The one-time code" }),
        next: z
          .string()
          .max(300)
          .optional()
          .meta({ description: "Where to go after signing in: a path of this app, e.g. /s/sc-1/edit" }),
      }),
      responses: {
        303: { description: "Signed in: redirect to /" },
        401: { description: "Used, expired or unknown code", schema: z.string(), contentType: "text/html" },
      },
      handler: ({ query, req, res }) => {
        // Only a path of this app: never another host ("//evil", "https://…", "/\\evil").
        const next = query.next && /^\/(?![/\\])[\w\-./?=&%]*$/.test(query.next) ? query.next : "/";
        res.setHeader("Cache-Control", "no-store");
        res.setHeader("Referrer-Policy", "no-referrer");
        if (query.code && consumeLoginCode(db, query.code)) {
          const { token } = createSession(db);
          res.setHeader("Set-Cookie", sessionCookie(token, req.secure));
          return void res.redirect(303, next);
        }
        // Clicking the same link again in a browser that is already signed in just opens the app.
        const current = cookieValue(req.get("cookie"), SESSION_COOKIE);
        if (current && touchSession(db, current)) return void res.redirect(303, next);
        res.status(401).type("html").send(expiredLinkPage());
      },
    }),
    route({
      method: "post",
      path: "/api/logout",
      tag: "session",
      auth: true,
      summary: "Sign out: ends this browser's session",
      description: "With the API key there is no session: 204 and nothing changes.",
      responses: { 204: { description: "Signed out; the cookie is cleared" } },
      handler: ({ req, res }) => {
        const auth = res.locals.auth as AuthVia;
        if (auth.via === "session") {
          endSession(db, auth.token);
          res.setHeader("Set-Cookie", clearedSessionCookie(req.secure));
        }
        res.status(204).end();
      },
    }),
    route({
      method: "get",
      path: "/api/session",
      tag: "session",
      auth: true,
      summary: "Am I signed in, and how",
      responses: {
        200: {
          description: "Signed in",
          schema: z.object({ signedIn: z.literal(true), via: z.enum(["session", "api-key"]) }),
        },
      },
      handler: ({ res }) => {
        res.setHeader("Cache-Control", "no-store");
        res.json({ signedIn: true, via: (res.locals.auth as AuthVia).via });
      },
    }),
  ];
}
