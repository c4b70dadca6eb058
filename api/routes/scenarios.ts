// Scenarios: create, list, get (any version), update (= a new version), duplicate (variant), restore, delete.
import { z } from "zod";
import { ScenarioChecked } from "../../src/model/index.js";
import type { ApiContext } from "../context.js";
import { HttpProblem, notFound } from "../problem.js";
import { route } from "../route.js";
import { Created, IdParam, ScenarioSummary } from "./common.js";

const ScenarioDoc = z
  .object({
    id: z.string(),
    version: z.number().int(),
    latestVersion: z.number().int(),
    name: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    derivedFrom: z.string().nullable().meta({ description: "The scenario this variant was duplicated from" }),
    scenario: z.record(z.string(), z.unknown()).meta({
      description:
        "The scenario as validated when it was stored: every default filled in (see the request body of POST /api/scenarios)",
    }),
  })
  .meta({ id: "StoredScenario" });

const DuplicateBody = z
  .object({
    name: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .meta({ description: "Name of the variant", example: "De Regenboog — 4+2-dinsdag" }),
    version: z.number().int().min(1).optional().meta({ description: "Version to copy; default the latest" }),
  })
  .strict()
  .meta({ id: "DuplicateRequest" });

const RestoreBody = z
  .object({ version: z.number().int().min(1).meta({ description: "The version to bring back" }) })
  .strict()
  .meta({ id: "RestoreRequest" });

const VersionQuery = z.object({
  version: z.coerce.number().int().min(1).optional().meta({ description: "An older version; default the latest" }),
});

export function scenarioRoutes(ctx: ApiContext) {
  const { store } = ctx;
  return [
    route({
      method: "get",
      path: "/api/scenarios",
      tag: "scenarios",
      auth: true,
      summary: "List scenarios (latest version of each)",
      responses: { 200: { description: "Scenarios", schema: z.array(ScenarioSummary) } },
      handler: ({ res }) => res.json(store.listScenarios()),
    }),
    route({
      method: "post",
      path: "/api/scenarios",
      tag: "scenarios",
      auth: true,
      summary: "Store a new scenario (version 1)",
      body: ScenarioChecked,
      bodyLabel: "Het scenario",
      responses: { 201: { description: "Stored", schema: Created } },
      handler: ({ body, res }) => {
        // The validated, normalised scenario (defaults filled in, nothing unknown), never the raw body.
        const row = store.createScenario(body.name, body);
        res.status(201).location(`/api/scenarios/${row.id}`).json({ id: row.id, version: row.version });
      },
    }),
    route({
      method: "get",
      path: "/api/scenarios/:id",
      tag: "scenarios",
      auth: true,
      summary: "Get a scenario (latest or ?version=N)",
      params: IdParam,
      query: VersionQuery,
      responses: { 200: { description: "The scenario", schema: ScenarioDoc } },
      handler: ({ params, query, res }) => {
        const s = store.getScenario(params.id, query.version);
        if (!s) throw notFound(query.version ? `Versie ${query.version} van scenario` : "Scenario", params.id);
        res.json({
          id: s.id,
          version: s.version,
          latestVersion: s.latestVersion,
          name: s.name,
          createdAt: s.createdAt,
          updatedAt: s.updatedAt,
          derivedFrom: s.derivedFrom,
          scenario: s.body,
        });
      },
    }),
    route({
      method: "get",
      path: "/api/scenarios/:id/versions",
      tag: "scenarios",
      auth: true,
      summary: "List the versions of a scenario",
      params: IdParam,
      responses: {
        200: {
          description: "Versions, oldest first",
          schema: z.array(z.object({ version: z.number().int(), name: z.string(), createdAt: z.string() })),
        },
      },
      handler: ({ params, res }) => {
        if (!store.getScenario(params.id)) throw notFound("Scenario", params.id);
        res.json(store.listVersions(params.id));
      },
    }),
    route({
      method: "post",
      path: "/api/scenarios/:id/duplicate",
      tag: "scenarios",
      auth: true,
      summary: "Make a variant: a new scenario (version 1) with the body of this one under a new name",
      description: "The copy remembers its source (derivedFrom). Candidates, jobs and feeds are not copied.",
      params: IdParam,
      body: DuplicateBody,
      bodyLabel: "De aanvraag",
      responses: { 201: { description: "The new scenario", schema: Created } },
      handler: ({ params, body, res }) => {
        const src = store.getScenario(params.id, body.version);
        if (!src) throw notFound(body.version ? `Versie ${body.version} van scenario` : "Scenario", params.id);
        const copy = { ...(src.body as Record<string, unknown>), name: body.name };
        const row = store.createScenario(body.name, copy, src.id);
        res.status(201).location(`/api/scenarios/${row.id}`).json({ id: row.id, version: row.version });
      },
    }),
    route({
      method: "post",
      path: "/api/scenarios/:id/restore",
      tag: "scenarios",
      auth: true,
      summary: "Go back to an older version: stores its body as a new latest version",
      params: IdParam,
      body: RestoreBody,
      bodyLabel: "De aanvraag",
      responses: { 200: { description: "The new version", schema: Created } },
      handler: ({ params, body, res }) => {
        const old = store.getScenario(params.id, body.version);
        if (!old) {
          throw notFound(store.getScenario(params.id) ? `Versie ${body.version} van scenario` : "Scenario", params.id);
        }
        const row = store.addScenarioVersion(params.id, old.name, old.body)!;
        res.json({ id: row.id, version: row.version });
      },
    }),
    route({
      method: "put",
      path: "/api/scenarios/:id",
      tag: "scenarios",
      auth: true,
      summary: "Replace a scenario: stores a new version (older versions and their candidates stay)",
      params: IdParam,
      body: ScenarioChecked,
      bodyLabel: "Het scenario",
      responses: { 200: { description: "The new version", schema: Created } },
      handler: ({ params, body, res }) => {
        const row = store.addScenarioVersion(params.id, body.name, body);
        if (!row) throw notFound("Scenario", params.id);
        res.json({ id: row.id, version: row.version });
      },
    }),
    route({
      method: "delete",
      path: "/api/scenarios/:id",
      tag: "scenarios",
      auth: true,
      summary: "Delete a scenario with all its versions, jobs, candidates and revoked feeds",
      description:
        "A scenario with live (published, not revoked) feeds is not deleted (409): revoke its feeds first, so " +
        "subscribers' calendar apps are told the feed is gone.",
      params: IdParam,
      responses: { 204: { description: "Deleted" }, 409: { description: "The scenario still has live feeds" } },
      handler: ({ params, res }) => {
        if (!store.getScenario(params.id)) throw notFound("Scenario", params.id);
        const live = store.listFeeds({ scenarioId: params.id }).filter((f) => !f.revokedAt);
        if (live.length)
          throw new HttpProblem(
            409,
            "conflict",
            `Scenario '${params.id}' heeft nog ${live.length} gepubliceerde kalender${live.length === 1 ? "" : "s"} ` +
              `(${live
                .slice(0, 5)
                .map((f) => f.view)
                .join(", ")}${live.length > 5 ? ", …" : ""}). Trek ze eerst in (Publiceren → Intrekken, of ` +
              `DELETE /api/feeds/{id}) en verwijder dan het scenario.`,
          );
        for (const job of store.listJobs(params.id)) ctx.jobs.cancel(job.id);
        if (!store.deleteScenario(params.id)) throw notFound("Scenario", params.id);
        res.status(204).end();
      },
    }),
  ];
}
