// The one way the web app talks to the server: same-origin fetch with the session cookie. Errors arrive as
// RFC 9457 problem+json; they become an ApiError that keeps the field errors for the form that sent them.
export interface FieldError {
  field: string;
  pointer?: string;
  detail: string;
}

export interface Problem {
  title?: string;
  status: number;
  detail: string;
  errors?: FieldError[];
  /** How many field errors there were in all (errors lists at most 50). */
  errorCount?: number;
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail || problem.title || `HTTP ${problem.status}`);
    this.name = "ApiError";
  }
  get status(): number {
    return this.problem.status;
  }
}

/** Called when the server answers 401: the app then shows how to sign in again. */
let onUnauthorized: () => void = () => {};
export function setUnauthorizedHandler(fn: () => void): void {
  onUnauthorized = fn;
}

export async function api<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const { json, ...rest } = init;
  const headers = new Headers(rest.headers);
  headers.set("Accept", "application/json");
  if (json !== undefined) headers.set("Content-Type", "application/json");
  let res: Response;
  try {
    res = await fetch(path, {
      ...rest,
      headers,
      credentials: "same-origin",
      body: json !== undefined ? JSON.stringify(json) : rest.body,
    });
  } catch {
    throw new ApiError({ status: 0, detail: "De server is niet bereikbaar. Draait Vrijrooster nog (npm start)?" });
  }
  if (res.status === 401) onUnauthorized();
  if (!res.ok) {
    let problem: Problem = { status: res.status, detail: res.statusText };
    try {
      problem = { ...(await res.json()), status: res.status };
    } catch {
      /* not JSON: keep the status text */
    }
    throw new ApiError(problem);
  }
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}
