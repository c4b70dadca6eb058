// Export of one proposed week (issue 13, "also in the web app"): the same workbook, csv tables and FET file as
// `vrijrooster export`, as a download. csv comes as one table at a time (`table=klassen|leerkrachten|…`).
// html and pdf: every printed page (per class, per teacher, per meeting, the staff load) from the one print
// renderer (src/export/print), the pdf printed by the server's Chromium.
import { z } from "zod";
import { buildFet, buildWorkbook, CSV_FILES, csvTables } from "../../src/export/index.js";
import { htmlToPdf, NoChromiumError } from "../../src/export/print/pdf.js";
import type { ApiContext } from "../context.js";
import { HttpProblem, notFound } from "../problem.js";
import { route } from "../route.js";
import { parseStoredScenario } from "../stored.js";
import { IdParam } from "./common.js";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const TABLES = CSV_FILES.map((f) => f.replace(/\.csv$/, "")) as [string, ...string[]];

const ExportQuery = z
  .object({
    format: z.enum(["xlsx", "csv", "fet", "html", "pdf"]).meta({
      description: "xlsx (four sheets), one csv table, FET, or the printable pages as HTML or PDF (A4 landscape)",
    }),
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
      summary: "Download a proposed week as a workbook (xlsx), a csv table, a FET file, or printable HTML or PDF",
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
        if (query.format === "html" || query.format === "pdf") {
          // React's server renderer loads on the first printed export, not when the server starts.
          const { printHtml } = await import("../../src/export/print/html.js");
          const { html } = printHtml(scenario, row.candidate, { rank: row.rank, load: true });
          if (query.format === "html") {
            // Self-contained: only its own inline stylesheet, nothing to load, no scripts.
            res.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
            return void res.type("text/html; charset=utf-8").attachment(`${base}.html`).send(html);
          }
          let pdf: Buffer;
          try {
            pdf = await htmlToPdf(html);
          } catch (e) {
            if (e instanceof NoChromiumError)
              throw new HttpProblem(503, "not-acceptable", e.message.replace("--format html", "format=html"));
            throw e;
          }
          return void res.type("application/pdf").attachment(`${base}.pdf`).send(pdf);
        }
        const tables = csvTables(scenario, row.candidate) as Record<string, string>;
        res.type("text/csv; charset=utf-8").attachment(`${base}-${query.table}.csv`).send(tables[`${query.table}.csv`]);
      },
    }),
  ];
}
