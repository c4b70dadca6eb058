// "Volgende stappen" at the top of the editor for a school that is not finished yet (no meetings, or never
// solved): what to do after the guided start, in order. Dismissed per scenario, remembered in the browser.
import { useState } from "react";
import { Link } from "react-router";
import { Button } from "../components/ui.js";
import { useLang } from "../lib/i18n.js";
import { editorLink } from "../lib/links.js";
import { useCandidates } from "../lib/queries.js";

export const nextStepsKey = (scenarioId: string) => `vrijrooster.nextSteps.${scenarioId}`;

/** Whether the panel belongs on the page: the school still lacks meetings or has never been solved. */
export const needsNextSteps = (goals: number, solves: number) => goals === 0 || solves === 0;

export function NextSteps({ scenarioId, goals }: { scenarioId: string; goals: number }) {
  const { t } = useLang();
  const candidates = useCandidates(scenarioId);
  const [dismissed, setDismissed] = useState(() => localStorage.getItem(nextStepsKey(scenarioId)) === "1");
  // Wait for the candidate list: a solved school should not flash the panel.
  if (dismissed || !candidates.data || !needsNextSteps(goals, candidates.data.length)) return null;
  const dismiss = () => {
    try {
      localStorage.setItem(nextStepsKey(scenarioId), "1");
    } catch {
      /* storage blocked: hidden for this visit only */
    }
    setDismissed(true);
  };
  return (
    <section className="card next-steps" aria-labelledby="next-steps-title">
      <header className="card-head">
        <h2 id="next-steps-title">{t("Volgende stappen", "Next steps")}</h2>
        <div className="card-actions">
          <Button variant="link" onClick={dismiss}>
            {t("Verbergen", "Hide")}
          </Button>
        </div>
      </header>
      <ol>
        <li>
          <Link to={editorLink(scenarioId, "goals")}>
            {t("Overlegmomenten: wie moet samen vrij zijn?", "Meetings: who must be free together?")}
          </Link>
        </li>
        <li>
          <Link to={`/s/${scenarioId}/solve`}>{t("Berekenen", "Solve")}</Link>
          {" — "}
          {t("Vrijrooster zoekt de weken waarin dat lukt.", "Vrijrooster looks for the weeks where that works.")}
        </li>
        <li>
          <Link to={`/s/${scenarioId}/print`}>{t("Afdrukken en publiceren", "Print and publish")}</Link>
          {" — "}
          {t(
            "het rooster op papier en in de agenda van elke leerkracht.",
            "the timetable on paper and in every teacher's calendar.",
          )}
        </li>
      </ol>
    </section>
  );
}
