// The pupils' atelier assignment of a stored candidate's scenario version (issue 10, Top-3 atelier choices):
// per atelier plan and rotation round, which pupil goes to which atelier, and the warning when the pupils'
// choices run out. Computed from the scenario as the solve does (solver/atelier-assign.ts); nothing is stored.
import { Timetable } from "../../src/model/index.js";
import { assignAteliers } from "../../solver/atelier-assign.js";
import type { ApiContext } from "../context.js";
import { notFound } from "../problem.js";
import { route } from "../route.js";
import { parseStoredScenario } from "../stored.js";
import { IdParam } from "./common.js";

const Ateliers = Timetable.shape.ateliers.unwrap().meta({ id: "AtelierAssignments" });

export function atelierRoutes(ctx: ApiContext) {
  const { store } = ctx;
  return [
    route({
      method: "get",
      path: "/api/candidates/:id/ateliers",
      tag: "candidates",
      auth: true,
      summary: "The pupils' atelier assignment per rotation round (the same for every candidate of a version)",
      params: IdParam,
      responses: { 200: { description: "One entry per atelier plan ([] without ateliers)", schema: Ateliers } },
      handler: ({ params, res }) => {
        const row = store.getCandidate(params.id);
        if (!row) throw notFound("Kandidaat", params.id);
        const stored = store.getScenario(row.scenarioId, row.scenarioVersion);
        if (!stored) throw notFound("Scenario", row.scenarioId);
        res.json(assignAteliers(parseStoredScenario(stored.body)));
      },
    }),
  ];
}
