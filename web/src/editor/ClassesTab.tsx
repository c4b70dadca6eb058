// Klassen: one row per class — code (what the school calls it, e.g. L5A), name, level, grades, pupils,
// class teachers and co-teachers picked by name. Renaming a code renames it everywhere it is used.
import { useState } from "react";
import { Button } from "../components/ui.js";
import { useLang } from "../lib/i18n.js";
import { listOf, useEditor, type Draft, type Item } from "./context.js";
import { Explain, PickList, RemoveWith, staffOptions, useFocusTarget } from "./common.js";
import { ChecklistField, NumberField, SelectField, TextField } from "./inputs.js";
import { fieldId, errorsUnder } from "./paths.js";
import { removeGroup } from "./refs.js";
import { schoolChoices } from "./schools.js";

/** Every reference to a class code, renamed (subjects, ateliers, interns, merges, study days). */
export function renameGroup(d: Draft, from: string, to: string): Draft {
  const swap = (xs: unknown) => (Array.isArray(xs) ? xs.map((x) => (x === from ? to : x)) : xs);
  const map = (key: string, fn: (x: Item) => Item) => (Array.isArray(d[key]) ? { [key]: d[key].map(fn) } : {});
  return {
    ...d,
    ...map("subjects", (s) => ({ ...s, groups: swap(s.groups) })),
    ...map("interns", (s) => ({ ...s, group: s.group === from ? to : s.group })),
    ...map("atelierPlans", (p) => ({
      ...p,
      groups: swap(p.groups),
      choices: Array.isArray(p.choices)
        ? p.choices.map((c: Item) => ({ ...c, group: c.group === from ? to : c.group }))
        : p.choices,
    })),
    ...(d.cover && Array.isArray(d.cover.merges)
      ? { cover: { ...d.cover, merges: d.cover.merges.map((m: Item) => ({ ...m, groups: swap(m.groups) })) } }
      : {}),
    ...(d.calendar && Array.isArray(d.calendar.studyDays)
      ? {
          calendar: {
            ...d.calendar,
            studyDays: d.calendar.studyDays.map((s: Item) => ({ ...s, groups: swap(s.groups) })),
          },
        }
      : {}),
  };
}

export function ClassesTab() {
  const ed = useEditor();
  const { t } = useLang();
  const groups = listOf(ed.draft, "groups");
  const schools = schoolChoices(ed.draft);
  const [newCode, setNewCode] = useState("");
  const taken = new Set(groups.map((g) => String(g.id)));
  const add = () => {
    const code = newCode.trim();
    if (!code || taken.has(code)) return;
    const level = /^k/i.test(code) ? "kleuter" : "lager";
    ed.set(
      ["groups"],
      [...groups, { id: code, level, grades: [Number(/\d/.exec(code)?.[0] ?? 1) || 1], pupils: 20, classTeachers: [] }],
    );
    setNewCode("");
  };
  return (
    <div className="tab-body">
      <Explain>
        {t(
          "Elke klas met haar code zoals op school (bv. L5A), het aantal leerlingen en wie er klasleerkracht " +
            "is. Een graadsklas heeft twee leerjaren.",
          "Each class with its code as the school uses it (e.g. L5A), its pupils and its class teacher. A " +
            "mixed-grade class has two grades.",
        )}
      </Explain>
      <div className="table-wrap">
        <table className="table edit-table">
          <thead>
            <tr>
              <th>{t("Code", "Code")}</th>
              <th>{t("Naam", "Name")}</th>
              <th>{t("Niveau", "Level")}</th>
              <th>{t("Leerjaren", "Grades")}</th>
              <th>{t("Leerlingen", "Pupils")}</th>
              <th>{t("Klasleerkracht(en)", "Class teacher(s)")}</th>
              <th>{t("Co-teachers", "Co-teachers")}</th>
              {schools.length > 0 && <th>{t("School", "School")}</th>}
              <th />
            </tr>
          </thead>
          <tbody>
            {groups.map((g, i) => (
              <ClassRow key={i} g={g} i={i} schools={schools} />
            ))}
          </tbody>
        </table>
      </div>
      {!ed.readOnly && (
        <div className="form-row add-row">
          <div className="field">
            <label htmlFor="new-class-code">{t("Nieuwe klas: code", "New class: code")}</label>
            <input
              id="new-class-code"
              value={newCode}
              placeholder="L5B"
              onChange={(e) => setNewCode(e.target.value)}
              onKeyDown={(e) => e.key === "Enter" && add()}
            />
            {taken.has(newCode.trim()) && (
              <p className="field-error">{t("Die code bestaat al", "That code exists already")}</p>
            )}
          </div>
          <Button onClick={add} disabled={!newCode.trim() || taken.has(newCode.trim())}>
            {t("+ Klas toevoegen", "+ Add class")}
          </Button>
        </div>
      )}
    </div>
  );
}

