// Kalender: facultative days, pedagogical study days (with the planner's proposal, added in one click),
// the derogation for extra study days and the exam weeks.
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Button, Card, ErrorBox } from "../components/ui.js";
import { api } from "../lib/api.js";
import { useLang } from "../lib/i18n.js";
import { useEditor, type Item } from "./context.js";
import { AddButton, Explain, RemoveButton, classOptions } from "./common.js";
import { schoolChoices } from "./schools.js";
import { CheckField, ChecklistField, DateField, NumberField, SelectField, TextField } from "./inputs.js";

interface Plan {
  budget: number;
  alreadyPlanned: number;
  want: number;
  proposals: { date: string; part: "full" | "am" | "pm"; trainers: string[]; reason: string }[];
  derogation?: { extraDays: number; deadline: string; deadlinePassed: boolean; message: string; messageEn: string };
  messages: string[];
}

export function CalendarTab() {
  const ed = useEditor();
  const { t } = useLang();
  const cal = ed.draft.calendar ?? {};
  const list = (k: string): Item[] => (Array.isArray(cal[k]) ? cal[k] : []);
  // A school group: a facultative day may be for some schools only (calendar.facultativeDays[].schools).
  const schools = schoolChoices(ed.draft);
  const parts = [
    ["full", t("hele dag", "full day")],
    ["am", t("voormiddag", "morning")],
    ["pm", t("namiddag", "afternoon")],
  ] as const;
  return (
    <div className="tab-body">
      <Card title={t("Pedagogische studiedagen", "Pedagogical study days")}>
        <Explain>
          {t(
            "Dagen zonder les waarop het team samen leert. Wettelijk 1,5 dag per schooljaar, meer met een afwijking.",
            "Days without lessons on which the team learns together. By law 1.5 days a school year, more with " +
              "a derogation.",
          )}
        </Explain>
        <ul className="plain-list">
          {list("studyDays").map((_, k) => (
            <li key={k} className="form-row inline-row wrap">
              <DateField path={["calendar", "studyDays", k, "date"]} label={t("Datum", "Date")} />
              <SelectField
                path={["calendar", "studyDays", k, "part"]}
                fallback="full"
                label={t("Deel", "Part")}
                options={parts}
              />
              <TextField optional path={["calendar", "studyDays", k, "topic"]} label={t("Onderwerp", "Topic")} />
              <ChecklistField
                path={["calendar", "studyDays", k, "groups"]}
                label={t("Alleen voor deze klassen", "Only for these classes")}
                hint={t("Niets aangevinkt = de hele school", "Nothing ticked = the whole school")}
                options={classOptions(ed.draft, t)}
              />
              <RemoveButton
                path={["calendar", "studyDays"]}
                index={k}
                what={t(`studiedag ${k + 1}`, `study day ${k + 1}`)}
              />
            </li>
          ))}
        </ul>
        <AddButton path={["calendar", "studyDays"]} make={() => ({ date: "", part: "full" })}>
          {t("+ Studiedag", "+ Study day")}
        </AddButton>
        <Planner />
      </Card>
      <Card title={t("Facultatieve vrije dagen", "Facultative days off")}>
        <ul className="plain-list">
          {list("facultativeDays").map((_, k) => (
            <li key={k} className="form-row inline-row wrap">
              <DateField path={["calendar", "facultativeDays", k, "date"]} label={t("Datum", "Date")} />
              <SelectField
                path={["calendar", "facultativeDays", k, "part"]}
                fallback="full"
                label={t("Deel", "Part")}
                options={parts}
              />
              {schools.length > 0 && (
                <ChecklistField
                  noneMeansAll
                  path={["calendar", "facultativeDays", k, "schools"]}
                  label={t("Alleen voor deze scholen", "Only for these schools")}
                  hint={t("Niets aangevinkt = alle scholen", "Nothing ticked = every school")}
                  options={schools.map(([value, label]) => ({ value, label }))}
                />
              )}
              <RemoveButton
                path={["calendar", "facultativeDays"]}
                index={k}
                what={t(`vrije dag ${k + 1}`, `day off ${k + 1}`)}
              />
            </li>
          ))}
        </ul>
        <AddButton path={["calendar", "facultativeDays"]} make={() => ({ date: "", part: "full" })}>
          {t("+ Vrije dag", "+ Day off")}
        </AddButton>
      </Card>
      <Card title={t("Afwijking voor extra studiedagen", "Derogation for extra study days")}>
        <CheckField
          path={["calendar", "derogation", "granted"]}
          label={t("De afwijking is toegekend", "The derogation was granted")}
        />
        <div className="form-row">
          <DateField
            optional
            path={["calendar", "derogation", "requestedOn"]}
            label={t("Aangevraagd op", "Requested on")}
          />
          <NumberField
            path={["calendar", "derogation", "extraDays"]}
            placeholder="0"
            label={t("Extra dagen", "Extra days")}
          />
        </div>
      </Card>
      <Card title={t("Toetsweken", "Exam weeks")}>
        <Explain>
          {t("Weken zonder overleg, bv. tijdens de proefwerken.", "Weeks without meetings, e.g. during exams.")}
        </Explain>
        <ul className="plain-list">
          {list("examWeeks").map((_, k) => (
            <li key={k} className="form-row inline-row">
              <DateField path={["calendar", "examWeeks", k, "from"]} label={t("Van", "From")} />
              <DateField path={["calendar", "examWeeks", k, "to"]} label={t("Tot en met", "Until")} />
              <RemoveButton
                path={["calendar", "examWeeks"]}
                index={k}
                what={t(`toetsweek ${k + 1}`, `exam week ${k + 1}`)}
              />
            </li>
          ))}
        </ul>
        <AddButton path={["calendar", "examWeeks"]} make={() => ({ from: "", to: "" })}>
          {t("+ Toetsweek", "+ Exam week")}
        </AddButton>
      </Card>
    </div>
  );
}

