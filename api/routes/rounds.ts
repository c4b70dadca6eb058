// Meeting rounds (issue 14): a rounds file stored beside a scenario (versioned like scenarios), planned against a
// candidate week of that scenario as a job of the queue (progress, cancel and SSE as for a solve: /api/jobs/{id}),
// the plan (the JSON of `vrijrooster rounds --json`), its .ics, and its feeds per participant and per site.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { InputError, type Candidate, type Scenario } from "../../src/model/index.js";
import { bindRounds, parseRounds, renderPlanIcs, Rounds, type Context } from "../../src/rounds/index.js";
import { slug } from "../../src/ical/render.js";
import { baseUrlOf, type ApiContext } from "../context.js";
import { fixturesDir } from "../paths.js";
import { HttpProblem, notFound } from "../problem.js";
import { route } from "../route.js";
import { publishRoundsFeeds } from "../rounds-feeds.js";
import type { RoundsPlanRow, RoundsRow } from "../store.js";
import { parseStoredScenario } from "../stored.js";
import { Created, IdParam } from "./common.js";
import { publishBody, Published } from "./feeds.js";
import { JobSchema } from "./jobs.js";

export const ROUNDS_EXAMPLES = ["kernreflectie", "afstemmingsgesprekken", "m-team"] as const;

const RoundsSummary = z
  .object({
    id: z.string(),
    scenarioId: z.string(),
    version: z.number().int(),
    latestVersion: z.number().int(),
    name: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "RoundsSummary" });
const StoredRounds = RoundsSummary.extend({ rounds: z.record(z.string(), z.unknown()) }).meta({ id: "StoredRounds" });

const Person = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(["lead", "note-taker", "facilitator"]).optional(),
  attendance: z.enum(["required", "optional"]),
  remote: z.boolean(),
  attends: z.boolean(),
  why: z.string().optional(),
  whyEn: z.string().optional(),
});
const RoundsPlanSchema = z
  .object({
    name: z.string(),
    status: z.enum(["optimal", "feasible", "partial", "timeout"]),
    proven: z.boolean(),
    engine: z.string(),
    objective: z.number(),
    metrics: z.object({ sessions: z.number(), placed: z.number(), days: z.number(), personDays: z.number() }),
    sessions: z.array(
      z.object({
        key: z.string(),
        session: z.string(),
        title: z.string(),
        occurrence: z.number().int(),
        date: z.string(),
        day: z.string(),
        start: z.string(),
        end: z.string(),
        location: z.string(),
        locationName: z.string(),
        participants: z.array(Person),
      }),
    ),
    unplaced: z.array(
      z.object({
        key: z.string(),
        session: z.string(),
        title: z.string(),
        reason: z.string(),
        reasonEn: z.string().optional(),
        details: z.array(z.string()),
        detailsEn: z.array(z.string()).optional(),
      }),
    ),
    violations: z.array(
      z.object({
        id: z.string(),
        severity: z.enum(["hard", "warning"]),
        message: z.string(),
        where: z.record(z.string(), z.string()),
      }),
    ),
    stats: z.object({ ms: z.number(), candidates: z.number(), variables: z.number(), constraints: z.number() }),
  })
  .meta({
    id: "RoundsPlan",
    description: "The plan as `vrijrooster rounds --json` prints it (README, Meeting rounds)",
  });
const PlanSummary = z
  .object({
    id: z.string(),
    roundsId: z.string(),
    roundsVersion: z.number().int(),
    scenarioId: z.string(),
    candidateId: z.string(),
    jobId: z.string().nullable(),
    createdAt: z.string(),
    status: z.string(),
    metrics: RoundsPlanSchema.shape.metrics,
  })
  .meta({ id: "RoundsPlanSummary" });

const PlanBody = z
  .object({
    candidate: z.string().min(1).meta({ description: "A candidate week of the rounds file's scenario" }),
    version: z.number().int().min(1).optional().meta({ description: "Version of the rounds file; default the latest" }),
    timeLimitSeconds: z
      .number()
      .positive()
      .max(600)
      .optional()
      .meta({ description: "Default: settings.timeLimitSeconds of the rounds file" }),
  })
  .strict()
  .meta({ id: "RoundsPlanRequest" });

const FeedsBody = publishBody("RoundsFeedsRequest", {
  description: "'person:<id>' or 'site:<location id>' ('site:school': visits without a location); default all",
  example: ["person:ow01", "site:regenboog"],
});

/** A week with no lessons: to check a rounds file's people against the scenario before any week is chosen. */
const NO_WEEK: Candidate = {
  status: "feasible",
  objective: 0,
  bound: 0,
  lessons: [],
  releases: [],
  metrics: { releaseMinutes: 0, goalsMet: 0, goalsTotal: 0 },
  violations: [],
};