function ClassRow({ g, i, schools }: { g: Item; i: number; schools: [string, string][] }) {
  const ed = useEditor();
  const { t } = useLang();
  const focus = useFocusTarget<HTMLTableRowElement>(String(g.id));
  const code = String(g.id ?? "");
  const maxGrade = g.level === "kleuter" ? 3 : 6;
  const gradeOptions = Array.from({ length: maxGrade }, (_, k) => ({
    value: String(k + 1),
    label: g.level === "kleuter" ? `K${k + 1}` : `${k + 1}`,
  }));
  const codeError = errorsUnder(ed.errors, ["groups", i, "id"], false);
  const label = code || t(`klas ${i + 1}`, `class ${i + 1}`);
  return (
    <tr ref={focus.ref} className={focus.className}>
      <td>
        <div className={`field field-compact ${codeError ? "field-invalid" : ""}`}>
          <label htmlFor={fieldId(["groups", i, "id"])} className="visually-hidden">
            {t(`Code van ${label}`, `Code of ${label}`)}
          </label>
          <input
            id={fieldId(["groups", i, "id"])}
            className="input-code"
            value={code}
            disabled={ed.readOnly}
            aria-invalid={codeError ? true : undefined}
            aria-describedby={codeError ? `${fieldId(["groups", i, "id"])}-error` : undefined}
            onChange={(e) => {
              const to = e.target.value;
              const others = listOf(ed.draft, "groups").filter((x, j) => j !== i && x.id === code).length;
              ed.update((d) => {
                const next = { ...d, groups: d.groups.map((x: Item, j: number) => (j === i ? { ...x, id: to } : x)) };
                return others ? next : renameGroup(next, code, to);
              });
            }}
          />
          {codeError && (
            <p className="field-error" id={`${fieldId(["groups", i, "id"])}-error`}>
              {codeError}
            </p>
          )}
        </div>
      </td>
      <td>
        <TextField compact optional path={["groups", i, "name"]} label={t(`Naam van ${label}`, `Name of ${label}`)} />
      </td>
      <td>
        <SelectField
          compact
          path={["groups", i, "level"]}
          label={t(`Niveau van ${label}`, `Level of ${label}`)}
          options={[
            ["kleuter", t("kleuter", "nursery")],
            ["lager", t("lager", "primary")],
          ]}
        />
      </td>
      <td className="grades-cell">
        <GradePicker i={i} label={label} options={gradeOptions} />
      </td>
      <td>
        <NumberField compact path={["groups", i, "pupils"]} label={t(`Leerlingen in ${label}`, `Pupils in ${label}`)} />
      </td>
      <td>
        <PickList
          compact
          path={["groups", i, "classTeachers"]}
          label={t(`Klasleerkracht(en) van ${label}`, `Class teacher(s) of ${label}`)}
          options={staffOptions(ed.draft, t)}
        />
      </td>
      <td>
        <PickList
          compact
          path={["groups", i, "coTeachers"]}
          label={t(`Co-teachers van ${label}`, `Co-teachers of ${label}`)}
          options={staffOptions(ed.draft, t)}
        />
      </td>
      {schools.length > 0 && (
        <td>
          <SelectField
            compact
            path={["groups", i, "school"]}
            label={t(`School van ${label}`, `School of ${label}`)}
            options={schools}
          />
        </td>
      )}
      <td>
        <RemoveWith
          what={label}
          confirm={t(`Klas ${label} verwijderen?`, `Remove class ${label}?`)}
          remove={(d) => removeGroup(d, code)}
        />
      </td>
    </tr>
  );
}

function GradePicker({ i, label, options }: { i: number; label: string; options: { value: string; label: string }[] }) {
  const { t } = useLang();
  return (
    <ChecklistField
      compact
      numeric
      path={["groups", i, "grades"]}
      label={t(`Leerjaren van ${label}`, `Grades of ${label}`)}
      options={options}
    />
  );
}
