// Candidates: the weeks a solve produced (timetable format of README.md), and comparing two.
import { z } from "zod";
import { Candidate } from "../../src/model/index.js";
import { compareCandidates } from "../compare.js";
import type { ApiContext } from "../context.js";
import { HttpProblem, notFound } from "../problem.js";
import { route } from "../route.js";
import type { CandidateRow } from "../store.js";
import { IdParam } from "./common.js";

const Meta = {
  id: z.string(),
  scenarioId: z.string(),
  scenarioVersion: z.number().int(),
  jobId: z.string().nullable(),
  rank: z.number().int(),
  createdAt: z.string(),
};
const CandidateSummary = z
  .object({
    ...Meta,
    status: z.string(),
    objective: z.number(),
    bound: z.number(),
    metrics: z.record(z.string(), z.unknown()),
    violations: z.number().int(),
    label: z
      .object({ nl: z.string(), en: z.string() })
      .optional()
      .meta({ description: "What was proven about this candidate (e.g. 'the best week')" }),
  })
  .meta({ id: "CandidateSummary" });
const StoredCandidate = z.object({ ...Meta, candidate: Candidate }).meta({ id: "StoredCandidate" });

const summary = (c: CandidateRow) => {
  const { candidate, ...meta } = c;
  return {
    ...meta,
    status: candidate.status,
    objective: candidate.objective,
    bound: candidate.bound,
    metrics: candidate.metrics,
    violations: candidate.violations.length,
    ...(candidate.label ? { label: candidate.label } : {}),
  };
};

export function candidateRoutes(ctx: ApiContext) {
  const { store } = ctx;
  const get = (id: string) =>
    store.getCandidate(id) ??
    (() => {
      throw notFound("Kandidaat", id);
    })();
  return [
    route({
      method: "get",
      path: "/api/scenarios/:id/candidates",
      tag: "candidates",
      auth: true,
      summary: "List a scenario's candidates (every version, oldest solve first, best first within a solve)",
      params: IdParam,
      responses: { 200: { description: "Summaries", schema: z.array(CandidateSummary) } },
      handler: ({ params, res }) => {
        if (!store.getScenario(params.id)) throw notFound("Scenario", params.id);
        res.json(store.listCandidates(params.id).map(summary));
      },
    }),
    route({
      method: "get",
      path: "/api/candidates/:id",
      tag: "candidates",
      auth: true,
      summary: "Get one candidate week",
      params: IdParam,
      responses: {
        200: { description: "The candidate and the scenario version it was solved from", schema: StoredCandidate },
      },
      handler: ({ params, res }) => res.json(get(params.id)),
    }),
    route({
      method: "get",
      path: "/api/compare",
      tag: "candidates",
      auth: true,
      summary: "Compare two candidates: metrics side by side, differing release blocks and lessons",
      query: z.object({ a: z.string().min(1), b: z.string().min(1) }),
      responses: {
        200: {
          description: "The comparison",
          schema: z.object({
            a: CandidateSummary,
            b: CandidateSummary,
            metrics: z.array(
              z.object({ name: z.string(), a: z.unknown(), b: z.unknown(), difference: z.number().nullable() }),
            ),
            releases: z.object({
              same: z.number().int(),
              onlyInA: z.array(z.unknown()),
              onlyInB: z.array(z.unknown()),
            }),
            lessons: z.object({
              same: z.number().int(),
              different: z.array(
                z.object({ group: z.string(), day: z.string(), start: z.string(), a: z.unknown(), b: z.unknown() }),
              ),
            }),
          }),
        },
      },
      handler: ({ query, res }) => {
        const a = get(query.a);
        const b = get(query.b);
        if (a.scenarioId !== b.scenarioId)
          throw new HttpProblem(
            422,
            "invalid-input",
            `Kandidaten '${query.a}' en '${query.b}' horen bij verschillende scenario's: vergelijk voorstellen van dezelfde school`,
            [{ field: "query.b", pointer: "/query/b", detail: `Kies een kandidaat van scenario '${a.scenarioId}'` }],
          );
        res.json({ a: summary(a), b: summary(b), ...compareCandidates(a.candidate, b.candidate) });
      },
    }),
  ];
}
