// Solve jobs: submit (202), poll status and progress, cancel.
import { z } from "zod";
import { checkLocks, Conflict, Locks, SOLVE_LIMITS } from "../../src/model/index.js";
import type { ApiContext } from "../context.js";
import { HttpProblem, notFound } from "../problem.js";
import { route } from "../route.js";
import type { JobRow } from "../store.js";
import { IdParam } from "./common.js";
import { parseStoredScenario } from "../stored.js";

const SolveBody = z
  .object({
    candidates: z
      .number()
      .int()
      .min(1)
      .max(SOLVE_LIMITS.candidates)
      .optional()
      .meta({ description: "How many diverse candidates (solver default if omitted)" }),
    timeLimitSeconds: z.number().positive().max(SOLVE_LIMITS.timeLimitSeconds).optional(),
    engine: z.enum(["highs", "jslp"]).optional(),
    version: z.number().int().min(1).optional().meta({ description: "Scenario version to solve; default the latest" }),
    locks: Locks.optional().meta({ description: "Keep agreed blocks and lessons, keep windows free (docs/locks.md)" }),
  })
  .strict()
  .meta({ id: "SolveRequest" });

export const JobSchema = z
  .object({
    id: z.string(),
    kind: z.enum(["solve", "rounds"]).meta({ description: "A school week (solve) or a round of meetings (rounds)" }),
    scenarioId: z.string(),
    scenarioVersion: z.number().int(),
    status: z.enum(["queued", "running", "done", "failed", "cancelled"]),
    options: z.object({
      candidates: z.number().optional(),
      timeLimitSeconds: z.number().optional(),
      engine: z.string().optional(),
      locks: Locks.optional(),
      rounds: z
        .object({ id: z.string(), version: z.number().int(), candidate: z.string() })
        .optional()
        .meta({ description: "A rounds job: this version of the rounds file planned against this candidate" }),
    }),
    progress: z
      .object({
        phase: z.string(),
        message: z.string(),
        messageEn: z.string().optional(),
        elapsedMs: z.number(),
        fraction: z.number().optional(),
      })
      .nullable(),
    error: z
      .object({ code: z.string(), message: z.string(), messageEn: z.string().optional() })
      .nullable()
      .meta({ description: "code 'interrupted' = the server stopped while it ran" }),
    resultStatus: z
      .string()
      .nullable()
      .meta({ description: "The timetable status: optimal | feasible | infeasible | timeout | invalid" }),
    conflicts: z.array(Conflict),
    candidates: z.array(z.string()).meta({ description: "Candidate ids, best first" }),
    candidatesNote: z
      .object({ nl: z.string(), en: z.string() })
      .nullable()
      .meta({ description: "Why fewer candidates came back than asked (no other meaningful week, or time ran out)" }),
    roundsPlan: z
      .string()
      .nullable()
      .meta({ description: "A finished rounds job's plan (GET /api/round-plans/{id}), else null" }),
    createdAt: z.string(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: "Job" });

const jobJson = (j: JobRow) => j;

export function jobRoutes(ctx: ApiContext) {
  const { store, jobs } = ctx;
  return [
    route({
      method: "post",
      path: "/api/scenarios/:id/solve",
      tag: "jobs",
      auth: true,
      summary: "Start a solve job (202); poll GET /api/jobs/{id}",
      description:
        "Jobs run in worker threads, at most VRIJROOSTER_SOLVE_CONCURRENCY at once (default 1); the rest wait in a queue.",
      params: IdParam,
      body: SolveBody,
      bodyOptional: true,
      bodyLabel: "De rekenopties",
      responses: { 202: { description: "Accepted: the job", schema: JobSchema } },
      handler: ({ params, body, res }) => {
        const s = store.getScenario(params.id, body.version);
        if (!s) throw notFound(body.version ? `Versie ${body.version} van scenario` : "Scenario", params.id);
        const { version: _v, ...options } = body;
        // A lock naming a goal, class or subject this scenario lacks is the caller's mistake: a 422 now,
        // not a failed job later.
        const problems = body.locks ? checkLocks(body.locks, parseStoredScenario(s.body)) : [];
        if (problems.length > 0) {
          const errors = problems.map((p) => ({
            field: p.path,
            pointer: "/" + p.path.replace(/\[(\d+)\]/g, "/$1").replace(/\./g, "/"),
            detail: p.message,
          }));
          throw new HttpProblem(
            422,
            "invalid-input",
            `De rekenopties zijn ongeldig: ${errors[0].field}: ${errors[0].detail}`,
            errors,
          );
        }
        const job = jobs.submit(s.id, s.version, options);
        res.status(202).location(`/api/jobs/${job.id}`).json(jobJson(job));
      },
    }),
    route({
      method: "get",
      path: "/api/jobs",
      tag: "jobs",
      auth: true,
      summary: "List jobs",
      query: z.object({
        scenario: z.string().optional(),
        kind: z
          .enum(["solve", "rounds", "all"])
          .default("solve")
          .meta({ description: "Solves (default), rounds jobs, or all" }),
      }),
      responses: { 200: { description: "Jobs, oldest first", schema: z.array(JobSchema) } },
      handler: ({ query, res }) =>
        res.json(
          store
            .listJobs(query.scenario)
            .filter((j) => query.kind === "all" || j.kind === query.kind)
            .map((j) => jobs.get(j.id) ?? j),
        ),
    }),
    route({
      method: "get",
      path: "/api/jobs/:id",
      tag: "jobs",
      auth: true,
      summary: "Job status and progress",
      params: IdParam,
      responses: { 200: { description: "The job", schema: JobSchema } },
      handler: ({ params, res }) => {
        const job = jobs.get(params.id);
        if (!job) throw notFound("Job", params.id);
        res.json(jobJson(job));
      },
    }),
    route({
      method: "delete",
      path: "/api/jobs/:id",
      tag: "jobs",
      auth: true,
      summary: "Cancel a queued or running job",
      params: IdParam,
      responses: {
        200: { description: "The cancelled job", schema: JobSchema },
        409: { description: "The job had already ended" },
      },
      handler: ({ params, res }) => {
        const job = jobs.get(params.id);
        if (!job) throw notFound("Job", params.id);
        if (!jobs.cancel(params.id))
          throw new HttpProblem(409, "conflict", `Job '${params.id}' is al beëindigd (${job.status})`);
        res.json(jobJson(jobs.get(params.id)!));
      },
    }),
  ];
}
