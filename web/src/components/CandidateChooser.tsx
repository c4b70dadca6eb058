// Which candidate a print or publish page works from: ?c=<id>, else the best week of the latest solve.
// The select names candidates the way the rail does ("Beste week", "Voorstel 2") with the solve's date.
import { useMemo } from "react";
import { useSearchParams } from "react-router";
import { useLang } from "../lib/i18n.js";
import { namesOf } from "../lib/names.js";
import { useCandidates, type CandidateSummary } from "../lib/queries.js";
import { useCandidateWithScenario } from "../lib/scenario-data.js";
import { latestBest } from "../lib/results.js";
import { buildWeekIndex } from "../lib/week.js";

export function candidateLabel(
  c: Pick<CandidateSummary, "rank" | "createdAt" | "metrics">,
  t: (nl: string, en: string) => string,
  lang: string,
): string {
  const locale = lang === "en" ? "en-GB" : "nl-BE";
  const when = new Date(c.createdAt).toLocaleString(locale, { dateStyle: "short", timeStyle: "short" });
  const what = c.rank === 1 ? t("Beste week", "Best week") : t(`Voorstel ${c.rank}`, `Proposal ${c.rank}`);
  return `${what} (${c.metrics.goalsMet}/${c.metrics.goalsTotal}) — ${when}`;
}

/** The chosen candidate with its scenario, names and week index; `choose` changes ?c=. */
export function useChosenCandidate(scenarioId: string) {
  const { t } = useLang();
  const [params, setParams] = useSearchParams();
  const list = useCandidates(scenarioId);
  const chosenId = params.get("c") ?? latestBest(list.data)?.id;
  const loaded = useCandidateWithScenario(chosenId);
  const names = useMemo(() => (loaded.scenario ? namesOf(loaded.scenario, t) : null), [loaded.scenario, t]);
  const ix = useMemo(
    () =>
      loaded.scenario && loaded.candidate && names ? buildWeekIndex(loaded.scenario, loaded.candidate, names, t) : null,
    [loaded.scenario, loaded.candidate, names, t],
  );
  const choose = (id: string) => {
    const next = new URLSearchParams(params);
    next.set("c", id);
    setParams(next, { replace: true });
  };
  return {
    list: list.data ?? [],
    listLoading: list.isLoading,
    chosenId,
    choose,
    ...loaded,
    isLoading: list.isLoading || (!!chosenId && loaded.isLoading),
    error: list.error ?? loaded.error,
    names,
    ix,
  };
}

export function CandidateSelect({
  list,
  value,
  onChange,
  id = "candidate-select",
}: {
  list: CandidateSummary[];
  value: string | undefined;
  onChange(id: string): void;
  id?: string;
}) {
  const { t, lang } = useLang();
  return (
    <div className="field">
      <label htmlFor={id}>{t("Voorstel", "Proposal")}</label>
      <select id={id} value={value ?? ""} onChange={(e) => onChange(e.target.value)}>
        {[...list].reverse().map((c) => (
          <option key={c.id} value={c.id}>
            {candidateLabel(c, t, lang)}
          </option>
        ))}
      </select>
    </div>
  );
}
