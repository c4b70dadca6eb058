// Overlegmomenten, issue 10: "Wanneer?" (allowed windows and "Nooit op…" forbidden windows) and "Wie?" by
// person or by group (a member set: "heel het team", "de klasleerkrachten van leerjaar 5 en 6", "behalve …")
// with the names it stands for right under it. Controls keep the editor's field-<path> ids and errors.
import type { ReactNode } from "react";
import { useLang } from "../lib/i18n.js";
import { ambtName } from "../lib/names.js";
import { Ambt } from "../../../src/model/browser.js";
import { listOf, staffLabel, useEditor, type Item } from "./context.js";
import { DAYS, FieldError, staffOptions } from "./common.js";
import { schoolChoices } from "./schools.js";
import { storedDays } from "./weekdays.js";
import { ChecklistField, SelectField, TextField } from "./inputs.js";
import { errorsUnder, fieldId, getAt, setAt, type Path } from "./paths.js";
import {
  ROLES,
  goalSetMembers,
  memberSetPresets,
  memberSetText,
  roleName,
  windowText,
  type MemberSetInput,
} from "./practices.js";
import type { Day } from "../../../src/model/browser.js";

const clockNormalize = (v: string) => {
  const s = v.trim().replace(".", ":").replace("u", ":");
  const m = /^(\d{1,2}):?(\d{2})?$/.exec(s);
  return m ? `${m[1].padStart(2, "0")}:${m[2] ?? "00"}` : v;
};

/**
 * Days as checkboxes; none ticked = every day (the key is left out). With `allMeansEvery` (a list that must not be
 * empty, e.g. a lunch post's days): all five ticked = every day, shown ticked when the key is missing.
 */
export function DayChecks({
  path,
  label,
  hint,
  allMeansEvery,
}: {
  path: Path;
  label: ReactNode;
  hint?: ReactNode;
  allMeansEvery?: boolean;
}) {
  const ed = useEditor();
  const { day } = useLang();
  const id = fieldId(path);
  const error = errorsUnder(ed.errors, path, true);
  const value = getAt(ed.draft, path);
  const chosen: string[] = Array.isArray(value) ? value.map(String) : allMeansEvery ? [...DAYS] : [];
  const toggle = (d: Day, on: boolean) => {
    const next = DAYS.filter((x) => (x === d ? on : chosen.includes(x)));
    ed.set(path, allMeansEvery ? storedDays(next) : next.length ? next : undefined);
  };
  return (
    <fieldset
      id={id}
      className={`field checklist checklist-days ${error ? "field-invalid" : ""}`}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? `${id}-error` : undefined}
      tabIndex={-1}
    >
      <legend>{label}</legend>
      {hint && <p className="hint">{hint}</p>}
      <div className="checklist-group">
        {DAYS.map((d) => (
          <label key={d} className={`check-chip ${chosen.includes(d) ? "on" : ""}`}>
            <input
              type="checkbox"
              checked={chosen.includes(d)}
              disabled={ed.readOnly}
              onChange={(e) => toggle(d, e.target.checked)}
            />
            {day(d)}
          </label>
        ))}
      </div>
      <FieldError id={id} error={error} />
    </fieldset>
  );
}

