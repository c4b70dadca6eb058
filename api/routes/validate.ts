// The rule checker over HTTP: a scenario (sent or stored), optionally with a timetable or one candidate week.
import { z } from "zod";
import { checkAll } from "../../constraints/check.js";
import { Candidate, Scenario, Timetable, Violation } from "../../src/model/index.js";
import type { ApiContext } from "../context.js";
import { HttpProblem, notFound } from "../problem.js";
import { route } from "../route.js";
import { parseStoredScenario } from "../stored.js";

const ValidateBody = z
  .object({
    scenario: Scenario.optional().meta({ description: "A scenario to check (or give scenarioId)" }),
    scenarioId: z.string().optional().meta({ description: "A stored scenario to check against" }),
    version: z
      .number()
      .int()
      .min(1)
      .optional()
      .meta({ description: "Version of the stored scenario; default the latest" }),
    timetable: Timetable.optional().meta({ description: "A whole timetable: every candidate is checked" }),
    candidate: Candidate.optional().meta({ description: "One candidate week" }),
  })
  .meta({ id: "ValidateRequest" });

const Report = z
  .object({
    ok: z.boolean(),
    counts: z.object({ hard: z.number(), soft: z.number(), warning: z.number() }),
    violations: z.array(Violation),
  })
  .meta({ id: "CheckReport" });

export function validateRoutes(ctx: ApiContext) {
  return [
    route({
      method: "post",
      path: "/api/validate",
      tag: "validate",
      auth: true,
      summary: "Check a scenario, or a timetable against a scenario (the rule checker's report)",
      description:
        "Give exactly one of `scenario` and `scenarioId`, and optionally `timetable` or `candidate`. An invalid scenario is a 422 naming the field; rule violations are a 200 with ok=false.",
      body: ValidateBody,
      bodyLabel: "De aanvraag",
      responses: {
        200: {
          description: "The checker's report",
          schema: z.object({ ok: z.boolean(), scenario: Report, candidates: z.array(Report) }),
        },
      },
      handler: ({ body, res }) => {
        if (!!body.scenario === !!body.scenarioId) {
          throw new HttpProblem(422, "invalid-input", "Geef precies één van 'scenario' en 'scenarioId'", [
            { field: "scenario", pointer: "/scenario", detail: "Geef 'scenario' of 'scenarioId'" },
          ]);
        }
        let scenario = body.scenario;
        if (body.scenarioId) {
          const stored = ctx.store.getScenario(body.scenarioId, body.version);
          if (!stored) throw notFound("Scenario", body.scenarioId);
          scenario = parseStoredScenario(stored.body);
        }
        const timetable = body.candidate
          ? { status: body.candidate.status, candidates: [body.candidate], conflicts: [] }
          : body.timetable;
        const result = checkAll(scenario!, timetable);
        res.json({ ok: result.scenario.ok && result.candidates.every((c) => c.ok), ...result });
      },
    }),
  ];
}
