// Worker thread entry of a rounds job: the planner (HiGHS) is synchronous, so it runs here, off the main thread.
import { parentPort, workerData } from "node:worker_threads";
import { InputError, type Candidate, type Scenario } from "../src/model/index.js";
import { planRounds, type Rounds } from "../src/rounds/index.js";

interface Job {
  rounds: Rounds;
  scenario: Scenario;
  week: Candidate;
  timeLimitSeconds?: number;
}

const job = workerData as Job;
planRounds(job.rounds, job.scenario, job.week, { timeLimitSeconds: job.timeLimitSeconds }).then(
  (plan) => parentPort!.postMessage({ type: "result", plan }),
  (e: Error) =>
    parentPort!.postMessage({
      type: "error",
      message: e.message,
      problems: e instanceof InputError ? e.problems : undefined,
    }),
);
