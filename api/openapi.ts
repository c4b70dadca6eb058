// OpenAPI 3.1 from the routes' zod schemas, and /docs: a self-contained page that renders it (no CDN).
import { createDocument } from "zod-openapi";
import { PROBLEM_TITLES } from "./problem.js";
import { openApiPaths, type AnyRoute } from "./route.js";

export function openApiDocument(routes: AnyRoute[]): unknown {
  return createDocument(
    {
      openapi: "3.1.0",
      info: {
        title: "Vrijrooster API",
        version: "0.1.0",
        description:
          "Release-time timetables for Flemish primary schools. Every /api route needs `Authorization: Bearer <API key>` " +
          "or a browser session (cookie vr_session from the sign-in link GET /login?code=…), except /api/health; " +
          "calendar feeds need only their token. Errors are RFC 9457 application/problem+json.",
      },
      components: {
        securitySchemes: {
          apiKey: { type: "http", scheme: "bearer", description: "VRIJROOSTER_API_KEY or <data dir>/api-key" },
        },
      },
      paths: openApiPaths(routes) as never,
    },
    { allowEmptySchema: { custom: true } } as never,
  );
}

const esc = (s: unknown) =>
  String(s ?? "").replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

/** A readable page: every route with its summary, parameters, body schema link and responses. */
export function docsPage(doc: unknown): string {
  const d = doc as {
    info: { title: string; description: string };
    paths: Record<string, Record<string, Record<string, unknown>>>;
  };
  const rows: string[] = [];
  for (const [path, ops] of Object.entries(d.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const params = ((op.parameters as { name: string; in: string; required?: boolean }[]) ?? []).map(
        (p) => `<code>${esc(p.name)}</code> (${esc(p.in)}${p.required ? ", verplicht" : ""})`,
      );
      const responses = Object.entries((op.responses as Record<string, { description: string }>) ?? {}).map(
        ([c, r]) => `<code>${esc(c)}</code> ${esc(r.description)}`,
      );
      const body = op.requestBody
        ? "<details><summary>body schema</summary><pre>" +
          esc(
            JSON.stringify(
              (op.requestBody as { content: Record<string, { schema: unknown }> }).content["application/json"]?.schema,
              null,
              1,
            ),
          ) +
          "</pre></details>"
        : "";
      const secure = (op.security as unknown[])?.length ? "🔑" : "open";
      rows.push(
        `<section><h3><span class="m ${esc(method)}">${esc(method.toUpperCase())}</span> <code>${esc(path)}</code> <small>${secure}</small></h3>` +
          `<p>${esc(op.summary)}</p>${op.description ? `<p class="d">${esc(op.description)}</p>` : ""}` +
          (params.length ? `<p>Parameters: ${params.join(", ")}</p>` : "") +
          body +
          `<p>Antwoorden: ${responses.join(" · ")}</p></section>`,
      );
    }
  }
  const problems = Object.entries(PROBLEM_TITLES).map(
    ([slug, title]) => `<li id="problem-${esc(slug)}"><code>${esc(slug)}</code> — ${esc(title)}</li>`,
  );
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${esc(d.info.title)}</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<style>body{font:15px/1.45 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
section{border-top:1px solid #ddd;padding:.3rem 0}h3{margin:.6rem 0 .2rem;font-size:1rem}.m{display:inline-block;min-width:4.2rem;font-family:monospace}
.get{color:#06c}.post{color:#080}.put{color:#a60}.delete{color:#c00}.d{color:#555}pre{background:#f6f6f6;padding:.5rem;max-height:20rem;overflow:auto;font-size:12px}</style>
</head><body><h1>${esc(d.info.title)}</h1><p>${esc(d.info.description)}</p>
<p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1).</p>
${rows.join("\n")}
<h2>Probleemtypes (RFC 9457)</h2><ul>${problems.join("")}</ul></body></html>`;
}
