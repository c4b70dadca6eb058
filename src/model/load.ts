// Reading a scenario or timetable: JSON parse + zod validation, with errors a principal can act on.
import { readFileSync } from "node:fs";
import type { z } from "zod";
import { Scenario as ScenarioSchema } from "./scenario.js";
import { Timetable as TimetableSchema } from "./timetable.js";
import type { Scenario } from "./scenario.js";
import type { Timetable } from "./timetable.js";

export interface InputProblem {
  path: string;
  message: string;
}

/** Invalid input (not a rule violation): the CLI exits 2, the API answers 400/422. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly problems: InputProblem[] = [],
  ) {
    super(message);
    this.name = "InputError";
  }
}

/** ["groups", 2, "classTeachers", 0] → "groups[2].classTeachers[0]" */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || "(het hele bestand)";
}

function plainMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? `Dit veld ontbreekt (verwacht: ${issue.expected})` : `Verkeerd type: verwacht ${issue.expected}`;
    case "invalid_value":
      return `Ongeldige waarde; kies uit: ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "unrecognized_keys":
      return `Onbekend veld: ${issue.keys.join(", ")}`;
    case "too_small":
      return issue.origin === "array" ? `Te weinig elementen (minstens ${issue.minimum})` : `Te klein (minstens ${issue.minimum})`;
    case "too_big":
      return issue.origin === "array" ? `Te veel elementen (hoogstens ${issue.maximum})` : `Te groot (hoogstens ${issue.maximum})`;
    default:
      return issue.message;
  }
}

export function problemsOf(error: z.ZodError): InputProblem[] {
  return error.issues.map((i) => ({ path: formatPath(i.path), message: plainMessage(i) }));
}

function parseWith<S extends z.ZodType>(schema: S, data: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(data, { reportInput: true });
  if (!result.success) {
    const problems = problemsOf(result.error);
    throw new InputError(`${what} is ongeldig (${problems.length} probleem${problems.length === 1 ? "" : "en"})`, problems);
  }
  return result.data;
}

export function parseScenario(data: unknown): Scenario {
  return parseWith(ScenarioSchema, data, "Het scenario");
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
    throw new InputError(code === "ENOENT" ? `Bestand niet gevonden: ${file}` : `Kan ${file} niet lezen (${code ?? "onbekende fout"})`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new InputError(`${file} is geen geldige JSON: ${(e as Error).message}`);
  }
}

export const loadScenario = (file: string): Scenario => parseScenario(readJsonFile(file));
export const loadTimetable = (file: string): Timetable => parseTimetable(readJsonFile(file));
