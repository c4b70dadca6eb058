// "Wat zou helpen?" (issue 10 item 10): for a stored candidate week, the cheapest single changes of its scenario
// that would meet a goal it misses (or give it more minutes), each re-solved by the real solver. Synchronous like
// "Waarom niet?" (a worker thread, stopped when the caller leaves); nothing is stored.
import { z } from "zod";
import { WhatIf } from "../../src/model/what-if.js";
import type { ApiContext } from "../context.js";
import { whatIfFor } from "../deps.js";
import { HttpProblem, notFound } from "../problem.js";
import { route } from "../route.js";
import { parseStoredScenario } from "../stored.js";
import { IdParam } from "./common.js";

const DEFAULT_SECONDS = 30;

const WhatIfBody = z
  .object({
    goal: z
      .string()
      .min(1)
      .max(100)
      .optional()
      .meta({ description: "One goal's id; default every goal the week misses, and more shared minutes" }),
    seconds: z
      .number()
      .min(5)
      .max(300)
      .optional()
      .meta({ description: `Time for all re-solves together (default ${DEFAULT_SECONDS})` }),
  })
  .strict()
  .meta({ id: "WhatIfRequest" });

export function whatIfRoutes(ctx: ApiContext) {
  const { store } = ctx;
  return [
    route({
      method: "post",
      path: "/api/candidates/:id/what-if",
      tag: "candidates",
      auth: true,
      summary: "What would it take: single changes of the scenario that meet a missed goal, each re-solved",
      description:
        "Re-solves the candidate's scenario version once per change (a person there one half-day more, a class " +
        "merge under the school's own cap, the goal's window one step wider, after-school time, one atelier " +
        "partner more, a 4+2 day like one of the school's grids) and lists, per goal, those that help, cheapest " +
        "first, with the effect the re-solve measured and a patch to make a variant. Nothing is stored.",
      params: IdParam,
      body: WhatIfBody,
      bodyOptional: true,
      bodyLabel: "De vraag",
      responses: { 200: { description: "The options per goal", schema: WhatIf } },
      handler: async ({ params, body, res }) => {
        const row = store.getCandidate(params.id);
        if (!row) throw notFound("Kandidaat", params.id);
        const stored = store.getScenario(row.scenarioId, row.scenarioVersion);
        if (!stored) throw notFound("Scenario", row.scenarioId);
        const scenario = parseStoredScenario(stored.body);
        if (body.goal !== undefined && !scenario.releaseGoals.some((g) => g.id === body.goal)) {
          const detail = `Overlegmoment '${body.goal}' bestaat niet in dit scenario`;
          throw new HttpProblem(422, "invalid-input", detail, [{ field: "goal", pointer: "/goal", detail }]);
        }
        // The browser may give up (page left): stop the worker then instead of solving for nobody.
        const controller = new AbortController();
        res.on("close", () => {
          if (!res.writableEnded) controller.abort();
        });
        try {
          const seconds = body.seconds ?? DEFAULT_SECONDS;
          res.json(await whatIfFor(scenario, row.candidate, { seconds, goal: body.goal, signal: controller.signal }));
        } catch (e) {
          if (controller.signal.aborted) return;
          throw e;
        }
      },
    }),
  ];
}
