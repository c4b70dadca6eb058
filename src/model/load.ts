// Reading a scenario or timetable: JSON parse + zod validation, with errors a principal can act on.
import { readFileSync } from "node:fs";
import type { z } from "zod";
import { InputError, problemsOf } from "./problems.js";
import { ScenarioChecked, Scenario as ScenarioSchema } from "./scenario.js";
import { Timetable as TimetableSchema } from "./timetable.js";
import type { Scenario } from "./scenario.js";
import type { Timetable } from "./timetable.js";

function parseWith<S extends z.ZodType>(schema: S, data: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(data, { reportInput: true });
  if (!result.success) {
    const problems = problemsOf(result.error);
    throw new InputError(
      `${what} is ongeldig (${problems.length} ${problems.length === 1 ? "probleem" : "problemen"})`,
      problems,
    );
  }
  return result.data;
}

export function parseScenario(data: unknown): Scenario {
  return parseWith(ScenarioSchema, data, "Het scenario");
}

/**
 * A scenario validated and normalised for storing (defaults filled in, nothing unknown) but not yet resolved:
 * member sets stay as written, so they are resolved again against the staff of the day (see `Scenario`).
 */
export function normaliseScenario(data: unknown): z.infer<typeof ScenarioChecked> {
  return parseWith(ScenarioChecked, data, "Het scenario");
}

export function parseTimetable(data: unknown): Timetable {
  return parseWith(TimetableSchema, data, "Het lesrooster");
}

export function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(
      code === "ENOENT" ? `Bestand niet gevonden: ${file}` : `Kan ${file} niet lezen (${code ?? "onbekende fout"})`,
    );
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, "")); // Notepad writes a UTF-8 BOM
  } catch (e) {
    throw new InputError(`${file} is geen geldige JSON: ${(e as Error).message}`);
  }
}

export const loadScenario = (file: string): Scenario => parseScenario(readJsonFile(file));
export const loadTimetable = (file: string): Timetable => parseTimetable(readJsonFile(file));
