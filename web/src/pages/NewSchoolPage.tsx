// Nieuwe school: a guided start in five short steps (school, year, day grid, classes, staff) that ends in a
// valid scenario — 28 lessons, lunch ≥ 60 min, Wednesday afternoon free — opened in the editor.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate } from "react-router";
import { Button, Card, ErrorBox, Field } from "../components/ui.js";
import { api } from "../lib/api.js";
import { useLang } from "../lib/i18n.js";
import { keys } from "../lib/queries.js";
import { DAYS } from "../editor/common.js";
import {
  FRACTION_CHOICES,
  GRID_TEMPLATES,
  buildScenario,
  defaultLoFraction,
  defaultClasses,
  nextSchoolYear,
  type GridTemplate,
  type NewClass,
  type NewSchool,
} from "../editor/templates.js";
import { Scenario, problemsOf } from "../../../src/model/browser.js";
import "../styles/editor.css";

const STEPS = ["school", "year", "grid", "classes", "staff"] as const;

export function NewSchoolPage() {
  const { t, lang } = useLang();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [step, setStep] = useState(0);
  const [kleuter, setKleuter] = useState("3");
  const [lager, setLager] = useState("6");
  const [s, setS] = useState<NewSchool>({
    name: "",
    network: "KOV",
    schoolYear: nextSchoolYear(),
    template: "standard",
    classes: defaultClasses(3, 6),
    loTeacher: "",
    careTeacher: "",
    principal: "",
  });
  const [touched, setTouched] = useState(false);
  const up = (p: Partial<NewSchool>) => setS((x) => ({ ...x, ...p }));
  const setClass = (i: number, p: Partial<NewClass>) =>
    up({ classes: s.classes.map((c, j) => (j === i ? { ...c, ...p } : c)) });

  const stepErrors = (k: number): Record<string, string> => {
    const e: Record<string, string> = {};
    if (k === 0 && !s.name.trim()) e["new-name"] = t("Geef de naam van de school", "Give the school's name");
    if (k === 1 && !/^20\d\d-20\d\d$/.test(s.schoolYear.trim()))
      e["new-year"] = t("Schrijf het schooljaar als 2026-2027", "Write the school year as 2026-2027");
    if (k === 3) {
      if (s.classes.length === 0) e["new-kleuter"] = t("Minstens één klas", "At least one class");
      s.classes.forEach((c, i) => {
        if (!/^[A-Za-z0-9_.:-]+$/.test(c.code.trim()))
          e[`new-class-${i}-code`] = t(
            "Een code met letters en cijfers, bv. L5A",
            "A code of letters and digits, e.g. L5A",
          );
        else if (s.classes.some((o, j) => j < i && o.code.trim() === c.code.trim()))
          e[`new-class-${i}-code`] = t("Deze code staat er al", "This code is used already");
        const n = Number(c.pupils);
        if (!Number.isInteger(n) || n < 1 || n > 60)
          e[`new-class-${i}-pupils`] = t("Een aantal van 1 tot 60", "A number from 1 to 60");
      });
    }
    if (k === 4)
      s.classes.forEach((c, i) => {
        if (!c.teacher.trim())
          e[`new-class-${i}-teacher`] = t(
            `Wie is klasleerkracht van ${c.code}?`,
            `Who is the class teacher of ${c.code}?`,
          );
      });
    return e;
  };
  const errors = touched ? stepErrors(step) : {};
  const create = useMutation({
    mutationFn: async () => {
      const body = buildScenario(s);
      const r = Scenario.safeParse(body);
      if (!r.success)
        throw new Error(
          problemsOf(r.error, lang)
            .map((p) => `${p.path}: ${p.message}`)
            .join("; "),
        );
      return api<{ id: string; version: number }>("/api/scenarios", { method: "POST", json: body });
    },
    onSuccess: (r) => {
      void qc.invalidateQueries({ queryKey: keys.scenarios });
      navigate(`/s/${r.id}/edit/grids`);
    },
  });
  const next = () => {
    setTouched(true);
    if (Object.keys(stepErrors(step)).length) {
      setTimeout(() => (document.querySelector("[aria-invalid='true']") as HTMLElement | null)?.focus(), 0);
      return;
    }
    setTouched(false);
    if (step < STEPS.length - 1) setStep(step + 1);
    else create.mutate();
  };
  const stepNames = [
    t("School", "School"),
    t("Schooljaar", "School year"),
    t("Dagindeling", "Day grid"),
    t("Klassen", "Classes"),
    t("Personeel", "Staff"),
  ];
  const inv = (id: string) => ({
    id,
    "aria-invalid": errors[id] ? true : undefined,
    "aria-describedby": errors[id] ? `${id}-error` : undefined,
  });
  const recount = (k: string, l: string) => {
    const nk = Math.max(0, Math.min(12, Number(k) || 0));
    const nl = Math.max(0, Math.min(24, Number(l) || 0));
    const fresh = defaultClasses(nk, nl);
    // Keep what was typed for classes that stay.
    up({ classes: fresh.map((c) => s.classes.find((o) => o.code === c.code) ?? c) });
  };

  return (
    <div className="page new-school">
      <h1>{t("Nieuwe school", "New school")}</h1>
      <ol className="wizard-steps" aria-label={t("Stappen", "Steps")}>
        {stepNames.map((n, i) => (
          <li
            key={n}
            className={i === step ? "current" : i < step ? "done" : ""}
            aria-current={i === step ? "step" : undefined}
          >
            {i + 1}. {n}
          </li>
        ))}
      </ol>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          next();
        }}
      >
        <Card title={`${t("Stap", "Step")} ${step + 1} ${t("van", "of")} 5: ${stepNames[step]}`}>
          {step === 0 && (
            <>
              <Field
                id="new-name"
                label={t("Naam van de school", "Name of the school")}
                hint={t("Bv. VBS De Regenboog", "E.g. VBS De Regenboog")}
                error={errors["new-name"]}
              >
                <input {...inv("new-name")} autoFocus value={s.name} onChange={(e) => up({ name: e.target.value })} />
              </Field>
              <Field id="new-network" label={t("Onderwijsnet", "Education network")}>
                <select
                  id="new-network"
                  value={s.network}
                  onChange={(e) => up({ network: e.target.value as NewSchool["network"] })}
                >
                  <option value="KOV">{t("Katholiek Onderwijs Vlaanderen", "Catholic Education Flanders")}</option>
                  <option value="GO">GO! onderwijs van de Vlaamse Gemeenschap</option>
                  <option value="OVSG">{t("OVSG (steden en gemeenten)", "OVSG (cities and municipalities)")}</option>
                  <option value="FOPEM">{t("FOPEM (methodescholen)", "FOPEM (method schools)")}</option>
                  <option value="other">{t("ander", "other")}</option>
                </select>
              </Field>
            </>
          )}
          {step === 1 && (
            <Field
              id="new-year"
              label={t("Voor welk schooljaar plant u?", "Which school year are you planning?")}
              hint={t("Bv. 2026-2027", "E.g. 2026-2027")}
              error={errors["new-year"]}
            >
              <input
                {...inv("new-year")}
                autoFocus
                value={s.schoolYear}
                onChange={(e) => up({ schoolYear: e.target.value })}
              />
            </Field>
          )}
          {step === 2 && (
            <fieldset className="field">
              <legend>{t("Hoe ziet een week eruit?", "What does a week look like?")}</legend>
              <p className="hint">
                {t(
                  "U kunt de uren later nog aanpassen in het tabblad Dagindeling.",
                  "You can change the times later in the Day grid tab.",
                )}
              </p>
              <div className="template-choice">
                {(Object.keys(GRID_TEMPLATES) as GridTemplate[]).map((k) => (
                  <TemplateCard key={k} k={k} on={s.template === k} pick={() => up({ template: k })} />
                ))}
              </div>
            </fieldset>
          )}
          {step === 3 && (
            <>
              <div className="form-row">
                <Field id="new-kleuter" label={t("Kleuterklassen", "Nursery classes")} error={errors["new-kleuter"]}>
                  <input
                    {...inv("new-kleuter")}
                    className="input-number"
                    inputMode="numeric"
                    value={kleuter}
                    onChange={(e) => {
                      setKleuter(e.target.value);
                      recount(e.target.value, lager);
                    }}
                  />
                </Field>
                <Field id="new-lager" label={t("Klassen lager", "Primary classes")}>
                  <input
                    id="new-lager"
                    className="input-number"
                    inputMode="numeric"
                    value={lager}
                    onChange={(e) => {
                      setLager(e.target.value);
                      recount(kleuter, e.target.value);
                    }}
                  />
                </Field>
              </div>
              <table className="table edit-table">
                <thead>
                  <tr>
                    <th>{t("Code", "Code")}</th>
                    <th>{t("Niveau", "Level")}</th>
                    <th>{t("Leerjaar", "Grade")}</th>
                    <th>{t("Leerlingen", "Pupils")}</th>
                  </tr>
                </thead>
                <tbody>
                  {s.classes.map((c, i) => (
                    <tr key={i}>
                      <td>
                        <label htmlFor={`new-class-${i}-code`} className="visually-hidden">
                          {t(`Code klas ${i + 1}`, `Code class ${i + 1}`)}
                        </label>
                        <input
                          {...inv(`new-class-${i}-code`)}
                          className="input-code"
                          value={c.code}
                          onChange={(e) => setClass(i, { code: e.target.value })}
                        />
                        {errors[`new-class-${i}-code`] && (
                          <p className="field-error" id={`new-class-${i}-code-error`}>
                            {errors[`new-class-${i}-code`]}
                          </p>
                        )}
                      </td>
                      <td>{c.level === "kleuter" ? t("kleuter", "nursery") : t("lager", "primary")}</td>
                      <td>
                        <label htmlFor={`new-class-${i}-grade`} className="visually-hidden">
                          {t(`Leerjaar ${c.code}`, `Grade ${c.code}`)}
                        </label>
                        <select
                          id={`new-class-${i}-grade`}
                          value={c.grade}
                          onChange={(e) => setClass(i, { grade: Number(e.target.value) })}
                        >
                          {Array.from({ length: c.level === "kleuter" ? 3 : 6 }, (_, k) => (
                            <option key={k} value={k + 1}>
                              {c.level === "kleuter" ? `K${k + 1}` : `${k + 1}`}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td>
                        <label htmlFor={`new-class-${i}-pupils`} className="visually-hidden">
                          {t(`Leerlingen ${c.code}`, `Pupils ${c.code}`)}
                        </label>
                        <input
                          {...inv(`new-class-${i}-pupils`)}
                          className="input-number"
                          inputMode="numeric"
                          value={c.pupils}
                          onChange={(e) =>
                            setClass(i, {
                              pupils: /^\d+$/.test(e.target.value) ? Number(e.target.value) : e.target.value,
                            })
                          }
                        />
                        {errors[`new-class-${i}-pupils`] && (
                          <p className="field-error" id={`new-class-${i}-pupils-error`}>
                            {errors[`new-class-${i}-pupils`]}
                          </p>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
          {step === 4 && (
            <>
              <p className="hint">
                {t(
                  "Eén klasleerkracht per klas. Meer personeel voegt u later toe in het tabblad Personeel.",
                  "One class teacher per class. Add more staff later in the Staff tab.",
                )}
              </p>
              {s.classes.map((c, i) => (
                <Field
                  key={i}
                  id={`new-class-${i}-teacher`}
                  label={t(`Klasleerkracht ${c.code}`, `Class teacher ${c.code}`)}
                  error={errors[`new-class-${i}-teacher`]}
                >
                  <input
                    {...inv(`new-class-${i}-teacher`)}
                    autoFocus={i === 0}
                    value={c.teacher}
                    placeholder={t("Voornaam Familienaam", "First name Last name")}
                    onChange={(e) => setClass(i, { teacher: e.target.value })}
                  />
                </Field>
              ))}
              <Field
                id="new-lo"
                label={t("Leermeester LO (optioneel)", "PE teacher (optional)")}
                hint={t(
                  "Geeft elke klas 2 lestijden LO; die lestijden kunnen een klas opvangen tijdens overleg.",
                  "Gives every class 2 PE lessons; those lessons can cover a class during meetings.",
                )}
              >
                <input id="new-lo" value={s.loTeacher} onChange={(e) => up({ loTeacher: e.target.value })} />
              </Field>
              {s.loTeacher.trim() && (
                <Field id="new-lo-fraction" label={t("Opdracht leermeester LO", "PE teacher's fraction")}>
                  <select
                    id="new-lo-fraction"
                    value={s.loFraction ?? ""}
                    onChange={(e) => up({ loFraction: e.target.value || undefined })}
                  >
                    <option value="">
                      {t(
                        `${defaultLoFraction(s.classes.length)} (2 lestijden per klas)`,
                        `${defaultLoFraction(s.classes.length)} (2 lessons per class)`,
                      )}
                    </option>
                    {FRACTION_CHOICES.map((f) => (
                      <option key={f.value} value={f.value}>
                        {t(f.nl, f.en)}
                      </option>
                    ))}
                  </select>
                </Field>
              )}
              <Field
                id="new-care"
                label={t("Zorgleerkracht (optioneel)", "Care teacher (optional)")}
                hint={t("Mag een klas opvangen.", "May cover a class.")}
              >
                <input id="new-care" value={s.careTeacher} onChange={(e) => up({ careTeacher: e.target.value })} />
              </Field>
              {s.careTeacher.trim() && (
                <Field id="new-care-fraction" label={t("Opdracht zorgleerkracht", "Care teacher's fraction")}>
                  <select
                    id="new-care-fraction"
                    value={s.careFraction ?? "12/24"}
                    onChange={(e) => up({ careFraction: e.target.value })}
                  >
                    {FRACTION_CHOICES.map((f) => (
                      <option key={f.value} value={f.value}>
                        {t(f.nl, f.en)}
                      </option>
                    ))}
                  </select>
                </Field>
              )}
              <Field id="new-principal" label={t("Directeur (optioneel)", "Principal (optional)")}>
                <input id="new-principal" value={s.principal} onChange={(e) => up({ principal: e.target.value })} />
              </Field>
              <WhatWeFillIn school={s} />
            </>
          )}
          <div className="button-row">
            {step > 0 && (
              <Button
                onClick={() => {
                  setTouched(false);
                  setStep(step - 1);
                }}
              >
                {t("Vorige", "Back")}
              </Button>
            )}
            <Button variant="primary" type="submit" disabled={create.isPending}>
              {step < STEPS.length - 1
                ? t("Volgende", "Next")
                : create.isPending
                  ? t("Aanmaken…", "Creating…")
                  : t("School aanmaken", "Create school")}
            </Button>
          </div>
          <ErrorBox error={create.error} />
        </Card>
      </form>
    </div>
  );
}

function TemplateCard({ k, on, pick }: { k: GridTemplate; on: boolean; pick(): void }) {
  const { t, dayShort } = useLang();
  const tpl = GRID_TEMPLATES[k];
  const kind = (x: string) =>
    x === "lesson"
      ? ""
      : x === "staff"
        ? t("kindvrij", "child-free")
        : x === "lunch"
          ? t("middag", "lunch")
          : t("speeltijd", "play");
  return (
    <label className={`template-card ${on ? "on" : ""}`}>
      <span className="radio">
        <input type="radio" name="template" checked={on} onChange={pick} /> <strong>{t(tpl.nl, tpl.en)}</strong>
      </span>
      <div className="mini-week" aria-hidden="true">
        {DAYS.map((d) => (
          <div key={d}>
            <strong>{dayShort(d)}</strong>
            {tpl.days[d].map((sl, i) => (
              <span key={i} className={`k-${sl.kind}`}>
                {sl.start}–{sl.end} {kind(sl.kind)}
              </span>
            ))}
          </div>
        ))}
      </div>
      <span className="visually-hidden">
        {DAYS.map(
          (d) =>
            `${dayShort(d)}: ${tpl.days[d].filter((x) => x.kind === "lesson").length} ${t("lestijden", "lessons")}`,
        ).join(", ")}
      </span>
    </label>
  );
}

/** What the guided start fills in by itself, one plain sentence each, so nothing in the editor surprises. */
function WhatWeFillIn({ school: s }: { school: NewSchool }) {
  const { t } = useLang();
  const n = s.classes.length;
  const lo = s.loTeacher.trim();
  const care = s.careTeacher.trim();
  const loFraction = s.loFraction || defaultLoFraction(n);
  const careFraction = s.careFraction || "12/24";
  const others = `${lo ? `, ${lo} ${loFraction}` : ""}${care ? `, ${care} ${careFraction}` : ""}`;
  return (
    <div className="notice wizard-fills" role="note">
      <p>
        <strong>{t("Dit vult Vrijrooster voor u in:", "Vrijrooster fills this in for you:")}</strong>
      </p>
      <ul>
        <li>
          {lo
            ? t(
                `${lo} krijgt 2 lestijden LO in elk van de ${n} klassen; ` +
                  "die lessen kunnen een klas opvangen tijdens overleg.",
                `${lo} gets 2 PE lessons in each of the ${n} classes; ` +
                  "those lessons can cover a class during meetings.",
              )
            : t(
                "Zonder leermeester LO komt er geen LO in het rooster; u kunt die later toevoegen bij Vakken.",
                "Without a PE teacher there is no PE in the timetable; you can add it later under Subjects.",
              )}
        </li>
        <li>
          {t(
            "Toezicht aan de poort: 15 minuten voor de eerste en na de laatste les van elke dag, " +
              "om beurten door de klasleerkrachten.",
            "Gate supervision: 15 minutes before the first and after the last lesson of each day, " +
              "taken in turn by the class teachers.",
          )}
        </li>
        <li>
          {t(
            `Opdracht: elke klasleerkracht voltijds (24/24)${others}; u past dit later aan bij Personeel.`,
            `Fraction: every class teacher full-time (24/24)${others}; change it later under Staff.`,
          )}
        </li>
      </ul>
    </div>
  );
}
