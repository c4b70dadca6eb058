// What a solve status means, in words (the UX guide, "Say what it means").
import { capitalize } from "./i18n.js";
type T = (nl: string, en: string) => string;

/** The status in words; a proven best week that still misses a meeting says so (no green "best" alone). */
export function candidateStatusText(
  status: string,
  rank: number,
  t: T,
  goals?: { met: number; total: number },
): string {
  const missing = goals && goals.met < goals.total;
  if (status === "optimal" && missing)
    return t(
      "Beter kan niet (bewezen) — maar niet elk overlegmoment lukt",
      "Nothing better exists (proven) — but not every meeting fits",
    );
  if (status === "optimal")
    return t("Beste week (bewezen: beter kan niet)", "Best week (proven: nothing better exists)");
  if (rank > 1)
    return t(
      `Alternatief ${rank - 1}: een andere week, niet beter dan de beste`,
      `Alternative ${rank - 1}: another week, not better than the best`,
    );
  return t("Goede week (niet bewezen dat het beter niet kan)", "Good week (not proven that nothing better exists)");
}

/** The badge tone for a candidate: green only for a proven best week that meets every meeting. */
export function candidateTone(status: string, goals?: { met: number; total: number }): "ok" | "warn" | "neutral" {
  if (goals && goals.met < goals.total) return "warn";
  return status === "optimal" ? "ok" : "neutral";
}

export function resultStatusText(status: string | null, t: T): string {
  switch (status) {
    case "optimal":
      return t("Gevonden: de beste week, bewezen", "Found: the best week, proven");
    case "feasible":
      return t(
        "Gevonden: een goede week (de tijd was op voor het bewijs)",
        "Found: a good week (no time left for the proof)",
      );
    case "infeasible":
      return t("Geen week mogelijk met deze gegevens", "No week is possible with these data");
    case "timeout":
      return t("De tijd was op voor er een week gevonden werd", "Time ran out before a week was found");
    case "invalid":
      return t(
        "Het scenario breekt een harde regel: eerst aanpassen",
        "The scenario breaks a hard rule: change it first",
      );
    default:
      return status ?? "";
  }
}

export function jobStatusText(status: string, t: T): string {
  const m: Record<string, [string, string]> = {
    queued: ["In de wachtrij", "Queued"],
    running: ["Bezig met rekenen", "Solving"],
    done: ["Klaar", "Done"],
    failed: ["Mislukt", "Failed"],
    cancelled: ["Geannuleerd", "Cancelled"],
  };
  return m[status] ? t(...m[status]) : status;
}

export function phaseText(phase: string, t: T): string {
  const m: Record<string, [string, string]> = {
    build: ["Model opbouwen", "Building the model"],
    solve: ["Zoeken naar de beste week", "Searching for the best week"],
    candidates: ["Kandidaten verzamelen", "Collecting candidates"],
    explain: ["Uitzoeken waarom het niet kan", "Finding out why it is impossible"],
    plan: ["Sessies plannen", "Planning the sessions"],
  };
  return m[phase] ? t(...m[phase]) : phase;
}

/** "3 u 20 min" / "3 h 20 min" */
export function hoursMinutes(min: number, t: T): string {
  const h = Math.floor(min / 60);
  const m = Math.round(min % 60);
  if (h === 0) return `${m} min`;
  return m ? `${h} ${t("u", "h")} ${m} min` : `${h} ${t("u", "h")}`;
}

/**
 * What the solver says about a candidate beyond its title, capitalised in the user's language: "De beste week met PLG
 * taal op een ander moment…", "De beste gevonden week (niet bewezen)". Undefined for plain "de beste week", which the
 * title ("Beste week") and the status already say.
 */
export function candidateLabelText(label: { nl: string; en: string } | undefined, lang: string): string | undefined {
  if (!label || label.en === "the best week") return undefined;
  return capitalize(lang === "en" ? label.en : label.nl);
}
