// Schemas shared by several route files.
import { z } from "zod";

export const IdParam = z.object({ id: z.string().min(1).max(100).meta({ description: "Id", example: "sc-3kQ9x1aB" }) });

export const Created = z.object({ id: z.string(), version: z.number().int() }).meta({ id: "Created" });

/** Summaries that never contain names (school name only): safe for lists. */
export const ScenarioSummary = z
  .object({
    id: z.string(),
    version: z.number().int(),
    name: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    derivedFrom: z.string().nullable().meta({ description: "The scenario this variant was duplicated from" }),
  })
  .meta({ id: "ScenarioSummary" });