/** The allowed ("when") or forbidden ("notWhen") windows of goal i. */
export function WindowList({ goalIndex, field }: { goalIndex: number; field: "when" | "notWhen" }) {
  const ed = useEditor();
  const { t } = useLang();
  const path = ["releaseGoals", goalIndex, field] as const;
  const list = getAt(ed.draft, path);
  const windows: Item[] = Array.isArray(list) ? list : [];
  const allowed = field === "when";
  const error = errorsUnder(ed.errors, path, false);
  const remove = (k: number) => {
    const next = windows.filter((_, j) => j !== k);
    ed.set(path, next.length ? next : undefined);
  };
  const add = () =>
    ed.set(path, [...windows, allowed ? { days: ["wed"], part: "morning" } : { days: ["fri"], part: "afternoon" }]);
  const what = (k: number) =>
    allowed ? t(`moment ${k + 1}`, `window ${k + 1}`) : t(`verboden moment ${k + 1}`, `forbidden window ${k + 1}`);
  return (
    <div className={`window-list ${allowed ? "window-when" : "window-not"}`} id={fieldId(path)} tabIndex={-1}>
      <h4>{allowed ? t("Enkel op…", "Only on…") : t("Nooit op…", "Never on…")}</h4>
      <p className="hint">
        {allowed
          ? t(
              "Leeg = elk moment van de week mag. Met momenten: het overleg valt helemaal binnen één ervan.",
              "Empty = any time of the week. With windows: the meeting falls entirely inside one of them.",
            )
          : t(
              "Het overleg raakt deze momenten niet, ook niet gedeeltelijk.",
              "The meeting never touches these windows, not even partly.",
            )}
      </p>
      {error && (
        <p className="field-error" id={`${fieldId(path)}-error`}>
          {error}
        </p>
      )}
      <ul className="plain-list windows">
        {windows.map((w, k) => (
          <li key={k} className="window-row" data-window={windowText(w, t)}>
            <DayChecks
              path={[...path, k, "days"]}
              label={t(
                `${allowed ? "Moment" : "Verboden moment"} ${k + 1}: dagen`,
                `${allowed ? "Window" : "Forbidden window"} ${k + 1}: days`,
              )}
              hint={t("Niets aangevinkt = elke dag", "None ticked = every day")}
            />
            <div className="form-row wrap">
              <SelectField
                path={[...path, k, "part"]}
                optional={t("hele dag", "whole day")}
                label={t("Dagdeel", "Part of day")}
                hint={t("Voormiddag = tot de middagpauze", "Morning = until the lunch break")}
                options={[
                  ["morning", t("voormiddag", "morning")],
                  ["afternoon", t("namiddag", "afternoon")],
                ]}
              />
              <TextField
                optional
                path={[...path, k, "from"]}
                label={t("Vanaf (uur)", "From (time)")}
                placeholder="13:00"
                normalize={clockNormalize}
                hint={t("Optioneel, bv. 13:00", "Optional, e.g. 13:00")}
              />
              <TextField
                optional
                path={[...path, k, "to"]}
                label={t("Tot (uur)", "Until (time)")}
                placeholder="15:00"
                normalize={clockNormalize}
                hint={t("Optioneel, bv. 15:00", "Optional, e.g. 15:00")}
              />
            </div>
            <p className="window-words">
              {allowed ? t("Mag op", "Allowed on") : t("Nooit op", "Never on")}: <strong>{windowText(w, t)}</strong>
              {!ed.readOnly && (
                <button
                  type="button"
                  className="btn btn-link btn-remove"
                  aria-label={t(`${what(k)} verwijderen`, `Remove ${what(k)}`)}
                  onClick={() => remove(k)}
                >
                  {t("Verwijderen", "Remove")}
                </button>
              )}
            </p>
          </li>
        ))}
      </ul>
      {!ed.readOnly && (
        <button type="button" className="btn btn-secondary btn-add" onClick={add}>
          {allowed
            ? t("+ Moment waarop het mag", "+ Allowed window")
            : t("+ Moment waarop het nooit mag", "+ Forbidden window")}
        </button>
      )}
    </div>
  );
}

/** "Wie?": people by name, or a group described by a member set, with the names it stands for. */
export function WhoField({ g, goalIndex }: { g: Item; goalIndex: number }) {
  const ed = useEditor();
  const { t } = useLang();
  const base = ["releaseGoals", goalIndex] as const;
  const sets: Item[] = Array.isArray(g.memberSets) ? g.memberSets : [];
  const bySet = sets.length > 0;
  const staff = staffOptions(ed.draft, t);
  const members: string[] = Array.isArray(g.members) ? g.members.map(String) : [];
  const resolved = goalSetMembers(ed.draft, g);
  // The scenario adds a set's people to members when it is read (and stores that): in "group" mode the
  // members follow the sets, so a change to a set starts from an empty list again.
  const writeSets = (next: Item[] | undefined, nextMembers: string[]) =>
    ed.update((d) => setAt(setAt(d, [...base, "memberSets"], next), [...base, "members"], nextMembers));
  const toPeople = () => writeSets(undefined, [...new Set([...members, ...resolved])]);
  const toSets = () => writeSets([{}], []);
  const setsError = errorsUnder(ed.errors, [...base, "memberSets"], false);
  const name = `who-${goalIndex}`;
  return (
    <div className="who-field">
      <fieldset className="field who-mode">
        <legend>{t("Wie moet erbij zijn?", "Who must be there?")}</legend>
        <p className="hint">
          {t(
            "Duid mensen aan, of beschrijf een groep (die volgt vanzelf als het team verandert).",
            "Tick people, or describe a group (which follows along when the staff changes).",
          )}
        </p>
        <label className="radio">
          <input type="radio" name={name} checked={!bySet} disabled={ed.readOnly} onChange={toPeople} />{" "}
          {t("Mensen aanduiden", "Tick people")}
        </label>
        <label className="radio">
          <input type="radio" name={name} checked={bySet} disabled={ed.readOnly} onChange={toSets} />{" "}
          {t(
            "Een groep: heel het team, alle kleuterleerkrachten, …",
            "A group: the whole staff, all nursery teachers, …",
          )}
        </label>
      </fieldset>
      {!bySet ? (
        <ChecklistField
          path={[...base, "members"]}
          label={t("Wie moet erbij zijn?", "Who must be there?")}
          compact
          options={staff}
          hint={t("Deze mensen moeten allemaal tegelijk vrij zijn.", "All these people must be free at the same time.")}
        />
      ) : (
        <div className="member-sets" id={fieldId([...base, "memberSets"])} tabIndex={-1}>
          {sets.map((s, k) => (
            <MemberSetEditor
              key={k}
              set={s ?? {}}
              path={[...base, "memberSets", k]}
              index={k}
              count={sets.length}
              onChange={(next) =>
                writeSets(
                  next === undefined ? sets.filter((_, j) => j !== k) : sets.map((x, j) => (j === k ? next : x)),
                  [],
                )
              }
            />
          ))}
          {setsError && (
            <p className="field-error" id={`${fieldId([...base, "memberSets"])}-error`}>
              {setsError}
            </p>
          )}
          {!ed.readOnly && (
            <button type="button" className="btn btn-secondary btn-add" onClick={() => writeSets([...sets, {}], [])}>
              {t("+ Nog een groep (of)", "+ Another group (or)")}
            </button>
          )}
          <div className="resolved-members" aria-live="polite">
            <strong>
              {t(`Dat zijn nu ${resolved.length} mensen`, `That is now ${resolved.length} people`)}
              {resolved.length ? ":" : "."}
            </strong>{" "}
            {resolved.map((id) => staffLabel(ed.draft, id)).join(", ")}
          </div>
          {errorsUnder(ed.errors, [...base, "members"], false) && (
            <p className="field-error" id={`${fieldId([...base, "members"])}-error`}>
              {errorsUnder(ed.errors, [...base, "members"], false)}
            </p>
          )}
        </div>
      )}
    </div>
  );
}

