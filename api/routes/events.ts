// Live job progress as Server-Sent Events: `progress` while it runs, `end` once, then the stream closes.
import { z } from "zod";
import type { ApiContext } from "../context.js";
import { notFound } from "../problem.js";
import { route } from "../route.js";
import type { JobRow } from "../store.js";
import { IdParam } from "./common.js";

const HEARTBEAT_MS = 15_000;
const ENDED = new Set(["done", "failed", "cancelled"]);

export function eventRoutes(ctx: ApiContext) {
  const { jobs } = ctx;
  return [
    route({
      method: "get",
      path: "/api/jobs/:id/events",
      tag: "jobs",
      auth: true,
      summary: "Follow a job live (Server-Sent Events)",
      description:
        "Events: `progress` (data: the job as GET /api/jobs/{id} returns it) at once and whenever progress changes, " +
        "at most ~4 per second; `end` (data: the final job) when it is done, failed or cancelled, after which the " +
        "stream closes. A job that already ended gets `end` at once. A comment line every 15 s keeps proxies open.",
      params: IdParam,
      responses: { 200: { description: "The event stream", schema: z.string(), contentType: "text/event-stream" } },
      handler: ({ params, res }) => {
        const first = jobs.get(params.id);
        if (!first) throw notFound("Job", params.id);
        res.status(200);
        res.setHeader("Content-Type", "text/event-stream; charset=utf-8");
        res.setHeader("Cache-Control", "no-store");
        res.setHeader("Connection", "keep-alive");
        res.setHeader("X-Accel-Buffering", "no");
        res.flushHeaders();
        const send = (event: string, job: JobRow) => res.write(`event: ${event}\ndata: ${JSON.stringify(job)}\n\n`);

        let last = first;
        let closed = false;
        let lastProgress = "";
        const finish = () => {
          if (closed) return;
          closed = true;
          unsubscribe();
          clearInterval(heartbeat);
          send("end", jobs.get(params.id) ?? last);
          res.end();
        };
        const onEvent = () => {
          if (closed) return;
          const job = jobs.get(params.id);
          if (!job || ENDED.has(job.status)) return finish();
          last = job;
          const key = JSON.stringify([job.status, job.progress]);
          if (key === lastProgress) return;
          lastProgress = key;
          send("progress", job);
        };
        const unsubscribe = jobs.subscribe(params.id, onEvent);
        const heartbeat = setInterval(() => res.write(": heartbeat\n\n"), HEARTBEAT_MS);
        res.on("close", () => {
          closed = true;
          unsubscribe();
          clearInterval(heartbeat);
        });
        onEvent(); // the current state at once (or `end` when it is over already)
      },
    }),
  ];
}
