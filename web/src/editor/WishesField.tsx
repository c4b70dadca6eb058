// Personeel, issue 10: a person's wishes — "vrij op woensdagnamiddag", "geen eerste lesuur op maandag",
// "werkt liefst enkel op maandag en dinsdag" — each gewoon or belangrijk. Wishes never break a rule; the
// results say per person how many were met.
import { useLang } from "../lib/i18n.js";
import { useEditor, type Item } from "./context.js";
import { DayChecks } from "./GoalWhen.js";
import { SelectField } from "./inputs.js";
import { errorsUnder, fieldId, getAt, type Path } from "./paths.js";
import { isImportant, makeWish, wishChoiceOf, wishWords, type WishChoice } from "./practices.js";

export function WishesField({ path, who }: { path: Path; who: string }) {
  const ed = useEditor();
  const { t } = useLang();
  const value = getAt(ed.draft, path);
  const wishes: Item[] = Array.isArray(value) ? value : [];
  const setWishes = (next: Item[]) => ed.set(path, next.length ? next : undefined);
  const choices: [WishChoice, string][] = [
    ["free", t("vrij op (dag/dagdeel)", "free on (day/part of day)")],
    ["not-first", t("geen eerste lesuur op …", "no first period on …")],
    ["not-last", t("geen laatste lesuur op …", "no last period on …")],
    ["days", t("werkt liefst enkel op …", "prefers to work only on …")],
  ];
  const listError = errorsUnder(ed.errors, path, false);
  return (
    <div className="wishes" id={fieldId(path)} tabIndex={-1}>
      <p className="explain">
        {t(
          `Wat ${who} graag zou hebben. Een wens breekt nooit een regel; na het berekenen ziet u hoeveel wensen vervuld zijn.`,
          `What ${who} would like. A wish never breaks a rule; after solving you see how many wishes were met.`,
        )}
      </p>
      {listError && (
        <p className="field-error" id={`${fieldId(path)}-error`}>
          {listError}
        </p>
      )}
      {wishes.length === 0 && <p className="muted small">{t("Nog geen wensen.", "No wishes yet.")}</p>}
      <ul className="plain-list wish-list">
        {wishes.map((w, k) => {
          const wp = [...path, k] as const;
          const choice = wishChoiceOf(w);
          const n = k + 1;
          const weight = typeof w.weight === "number" ? w.weight : 1;
          const weightId = fieldId([...wp, "weight"]);
          const weightError = errorsUnder(ed.errors, [...wp, "weight"], false);
          return (
            <li key={k} className="wish-row" data-wish={wishWords(w, t)}>
              <p className="wish-words">
                {t(`Wens ${n}`, `Wish ${n}`)}: <strong>{wishWords(w, t)}</strong>
                {isImportant(w) && <span className="badge badge-warn">{t("belangrijk", "important")}</span>}
                {!ed.readOnly && (
                  <button
                    type="button"
                    className="btn btn-link btn-remove"
                    aria-label={t(`Wens ${n} verwijderen`, `Remove wish ${n}`)}
                    onClick={() => setWishes(wishes.filter((_, j) => j !== k))}
                  >
                    {t("Verwijderen", "Remove")}
                  </button>
                )}
              </p>
              <div className="form-row wrap">
                <div className="field">
                  <label htmlFor={fieldId([...wp, "kind"])}>{t(`Wens ${n}: soort`, `Wish ${n}: kind`)}</label>
                  <p className="hint">{t("Wat wil deze persoon?", "What does this person want?")}</p>
                  <select
                    id={fieldId([...wp, "kind"])}
                    value={choice}
                    disabled={ed.readOnly}
                    onChange={(e) =>
                      setWishes(wishes.map((x, j) => (j === k ? makeWish(e.target.value as WishChoice, x) : x)))
                    }
                  >
                    {choices.map(([v, l]) => (
                      <option key={v} value={v}>
                        {l}
                      </option>
                    ))}
                  </select>
                </div>
                {choice === "free" && (
                  <SelectField
                    path={[...wp, "part"]}
                    optional={t("hele dag", "whole day")}
                    label={t(`Wens ${n}: dagdeel`, `Wish ${n}: part of day`)}
                    hint={t("Voormiddag = tot de middagpauze", "Morning = until the lunch break")}
                    options={[
                      ["morning", t("voormiddag", "morning")],
                      ["afternoon", t("namiddag", "afternoon")],
                    ]}
                  />
                )}
                <div className={`field ${weightError ? "field-invalid" : ""}`}>
                  <label htmlFor={weightId}>{t(`Wens ${n}: gewicht`, `Wish ${n}: weight`)}</label>
                  <p className="hint">{t("Belangrijk telt dubbel", "Important counts double")}</p>
                  <select
                    id={weightId}
                    value={String(weight)}
                    disabled={ed.readOnly}
                    aria-invalid={weightError ? true : undefined}
                    aria-describedby={weightError ? `${weightId}-error` : undefined}
                    onChange={(e) =>
                      ed.set([...wp, "weight"], e.target.value === "1" ? undefined : Number(e.target.value))
                    }
                  >
                    <option value="1">{t("gewoon", "normal")}</option>
                    <option value="2">{t("belangrijk", "important")}</option>
                    {weight !== 1 && weight !== 2 && (
                      <option value={String(weight)}>{t(`eigen gewicht (${weight})`, `own weight (${weight})`)}</option>
                    )}
                  </select>
                  {weightError && (
                    <p className="field-error" id={`${weightId}-error`}>
                      {weightError}
                    </p>
                  )}
                </div>
              </div>
              <DayChecks
                path={[...wp, "days"]}
                label={t(`Wens ${n}: op welke dagen?`, `Wish ${n}: on which days?`)}
                hint={
                  choice === "days"
                    ? t(
                        "De dagen waarop deze persoon liefst werkt (minstens één)",
                        "The days this person prefers to work (at least one)",
                      )
                    : t("Niets aangevinkt = elke dag", "None ticked = every day")
                }
              />
            </li>
          );
        })}
      </ul>
      {!ed.readOnly && (
        <button
          type="button"
          className="btn btn-secondary btn-add"
          onClick={() => setWishes([...wishes, { kind: "free", days: ["wed"], part: "afternoon" }])}
        >
          {t("+ Wens", "+ Wish")}
        </button>
      )}
    </div>
  );
}
