// The scenario read with the model's zod schema (every default filled in), for the screens that show a
// school. Kept out of lib/queries.ts so that the first screen loads without the schemas.
import { Scenario as ScenarioSchema, type Scenario, type ScenarioInput } from "../../../src/model/browser.js";
import { visitName, visitsOf } from "../../../src/model/observation.js";
import { useLang, type Lang } from "./i18n.js";
import { useCandidate, useScenario } from "./queries.js";

/** The stored body with every default filled in (display); null while loading or when invalid. */
export function parsed(body: ScenarioInput | undefined, lang: Lang = "nl"): Scenario | null {
  if (!body) return null;
  const r = ScenarioSchema.safeParse(body);
  return r.success ? inLang(r.data, lang) : null;
}

/**
 * The model names the meetings it makes of a peer visit in Dutch ("Hospiteer-carrousel: An Peeters bij Bram
 * Janssens (L2)"); in English the words it adds are English too. The observation's own name is the school's.
 */
export function inLang(s: Scenario, lang: Lang): Scenario {
  if (lang === "nl" || !s.observations?.length) return s;
  const visits = new Map(visitsOf(s).map((v) => [v.goal, v]));
  const releaseGoals = s.releaseGoals.map((g) => {
    const v = visits.get(g.id);
    return v ? { ...g, name: visitName(s, v, lang) } : g;
  });
  return { ...s, releaseGoals };
}

/** Everything a screen needs to show a candidate with names: the candidate and the scenario version it was solved from. */
export function useCandidateWithScenario(candidateId: string | undefined) {
  const { lang } = useLang();
  const cand = useCandidate(candidateId);
  const scn = useScenario(cand.data?.scenarioId, cand.data?.scenarioVersion);
  return {
    isLoading: cand.isLoading || scn.isLoading,
    error: cand.error ?? scn.error,
    stored: cand.data,
    candidate: cand.data?.candidate,
    scenario: parsed(scn.data?.scenario, lang),
    storedScenario: scn.data,
  };
}
