// RFC 9457 problem details (application/problem+json). Every 4xx/5xx the API sends goes through here,
// so a client always gets { type, title, status, detail, instance } and, for bad input, the offending fields.
import type { ErrorRequestHandler, Request, RequestHandler } from "express";
import { z } from "zod";
import { formatPath, InputError, issuePath, MAX_PROBLEMS, problemsOf } from "../src/model/index.js";

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
  gone: "Niet meer beschikbaar",
  "not-acceptable": "Niet mogelijk",
  internal: "Interne fout",
};

export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly slug: string,
    readonly detail: string,
    readonly errors?: FieldError[],
    /** How many field errors there were in all (errors lists at most MAX_PROBLEMS). */
    readonly errorCount?: number,
  ) {
    super(detail);
  }
}

export const notFound = (what: string, id: string) => new HttpProblem(404, "not-found", `${what} '${id}' bestaat niet`);

const pointerOf = (path: PropertyKey[]) =>
  "/" + path.map((p) => String(p).replace(/~/g, "~0").replace(/\//g, "~1")).join("/");

/** zod issues → field errors (the first MAX_PROBLEMS); `prefix` places them inside the request (e.g. ["scenario"]). */
export function fieldErrors(error: z.ZodError, prefix: PropertyKey[] = []): FieldError[] {
  const issues = error.issues.slice(0, MAX_PROBLEMS);
  const messages = problemsOf(new z.ZodError(issues));
  return issues.map((issue, i) => {
    const path = [...prefix, ...issuePath(issue)];
    return {
      field: formatPath(path),
      pointer: pointerOf(path),
      detail: messages[i].message,
    };
  });
}

export function invalid(error: z.ZodError, where: string, prefix: PropertyKey[] = []): HttpProblem {
  const errors = fieldErrors(error, prefix);
  const total = error.issues.length;
  const first = errors[0];
  const more = total > errors.length ? ` (en nog ${total - 1}; de eerste ${errors.length} staan in errors)` : "";
  const detail = `${where} is ongeldig: ${first.field}: ${first.detail}${more || (total > 1 ? ` (en nog ${total - 1})` : "")}`;
  return new HttpProblem(422, "invalid-input", detail, errors, total);
}

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
    errors: z
      .array(z.object({ field: z.string(), pointer: z.string(), detail: z.string() }))
      .max(MAX_PROBLEMS)
      .optional()
      .meta({ description: `The offending fields: the first ${MAX_PROBLEMS}` }),
    errorCount: z.number().int().optional().meta({ description: "How many field errors there were in all" }),
  })
  .meta({ id: "Problem", description: "RFC 9457 problem details" });

/** Query parameters that may carry a secret: never echoed back (nor logged by a proxy that logs the body). */
const SECRET_PARAM = /^(key|api[-_]?key|token|access[-_]?token|code|auth|authorization|password|secret|session)$/i;

/** The request path as `instance`, with secrets in the query replaced by "***" and feed tokens hidden. */
export function instanceOf(originalUrl: string): string {
  const q = originalUrl.indexOf("?");
  let path = q < 0 ? originalUrl : originalUrl.slice(0, q);
  path = path.replace(/^\/ical\/[^/]+$/i, "/ical/***.ics");
  if (q < 0) return path;
  const params = new URLSearchParams(originalUrl.slice(q + 1));
  for (const k of [...params.keys()]) if (SECRET_PARAM.test(k)) params.set(k, "***");
  const rest = params.toString();
  return rest ? `${path}?${rest}` : path;
}

export function sendProblem(req: Request, res: Parameters<RequestHandler>[1], p: HttpProblem): void {
  const body = {
    type: `/docs#problem-${p.slug}`,
    title: PROBLEM_TITLES[p.slug] ?? p.slug,
    status: p.status,
    detail: p.detail,
    instance: instanceOf(req.originalUrl),
    ...(p.errors ? { errors: p.errors, errorCount: p.errorCount ?? p.errors.length } : {}),
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
      err.total,
    );
  else if (typeof e.status === "number" && e.status >= 400 && e.status < 500)
    p = new HttpProblem(e.status, "invalid-input", e.message ?? "Ongeldig verzoek");
  else {
    if (process.env.VRIJROOSTER_DEBUG) console.error(err);
    p = new HttpProblem(500, "internal", "Er ging iets mis in Vrijrooster (niet in uw invoer). Meld het aan het team.");
  }
  sendProblem(req, res, p);
};