/** A problem with the file's field path: `sessions[0].participants[2].id: Onbekende persoon 'niemand'`. */
function roundsProblem(e: InputError): HttpProblem {
  const errors = e.problems.map((p) => ({
    field: p.path,
    pointer: "/" + p.path.replace(/\[(\d+)\]/g, "/$1").replace(/\./g, "/"),
    detail: p.message,
  }));
  const first = errors[0];
  const detail = first ? `Het rondebestand is ongeldig: ${first.field}: ${first.detail}` : e.message;
  return new HttpProblem(422, "invalid-input", detail, errors, e.total);
}

/** Binds a rounds file to a scenario and a week; a person or group the scenario lacks is a 422 with its path. */
export function bind(rounds: Rounds, scenario: Scenario, week: Candidate = NO_WEEK): Context {
  try {
    return bindRounds(rounds, scenario, week);
  } catch (e) {
    if (e instanceof InputError) throw roundsProblem(e);
    throw e;
  }
}

const summary = ({ plan, ...row }: RoundsPlanRow) => ({ ...row, status: plan.status, metrics: plan.metrics });
const storedRounds = (r: RoundsRow & { body: unknown }) => {
  const { body, ...meta } = r;
  return { ...meta, rounds: body };
};

export function roundsRoutes(ctx: ApiContext) {
  const { store, jobs } = ctx;
  const scenarioOf = (id: string, version?: number) => {
    const s = store.getScenario(id, version);
    if (!s) throw notFound("Scenario", id);
    return s;
  };
  const roundsOf = (id: string, version?: number) =>
    store.getRounds(id, version) ??
    (() => {
      throw notFound(version ? `Versie ${version} van rondebestand` : "Rondebestand", id);
    })();
  const planOf = (id: string) =>
    store.getRoundsPlan(id) ??
    (() => {
      throw notFound("Planning", id);
    })();
  /** The plan with its rounds file, scenario and week bound again (for the .ics and the feeds). */
  const context = (row: RoundsPlanRow) => {
    const cand = store.getCandidate(row.candidateId);
    if (!cand) throw notFound("Kandidaat", row.candidateId);
    const rounds = parseRounds(roundsOf(row.roundsId, row.roundsVersion).body);
    const scenario = parseStoredScenario(scenarioOf(cand.scenarioId, cand.scenarioVersion).body);
    return { cand, ctx: bind(rounds, scenario, cand.candidate) };
  };
  const checked = (scenarioId: string, body: Rounds) => {
    bind(body, parseStoredScenario(scenarioOf(scenarioId).body));
    return body;
  };
  let examples: unknown[] | undefined;
  return [
    route({
      method: "get",
      path: "/api/round-examples",
      tag: "rounds",
      auth: true,
      summary: "The bundled example rounds (for the example school 'city-school')",
      responses: {
        200: {
          description: "Examples with their rounds file",
          schema: z.array(
            z.object({
              id: z.string(),
              name: z.string(),
              description: z.string(),
              sessions: z.number().int(),
              school: z.string().meta({ description: "The example school whose staff the file names" }),
              rounds: z.record(z.string(), z.unknown()),
            }),
          ),
        },
      },
      handler: ({ res }) =>
        res.json(
          (examples ??= ROUNDS_EXAMPLES.map((id) => {
            const raw = JSON.parse(readFileSync(join(fixturesDir(), "rounds", `${id}.json`), "utf8"));
            const r = parseRounds(raw);
            return {
              id,
              name: r.name,
              description: r.description ?? "",
              sessions: r.sessions.length,
              school: "city-school",
              rounds: raw,
            };
          })),
        ),
    }),
    route({
      method: "post",
      path: "/api/scenarios/:id/rounds",
      tag: "rounds",
      auth: true,
      summary: "Store a rounds file beside a scenario (version 1)",
      description: "Checked like `vrijrooster rounds`: the schema, and every person against the scenario (422).",
      params: IdParam,
      body: Rounds,
      bodyLabel: "Het rondebestand",
      responses: { 201: { description: "Stored", schema: Created } },
      handler: ({ params, body, res }) => {
        const row = store.createRounds(params.id, body.name, checked(params.id, body));
        res.status(201).location(`/api/rounds/${row.id}`).json({ id: row.id, version: row.version });
      },
    }),
    route({
      method: "get",
      path: "/api/scenarios/:id/rounds",
      tag: "rounds",
      auth: true,
      summary: "The rounds files of a scenario (latest version of each)",
      params: IdParam,
      responses: { 200: { description: "Rounds files, oldest first", schema: z.array(RoundsSummary) } },
      handler: ({ params, res }) => res.json(scenarioOf(params.id) && store.listRounds(params.id)),
    }),
    route({
      method: "get",
      path: "/api/rounds/:id",
      tag: "rounds",
      auth: true,
      summary: "Get a rounds file (latest or ?version=N)",
      params: IdParam,
      query: z.object({ version: z.coerce.number().int().min(1).optional() }),
      responses: { 200: { description: "The rounds file as stored (validated)", schema: StoredRounds } },
      handler: ({ params, query, res }) => res.json(storedRounds(roundsOf(params.id, query.version))),
    }),
    route({
      method: "put",
      path: "/api/rounds/:id",
      tag: "rounds",
      auth: true,
      summary: "Update a rounds file (adds a version)",
      params: IdParam,
      body: Rounds,
      bodyLabel: "Het rondebestand",
      responses: { 200: { description: "The new version", schema: Created } },
      handler: ({ params, body, res }) => {
        const row = store.addRoundsVersion(params.id, body.name, checked(roundsOf(params.id).scenarioId, body));
        res.json({ id: row!.id, version: row!.version });
      },
    }),
    route({
      method: "delete",
      path: "/api/rounds/:id",
      tag: "rounds",
      auth: true,
      summary: "Delete a rounds file, its versions and plans; its feeds are revoked",
      params: IdParam,
      responses: { 204: { description: "Deleted" } },
      handler: ({ params, res }) => {
        if (!store.deleteRounds(params.id)) throw notFound("Rondebestand", params.id);
        res.status(204).end();
      },
    }),
    route({
      method: "post",
      path: "/api/rounds/:id/plan",
      tag: "rounds",
      auth: true,
      summary: "Plan a rounds file against a candidate week (202: a job; follow /api/jobs/{id}/events)",
      description:
        "The job's roundsPlan is the plan's id once it is done (GET /api/round-plans/{id}); cancel with DELETE /api/jobs/{id}.",
      params: IdParam,
      body: PlanBody,
      bodyLabel: "De planopties",
      responses: { 202: { description: "Accepted: the job", schema: JobSchema } },
      handler: ({ params, body, res }) => {
        const file = roundsOf(params.id, body.version);
        const cand = store.getCandidate(body.candidate);
        if (!cand || cand.scenarioId !== file.scenarioId)
          throw new HttpProblem(
            422,
            "invalid-input",
            `De planopties zijn ongeldig: candidate: '${body.candidate}' is geen voorstel van de school van deze ronde`,
            [{ field: "candidate", pointer: "/candidate", detail: "Kies een voorstel van dezelfde school" }],
          );
        // Checked against this week now: a bad reference is a 422, not a failed job later.
        bind(parseRounds(file.body), parseStoredScenario(scenarioOf(cand.scenarioId, cand.scenarioVersion).body));
        const job = jobs.submit(cand.scenarioId, cand.scenarioVersion, {
          rounds: { id: file.id, version: file.version, candidate: cand.id },
          ...(body.timeLimitSeconds ? { timeLimitSeconds: body.timeLimitSeconds } : {}),
        });
        res.status(202).location(`/api/jobs/${job.id}`).json(job);
      },
    }),
    route({
      method: "get",
      path: "/api/rounds/:id/plans",
      tag: "rounds",
      auth: true,
      summary: "The plans made of a rounds file, oldest first",
      params: IdParam,
      responses: { 200: { description: "Plan summaries", schema: z.array(PlanSummary) } },
      handler: ({ params, res }) => res.json(roundsOf(params.id) && store.listRoundsPlans(params.id).map(summary)),
    }),
    route({
      method: "get",
      path: "/api/round-plans/:id",
      tag: "rounds",
      auth: true,
      summary: "A plan: the JSON of `vrijrooster rounds --json`",
      params: IdParam,
      responses: { 200: { description: "The plan", schema: RoundsPlanSchema } },
      handler: ({ params, res }) => res.json(planOf(params.id).plan),
    }),
    route({
      method: "get",
      path: "/api/round-plans/:id/ics",
      tag: "rounds",
      auth: true,
      summary: "A plan as one calendar file (every session; lead and note-taker in the description)",
      params: IdParam,
      responses: { 200: { description: "The calendar", schema: z.string(), contentType: "text/calendar" } },
      handler: ({ params, res }) => {
        const row = planOf(params.id);
        const ics = renderPlanIcs(context(row).ctx, row.plan, { now: new Date(row.createdAt) });
        res.type("text/calendar; charset=utf-8");
        res.setHeader("Content-Disposition", `attachment; filename="${slug(row.plan.name)}.ics"`);
        res.send(ics);
      },
    }),
    route({
      method: "post",
      path: "/api/round-plans/:id/feeds",
      tag: "rounds",
      auth: true,
      summary: "Publish a plan's calendar feeds: per participant and per site ('who is on site')",
      description:
        "Feeds of the same rounds file and view are updated in place (same URL) unless rotate=true. " +
        "List them with GET /api/scenarios/{id}/feeds (view 'rounds:<rounds id>:person:<id>'), revoke with DELETE /api/feeds/{id}.",
      params: IdParam,
      body: FeedsBody,
      bodyOptional: true,
      bodyLabel: "De aanvraag",
      responses: {
        201: {
          description: "The feeds; URLs only for new tokens",
          schema: z.object({ feeds: z.array(Published) }),
        },
      },
      handler: ({ params, body, req, res }) => {
        const row = planOf(params.id);
        const { cand, ctx: bound } = context(row);
        const feeds = publishRoundsFeeds(store, row, cand, bound, {
          views: body.views,
          rotate: body.rotate,
          baseUrl: baseUrlOf(ctx, req),
        });
        res.status(201).json({ feeds });
      },
    }),
  ];
}
