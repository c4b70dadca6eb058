// The API over real HTTP, as the API tests call it: one request helper and one job poller.
export interface Reply {
  status: number;
  headers: Headers;
  type: string;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any;
}

export interface RequestOptions {
  /** Sent as `Authorization: Bearer <key>`; null sends no key. */
  key?: string | null;
  body?: unknown;
  /** A body sent as it is (e.g. malformed JSON). */
  raw?: string;
  headers?: Record<string, string>;
}

export async function request(
  baseUrl: string,
  method: string,
  path: string,
  opts: RequestOptions = {},
): Promise<Reply> {
  const headers: Record<string, string> = {
    ...(opts.key ? { authorization: `Bearer ${opts.key}` } : {}),
    ...opts.headers,
  };
  if (opts.body !== undefined || opts.raw !== undefined) headers["content-type"] ??= "application/json";
  const body = opts.raw ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body));
  const res = await fetch(baseUrl + path, { method, headers, body });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined; // not JSON (a feed, a page, an empty 204)
  }
  return { status: res.status, headers: res.headers, type: res.headers.get("content-type") ?? "", text, json };
}

/** Polls GET /api/jobs/{id} until the job has ended; fails after `timeoutMs`. */
export async function waitForJob(get: (path: string) => Promise<Reply>, id: string, timeoutMs = 90_000) {
  const t0 = Date.now();
  for (;;) {
    const job = (await get(`/api/jobs/${id}`)).json;
    if (!["queued", "running"].includes(job.status)) return job;
    if (Date.now() - t0 > timeoutMs) throw new Error(`job ${id} still ${job.status}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
