// Ateliers: per plan the classes that take part, the blocks it may run in (the solver picks one), the
// ateliers with their leaders and places, and the pupils' choices — as a table and as a paste box.
import { useState } from "react";
import { Button, Card } from "../components/ui.js";
import { useLang } from "../lib/i18n.js";
import { listOf, useEditor, type Item } from "./context.js";
import {
  AddButton,
  Explain,
  PickList,
  RemoveButton,
  classOptions,
  dayOptions,
  personOptions,
  useFocusTarget,
} from "./common.js";
import { ChecklistField, ClockField, NumberField, SelectField, TextField } from "./inputs.js";
import { uniqueId } from "./ids.js";
import { parseChoices, type LineError } from "./csv-choices.js";

export function AteliersTab() {
  const ed = useEditor();
  const { t } = useLang();
  const plans = listOf(ed.draft, "atelierPlans");
  return (
    <div className="tab-body">
      <Explain>
        {t(
          "Tijdens ateliers nemen begeleiders (externen, stagiairs, collega's) de leerlingen over, zodat hun " +
            "klasleerkrachten samen vrij zijn.",
          "During ateliers, leaders (externals, student teachers, colleagues) take the pupils so their class " +
            "teachers are free together.",
        )}
      </Explain>
      {plans.map((p, i) => (
        <PlanCard key={i} p={p} i={i} />
      ))}
      {!ed.readOnly && (
        <Button
          onClick={() =>
            ed.set(
              ["atelierPlans"],
              [
                ...plans,
                {
                  id: uniqueId(
                    "ateliers",
                    plans.map((p) => p.id),
                  ),
                  name: t("Ateliers", "Ateliers"),
                  candidateBlocks: [{ day: "fri", start: "13:20", end: "15:15" }],
                  groups: [],
                  ateliers: [{ id: "atelier-1", name: "", leaders: [], capacity: 15 }],
                },
              ],
            )
          }
        >
          {t("+ Atelierplan toevoegen", "+ Add atelier plan")}
        </Button>
      )}
    </div>
  );
}

