// Feed management (API key): publish a candidate's views, list feeds, revoke one.
import { z } from "zod";
import { baseUrlOf, type ApiContext } from "../context.js";
import { publishFeeds } from "../feeds.js";
import { HttpProblem, notFound } from "../problem.js";
import { route } from "../route.js";
import type { FeedRow } from "../store.js";
import { IdParam } from "./common.js";

const PublishBody = z
  .object({
    views: z
      .array(z.string().min(1))
      .min(1)
      .max(1000)
      .optional()
      .meta({ description: "Views such as 'staff:kt1', 'group:L1', 'goal:plg-taal', 'school'; default: every staff member, group and goal, and the school", example: ["school", "group:L1"] }),
    rotate: z.boolean().default(false).meta({ description: "Issue new tokens even where a feed for the view exists (the old URLs stop working)" }),
  })
  .strict()
  .meta({ id: "PublishRequest" });

const Published = z
  .object({
    id: z.string(), view: z.string(), name: z.string(), status: z.enum(["created", "updated"]),
    token: z.string().optional().meta({ description: "Only on creation; stored hashed, never shown again" }),
    url: z.string().optional(),
  })
  .meta({ id: "PublishedFeed" });

const FeedInfo = z
  .object({ id: z.string(), view: z.string(), name: z.string(), scenarioId: z.string(), candidateId: z.string(), etag: z.string(), createdAt: z.string(), updatedAt: z.string(), revokedAt: z.string().nullable() })
  .meta({ id: "Feed" });

const info = ({ tokenHash: _h, ics: _i, ...f }: FeedRow) => f;

export function feedRoutes(ctx: ApiContext) {
  const { store } = ctx;
  return [
    route({
      method: "post", path: "/api/candidates/:id/feeds", tag: "feeds", auth: true,
      summary: "Publish calendar feeds of a candidate (one token per view)",
      description: "A view that already has a live feed for this scenario is updated in place (same URL, SEQUENCE bumped on changed events) unless rotate=true.",
      params: IdParam, body: PublishBody, bodyOptional: true, bodyLabel: "De aanvraag",
      responses: { 201: { description: "The feeds; URLs only for new tokens", schema: z.object({ feeds: z.array(Published) }) } },
      handler: async ({ params, body, req, res }) => {
        const cand = store.getCandidate(params.id);
        if (!cand) throw notFound("Kandidaat", params.id);
        const feeds = await publishFeeds(store, cand, { views: body.views, rotate: body.rotate, baseUrl: baseUrlOf(ctx, req) });
        res.status(201).json({ feeds });
      },
    }),
    route({
      method: "get", path: "/api/feeds", tag: "feeds", auth: true, summary: "List feeds (never their tokens)",
      query: z.object({ scenario: z.string().optional(), candidate: z.string().optional() }),
      responses: { 200: { description: "Feeds", schema: z.array(FeedInfo) } },
      handler: ({ query, res }) => res.json(store.listFeeds({ scenarioId: query.scenario, candidateId: query.candidate }).map(info)),
    }),
    route({
      method: "delete", path: "/api/feeds/:id", tag: "feeds", auth: true, summary: "Revoke a feed: its URL answers 404 from now on",
      params: IdParam,
      responses: { 204: { description: "Revoked" }, 409: { description: "Already revoked" } },
      handler: ({ params, res }) => {
        const feed = store.getFeed(params.id);
        if (!feed) throw notFound("Feed", params.id);
        if (!store.revokeFeed(params.id)) throw new HttpProblem(409, "conflict", `Feed '${params.id}' is al ingetrokken`);
        res.status(204).end();
      },
    }),
  ];
}
