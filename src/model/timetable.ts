// The one timetable format (README.md "The timetable format"): the solver's output, the checker's input, the iCal
// input and the API payload. Extra fields are allowed; these names and meanings hold.
import { z } from "zod";
import { Clock, Day } from "./time.js";
import { Locks } from "./locks.js";
import { WhatIf } from "./what-if.js";

export const Lesson = z.object({
  group: z.string(),
  day: Day,
  start: Clock,
  end: Clock,
  subject: z.string().describe("Subject code; 'KLAS' = the class teacher's own lessons, 'ATELIER' = an atelier period"),
  staff: z.array(z.string()).describe("Staff who teach this lesson (several = all at once)"),
  externals: z.array(z.string()).optional().describe("Externals who lead it (ateliers)"),
  interns: z.array(z.string()).optional(),
  mergedWith: z.string().optional().describe("The other group of a class merge: both groups are taught together"),
  atelierPlan: z.string().optional(),
});
export type Lesson = z.infer<typeof Lesson>;

export const Cover = z.object({
  group: z.string(),
  by: z
    .string()
    .describe(
      "Subject code of a specialist lesson (e.g. LO), 'intern:<id>', 'atelier', 'coteacher:<id>', 'care:<id>', 'merge:<group>' or 'none' (after school)",
    ),
});
export type Cover = z.infer<typeof Cover>;

export const Release = z.object({
  goal: z.string(),
  day: Day,
  start: Clock,
  end: Clock,
  staff: z.array(z.string()),
  externals: z.array(z.string()).default([]),
  cover: z.array(Cover).default([]),
  observation: z
    .object({ observer: z.string(), observed: z.string(), group: z.string() })
    .optional()
    .describe("A visit of an observation goal: the observer (in staff) sits in the observed teacher's class (group)"),
});
export type Release = z.infer<typeof Release>;

export const LunchDuty = z.object({
  post: z.string().describe("Id of the lunch supervision post (lunchSupervision.posts)"),
  day: Day,
  start: Clock,
  end: Clock,
  staff: z.array(z.string()).describe("Staff who supervise this post during this lunch break"),
});
export type LunchDuty = z.infer<typeof LunchDuty>;

/** One person's wishes in a candidate (`metrics.wishes`, computed by staff.wishes). */
export interface WishOutcome {
  staff: string;
  name: string;
  met: number;
  total: number;
  wishes: { text: { nl: string; en: string }; weight: number; met: boolean }[];
}

export const Violation = z.object({
  rule: z.string(),
  messageId: z.string().optional().describe("Id of the message in the rule's message table"),
  severity: z.enum(["hard", "soft", "warning"]),
  message: z.string(),
  messageEn: z.string().optional(),
  where: z
    .object({
      group: z.string().optional(),
      staff: z.string().optional(),
      goal: z.string().optional(),
      day: Day.optional(),
      start: Clock.optional(),
      end: Clock.optional(),
      date: z.string().optional(),
    })
    .default({}),
});
export type Violation = z.infer<typeof Violation>;

export const Candidate = z.object({
  status: z.enum(["optimal", "feasible"]),
  objective: z.number(),
  bound: z.number(),
  gap: z.number().optional(),
  engine: z.string().optional(),
  dayGrid: z.string().optional().describe("Id of the chosen day grid"),
  lessons: z.array(Lesson),
  releases: z.array(Release),
  lunchDuties: z
    .array(LunchDuty)
    .optional()
    .describe("Who supervises which lunch post on which day (scenarios with lunchSupervision)"),
  metrics: z
    .object({
      releaseMinutes: z.number(),
      goalsMet: z.number(),
      goalsTotal: z.number(),
    })
    .catchall(z.unknown()),
  violations: z.array(Violation).default([]),
  rank: z.number().int().min(1).optional().describe("1 = the best week; candidates are ranked by objective"),
  label: z
    .object({ nl: z.string(), en: z.string() })
    .optional()
    .describe("What was proven about this candidate, e.g. 'the best week' or 'the best week with PLG on another day'"),
});
export type Candidate = z.infer<typeof Candidate>;

export const Conflict = z.object({
  rule: z.string(),
  messageId: z.string().optional().describe("The message's id in the rule's message table (kebab-case)"),
  message: z.string(),
  messageEn: z.string().optional().describe("The same message in English"),
  where: z.string(),
  set: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe("Which independent conflict (1, 2, …) of an infeasible scenario this belongs to"),
});
export type Conflict = z.infer<typeof Conflict>;

export const AtelierRound = z.object({
  round: z.number().int(),
  choice: z.object({
    first: z.number(),
    second: z.number(),
    third: z.number(),
    later: z.number().default(0).describe("A 4th or lower choice"),
    other: z.number().describe("An atelier the pupil did not choose"),
  }),
  load: z.record(z.string(), z.number()),
  assignment: z.record(z.string(), z.string()).describe("pupil id → atelier id"),
});

export const Inconsistency = z.object({
  message: z.string(),
  rejected: z
    .array(z.object({ grid: z.string(), objective: z.number(), rules: z.array(z.string()) }))
    .describe("Weeks the solver's model allowed but the rule checker rejected (never returned as candidates)"),
});
export type Inconsistency = z.infer<typeof Inconsistency>;

export const Timetable = z.object({
  status: z.enum(["optimal", "feasible", "infeasible", "timeout", "invalid"]),
  scenario: z.string().optional().describe("Name of the scenario it was made for"),
  candidates: z.array(Candidate),
  conflicts: z.array(Conflict).default([]),
  ateliers: z
    .array(
      z.object({
        plan: z.string(),
        pupils: z.number(),
        rounds: z.array(AtelierRound),
        warnings: z
          .array(
            z.object({
              id: z.enum(["choices-run-out", "rotation-stopped"]),
              message: z.string(),
              messageEn: z.string(),
            }),
          )
          .default([])
          .describe("When the pupils' choices run out before the rotation ends"),
      }),
    )
    .optional()
    .describe("Pupils' atelier assignment per rotation round (from their ranked choices)"),
  stats: z
    .object({
      engine: z.string(),
      explainEngine: z.string(),
      buildMs: z.number(),
      solveMs: z.number(),
      explainMs: z.number(),
      totalMs: z.number(),
      solves: z.number(),
      models: z.array(z.object({ grid: z.string(), variables: z.number(), constraints: z.number() })),
      work: z
        .object({ nodes: z.number(), iterations: z.number() })
        .optional()
        .describe("Branch-and-bound nodes and simplex iterations of the engine (not distorted by a busy machine)"),
    })
    .optional()
    .describe("How the solve went: time spent building, in the engine, explaining"),
  locks: Locks.optional().describe("The locks every candidate was solved with (docs/locks.md)"),
  candidatesNote: z
    .object({ nl: z.string(), en: z.string() })
    .optional()
    .describe("Why fewer candidates were returned than asked (no other meaningful week exists, or the time ran out)"),
  whatIf: WhatIf.optional().describe("What would it take? (solve --what-if): single changes that buy unmet goals"),
  inconsistency: Inconsistency.optional().describe(
    "Set when the solver's model and the rule checker disagreed (a bug): no candidate is then proven optimal",
  ),
});
export type Timetable = z.infer<typeof Timetable>;
