// Algemeen: the school's name, network and year, the week's size, and the settings behind the rules.
import { Card } from "../components/ui.js";
import { useLang } from "../lib/i18n.js";
import { Explain } from "./common.js";
import { SchoolsCard } from "./SchoolsCard.js";
import { CheckField, ClockField, NumberField, SelectField, TextField } from "./inputs.js";

export function SchoolTab() {
  const { t } = useLang();
  const networks = [
    ["GO", "GO! onderwijs van de Vlaamse Gemeenschap"],
    ["OVSG", t("OVSG (steden en gemeenten)", "OVSG (cities and municipalities)")],
    ["KOV", t("Katholiek Onderwijs Vlaanderen", "Catholic Education Flanders")],
    ["FOPEM", t("FOPEM (methodescholen)", "FOPEM (method schools)")],
    ["other", t("ander", "other")],
  ] as const;
  const s = (k: string) => ["settings", k] as const;
  return (
    <div className="tab-body">
      <Card title={t("School", "School")}>
        <div className="form-row">
          <TextField
            path={["name"]}
            label={t("Naam van dit scenario", "Name of this scenario")}
            hint={t("Bv. 'VBS De Linde — huidig'", "E.g. 'VBS De Linde — current'")}
            className="grow"
          />
          <SelectField path={["network"]} fallback="other" label={t("Net", "Network")} options={networks} />
          <TextField path={["schoolYear"]} label={t("Schooljaar", "School year")} placeholder="2026-2027" />
        </div>
        <TextField
          multiline
          optional
          path={["description"]}
          label={t("Beschrijving", "Description")}
          hint={t("Voor uzelf en uw team: wat is dit scenario?", "For you and your team: what is this scenario?")}
        />
      </Card>
      <SchoolsCard />
      <Card title={t("Lesweek", "Lesson week")}>
        <div className="form-row">
          <NumberField
            path={["lessonsPerWeek"]}
            label={t("Lestijden per week", "Lessons per week")}
            hint={t(
              "Wettelijk 28; 29 alleen met akkoord van het lokaal comité.",
              "By law 28; 29 only with the local committee's agreement.",
            )}
          />
          <NumberField
            path={s("lessonMinutes")}
            label={t("Minuten per lestijd", "Minutes per lesson")}
            hint={t("Gewoonlijk 50.", "Usually 50.")}
          />
        </div>
        <CheckField
          path={["localCommitteeAgreement"]}
          label={t("Het lokaal comité ging akkoord met 29 lestijden", "The local committee agreed to 29 lessons")}
        />
      </Card>
      <Card title={t("Regels van de week", "Rules of the week")}>
        <Explain>
          {t(
            "De standaardwaarden volgen de regelgeving; pas ze alleen aan als uw school iets anders afsprak.",
            "The defaults follow the regulations; change them only if your school agreed otherwise.",
          )}
        </Explain>
        <div className="form-row wrap">
          <ClockField path={s("earliestStart")} label={t("Vroegste begin", "Earliest start")} />
          <ClockField
            path={s("wednesdayCutoff")}
            label={t("Woensdag: les uiterlijk tot", "Wednesday: lessons until at most")}
          />
          <ClockField
            path={s("fullDayEndFrom")}
            label={t("Volle dag: laatste les eindigt niet voor", "Full day: last lesson ends not before")}
          />
          <ClockField path={s("fullDayEndTo")} label={t("… en niet na", "… and not after")} />
          <NumberField path={s("minLunchMinutes")} label={t("Middagpauze minstens (min)", "Lunch at least (min)")} />
        </div>
      </Card>
      <Card title={t("Personeel en overleg", "Staff and meetings")}>
        <div className="form-row wrap">
          <NumberField
            path={s("physicalMinMinutes")}
            label={t("Fysiek overleg minstens (min)", "Meeting in person at least (min)")}
          />
          <NumberField
            path={s("digitalMinMinutes")}
            label={t("Digitaal overleg minstens (min)", "Online meeting at least (min)")}
          />
          <NumberField
            path={s("coTeachConsultMinutes")}
            label={t("Overleg co-teachers (min/week)", "Co-teacher consultation (min/week)")}
          />
          <NumberField
            path={s("schoolopdrachtMaxMinutes")}
            label={t("Schoolopdracht hoogstens (min/week)", "School assignment at most (min/week)")}
          />
          <NumberField
            path={s("supervisionMinutes")}
            label={t("Toezicht telt (min per beurt)", "Supervision counts (min per duty)")}
          />
          <NumberField
            optional
            path={s("maxLessonsPerDay")}
            label={t("Afgesproken maximum lestijden per dag", "Agreed maximum lessons per day")}
            hint={t("Leeg = geen afspraak", "Empty = no agreement")}
          />
          <NumberField
            optional
            path={s("maxReleasedAtOnce")}
            label={t("Liefst niet meer dan … tegelijk vrij", "Preferably at most … free at once")}
            hint={t("Leeg = geen voorkeur", "Empty = no preference")}
          />
        </div>
        <h3>{t("Plage: maximum lestijden per ambt (voltijds)", "Maximum lessons per role (full time)")}</h3>
        <div className="form-row wrap">
          <NumberField
            path={["settings", "plageMax", "kleuteronderwijzer"]}
            label={t("Kleuteronderwijzer", "Nursery teacher")}
          />
          <NumberField path={["settings", "plageMax", "onderwijzer"]} label={t("Onderwijzer", "Primary teacher")} />
          <NumberField path={["settings", "plageMax", "leermeester-lo"]} label={t("Leermeester LO", "PE teacher")} />
          <NumberField
            path={["settings", "plageMax", "leermeester-levensbeschouwing"]}
            label={t("Leermeester levensbeschouwing", "Religion/ethics teacher")}
          />
        </div>
        <SelectField
          path={["settings", "language"]}
          fallback="nl"
          label={t("Taal van de meldingen in exports", "Language of messages in exports")}
          options={[
            ["nl", "Nederlands"],
            ["en", "English"],
          ]}
        />
      </Card>
    </div>
  );
}
