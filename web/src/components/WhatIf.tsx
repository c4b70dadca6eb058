// "Wat zou helpen?" on the card of a meeting that is not met (or shorter than its maximum): the server re-solves
// the school once per small change (a person there one half-day more, a class merge, the meeting's window one
// step wider, …) and lists those that help, cheapest first, with the effect the re-solve measured. "Probeer in
// een variant" makes a variant of the school with that change (the editor's "Variant maken") and opens it.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import type { Candidate, Scenario } from "../../../src/model/browser.js";
import { applyPatch, type WhatIf as WhatIfAnswer, type WhatIfOption } from "../../../src/model/what-if.js";
import { api } from "../lib/api.js";
import { useLang } from "../lib/i18n.js";
import { keys } from "../lib/queries.js";
import { useCandidateWithScenario } from "../lib/scenario-data.js";
import { Badge, Button, ErrorBox } from "./ui.js";

const SECONDS = 30;

interface Props {
  candidateId: string;
  goal: string;
  candidate: Candidate;
  scenario: Scenario;
}

/** Not met, or met with fewer minutes than its maximum allows: the cases "what would it take?" answers. */
function asks(scenario: Scenario, candidate: Candidate, goal: string): boolean {
  const g = scenario.releaseGoals.find((x) => x.id === goal);
  if (!g) return false;
  const rs = candidate.releases.filter((r) => r.goal === goal);
  if (rs.length < g.blocksPerWeek) return true;
  if (!g.maxBlockMinutes) return false;
  const minutes = rs.reduce((n, r) => n + minutesOf(r.start, r.end), 0);
  return minutes < g.maxBlockMinutes * g.blocksPerWeek;
}

const minutesOf = (a: string, b: string) =>
  Number(b.slice(0, 2)) * 60 + Number(b.slice(3)) - Number(a.slice(0, 2)) * 60 - Number(a.slice(3));

export function WhatIf({ candidateId, goal, candidate, scenario }: Props) {
  const { t, lang } = useLang();
  const ask = useMutation({
    mutationFn: () =>
      api<WhatIfAnswer>(`/api/candidates/${encodeURIComponent(candidateId)}/what-if`, {
        method: "POST",
        json: { goal, seconds: SECONDS },
      }),
  });
  if (!asks(scenario, candidate, goal)) return null;
  const target = ask.data?.targets.find((x) => x.goal === goal);
  return (
    <div className="what-if" data-goal={goal}>
      {!ask.data && (
        <Button onClick={() => ask.mutate()} disabled={ask.isPending} aria-busy={ask.isPending}>
          {ask.isPending
            ? t(`Even rekenen… (tot ${SECONDS} seconden)`, `Calculating… (up to ${SECONDS} seconds)`)
            : t("Wat zou helpen?", "What would help?")}
        </Button>
      )}
      {ask.error && <ErrorBox error={ask.error} />}
      {ask.data && (
        <div role="status">
          {target && target.options.length > 0 ? (
            <>
              <p className="what-if-title">
                {t("Wat zou helpen (elk apart opnieuw berekend):", "What would help (each solved again on its own):")}
              </p>
              <ul className="what-if-options">
                {target.options.map((o) => (
                  <Option key={o.id} option={o} candidateId={candidateId} />
                ))}
              </ul>
            </>
          ) : (
            <p>
              {target?.note
                ? lang === "en"
                  ? target.note.en
                  : target.note.nl
                : ask.data.note
                  ? lang === "en"
                    ? ask.data.note.en
                    : ask.data.note.nl
                  : t("Geen kleine wijziging gevonden die helpt.", "No small change found that helps.")}
            </p>
          )}
          {target?.note && target.options.length > 0 && (
            <p className="muted small">{lang === "en" ? target.note.en : target.note.nl}</p>
          )}
        </div>
      )}
    </div>
  );
}

/** One option: the change and its measured effect, and making a variant of the school with it. */
function Option({ option: o, candidateId }: { option: WhatIfOption; candidateId: string }) {
  const { t, lang } = useLang();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const { stored, storedScenario } = useCandidateWithScenario(candidateId);
  const text = lang === "en" ? o.text.en : o.text.nl;
  const make = useMutation({
    mutationFn: async () => {
      if (!stored || !storedScenario) throw new Error(t("Het scenario is nog niet geladen.", "Not loaded yet."));
      const body = storedScenario.scenario as { name: string };
      const name = `${body.name} — ${text}`.slice(0, 200);
      const r = await api<{ id: string; version: number }>(`/api/scenarios/${stored.scenarioId}/duplicate`, {
        method: "POST",
        json: { name, version: stored.scenarioVersion },
      });
      await api(`/api/scenarios/${r.id}`, { method: "PUT", json: { ...applyPatch(body, o.patch), name } });
      return r;
    },
    onSuccess: (r) => {
      void qc.invalidateQueries({ queryKey: keys.scenarios });
      navigate(`/s/${r.id}/solve`);
    },
  });
  return (
    <li data-option={o.id} data-kind={o.kind}>
      <span className="what-if-change">{text}</span>{" "}
      <span className="what-if-effect">→ {lang === "en" ? o.summary.en : o.summary.nl}</span>{" "}
      <Badge tone={o.proof === "bewezen" ? "ok" : "warn"}>
        {o.proof === "bewezen" ? t("bewezen", "proven") : t("gevonden", "found")}
      </Badge>{" "}
      <Button variant="link" onClick={() => make.mutate()} disabled={make.isPending}>
        {t("Probeer in een variant", "Try in a variant")}
      </Button>
      {make.error && <ErrorBox error={make.error} />}
    </li>
  );
}
