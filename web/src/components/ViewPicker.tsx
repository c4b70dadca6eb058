// The switch at the top of a week grid: per class / per teacher / per goal, then which one (a select with
// names), plus "alle klassen" for the overview. The choice lives in the URL (?view=&id=), so it can be shared.
import { useState } from "react";
import { useSearchParams } from "react-router";
import type { Scenario } from "../../../src/model/browser.js";
import { useLang } from "../lib/i18n.js";
import type { Names } from "../lib/names.js";

export type ViewKind = "class" | "teacher" | "goal" | "all";

/**
 * The chosen view. Kept in component state so a switch renders at once (a router navigation would run as a
 * transition and be time-sliced); mirrored into the URL with replaceState so a link or a reload keeps it.
 */
export function useViewChoice(s: Scenario | null): {
  kind: ViewKind;
  id: string;
  set(kind: ViewKind, id?: string): void;
} {
  const [params] = useSearchParams();
  const [choice, setChoice] = useState(() => ({ view: params.get("view"), id: params.get("id") }));
  const raw = choice.view;
  const kind: ViewKind = raw === "teacher" || raw === "goal" || raw === "all" ? raw : "class";
  const first = (k: ViewKind) =>
    k === "class" ? s?.groups[0]?.id : k === "teacher" ? s?.staff[0]?.id : k === "goal" ? s?.releaseGoals[0]?.id : "";
  const listed = (k: ViewKind, id: string | null) =>
    !!id &&
    (k === "class"
      ? s?.groups.some((g) => g.id === id)
      : k === "teacher"
        ? s?.staff.some((p) => p.id === id)
        : s?.releaseGoals.some((g) => g.id === id));
  const id = listed(kind, choice.id) ? choice.id! : (first(kind) ?? "");
  return {
    kind,
    id,
    set(k, newId) {
      const chosen = k === "all" ? null : (newId ?? (k === kind ? id : first(k)) ?? null);
      viewSwitchStarted = performance.now();
      setChoice({ view: k, id: chosen });
      const url = new URL(window.location.href);
      url.searchParams.set("view", k);
      if (chosen) url.searchParams.set("id", chosen);
      else url.searchParams.delete("id");
      window.history.replaceState(window.history.state, "", url);
    },
  };
}

/** When the last view switch was asked for (performance.now()), to show how long the grids took. */
export let viewSwitchStarted = 0;

export function ViewPicker({
  scenario,
  names,
  kind,
  id,
  onChange,
  allowAll = true,
}: {
  scenario: Scenario;
  names: Names;
  kind: ViewKind;
  id: string;
  onChange(kind: ViewKind, id?: string): void;
  allowAll?: boolean;
}) {
  const { t } = useLang();
  const tabs: [ViewKind, string][] = [
    ["class", t("Per klas", "Per class")],
    ["teacher", t("Per leerkracht", "Per teacher")],
    ["goal", t("Per overlegmoment", "Per meeting")],
  ];
  if (allowAll) tabs.push(["all", t("Alle klassen", "All classes")]);
  const options =
    kind === "class"
      ? scenario.groups.map((g) => [g.id, g.name && g.name !== g.id ? `${g.id} — ${g.name}` : g.id] as const)
      : kind === "teacher"
        ? scenario.staff.map((p) => [p.id, names.staffLabel(p.id)] as const)
        : kind === "goal"
          ? scenario.releaseGoals.map((g) => [g.id, g.name] as const)
          : [];
  const label =
    kind === "class"
      ? t("Klas", "Class")
      : kind === "teacher"
        ? t("Leerkracht", "Teacher")
        : t("Overlegmoment", "Meeting");
  return (
    <div className="view-switch no-print">
      <div className="tabs" role="tablist" aria-label={t("Weergave", "View")}>
        {tabs.map(([k, text]) => (
          <button key={k} type="button" role="tab" aria-selected={kind === k} onClick={() => onChange(k)}>
            {text}
          </button>
        ))}
      </div>
      {options.length > 0 && (
        <label className="field" style={{ marginBottom: 0 }}>
          <span>{label}</span>
          <select value={id} onChange={(e) => onChange(kind, e.target.value)} aria-label={label}>
            {options.map(([v, text]) => (
              <option key={v} value={v}>
                {text}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
