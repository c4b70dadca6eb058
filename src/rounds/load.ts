// Reading a rounds file: JSON + zod, with the field path of every problem (the CLI exits 2 on them).
import { InputError, problemsOf, readJsonFile } from "../model/index.js";
import { Rounds } from "./schema.js";

export function parseRounds(data: unknown): Rounds {
  const r = Rounds.safeParse(data, { reportInput: true });
  if (!r.success) {
    const problems = problemsOf(r.error);
    throw new InputError(
      `Het rondebestand is ongeldig (${problems.length} probleem${problems.length === 1 ? "" : "en"})`,
      problems,
    );
  }
  return r.data;
}

export const loadRounds = (file: string): Rounds => parseRounds(readJsonFile(file));
