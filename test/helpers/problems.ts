// The refusals a principal sees for a scenario: "path: message" per problem, [] when the file is accepted.
import { InputError, parseScenario } from "../../src/model/index.js";

export function problems(input: unknown): string[] {
  try {
    parseScenario(input);
  } catch (e) {
    if (e instanceof InputError) return e.problems.map((p) => `${p.path}: ${p.message}`);
    throw e;
  }
  return [];
}
