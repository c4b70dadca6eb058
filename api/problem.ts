// RFC 9457 problem details (application/problem+json). Every 4xx/5xx the API sends goes through here,
// so a client always gets { type, title, status, detail, instance } and, for bad input, the offending fields.
import type { ErrorRequestHandler, Request, RequestHandler } from "express";
import { z } from "zod";
import { formatPath, InputError, problemsOf } from "../src/model/index.js";

export interface FieldError {
  field: string;
  pointer: string;
  detail: string;
}

/** Problem type slugs; the type URI is a reference to the docs page, which describes each one. */
export const PROBLEM_TITLES: Record<string, string> = {
  "invalid-input": "De invoer is ongeldig",
  "malformed-json": "De body is geen geldige JSON",
  "too-large": "De body is te groot",
  unauthorized: "Niet aangemeld, of de API-sleutel ontbreekt of is fout",
  forbidden: "Geweigerd",
  "not-found": "Niet gevonden",
  conflict: "Conflict met de huidige toestand",
  "not-acceptable": "Niet mogelijk",
  internal: "Interne fout",
};

export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly slug: string,
    readonly detail: string,
    readonly errors?: FieldError[],
  ) {
    super(detail);
  }
}

export const notFound = (what: string, id: string) => new HttpProblem(404, "not-found", `${what} '${id}' bestaat niet`);

/** zod issues → field errors; `prefix` places them inside the request (e.g. ["scenario"]). */
export function fieldErrors(error: z.ZodError, prefix: PropertyKey[] = []): FieldError[] {
  const messages = problemsOf(error);
  return error.issues.map((issue, i) => {
    const path = [...prefix, ...issue.path];
    return {
      field: formatPath(path),
      pointer: "/" + path.map((p) => String(p).replace(/~/g, "~0").replace(/\//g, "~1")).join("/"),
      detail: messages[i].message,
    };
  });
}

export function invalid(error: z.ZodError, where: string, prefix: PropertyKey[] = []): HttpProblem {
  const errors = fieldErrors(error, prefix);
  const first = errors[0];
  const detail = `${where} is ongeldig: ${first.field}: ${first.detail}${errors.length > 1 ? ` (en nog ${errors.length - 1})` : ""}`;
  return new HttpProblem(422, "invalid-input", detail, errors);
}

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
    errors: z.array(z.object({ field: z.string(), pointer: z.string(), detail: z.string() })).optional(),
  })
  .meta({ id: "Problem", description: "RFC 9457 problem details" });

export function sendProblem(req: Request, res: Parameters<RequestHandler>[1], p: HttpProblem): void {
  const body = {
    type: `/docs#problem-${p.slug}`,
    title: PROBLEM_TITLES[p.slug] ?? p.slug,
    status: p.status,
    detail: p.detail,
    instance: req.originalUrl,
    ...(p.errors ? { errors: p.errors } : {}),
  };
  if (p.status === 401) res.setHeader("WWW-Authenticate", 'Bearer realm="vrijrooster"');
  res.status(p.status).type("application/problem+json").send(JSON.stringify(body));
}

/** The last middleware: body-parser errors, our problems, InputErrors; anything else is a 500 without a stack. */
export const problemHandler: ErrorRequestHandler = (err, req, res, _next) => {
  if (res.headersSent) return;
  const e = err as { type?: string; status?: number; message?: string };
  let p: HttpProblem;
  if (err instanceof HttpProblem) p = err;
  else if (e.type === "entity.too.large")
    p = new HttpProblem(413, "too-large", "De body is groter dan toegelaten (zie VRIJROOSTER_BODY_LIMIT)");
  else if (e.type === "entity.parse.failed")
    p = new HttpProblem(400, "malformed-json", `De body is geen geldige JSON: ${e.message ?? ""}`.trim());
  else if (err instanceof InputError)
    p = new HttpProblem(
      422,
      "invalid-input",
      err.message,
      err.problems.map((x) => ({ field: x.path, pointer: "", detail: x.message })),
    );
  else if (typeof e.status === "number" && e.status >= 400 && e.status < 500)
    p = new HttpProblem(e.status, "invalid-input", e.message ?? "Ongeldig verzoek");
  else {
    if (process.env.VRIJROOSTER_DEBUG) console.error(err);
    p = new HttpProblem(500, "internal", "Er ging iets mis in Vrijrooster (niet in uw invoer). Meld het aan het team.");
  }
  sendProblem(req, res, p);
};
