// Feed management (signed in or API key): publish a candidate's views, list feeds with their URLs, revoke one.
import { z } from "zod";
import { baseUrlOf, type ApiContext } from "../context.js";
import { feedUrl, publishFeeds } from "../feeds.js";
import { HttpProblem, notFound } from "../problem.js";
import { route } from "../route.js";
import type { FeedRow } from "../store.js";
import { IdParam } from "./common.js";

/** The body of a publish request: which views (default all) and whether to issue new tokens. */
export const publishBody = (id: string, views: { description: string; example: string[] }) =>
  z
    .object({
      views: z.array(z.string().min(1)).min(1).max(1000).optional().meta(views),
      rotate: z
        .boolean()
        .default(false)
        .meta({ description: "Issue new tokens even where a feed for the view exists (the old URLs stop working)" }),
    })
    .strict()
    .meta({ id });

const PublishBody = publishBody("PublishRequest", {
  description:
    "Views such as 'staff:kt1', 'group:L1', 'goal:plg-taal', 'school'; default: every staff member, group and goal, and the school",
  example: ["school", "group:L1"],
});

export const Published = z
  .object({
    id: z.string(),
    view: z.string(),
    name: z.string(),
    status: z.enum(["created", "updated"]),
    token: z.string().optional().meta({ description: "Only on creation; the feed list shows the URL again" }),
    url: z.string().optional(),
  })
  .meta({ id: "PublishedFeed" });

const FeedInfo = z
  .object({
    id: z.string(),
    view: z.string(),
    name: z.string(),
    scenarioId: z.string(),
    candidateId: z.string(),
    etag: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    revokedAt: z.string().nullable(),
    url: z
      .string()
      .nullable()
      .meta({
        description:
          "The subscription URL; null for revoked feeds and for feeds published before URLs were kept " +
          "(publish with rotate=true for a new link)",
      }),
  })
  .meta({ id: "Feed" });

const info = ({ tokenHash: _h, ics: _i, token, ...f }: FeedRow, baseUrl: string) => ({
  ...f,
  url: token && !f.revokedAt ? feedUrl(baseUrl, token) : null,
});

export function feedRoutes(ctx: ApiContext) {
  const { store } = ctx;
  return [
    route({
      method: "post",
      path: "/api/candidates/:id/feeds",
      tag: "feeds",
      auth: true,
      summary: "Publish calendar feeds of a candidate (one token per view)",
      description:
        "A view that already has a live feed for this scenario is updated in place (same URL, SEQUENCE bumped on changed events) unless rotate=true.",
      params: IdParam,
      body: PublishBody,
      bodyOptional: true,
      bodyLabel: "De aanvraag",
      responses: {
        201: { description: "The feeds; URLs only for new tokens", schema: z.object({ feeds: z.array(Published) }) },
      },
      handler: async ({ params, body, req, res }) => {
        const cand = store.getCandidate(params.id);
        if (!cand) throw notFound("Kandidaat", params.id);
        const feeds = await publishFeeds(store, cand, {
          views: body.views,
          rotate: body.rotate,
          baseUrl: baseUrlOf(ctx, req),
        });
        res.status(201).json({ feeds });
      },
    }),
    route({
      method: "get",
      path: "/api/feeds",
      tag: "feeds",
      auth: true,
      summary: "List feeds with their subscription URLs",
      query: z.object({ scenario: z.string().optional(), candidate: z.string().optional() }),
      responses: { 200: { description: "Feeds, revoked ones included", schema: z.array(FeedInfo) } },
      handler: ({ query, req, res }) => {
        const base = baseUrlOf(ctx, req);
        const feeds = store.listFeeds({ scenarioId: query.scenario, candidateId: query.candidate });
        res.json(feeds.map((f) => info(f, base)));
      },
    }),
    route({
      method: "get",
      path: "/api/scenarios/:id/feeds",
      tag: "feeds",
      auth: true,
      summary: "The live (not revoked) feeds of a scenario with their subscription URLs",
      params: IdParam,
      responses: { 200: { description: "Live feeds, oldest first", schema: z.array(FeedInfo) } },
      handler: ({ params, req, res }) => {
        if (!store.getScenario(params.id)) throw notFound("Scenario", params.id);
        const base = baseUrlOf(ctx, req);
        res.json(
          store
            .listFeeds({ scenarioId: params.id })
            .filter((f) => !f.revokedAt)
            .map((f) => info(f, base)),
        );
      },
    }),
    route({
      method: "delete",
      path: "/api/feeds/:id",
      tag: "feeds",
      auth: true,
      summary: "Revoke a feed: its URL answers 404 from now on",
      params: IdParam,
      responses: { 204: { description: "Revoked" }, 409: { description: "Already revoked" } },
      handler: ({ params, res }) => {
        const feed = store.getFeed(params.id);
        if (!feed) throw notFound("Feed", params.id);
        if (!store.revokeFeed(params.id))
          throw new HttpProblem(409, "conflict", `Feed '${params.id}' is al ingetrokken`);
        res.status(204).end();
      },
    }),
  ];
}
