// The bundled example schools (fixtures/): list them, and store one as a new scenario to try things out.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { normaliseScenario } from "../../src/model/index.js";
import type { ApiContext } from "../context.js";
import { fixturesDir } from "../paths.js";
import { notFound } from "../problem.js";
import { route } from "../route.js";
import { Created, IdParam } from "./common.js";

export const EXAMPLE_IDS = ["village-school", "city-school", "coteaching-school", "atelier-school"] as const;

const Example = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    classes: z.number().int().meta({ description: "Number of classes (groups)" }),
    staff: z.number().int(),
    releaseGoals: z.number().int(),
  })
  .meta({ id: "Example" });

interface Loaded {
  info: z.output<typeof Example>;
  raw: Record<string, unknown>;
}

export function exampleRoutes(ctx: ApiContext, dir = fixturesDir()) {
  const cache = new Map<string, Loaded>();
  const load = (id: string): Loaded => {
    let hit = cache.get(id);
    if (!hit) {
      const raw = JSON.parse(readFileSync(join(dir, `${id}.json`), "utf8")) as Record<string, unknown>;
      const count = (k: string) => (Array.isArray(raw[k]) ? (raw[k] as unknown[]).length : 0);
      const info = {
        id,
        name: String(raw.name ?? id),
        description: String(raw.description ?? ""),
        classes: count("groups"),
        staff: count("staff"),
        releaseGoals: count("releaseGoals"),
      };
      cache.set(id, (hit = { info, raw }));
    }
    return hit;
  };
  const known = (id: string) => (EXAMPLE_IDS as readonly string[]).includes(id);
  return [
    route({
      method: "get",
      path: "/api/examples",
      tag: "examples",
      auth: true,
      summary: "The bundled example schools",
      responses: { 200: { description: "Examples", schema: z.array(Example) } },
      handler: ({ res }) => res.json(EXAMPLE_IDS.map((id) => load(id).info)),
    }),
    route({
      method: "post",
      path: "/api/examples/:id",
      tag: "examples",
      auth: true,
      summary: "Store an example school as a new scenario (version 1)",
      params: IdParam,
      responses: { 201: { description: "Stored", schema: Created } },
      handler: ({ params, res }) => {
        if (!known(params.id)) throw notFound("Voorbeeld", params.id);
        const scenario = normaliseScenario(load(params.id).raw); // stored as validated, like every scenario
        const row = ctx.store.createScenario(scenario.name, scenario);
        res.status(201).location(`/api/scenarios/${row.id}`).json({ id: row.id, version: row.version });
      },
    }),
  ];
}
