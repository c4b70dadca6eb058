// Scholen (school group, scenario.schools) in Algemeen: the schools of a scholengemeenschap planned together, and
// the travel minutes between them. Once there are schools, Klassen, Vakken (rooms) and Personeel show a school
// choice per class, room and person.
import { Card } from "../components/ui.js";
import { useLang } from "../lib/i18n.js";
import { listOf, useEditor } from "./context.js";
import { AddByName, Explain, RemoveWith } from "./common.js";
import { NumberField, TextField } from "./inputs.js";
import { removeSchool } from "./refs.js";
import { addSchool } from "./schools.js";

export function SchoolsCard() {
  const ed = useEditor();
  const { t } = useLang();
  const schools = listOf(ed.draft, "schools");
  return (
    <Card title={t("Scholen (scholengemeenschap)", "Schools (school group)")}>
      <Explain>
        {t(
          "Alleen voor een scholengemeenschap die samen plant: elke klas hoort dan bij een school, en wie in " +
            "meer scholen werkt, krijgt tijd om zich te verplaatsen (van de twee richtingen telt de langste). " +
            "Eén school: laat dit leeg.",
          "Only for a school group planned together: each class then belongs to a school, and whoever works in " +
            "several schools gets time to travel (of the two directions, the longer counts). One school: leave " +
            "this empty.",
        )}
      </Explain>
      <ul className="plain-list">
        {schools.map((s, i) => {
          const label = String(s.name || s.id);
          return (
            <li key={i} className="form-row inline-row wrap school-row">
              <TextField path={["schools", i, "name"]} label={t("Naam", "Name")} className="grow" />
              <TextField optional path={["schools", i, "address"]} label={t("Adres", "Address")} />
              {schools
                .filter((o) => o.id !== s.id)
                .map((o) => (
                  <NumberField
                    key={String(o.id)}
                    optional
                    path={["schools", i, "travelMinutes", String(o.id)]}
                    label={t(`Minuten naar ${o.name || o.id}`, `Minutes to ${o.name || o.id}`)}
                    placeholder={String(ed.draft.settings?.travelMinutes ?? "")}
                  />
                ))}
              <RemoveWith
                what={label}
                confirm={t(
                  `${label} verwijderen? Klassen, lokalen en personeel van die school verliezen hun school.`,
                  `Remove ${label}? Its classes, rooms and staff lose their school.`,
                )}
                remove={(d) => removeSchool(d, String(s.id))}
              />
            </li>
          );
        })}
      </ul>
      <AddByName
        id="new-school-name"
        label={t("Nieuwe school: naam", "New school: name")}
        placeholder={"VBS De Noordster"}
        button={t("+ School toevoegen", "+ Add school")}
        onAdd={(name) => ed.update((d) => addSchool(d, name))}
      />
      {schools.length > 1 && (
        <NumberField
          optional
          path={["settings", "travelMinutes"]}
          label={t("Reistijd tussen twee scholen (min)", "Travel time between two schools (min)")}
          hint={t(
            "Geldt als bij een school niets staat. Leeg = één school per halve dag (de middagpauze is de reistijd).",
            "Holds where a school sets none. Empty = one school per half day (the lunch break is the travel time).",
          )}
        />
      )}
      {schools.length === 1 && (
        <p className="hint">
          {t(
            "De eerste school krijgt alle klassen en lokalen; voeg de andere scholen toe en kies dan per klas.",
            "The first school gets every class and room; add the other schools, then choose per class.",
          )}
        </p>
      )}
    </Card>
  );
}