function PlanCard({ p, i }: { p: Item; i: number }) {
  const ed = useEditor();
  const { t, day } = useLang();
  const focus = useFocusTarget<HTMLDivElement>(String(p.id));
  const base = ["atelierPlans", i] as const;
  const ateliers: Item[] = Array.isArray(p.ateliers) ? p.ateliers : [];
  const name = p.name || t("atelierplan", "atelier plan");
  return (
    <div ref={focus.ref} className={focus.className}>
      <Card title={name} actions={<RemoveButton path={["atelierPlans"]} index={i} what={name} />}>
        <div className="form-row wrap">
          <TextField path={[...base, "name"]} label={t("Naam", "Name")} className="grow" />
          <NumberField
            path={[...base, "rotationWeeks"]}
            placeholder="4"
            label={t("Weken per reeks", "Weeks per round")}
            hint={t("Na zoveel weken kiezen de leerlingen opnieuw", "After this many weeks pupils choose again")}
          />
          <NumberField
            path={[...base, "pupilsPerLeader"]}
            placeholder="15"
            label={t("Leerlingen per begeleider", "Pupils per leader")}
          />
          <SelectField
            path={[...base, "afterChoices"]}
            label={t("Als de keuzes op zijn", "When the choices run out")}
            hint={t(
              "Wie al zijn gekozen ateliers deed: verder roteren naar niet-gekozen ateliers, of de rotatie daar stoppen",
              "Pupils who did all the ateliers they chose: rotate on into unchosen ateliers, or stop the rotation there",
            )}
            fallback="rotate"
            options={[
              ["rotate", t("verder roteren", "rotate on")],
              ["stop", t("rotatie stoppen", "stop the rotation")],
            ]}
          />
        </div>
        <ChecklistField
          path={[...base, "groups"]}
          label={t("Welke klassen doen mee?", "Which classes take part?")}
          options={classOptions(ed.draft, t)}
        />
        <h3>{t("Mogelijke momenten", "Possible times")}</h3>
        <Explain>{t("De rekenmachine kiest één van deze blokken.", "The solver picks one of these blocks.")}</Explain>
        <ul className="plain-list">
          {(Array.isArray(p.candidateBlocks) ? p.candidateBlocks : []).map((_: Item, k: number) => (
            <li key={k} className="form-row inline-row">
              <SelectField
                compact
                path={[...base, "candidateBlocks", k, "day"]}
                label={t(`Blok ${k + 1}: dag`, `Block ${k + 1}: day`)}
                options={dayOptions(day)}
              />
              <ClockField
                compact
                path={[...base, "candidateBlocks", k, "start"]}
                label={t(`Blok ${k + 1}: begin`, `Block ${k + 1}: start`)}
              />
              <ClockField
                compact
                path={[...base, "candidateBlocks", k, "end"]}
                label={t(`Blok ${k + 1}: einde`, `Block ${k + 1}: end`)}
              />
              <RemoveButton path={[...base, "candidateBlocks"]} index={k} what={t(`blok ${k + 1}`, `block ${k + 1}`)} />
            </li>
          ))}
        </ul>
        <AddButton path={[...base, "candidateBlocks"]} make={() => ({ day: "fri", start: "13:20", end: "15:15" })}>
          {t("+ Moment", "+ Time")}
        </AddButton>
        <h3>{t("Ateliers", "Ateliers")}</h3>
        <table className="table edit-table">
          <thead>
            <tr>
              <th>{t("Naam", "Name")}</th>
              <th>{t("Begeleiders", "Leaders")}</th>
              <th>{t("Plaatsen", "Places")}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {ateliers.map((a, k) => (
              <tr key={k}>
                <td>
                  <TextField
                    compact
                    path={[...base, "ateliers", k, "name"]}
                    label={t(`Atelier ${k + 1}: naam`, `Atelier ${k + 1}: name`)}
                  />
                </td>
                <td>
                  <PickList
                    compact
                    path={[...base, "ateliers", k, "leaders"]}
                    label={t(`Begeleiders van ${a.name || k + 1}`, `Leaders of ${a.name || k + 1}`)}
                    options={personOptions(ed.draft, t)}
                  />
                </td>
                <td>
                  <NumberField
                    compact
                    path={[...base, "ateliers", k, "capacity"]}
                    label={t(`Plaatsen in ${a.name || k + 1}`, `Places in ${a.name || k + 1}`)}
                  />
                </td>
                <td>
                  <RemoveButton path={[...base, "ateliers"]} index={k} what={a.name || t("atelier", "atelier")} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <AddButton
          path={[...base, "ateliers"]}
          make={() => ({
            id: uniqueId(
              "atelier",
              ateliers.map((a) => a.id),
            ),
            name: "",
            leaders: [],
            capacity: 15,
          })}
        >
          {t("+ Atelier", "+ Atelier")}
        </AddButton>
        <Choices p={p} i={i} />
      </Card>
    </div>
  );
}

function Choices({ p, i }: { p: Item; i: number }) {
  const ed = useEditor();
  const { t, lang } = useLang();
  const base = ["atelierPlans", i, "choices"] as const;
  const choices: Item[] = Array.isArray(p.choices) ? p.choices : [];
  // A top 3 is usual; longer rankings (up to 10) keep later rotation rounds within the pupils' wishes.
  const longest = Math.max(3, ...choices.map((c) => (Array.isArray(c.choices) ? c.choices.length : 0)));
  const extraColumns = Array.from({ length: Math.min(10, longest) - 3 }, (_, k) => k + 3);
  const ateliers: Item[] = Array.isArray(p.ateliers) ? p.ateliers : [];
  const [text, setText] = useState("");
  const [errors, setErrors] = useState<LineError[] | null>(null);
  const atelierOpts = ateliers.map((a) => [String(a.id), String(a.name || a.id)] as const);
  const groups: string[] = Array.isArray(p.groups) ? p.groups.map(String) : [];
  const paste = () => {
    const r = parseChoices(
      text,
      {
        groups,
        ateliers: ateliers.map((a) => ({ id: String(a.id), name: String(a.name ?? "") })),
        existingPupils: choices.map((c) => c.pupil),
      },
      lang,
    );
    setErrors(r.errors);
    if (r.choices.length) ed.set(base, [...choices, ...r.choices]);
    // Keep only the bad lines in the box so they can be fixed and pasted again.
    const bad = new Set(r.errors.map((e) => e.line));
    setText(
      text
        .split(/\r?\n/)
        .filter((_, k) => bad.has(k + 1))
        .join("\n"),
    );
  };
  return (
    <>
      <h3>{t(`Keuzes van de leerlingen (${choices.length})`, `Pupils' choices (${choices.length})`)}</h3>
      {choices.length > 0 && (
        <div className="table-wrap choices-table">
          <table className="table edit-table">
            <thead>
              <tr>
                <th>{t("Leerling", "Pupil")}</th>
                <th>{t("Klas", "Class")}</th>
                <th>{t("1ste keuze", "1st choice")}</th>
                <th>{t("2de", "2nd")}</th>
                <th>{t("3de", "3rd")}</th>
                {extraColumns.map((n) => (
                  <th key={n}>{t(`${n + 1}de`, `${n + 1}th`)}</th>
                ))}
                <th />
              </tr>
            </thead>
            <tbody>
              {choices.map((c, k) => (
                <tr key={k}>
                  <td>
                    <TextField compact path={[...base, k, "pupil"]} label={t(`Leerling ${k + 1}`, `Pupil ${k + 1}`)} />
                  </td>
                  <td>
                    <SelectField
                      compact
                      path={[...base, k, "group"]}
                      label={t(`Klas van leerling ${k + 1}`, `Class of pupil ${k + 1}`)}
                      options={groups.map((g) => [g, g] as const)}
                    />
                  </td>
                  {[0, 1, 2, ...extraColumns].map((n) => (
                    <td key={n}>
                      <SelectField
                        compact
                        path={[...base, k, "choices", n]}
                        optional={n > 0 ? "—" : undefined}
                        label={t(`Leerling ${k + 1}: keuze ${n + 1}`, `Pupil ${k + 1}: choice ${n + 1}`)}
                        options={atelierOpts}
                      />
                    </td>
                  ))}
                  <td>
                    <RemoveButton path={base} index={k} what={String(c.pupil)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {!ed.readOnly && (
        <div className="field paste-box">
          <label htmlFor={`paste-choices-${i}`}>
            {t("Keuzes plakken uit een rekenblad", "Paste choices from a spreadsheet")}
          </label>
          <p className="hint">
            {t(
              "Eén leerling per regel: leerling;klas;keuze1;keuze2;keuze3 — ateliers bij naam.",
              "One pupil per line: pupil;class;choice1;choice2;choice3 — ateliers by name.",
            )}
          </p>
          <textarea
            id={`paste-choices-${i}`}
            rows={4}
            value={text}
            placeholder={"Emma Peeters;L5A;Koken;Robotica;Dans"}
            onChange={(e) => setText(e.target.value)}
            aria-describedby={errors?.length ? `paste-choices-${i}-errors` : undefined}
          />
          {errors && errors.length > 0 && (
            <ul className="field-error" id={`paste-choices-${i}-errors`} role="alert">
              {errors.map((e) => (
                <li key={e.line}>
                  {t(`Regel ${e.line}`, `Line ${e.line}`)}: {e.message}
                </li>
              ))}
            </ul>
          )}
          {errors && errors.length === 0 && (
            <p className="notice" role="status">
              {t("Alle regels toegevoegd.", "All lines added.")}
            </p>
          )}
          <Button onClick={paste} disabled={!text.trim()}>
            {t("Keuzes toevoegen", "Add choices")}
          </Button>
        </div>
      )}
    </>
  );
}