/** The study-day planner: proposes dates within the budget; each can be added with one click. */
function Planner() {
  const ed = useEditor();
  const { t, lang } = useLang();
  const [want, setWant] = useState("1.5");
  const plan = useMutation({
    mutationFn: () =>
      api<Plan>(`/api/scenarios/${ed.scenarioId}/studydays?want=${encodeURIComponent(want.replace(",", "."))}`),
  });
  const planned: Item[] = Array.isArray(ed.draft.calendar?.studyDays) ? ed.draft.calendar.studyDays : [];
  const has = (date: string) => planned.some((d) => d.date === date);
  const add = (p: Plan["proposals"][number]) =>
    ed.set(["calendar", "studyDays"], [...planned, { date: p.date, part: p.part }]);
  if (ed.readOnly) return null;
  const partText = (p: string) =>
    p === "am" ? t("voormiddag", "morning") : p === "pm" ? t("namiddag", "afternoon") : t("hele dag", "full day");
  return (
    <div className="planner">
      <div className="form-row">
        <div className="field">
          <label htmlFor="planner-want">{t("Hoeveel dagen wilt u?", "How many days do you want?")}</label>
          <input id="planner-want" className="input-number" value={want} onChange={(e) => setWant(e.target.value)} />
        </div>
        <Button onClick={() => plan.mutate()} disabled={plan.isPending}>
          {t("Voorstel pedagogische studiedagen", "Propose pedagogical study days")}
        </Button>
      </div>
      <p className="hint">
        {t("Het voorstel vertrekt van de laatst bewaarde versie.", "The proposal starts from the last saved version.")}
      </p>
      <ErrorBox error={plan.error} />
      {plan.data && (
        <div className="planner-result">
          <p>
            {t(
              `Budget ${plan.data.budget} dag(en), al gepland ${plan.data.alreadyPlanned}.`,
              `Budget ${plan.data.budget} day(s), already planned ${plan.data.alreadyPlanned}.`,
            )}
          </p>
          {plan.data.messages.map((m, i) => (
            <p key={i} className="muted small">
              {m}
            </p>
          ))}
          {plan.data.derogation && (
            <p className="notice">{lang === "en" ? plan.data.derogation.messageEn : plan.data.derogation.message}</p>
          )}
          <ul className="plain-list">
            {plan.data.proposals.map((p) => (
              <li key={p.date + p.part} className="proposal">
                <strong>
                  {new Date(p.date).toLocaleDateString(lang === "en" ? "en-GB" : "nl-BE", {
                    weekday: "long",
                    day: "numeric",
                    month: "long",
                    year: "numeric",
                  })}
                </strong>{" "}
                ({partText(p.part)}) — <span className="muted">{p.reason}</span>{" "}
                {has(p.date) ? (
                  <span className="badge badge-ok">{t("toegevoegd", "added")}</span>
                ) : (
                  <Button onClick={() => add(p)}>{t("Toevoegen", "Add")}</Button>
                )}
              </li>
            ))}
          </ul>
          {plan.data.proposals.some((p) => !has(p.date)) && (
            <Button
              variant="primary"
              onClick={() =>
                ed.set(
                  ["calendar", "studyDays"],
                  [
                    ...planned,
                    ...plan.data!.proposals.filter((p) => !has(p.date)).map((p) => ({ date: p.date, part: p.part })),
                  ],
                )
              }
            >
              {t("Alle voorgestelde dagen toevoegen", "Add all proposed days")}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
