// One route definition serves three purposes: the express handler, its zod validation and its OpenAPI
// operation. Routes are declared with route() in api/routes/*.ts and mounted by api/app.ts.
import type { Express, Request, RequestHandler, Response } from "express";
import { z } from "zod";
import "zod-openapi"; // type augmentation of .meta()
import { invalid, HttpProblem, ProblemSchema } from "./problem.js";

type Infer<T> = T extends z.ZodType ? z.output<T> : undefined;

export interface ResponseDef {
  description: string;
  schema?: z.ZodType;
  /** Default application/json. */
  contentType?: string;
}

export interface RouteDef<P = unknown, Q = unknown, B = unknown> {
  method: "get" | "post" | "put" | "delete";
  /** express path, e.g. /api/scenarios/:id */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  /** true: needs `Authorization: Bearer <API key>`. */
  auth: boolean;
  params?: P;
  query?: Q;
  body?: B;
  /** Name of the body in error messages, e.g. "Het scenario". */
  bodyLabel?: string;
  /** A missing body counts as {} (e.g. solve options). */
  bodyOptional?: boolean;
  responses: Record<number, ResponseDef>;
  handler(input: { params: Infer<P>; query: Infer<Q>; body: Infer<B>; req: Request; res: Response }): unknown;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRoute = RouteDef<any, any, any>;

export function route<
  P extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
>(def: RouteDef<P, Q, B>): AnyRoute {
  return def as AnyRoute;
}

/** Bad path or query parameters are a 400; a well-formed body with wrong content is a 422. */
function parsePart(
  schema: z.ZodType | undefined,
  data: unknown,
  label: string,
  prefix: PropertyKey[],
  status: 400 | 422,
): unknown {
  if (!schema) return undefined;
  // reportInput: lets the messages tell "wrong type" from "missing" (zod 4 omits the input otherwise).
  const r = schema.safeParse(data, { reportInput: true });
  if (!r.success) {
    const p = invalid(r.error, label, prefix);
    throw new HttpProblem(status, p.slug, p.detail, p.errors, p.errorCount);
  }
  return r.data;
}

export function mount(app: Express, routes: AnyRoute[], requireKey: RequestHandler): void {
  for (const def of routes) {
    const handler: RequestHandler = async (req, res) => {
      const params = parsePart(def.params, req.params, "Het pad", ["path"], 400);
      const query = parsePart(def.query, req.query, "De query", ["query"], 400);
      let raw: unknown = req.body;
      if (def.body && raw === undefined) {
        if (!def.bodyOptional)
          throw new HttpProblem(400, "malformed-json", "Stuur een JSON-body met Content-Type: application/json");
        raw = {};
      }
      const body = parsePart(def.body, raw, def.bodyLabel ?? "De body", [], 422);
      await def.handler({ params, query, body, req, res });
    };
    const chain = def.auth ? [requireKey, handler] : [handler];
    app[def.method](def.path, ...chain);
  }
}

/** express `/a/:id` → OpenAPI `/a/{id}` */
const openApiPath = (p: string) => p.replace(/:([A-Za-z_]+)/g, "{$1}");

export function openApiPaths(routes: AnyRoute[]): Record<string, Record<string, unknown>> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const def of routes) {
    const responses: Record<string, unknown> = {};
    for (const [code, r] of Object.entries(def.responses)) {
      responses[code] = {
        description: r.description,
        ...(r.schema ? { content: { [r.contentType ?? "application/json"]: { schema: r.schema } } } : {}),
      };
    }
    const problems = [400, 404, 413, 422, ...(def.auth ? [401] : [])].filter(
      (c) => !(c in def.responses) && (c !== 413 || def.body),
    );
    for (const c of problems)
      responses[c] = {
        description: "Probleem (RFC 9457)",
        content: { "application/problem+json": { schema: ProblemSchema } },
      };
    const op: Record<string, unknown> = {
      tags: [def.tag],
      summary: def.summary,
      ...(def.description ? { description: def.description } : {}),
      ...(def.auth ? { security: [{ apiKey: [] }] } : { security: [] }),
      ...(def.params || def.query
        ? { requestParams: { ...(def.params ? { path: def.params } : {}), ...(def.query ? { query: def.query } : {}) } }
        : {}),
      ...(def.body
        ? { requestBody: { required: !def.bodyOptional, content: { "application/json": { schema: def.body } } } }
        : {}),
      responses,
    };
    (paths[openApiPath(def.path)] ??= {})[def.method] = op;
  }
  return paths;
}
