// Personeel: a table of everyone, and a detail panel for the chosen person (?focus=<id> opens one):
// ambt, opdracht, availability as a week grid, supervision, meetings, plage and the cover flags.
import { useState } from "react";
import { useSearchParams } from "react-router";
import { Card, Empty } from "../components/ui.js";
import { useLang } from "../lib/i18n.js";
import { ambtName } from "../lib/names.js";
import { listOf, useEditor, type Item } from "./context.js";
import { AddButton, AddByName, Explain, FieldError, RemoveButton, RemoveWith, dayOptions } from "./common.js";
import { DayChecks } from "./GoalWhen.js";
import { AvailabilityGrid } from "./AvailabilityGrid.js";
import { WishesField } from "./WishesField.js";
import { normalizeFraction } from "./fraction.js";
import { CheckField, ClockField, NumberField, SelectField, TextField } from "./inputs.js";
import { uniqueId, personIds } from "./ids.js";
import { errorsUnder, fieldId, type Path } from "./paths.js";
import { removePerson } from "./refs.js";
import { hasLunchPosts, supervisesByDefault } from "./lunch.js";
import { schoolChoices, toggleStaffSchool } from "./schools.js";
import { Ambt } from "../../../src/model/browser.js";

export function StaffTab() {
  const ed = useEditor();
  const { t } = useLang();
  const [params, setParams] = useSearchParams();
  const staff = listOf(ed.draft, "staff");
  const focusIndex = staff.findIndex((p) => p.id === ed.focus);
  const [chosen, setChosen] = useState(0);
  const current = focusIndex >= 0 ? focusIndex : Math.min(chosen, staff.length - 1);
  const open = (i: number) => {
    setChosen(i);
    if (params.get("focus")) {
      params.delete("focus");
      setParams(params, { replace: true });
    }
  };
  const add = (name: string) => {
    const id = uniqueId(name, personIds(ed.draft), "persoon");
    ed.set(["staff"], [...staff, { id, name, ambt: "onderwijzer", fraction: "24/24" }]);
    open(staff.length);
  };
  const groupsOf = (id: string) =>
    listOf(ed.draft, "groups")
      .filter((g) => g.classTeachers?.includes?.(id))
      .map((g) => g.id);
  return (
    <div className="tab-body staff-layout">
      <div className="staff-list">
        <table className="table select-table">
          <thead>
            <tr>
              <th>{t("Naam", "Name")}</th>
              <th>{t("Ambt", "Role")}</th>
              <th>{t("Opdracht", "Assignment")}</th>
            </tr>
          </thead>
          <tbody>
            {staff.map((p, i) => {
              const bad = errorsUnder(ed.errors, ["staff", i], true);
              return (
                <tr key={i} className={`${i === current ? "selected" : ""} ${bad ? "row-invalid" : ""}`}>
                  <td>
                    <button
                      type="button"
                      className="btn btn-link"
                      aria-current={i === current ? "true" : undefined}
                      onClick={() => open(i)}
                    >
                      {p.name || t("(zonder naam)", "(no name)")}
                    </button>
                    {groupsOf(p.id).length > 0 && <span className="muted small"> {groupsOf(p.id).join(", ")}</span>}
                    {bad && <span className="badge badge-bad">!</span>}
                  </td>
                  <td>{ambtName(p.ambt, t)}</td>
                  <td>{p.fraction ?? "24/24"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <AddByName
          id="new-staff-name"
          label={t("Nieuw personeelslid: naam", "New staff member: name")}
          placeholder="Karen Vandenberghe"
          button={t("+ Toevoegen", "+ Add")}
          onAdd={add}
        />
      </div>
      {staff.length === 0 ? (
        <Empty>{t("Nog geen personeel.", "No staff yet.")}</Empty>
      ) : (
        current >= 0 && <StaffDetail p={staff[current]} i={current} />
      )}
    </div>
  );
}

function StaffDetail({ p, i }: { p: Item; i: number }) {
  const ed = useEditor();
  const { t, day } = useLang();
  const base = ["staff", i] as const;
  const name = p.name || t("deze persoon", "this person");
  const ambts = Ambt.options.map((a) => [a, ambtName(a, t)] as const);
  const flag = (k: string) => [...base, "flags", k] as const;
  return (
    <Card
      className={`staff-detail ${ed.focus === p.id ? "focused-item" : ""}`}
      title={name}
      actions={
        <RemoveWith
          what={name}
          confirm={t(
            `${name} verwijderen? Ook uit klassen, vakken en overlegmomenten.`,
            `Remove ${name}? Also from classes, subjects and meetings.`,
          )}
          remove={(d) => removePerson(d, p.id)}
        />
      }
    >
      <div className="form-row wrap">
        <TextField path={[...base, "name"]} label={t("Naam", "Name")} className="grow" />
        <SelectField path={[...base, "ambt"]} label={t("Ambt", "Role")} options={ambts} />
        <TextField
          path={[...base, "fraction"]}
          label={t("Opdracht", "Assignment")}
          placeholder="24/24"
          normalize={normalizeFraction}
          hint={t(
            "Schrijf x/24, of 'halftijds', 'voltijds', '50%' (wordt x/24); x/36 voor zorg en beleid",
            "Write x/24, or 'halftime', 'fulltime', '50%' (becomes x/24); x/36 for care and policy",
          )}
        />
        <TextField
          optional
          path={[...base, "email"]}
          label={t("E-mail (optioneel)", "Email (optional)")}
          hint={t("Voor de agenda-uitnodigingen", "For calendar invitations")}
        />
      </div>
      {schoolChoices(ed.draft).length > 0 && <StaffSchoolsField p={p} i={i} name={name} />}
      <h3>{t("Wanneer is " + name + " op school?", "When is " + name + " at school?")}</h3>
      <AvailabilityGrid path={[...base, "availability"]} who={name} />
      <h3>{t("Toezicht", "Supervision")}</h3>
      <Explain>
        {t(
          "Vaste toezichtsbeurten (speelplaats, middag, rij). Ze tellen mee in de schoolopdracht.",
          "Fixed supervision duties (playground, lunch, rows). They count in the school assignment.",
        )}
      </Explain>
      <ul className="plain-list">
        {(Array.isArray(p.supervision) ? p.supervision : []).map((_: Item, k: number) => (
          <li key={k} className="form-row inline-row">
            <SelectField
              compact
              path={[...base, "supervision", k, "day"]}
              label={t(`Toezicht ${k + 1}: dag`, `Duty ${k + 1}: day`)}
              options={dayOptions(day)}
            />
            <ClockField
              compact
              path={[...base, "supervision", k, "start"]}
              label={t(`Toezicht ${k + 1}: begin`, `Duty ${k + 1}: start`)}
            />
            <ClockField
              compact
              path={[...base, "supervision", k, "end"]}
              label={t(`Toezicht ${k + 1}: einde`, `Duty ${k + 1}: end`)}
            />
            <TextField
              compact
              optional
              path={[...base, "supervision", k, "label"]}
              label={t(`Toezicht ${k + 1}: omschrijving`, `Duty ${k + 1}: label`)}
              placeholder={t("speelplaats middag", "playground noon")}
            />
            <RemoveButton path={[...base, "supervision"]} index={k} what={t(`toezicht ${k + 1}`, `duty ${k + 1}`)} />
          </li>
        ))}
      </ul>
      <AddButton path={[...base, "supervision"]} make={() => ({ day: "mon", start: "12:05", end: "12:35", label: "" })}>
        {t("+ Toezicht", "+ Duty")}
      </AddButton>
      <div className="form-row wrap">
        <NumberField
          path={[...base, "meetingMinutesPerWeek"]}
          placeholder="0"
          label={t("Vaste vergaderingen (min/week)", "Fixed meetings (min/week)")}
          hint={t(
            "Personeelsvergadering e.d., telt in de schoolopdracht",
            "Staff meetings etc., count in the school assignment",
          )}
        />
        <NumberField
          optional
          path={[...base, "plageMax"]}
          label={t("Eigen maximum lestijden", "Own maximum lessons")}
          hint={t("Leeg = het maximum van het ambt (tab Algemeen)", "Empty = the role's maximum (General tab)")}
        />
      </div>
      <h3>{t("Wensen", "Wishes")}</h3>
      <WishesField path={[...base, "wishes"]} who={name} />
      <h3>{t("Opvang en toezicht", "Cover and supervision")}</h3>
      <CheckField
        path={flag("careTeacher")}
        label={t("Zorgleerkracht: mag een klas opvangen", "Care teacher: may cover a class")}
        hint={t(
          "Zorguren kunnen een klas overnemen terwijl de klasleerkracht overlegt.",
          "Care hours can take a class while its teacher meets.",
        )}
      />
      <CheckField
        path={flag("keepsCareHoursInClass")}
        label={t("Zorguren blijven in de klas (nooit als opvang)", "Care hours stay in class (never as cover)")}
      />
      <CheckField
        path={flag("noSubstitution")}
        label={t("Mag geen klas opvangen", "May not cover a class")}
        hint={t(
          "Bv. een ondersteuner van het ondersteuningsnetwerk.",
          "E.g. a support worker from the support network.",
        )}
      />
      <CheckField path={flag("noSupervision")} label={t("Doet geen toezicht", "Does no supervision")} />
      {hasLunchPosts(ed.draft) && (
        <div className="form-row">
          <LunchSupervisorField p={p} path={flag("lunchSupervisor")} />
        </div>
      )}
    </Card>
  );
}

/** Middagtoezicht: standaard / ja / nee (flags.lunchSupervisor); "standaard" says what it means for this person. */
function LunchSupervisorField({ p, path }: { p: Item; path: Path }) {
  const ed = useEditor();
  const { t } = useLang();
  const value = p.flags?.lunchSupervisor;
  const id = fieldId(path);
  const error = errorsUnder(ed.errors, path, false);
  const byDefault = supervisesByDefault(ed.draft, p);
  return (
    <div className={`field ${error ? "field-invalid" : ""}`}>
      <label htmlFor={id}>{t("Middagtoezicht", "Lunch supervision")}</label>
      <p className="hint">
        {t(
          "Mag deze persoon een plaats van het middagtoezicht (tab Opvang) nemen? Standaard doen klas- en " +
            "zorgleerkrachten dat; nooit wie geen toezicht doet of ondersteuner is.",
          "May this person take a lunch supervision place (Cover tab)? By default class and care teachers do; " +
            "never someone who does no supervision or a support worker.",
        )}
      </p>
      <select
        id={id}
        value={value === true ? "yes" : value === false ? "no" : ""}
        disabled={ed.readOnly}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => ed.set(path, e.target.value === "" ? undefined : e.target.value === "yes")}
      >
        <option value="">
          {byDefault ? t("standaard (ja)", "default (yes)") : t("standaard (nee)", "default (no)")}
        </option>
        <option value="yes">{t("ja", "yes")}</option>
        <option value="no">{t("nee", "no")}</option>
      </select>
      <FieldError id={id} error={error} />
    </div>
  );
}

/** Scholen (school group): where this person works, and on which days there (staff.schools). */
function StaffSchoolsField({ p, i, name }: { p: Item; i: number; name: string }) {
  const ed = useEditor();
  const { t } = useLang();
  const mine: Item[] = Array.isArray(p.schools) ? p.schools : [];
  const path = ["staff", i, "schools"] as const;
  const error = errorsUnder(ed.errors, path, false);
  const change = (fn: (x: Item) => Item) =>
    ed.update((d) => ({ ...d, staff: d.staff.map((x: Item, j: number) => (j === i ? fn(x) : x)) }));
  return (
    <fieldset
      id={fieldId(path)}
      className={`field staff-schools ${error ? "field-invalid" : ""}`}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? `${fieldId(path)}-error` : undefined}
      tabIndex={-1}
    >
      <legend>{t(`In welke scholen werkt ${name}?`, `Which schools does ${name} work in?`)}</legend>
      <p className="hint">
        {t(
          "Niets aangevinkt = de scholen van de klassen die deze persoon lesgeeft. Een zorgleerkracht vangt alleen " +
            "klassen van de eigen scholen op.",
          "Nothing ticked = the schools of the classes this person teaches. A care teacher covers only classes of " +
            "their schools.",
        )}
      </p>
      {schoolChoices(ed.draft).map(([id, label]) => {
        const k = mine.findIndex((x) => x.school === id);
        return (
          <div key={id} className="form-row inline-row wrap">
            <label className={`check-chip ${k >= 0 ? "on" : ""}`}>
              <input
                type="checkbox"
                checked={k >= 0}
                disabled={ed.readOnly}
                onChange={(e) => change((x) => toggleStaffSchool(x, id, e.target.checked))}
              />
              {label}
            </label>
            {k >= 0 && (
              <DayChecks allMeansEvery path={[...path, k, "days"]} label={t(`Dagen in ${label}`, `Days at ${label}`)} />
            )}
          </div>
        );
      })}
      <FieldError id={fieldId(path)} error={error} />
    </fieldset>
  );
}
