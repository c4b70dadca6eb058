// Field problems in words a principal understands: zod issues → { path, message }. Browser-safe (the web
// app shows the same messages at its form fields as the CLI and the API do).
import type { z } from "zod";

export interface InputProblem {
  path: string;
  message: string;
}

/** At most this many problems are listed (a hostile file can have 400,000); `total` says how many there were. */
export const MAX_PROBLEMS = 50;

/** Invalid input (not a rule violation): the CLI exits 2, the API answers 400/422. */
export class InputError extends Error {
  /** The first MAX_PROBLEMS problems. */
  readonly problems: InputProblem[];
  /** How many problems there were in all. */
  readonly total: number;
  constructor(message: string, problems: InputProblem[] = []) {
    super(message);
    this.name = "InputError";
    this.problems = problems.slice(0, MAX_PROBLEMS);
    this.total = problems.length;
  }
}

/** ["groups", 2, "classTeachers", 0] → "groups[2].classTeachers[0]" */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || "(het hele bestand)";
}

export type Lang = "nl" | "en";

export function plainMessage(issue: z.core.$ZodIssue, lang: Lang = "nl"): string {
  const en = lang === "en";
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined)
        return en ? "This field is missing" : `Dit veld ontbreekt (verwacht: ${issue.expected})`;
      return en ? `Wrong type: expected ${issue.expected}` : `Verkeerd type: verwacht ${issue.expected}`;
    case "invalid_value": {
      const values = issue.values.map((v) => JSON.stringify(v)).join(", ");
      return en ? `Invalid value; choose from: ${values}` : `Ongeldige waarde; kies uit: ${values}`;
    }
    case "unrecognized_keys": {
      const keys = issue.keys.slice(0, 10).join(", ") + (issue.keys.length > 10 ? ` … (${issue.keys.length})` : "");
      return en
        ? `Unknown field: ${keys} (check the spelling; remove what Vrijrooster does not know)`
        : `Onbekend veld: ${keys} (kijk de spelling na, of laat het weg)`;
    }
    case "too_small":
      if (issue.origin === "array")
        return en ? `Choose or add at least ${issue.minimum}` : `Kies of voeg er minstens ${issue.minimum} toe`;
      if (issue.origin === "string") return en ? "This field may not be empty" : "Dit veld mag niet leeg zijn";
      return en ? `Too small (at least ${issue.minimum})` : `Te klein (minstens ${issue.minimum})`;
    case "too_big":
      if (issue.origin === "array")
        return en ? `Too many (at most ${issue.maximum})` : `Te veel (hoogstens ${issue.maximum})`;
      return en ? `Too large (at most ${issue.maximum})` : `Te groot (hoogstens ${issue.maximum})`;
    default:
      return issue.message;
  }
}

/** The path of an issue; an unknown field is named by its own path (not by the object that holds it). */
export function issuePath(issue: z.core.$ZodIssue): PropertyKey[] {
  return issue.code === "unrecognized_keys" && issue.keys.length === 1 ? [...issue.path, issue.keys[0]] : issue.path;
}

/** One problem per issue, in the issues' order (the web app pairs them by index). */
export function problemsOf(error: z.ZodError, lang: Lang = "nl"): InputProblem[] {
  return error.issues.map((i) => ({ path: formatPath(issuePath(i)), message: plainMessage(i, lang) }));
}
