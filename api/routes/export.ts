// Export of one proposed week (issue 13, "also in the web app"): the same workbook, csv tables and FET file as
// `vrijrooster export`, as a download. csv comes as one table at a time (`table=klassen|leerkrachten|…`).
import { z } from "zod";
import { buildFet, buildWorkbook, CSV_FILES, csvTables } from "../../src/export/index.js";
import type { ApiContext } from "../context.js";
import { notFound } from "../problem.js";
import { route } from "../route.js";
import { parseStoredScenario } from "../stored.js";
import { IdParam } from "./common.js";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const TABLES = CSV_FILES.map((f) => f.replace(/\.csv$/, "")) as [string, ...string[]];

const ExportQuery = z
  .object({
    format: z.enum(["xlsx", "csv", "fet"]).meta({ description: "xlsx (four sheets), one csv table, or FET" }),
    table: z
      .enum(TABLES)
      .default("klassen")
      .meta({ description: "csv only: which table (klassen, leerkrachten, overleg, opdrachten)" }),
  })
  .strict();

/** A file name from the school's name: letters, digits and dashes only. */
const fileBase = (name: string, rank: number) =>
  `${name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60)}-week-${rank}`;

export function exportRoutes(ctx: ApiContext) {
  const { store } = ctx;
  return [
    route({
      method: "get",
      path: "/api/candidates/:id/export",
      tag: "candidates",
      auth: true,
      summary: "Download a proposed week as a workbook (xlsx), a csv table or a FET file",
      params: IdParam,
      query: ExportQuery,
      responses: {
        200: { description: "The file", contentType: XLSX_TYPE, schema: z.string() },
      },
      handler: async ({ params, query, res }) => {
        const row = store.getCandidate(params.id);
        if (!row) throw notFound("Kandidaat", params.id);
        const stored = store.getScenario(row.scenarioId, row.scenarioVersion);
        if (!stored) throw notFound("Scenario", row.scenarioId);
        const scenario = parseStoredScenario(stored.body);
        const base = fileBase(scenario.name, row.rank);
        if (query.format === "xlsx") {
          const buf = Buffer.from(await buildWorkbook(scenario, row.candidate).xlsx.writeBuffer());
          return void res.type(XLSX_TYPE).attachment(`${base}.xlsx`).send(buf);
        }
        if (query.format === "fet") {
          const { xml } = buildFet(scenario, row.candidate, `kandidaat ${row.rank}`);
          return void res.type("application/xml; charset=utf-8").attachment(`${base}.fet`).send(xml);
        }
        const tables = csvTables(scenario, row.candidate) as Record<string, string>;
        res.type("text/csv; charset=utf-8").attachment(`${base}-${query.table}.csv`).send(tables[`${query.table}.csv`]);
      },
    }),
  ];
}
