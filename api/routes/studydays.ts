// The study-day planner over HTTP (what `vrijrooster studydays` prints).
import { z } from "zod";
import { planStudyDays } from "../../src/calendar/index.js";
import { parseScenario } from "../../src/model/index.js";
import type { ApiContext } from "../context.js";
import { HttpProblem, notFound } from "../problem.js";
import { route } from "../route.js";
import { IdParam } from "./common.js";
import { parseStoredScenario } from "../stored.js";

const Query = z.object({
  want: z.coerce
    .number()
    .min(0)
    .max(20)
    .refine((n) => (n * 2) % 1 === 0, { message: "Geef een aantal dagen in halve dagen (bv. 1.5 of 2)" })
    .optional()
    .meta({ description: "Days the school would like (default: the legal budget, 1.5)", example: 1.5 }),
  trainer: z.string().min(1).max(100).optional().meta({ description: "An external's id to plan around" }),
  version: z.coerce.number().int().min(1).optional().meta({ description: "Scenario version; default the latest" }),
});

const Plan = z
  .object({
    schoolYear: z.string(),
    budget: z.number(),
    alreadyPlanned: z.number(),
    want: z.number(),
    proposals: z.array(
      z.object({
        date: z.string(),
        part: z.enum(["full", "am", "pm"]),
        trainers: z.array(z.string()),
        reason: z.string(),
      }),
    ),
    derogation: z
      .object({
        extraDays: z.number(),
        deadline: z.string(),
        deadlinePassed: z.boolean(),
        message: z.string(),
        messageEn: z.string(),
      })
      .optional(),
    messages: z.array(z.string()),
  })
  .meta({ id: "StudyDayPlan" });

export function studyDayRoutes(ctx: ApiContext) {
  return [
    route({
      method: "get",
      path: "/api/scenarios/:id/studydays",
      tag: "scenarios",
      auth: true,
      summary: "Propose dates for the pedagogical study days",
      description: "Within the legal budget (1.5 days); asking more says a derogation is needed and by when.",
      params: IdParam,
      query: Query,
      responses: { 200: { description: "The proposal", schema: Plan } },
      handler: ({ params, query, res }) => {
        const stored = ctx.store.getScenario(params.id, query.version);
        if (!stored) throw notFound(query.version ? `Versie ${query.version} van scenario` : "Scenario", params.id);
        const scenario = parseStoredScenario(stored.body);
        if (query.trainer && !scenario.externals.some((e) => e.id === query.trainer)) {
          const detail = `Onbekende externe '${query.trainer}': geen extern met dat id in dit scenario`;
          const errors = [{ field: "query.trainer", pointer: "/query/trainer", detail }];
          throw new HttpProblem(400, "invalid-input", detail, errors);
        }
        res.json(planStudyDays(scenario, { want: query.want, trainer: query.trainer }));
      },
    }),
  ];
}
