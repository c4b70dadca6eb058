// "Waarom niet?": why a candidate week has no block for one release goal. The goal is made required and the
// real solver runs again: infeasible → its own explanation in words; a week after all → what it costs.
import { z } from "zod";
import { durationMinutes, InputError, parseScenario, type Candidate, type Timetable } from "../../src/model/index.js";
import type { ApiContext } from "../context.js";
import { solve } from "../deps.js";
import { HttpProblem, notFound } from "../problem.js";
import { route } from "../route.js";
import { IdParam } from "./common.js";

const TIME_LIMIT_SECONDS = 20;

const WhyNot = z
  .object({
    goal: z.string(),
    possible: z
      .boolean()
      .nullable()
      .describe("false: no week has this goal; true: one has, at a cost; null: no answer in time"),
    conflicts: z
      .array(
        z.object({
          rule: z.string(),
          messageId: z.string().optional(),
          message: z.string(),
          messageEn: z.string().optional(),
          where: z.string(),
        }),
      )
      .optional(),
    message: z.string().optional(),
    messageEn: z.string().optional(),
  })
  .meta({ id: "WhyNot" });

interface GoalInfo {
  id: string;
  name: string;
}

const minutesOf = (c: Pick<Candidate, "releases">, goal: string) =>
  c.releases.filter((r) => r.goal === goal).reduce((n, r) => n + durationMinutes(r.start, r.end), 0);

/** In words: the goal fits, and what the other goals lose compared with the candidate the user is looking at. */
export function costMessage(goal: GoalInfo, others: GoalInfo[], before: Candidate, after: Candidate) {
  const losses = others
    .map((g) => ({ g, lost: minutesOf(before, g.id) - minutesOf(after, g.id) }))
    .filter((x) => x.lost > 0);
  const nl = [`${goal.name} kan wel een moment krijgen, maar dan scoort de week in totaal lager`];
  const en = [`${goal.name} can get a time, but then the week scores lower overall`];
  if (losses.length) {
    nl.push(": " + losses.map((x) => `${x.g.name} verliest ${x.lost} minuten`).join(", "));
    en.push(": " + losses.map((x) => `${x.g.name} loses ${x.lost} minutes`).join(", "));
  }
  const met = (c: Candidate) => c.metrics.goalsMet;
  const nlTail =
    `. Overlegmomenten gehaald: ${met(after)} in plaats van ${met(before)}; samen vrijgeroosterd: ` +
    `${after.metrics.releaseMinutes} in plaats van ${before.metrics.releaseMinutes} minuten per week.`;
  const enTail =
    `. Meetings met: ${met(after)} instead of ${met(before)}; released together: ` +
    `${after.metrics.releaseMinutes} instead of ${before.metrics.releaseMinutes} minutes a week.`;
  return { message: nl.join("") + nlTail, messageEn: en.join("") + enTail };
}

export function whyNotRoutes(ctx: ApiContext) {
  const { store } = ctx;
  return [
    route({
      method: "post",
      path: "/api/candidates/:id/why-not",
      tag: "candidates",
      auth: true,
      summary: "Why a release goal has no block in this candidate: the solver explains, or says what it would cost",
      description:
        `Marks the goal required on the candidate's scenario version and solves again (1 candidate, ` +
        `${TIME_LIMIT_SECONDS} s). Nothing is stored.`,
      params: IdParam,
      body: z.object({ goal: z.string().min(1).max(100) }),
      bodyLabel: "De vraag",
      responses: { 200: { description: "The explanation", schema: WhyNot } },
      handler: async ({ params, body, req, res }) => {
        const row = store.getCandidate(params.id);
        if (!row) throw notFound("Kandidaat", params.id);
        const stored = store.getScenario(row.scenarioId, row.scenarioVersion);
        if (!stored) throw notFound("Scenario", row.scenarioId);
        type Goal = { id: string; name: string; required?: boolean };
        const data = structuredClone(stored.body) as { releaseGoals?: Goal[] };
        const goals = data.releaseGoals ?? [];
        const goal = goals.find((g) => g.id === body.goal);
        if (!goal) {
          const detail = `Overlegmoment '${body.goal}' bestaat niet in dit scenario`;
          throw new HttpProblem(422, "invalid-input", detail, [{ field: "goal", pointer: "/goal", detail }]);
        }
        goal.required = true;
        let scenario;
        try {
          scenario = parseScenario(data);
        } catch (e) {
          if (e instanceof InputError) throw new HttpProblem(422, "invalid-input", e.message);
          throw e;
        }
        // The browser may give up (page left): stop the worker then instead of solving for nobody.
        const controller = new AbortController();
        res.on("close", () => {
          if (!res.writableEnded) controller.abort();
        });
        let tt: Timetable;
        try {
          const opts = { candidates: 1, timeLimitSeconds: TIME_LIMIT_SECONDS, signal: controller.signal };
          tt = await solve(scenario, opts);
        } catch (e) {
          if (controller.signal.aborted) return;
          if (e instanceof InputError) throw new HttpProblem(422, "invalid-input", e.message);
          throw e;
        }
        const info = { id: goal.id, name: goal.name };
        if (tt.status === "infeasible") {
          // "X is verplicht" is how we asked the question, not a cause: leave it out of the answer.
          const causes = tt.conflicts.filter(
            (c) => !(c.rule === "release.goal-met" && c.where === `required:${goal.id}`),
          );
          res.json({ goal: goal.id, possible: false, conflicts: causes.length ? causes : tt.conflicts });
          return;
        }
        const after = tt.candidates[0];
        if (!after) {
          res.json({
            goal: goal.id,
            possible: null,
            message:
              `Binnen ${TIME_LIMIT_SECONDS} seconden vond de rekenmotor geen week met ${goal.name} ` +
              "en ook geen reden waarom niet.",
            messageEn:
              `Within ${TIME_LIMIT_SECONDS} seconds the solver found no week with ${goal.name}, ` +
              "nor a reason why not.",
          });
          return;
        }
        const others = goals.filter((g) => g.id !== goal.id).map((g) => ({ id: g.id, name: g.name }));
        res.json({ goal: goal.id, possible: true, ...costMessage(info, others, row.candidate, after) });
      },
    }),
  ];
}
