// Reading a scenario back from the database. New versions are stored as validated (issue 12), but a data
// directory of an older Vrijrooster holds raw bodies, whose unknown keys were silently ignored then and are
// refused now: when reading stored data (never user input), those keys are dropped instead, so an upgrade
// does not make an existing school unsolvable. Every other problem still counts.
import { parseScenario, Scenario, type Scenario as ScenarioT } from "../src/model/index.js";

export function parseStoredScenario(body: unknown): ScenarioT {
  const r = Scenario.safeParse(body);
  if (r.success) return r.data;
  const unknown = r.error.issues.filter((i) => i.code === "unrecognized_keys");
  if (!unknown.length || !body || typeof body !== "object") return parseScenario(body);
  const copy = structuredClone(body) as Record<PropertyKey, unknown>;
  for (const issue of unknown) {
    let o: unknown = copy;
    for (const k of issue.path) o = (o as Record<PropertyKey, unknown> | undefined)?.[k];
    if (o && typeof o === "object") for (const k of issue.keys) delete (o as Record<string, unknown>)[k];
  }
  return parseScenario(copy);
}
