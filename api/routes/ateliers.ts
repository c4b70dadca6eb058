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

/** Stored scenario versions never change: their assignment is computed once (a few LPs per plan and round). */
const MEMO_SIZE = 50;

export function atelierRoutes(ctx: ApiContext) {
  const { store } = ctx;
  const memo = new Map<string, ReturnType<typeof assignAteliers>>();
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
        const key = `${row.scenarioId}@${row.scenarioVersion}`;
        let result = memo.get(key);
        if (!result) {
          result = assignAteliers(parseStoredScenario(stored.body));
          if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value!);
          memo.set(key, result);
        }
        res.json(result);
      },
    }),
  ];
}
