// The scenario read with the model's zod schema (every default filled in), for the screens that show a
// school. Kept out of lib/queries.ts so that the first screen loads without the schemas.
import { Scenario as ScenarioSchema, type Scenario, type ScenarioInput } from "../../../src/model/browser.js";
import { useCandidate, useScenario } from "./queries.js";

/** The stored body with every default filled in (display); null while loading or when invalid. */
export function parsed(body: ScenarioInput | undefined): Scenario | null {
  if (!body) return null;
  const r = ScenarioSchema.safeParse(body);
  return r.success ? r.data : null;
}

/** Everything a screen needs to show a candidate with names: the candidate and the scenario version it was solved from. */
export function useCandidateWithScenario(candidateId: string | undefined) {
  const cand = useCandidate(candidateId);
  const scn = useScenario(cand.data?.scenarioId, cand.data?.scenarioVersion);
  return {
    isLoading: cand.isLoading || scn.isLoading,
    error: cand.error ?? scn.error,
    stored: cand.data,
    candidate: cand.data?.candidate,
    scenario: parsed(scn.data?.scenario),
    storedScenario: scn.data,
  };
}
