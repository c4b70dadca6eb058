// The rule checker's findings for the draft: POST /api/validate, debounced, only when the draft parses.
// Per tab a count for the badge and a list with links to the person, class or goal concerned.
import { useEffect, useState } from "react";
import { Link } from "react-router";
import { api } from "../lib/api.js";
import { useLang } from "../lib/i18n.js";
import { editorLink, findingTarget } from "../lib/links.js";
import type { Violation } from "../../../src/model/browser.js";

export interface Report {
  ok: boolean;
  counts: { hard: number; soft: number; warning: number };
  violations: Violation[];
}

/** The latest report for `body` (null until there is one); stale answers are dropped. */
export function useFindings(
  body: unknown | null,
  delay = 600,
): { report: Report | null; pending: boolean; failed: boolean } {
  const [report, setReport] = useState<Report | null>(null);
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);
  const json = body ? JSON.stringify(body) : null;
  useEffect(() => {
    if (!json) return;
    let live = true;
    setPending(true);
    const timer = setTimeout(async () => {
      try {
        const r = await api<{ scenario: Report }>("/api/validate", {
          method: "POST",
          json: { scenario: JSON.parse(json) },
        });
        if (live) {
          setReport(r.scenario);
          setFailed(false);
        }
      } catch {
        if (live) setFailed(true);
      } finally {
        if (live) setPending(false);
      }
    }, delay);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [json, delay]);
  return { report, pending, failed };
}

const ORDER = { hard: 0, soft: 1, warning: 2 } as const;
const TONE = { hard: "bad", soft: "warn", warning: "neutral" } as const;

export function findingsForTab(report: Report | null, tab: string): Violation[] {
  if (!report) return [];
  return report.violations
    .filter((v) => findingTarget(v).tab === tab)
    .sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}

export function FindingsPanel({
  findings,
  scenarioId,
  pending,
}: {
  findings: Violation[];
  scenarioId: string;
  pending: boolean;
}) {
  const { t, lang } = useLang();
  const sev = { hard: t("moet", "must"), soft: t("aanbeveling", "recommendation"), warning: t("let op", "note") };
  return (
    <aside
      className={`findings${findings.length === 0 ? " findings-none" : ""}`}
      // A scrollable panel: reachable by keyboard (axe: scrollable-region-focusable).
      tabIndex={0}
      aria-label={t("Meldingen van de regelcontrole", "Rule checker findings")}
      aria-busy={pending}
    >
      <h2>
        {t("Regelcontrole", "Rule check")} {pending && <span className="spinner" aria-hidden="true" />}
      </h2>
      {findings.length === 0 ? (
        <p className="muted small">{t("Geen meldingen voor dit onderdeel.", "No findings for this part.")}</p>
      ) : (
        <ul className="finding-list">
          {findings.map((v, i) => {
            const target = findingTarget(v);
            return (
              <li key={i} className={`finding finding-${v.severity}`}>
                <span className={`badge badge-${TONE[v.severity]}`}>{sev[v.severity]}</span>{" "}
                {target.focus ? (
                  <Link to={editorLink(scenarioId, target.tab, target.focus)}>
                    {lang === "en" ? (v.messageEn ?? v.message) : v.message}
                  </Link>
                ) : (
                  <span>{lang === "en" ? (v.messageEn ?? v.message) : v.message}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </aside>
  );
}