function MemberSetEditor({
  set,
  path,
  index,
  count,
  onChange,
}: {
  set: Item;
  path: Path;
  index: number;
  count: number;
  onChange(next: Item | undefined): void;
}) {
  const ed = useEditor();
  const { t } = useLang();
  const nameOf = (id: string) => String(listOf(ed.draft, "staff").find((p) => p.id === id)?.name ?? id);
  const presets = memberSetPresets(t);
  // A school group: "Team Zuid" = the class teachers of one school (memberSets[].school).
  const schools = schoolChoices(ed.draft);
  const schoolOf = (id: string) => schools.find(([x]) => x === id)?.[1] ?? id;
  const patch = (k: string, v: unknown) => {
    const next: Item = { ...set };
    if (v === undefined || (Array.isArray(v) && v.length === 0)) delete next[k];
    else next[k] = v;
    onChange(next);
  };
  const grades: number[] = Array.isArray(set.grades) ? set.grades : [];
  const except: string[] = Array.isArray(set.except) ? set.except.map(String) : [];
  const ambts: string[] = Array.isArray(set.ambt) ? set.ambt.map(String) : [];
  const sel = (k: string) => ({
    id: fieldId([...path, k]),
    "aria-invalid": errorsUnder(ed.errors, [...path, k], true) ? true : undefined,
    "aria-describedby": errorsUnder(ed.errors, [...path, k], true) ? `${fieldId([...path, k])}-error` : undefined,
    disabled: ed.readOnly,
  });
  const err = (k: string) => (
    <FieldError id={fieldId([...path, k])} error={errorsUnder(ed.errors, [...path, k], true)} />
  );
  /** One criterion of the set as a select: empty = no criterion. */
  const choice = (
    k: string,
    label: string,
    hint: string,
    none: string,
    options: readonly (readonly [string, string])[],
  ) => (
    <div className="field">
      <label htmlFor={fieldId([...path, k])}>{label}</label>
      <p className="hint">{hint}</p>
      <select {...sel(k)} value={set[k] ?? ""} onChange={(e) => patch(k, e.target.value || undefined)}>
        <option value="">{none}</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
      {err(k)}
    </div>
  );
  const label = count > 1 ? t(`Groep ${index + 1}`, `Group ${index + 1}`) : t("De groep", "The group");
  return (
    <div className="member-set" data-member-set={index}>
      <p className="member-set-words">
        {label}: <strong>{memberSetText(set, nameOf, (a) => ambtName(a, t), t, schoolOf)}</strong>
        {!ed.readOnly && count > 1 && (
          <button
            type="button"
            className="btn btn-link btn-remove"
            aria-label={t(`${label} verwijderen`, `Remove ${label}`)}
            onClick={() => onChange(undefined)}
          >
            {t("Verwijderen", "Remove")}
          </button>
        )}
      </p>
      <div className="form-row wrap">
        {!ed.readOnly && (
          <div className="field">
            <label htmlFor={`${fieldId(path)}-preset`}>{t("Snel kiezen", "Quick choice")}</label>
            <p className="hint">{t("Vult de velden hiernaast in", "Fills in the fields alongside")}</p>
            <select
              id={`${fieldId(path)}-preset`}
              value=""
              onChange={(e) => {
                const p = presets.find((x) => x.key === e.target.value);
                if (p) onChange({ ...(p.set as MemberSetInput), ...(except.length ? { except } : {}) });
              }}
            >
              <option value="">{t("— kies —", "— choose —")}</option>
              {presets.map((p) => (
                <option key={p.key} value={p.key}>
                  {p.label}
                </option>
              ))}
            </select>
          </div>
        )}
        {choice(
          "role",
          t("Welke rol?", "Which role?"),
          t("Klasleerkracht = heeft een eigen klas", "Class teacher = has a class of their own"),
          t("iedereen", "everyone"),
          ROLES.map((r) => [r, roleName(r, t)]),
        )}
        {choice(
          "level",
          t("Kleuter of lager?", "Nursery or primary?"),
          t("Wie les geeft aan zo'n klas", "Who teaches such a class"),
          t("allebei", "both"),
          [
            ["kleuter", t("kleuter", "nursery")],
            ["lager", t("lager", "primary")],
          ],
        )}
        {schools.length > 0 &&
          choice(
            "school",
            t("Welke school?", "Which school?"),
            t("Wie er werkt of er les geeft", "Who works or teaches there"),
            t("alle scholen", "every school"),
            schools,
          )}
      </div>
      <fieldset
        className="field checklist"
        id={fieldId([...path, "grades"])}
        tabIndex={-1}
        aria-invalid={errorsUnder(ed.errors, [...path, "grades"], true) ? true : undefined}
      >
        <legend>
          {set.level === "kleuter"
            ? t("Welke kleuterklassen?", "Which nursery years?")
            : t("Welke leerjaren?", "Which years?")}
        </legend>
        <p className="hint">{t("Niets aangevinkt = alle", "None ticked = all")}</p>
        <div className="checklist-group">
          {[1, 2, 3, 4, 5, 6].map((n) => (
            <label key={n} className={`check-chip ${grades.includes(n) ? "on" : ""}`}>
              <input
                type="checkbox"
                checked={grades.includes(n)}
                disabled={ed.readOnly}
                onChange={(e) =>
                  patch(
                    "grades",
                    (e.target.checked ? [...grades, n] : grades.filter((x) => x !== n)).sort((a, b) => a - b),
                  )
                }
              />
              {set.level === "kleuter" ? `K${n}` : t(`${n}${n === 1 ? "ste" : "de"}`, `Year ${n}`)}
            </label>
          ))}
        </div>
        {err("grades")}
      </fieldset>
      <fieldset className="field checklist checklist-compact-ambt" id={fieldId([...path, "ambt"])} tabIndex={-1}>
        <legend>{t("Enkel met dit ambt (optioneel)", "Only with this post (optional)")}</legend>
        <p className="hint">{t("Niets aangevinkt = elk ambt", "None ticked = any post")}</p>
        <div className="checklist-group">
          {Ambt.options.map((a) => (
            <label key={a} className={`check-chip ${ambts.includes(a) ? "on" : ""}`}>
              <input
                type="checkbox"
                checked={ambts.includes(a)}
                disabled={ed.readOnly}
                onChange={(e) => patch("ambt", e.target.checked ? [...ambts, a] : ambts.filter((x) => x !== a))}
              />
              {ambtName(a, t)}
            </label>
          ))}
        </div>
        {err("ambt")}
      </fieldset>
      <div className="field">
        <label htmlFor={fieldId([...path, "except"])}>{t("Behalve…", "Except…")}</label>
        <p className="hint">{t("Wie van deze groep er niet bij hoeft", "Who of this group need not be there")}</p>
        <ul className="chips">
          {except.map((id) => (
            <li key={id} className="chip">
              {nameOf(id)}
              {!ed.readOnly && (
                <button
                  type="button"
                  className="chip-x"
                  aria-label={t(`${nameOf(id)} weer meetellen`, `Count ${nameOf(id)} in again`)}
                  onClick={() =>
                    patch(
                      "except",
                      except.filter((x) => x !== id),
                    )
                  }
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
        {!ed.readOnly && (
          <select
            {...sel("except")}
            value=""
            onChange={(e) => e.target.value && patch("except", [...except, e.target.value])}
          >
            <option value="">{t("+ behalve…", "+ except…")}</option>
            {listOf(ed.draft, "staff")
              .filter((p) => !except.includes(String(p.id)))
              .map((p) => (
                <option key={p.id} value={p.id}>
                  {staffLabel(ed.draft, String(p.id))}
                </option>
              ))}
          </select>
        )}
        {err("except")}
      </div>
    </div>
  );
}
