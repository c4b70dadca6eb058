// Loading the bundled example at `npm start`: store the scenario (a new version only when the file
// changed), solve it, and publish its feeds with fresh tokens so their URLs can be printed.
import { normaliseScenario, readJsonFile } from "../src/model/index.js";
import type { ApiContext } from "./context.js";
import { publishFeeds, type PublishedFeed } from "./feeds.js";
import type { JobOptions } from "./store.js";

export interface SeedResult {
  scenarioId: string;
  version: number;
  jobId: string;
  /** The timetable status: optimal | feasible | infeasible | timeout | invalid. */
  status: string | null;
  conflicts: { rule: string; message: string; where: string }[];
  candidateIds: string[];
  best: {
    id: string;
    status: string;
    objective: number;
    bound: number;
    metrics: Record<string, unknown>;
    releases: number;
    violations: number;
  } | null;
  feeds: { id: string; view: string; name: string; url: string }[];
  /** The school-wide feed's URL (or the first feed's). */
  exampleFeedUrl: string | null;
}

export async function seedExample(
  target: ApiContext | { ctx: ApiContext },
  scenarioFile: string,
  opts: { baseUrl: string; solve?: JobOptions; views?: string[] },
): Promise<SeedResult> {
  const ctx = "ctx" in target ? target.ctx : target;
  const { store, jobs } = ctx;
  const raw = readJsonFile(scenarioFile);
  const scenario = normaliseScenario(raw); // InputError with field paths when the file is bad
  const existing = store.findScenarioByName(scenario.name);
  const current = existing && store.getScenario(existing.id);
  // Stored as validated (defaults filled in), as the API stores every scenario.
  const row = !current
    ? store.createScenario(scenario.name, scenario)
    : JSON.stringify(current.body) === JSON.stringify(scenario)
      ? current
      : store.addScenarioVersion(current.id, scenario.name, scenario)!;

  const job = await jobs.wait(jobs.submit(row.id, row.version, opts.solve ?? {}).id);
  if (job.status !== "done")
    throw new Error(`Het voorbeeld kon niet berekend worden (${job.status}: ${job.error?.message ?? ""})`);
  const bestRow = job.candidates[0] ? store.getCandidate(job.candidates[0]) : null;
  let feeds: PublishedFeed[] = [];
  if (bestRow) feeds = await publishFeeds(store, bestRow, { views: opts.views, rotate: true, baseUrl: opts.baseUrl });
  const withUrl = feeds.filter((f) => f.url).map((f) => ({ id: f.id, view: f.view, name: f.name, url: f.url! }));
  const c = bestRow?.candidate;
  return {
    scenarioId: row.id,
    version: row.version,
    jobId: job.id,
    status: job.resultStatus,
    conflicts: job.conflicts,
    candidateIds: job.candidates,
    best:
      c && bestRow
        ? {
            id: bestRow.id,
            status: c.status,
            objective: c.objective,
            bound: c.bound,
            metrics: c.metrics,
            releases: c.releases.length,
            violations: c.violations.length,
          }
        : null,
    feeds: withUrl,
    exampleFeedUrl: (withUrl.find((f) => f.view === "school") ?? withUrl[0])?.url ?? null,
  };
}
