// "What would it take?" (issue 10 item 10): the answer's format, and how one option changes a scenario.
// The solver (solver/what-if.ts) finds the options by re-solving; the web app applies an option's patch to the
// stored scenario to make a variant of the school. Both read this one format.
import { z } from "zod";

/**
 * One change of a scenario: JSON Patch "add" (RFC 6902) at an object member or array index. Missing objects on
 * the way are created, so a patch fits a scenario file that left a default out (e.g. no `cover`).
 */
export const PatchOp = z.object({
  op: z.literal("add"),
  path: z.string().startsWith("/").describe("JSON Pointer, e.g. /staff/2/availability"),
  value: z.unknown(),
});
export type PatchOp = z.infer<typeof PatchOp>;

const Text = z.object({ nl: z.string(), en: z.string() });

export const WhatIfKind = z
  .enum(["window", "after-school", "availability", "merge", "atelier-partner", "grid"])
  .describe(
    "window: the goal's days/part one step wider; after-school: the goal may use child-free time; availability: " +
      "one person there one half-day more; merge: two classes may be taught together; atelier-partner: one " +
      "volunteer more; grid: a shortened (4+2) day as in one of the school's own day grids",
  );
export type WhatIfKind = z.infer<typeof WhatIfKind>;

export const WhatIfOption = z.object({
  id: z.string(),
  kind: WhatIfKind,
  cost: z
    .number()
    .describe("1 the goal's own settings, 2 one person's half-day, 3 a class merge, 4 one volunteer, 5 a day grid"),
  text: Text.describe("The change in words"),
  effect: z.object({
    goalsMet: z.number().describe("Goals met more (or fewer) than in the week it is compared with"),
    goalMinutes: z.number().describe("Release minutes more for the goal of this question"),
    releaseMinutes: z.number().describe("Release minutes more for all goals together"),
    goalMet: z.boolean().describe("The goal of this question is met with the change"),
    others: z
      .array(z.object({ goal: z.string(), name: z.string(), minutes: z.number() }))
      .describe("Other goals whose minutes change"),
  }),
  proof: z
    .enum(["bewezen", "gevonden"])
    .describe("bewezen: the re-solve proved its week the best with this change; gevonden: found within the time"),
  summary: Text.describe("The effect in words, e.g. '+1 doel, +115 min voor PLG taal'"),
  patch: z.array(PatchOp).describe("The change, to apply to the scenario (e.g. to make a variant)"),
});
export type WhatIfOption = z.infer<typeof WhatIfOption>;

export const WhatIfTarget = z.object({
  kind: z.enum(["unmet", "short", "more-minutes"]),
  goal: z
    .string()
    .optional()
    .describe("The goal's id (absent for 'more shared minutes' of the whole week; present: more minutes for it)"),
  name: z.string(),
  minutes: z.number().describe("Its minutes (or all shared minutes) in the week compared with"),
  options: z.array(WhatIfOption).describe("Cheapest first, at most 5"),
  tried: z.number().int().describe("Changes re-solved"),
  considered: z.number().int().describe("Changes that could apply"),
  note: Text.optional().describe("Nothing helped, or the time ran out before every change was tried"),
});
export type WhatIfTarget = z.infer<typeof WhatIfTarget>;

export const WhatIf = z
  .object({
    compared: z.object({
      rank: z.number().int().optional(),
      goalsMet: z.number(),
      releaseMinutes: z.number(),
      proven: z.boolean().describe("The week compared with was proven the best (else effects may include luck)"),
    }),
    targets: z.array(WhatIfTarget),
    seconds: z.number().describe("Time spent re-solving"),
    note: Text.optional().describe("Set when the re-solves were stopped before they could answer"),
    budgetSeconds: z.number(),
  })
  .meta({ id: "WhatIf" });
export type WhatIf = z.infer<typeof WhatIf>;

const unescape = (s: string) => s.replace(/~1/g, "/").replace(/~0/g, "~");

/** Applies "add" operations to a copy of `doc` (a scenario as stored or as read). */
export function applyPatch<T>(doc: T, ops: readonly PatchOp[]): T {
  const out = structuredClone(doc) as unknown;
  for (const op of ops) {
    const keys = op.path.slice(1).split("/").map(unescape);
    let node = out as Record<string, unknown> | unknown[];
    for (const k of keys.slice(0, -1)) {
      const next = Array.isArray(node) ? node[Number(k)] : node[k];
      if (next === undefined || next === null || typeof next !== "object") {
        if (Array.isArray(node)) throw new Error(`Patch ${op.path}: ${k} bestaat niet`);
        node[k] = {};
      }
      node = (Array.isArray(node) ? node[Number(k)] : node[k]) as Record<string, unknown> | unknown[];
    }
    const last = keys.at(-1)!;
    const value = structuredClone(op.value);
    if (Array.isArray(node)) {
      if (last === "-") node.push(value);
      else node.splice(Number(last), 0, value);
    } else node[last] = value;
  }
  return out as T;
}
