// Vakken: the specialist lessons (LO, levensbeschouwing, …): which classes, how many lestijden, who teaches
// (the class teacher or named staff — several named = all at once), spread and preferences; and the rooms.
import { Button, Card } from "../components/ui.js";
import { useLang } from "../lib/i18n.js";
import { listOf, useEditor, type Item } from "./context.js";
import { AddByName, Explain, PickList, RemoveButton, classOptions, staffOptions, useFocusTarget } from "./common.js";
import { CheckField, ChecklistField, NumberField, SelectField, TextField } from "./inputs.js";
import { uniqueId } from "./ids.js";
import { fieldId } from "./paths.js";
import { schoolChoices } from "./schools.js";

export function SubjectsTab() {
  const ed = useEditor();
  const { t } = useLang();
  const subjects = listOf(ed.draft, "subjects");
  const rooms = listOf(ed.draft, "rooms");
  const schools = schoolChoices(ed.draft);
  const add = (name: string) => {
    const code = uniqueId(
      name
        .split(/\s+/)
        .map((w) => w[0])
        .join("")
        .toUpperCase() || name,
      subjects.map((s) => s.id),
      "VAK",
    ).toUpperCase();
    ed.set(
      ["subjects"],
      [
        ...subjects,
        {
          id: code,
          name,
          groups: listOf(ed.draft, "groups").map((g) => g.id),
          periods: 2,
          taughtBy: "class",
        },
      ],
    );
  };
  return (
    <div className="tab-body">
      <Explain>
        {t(
          "Vakken die op een vast moment vallen of door een andere leerkracht gegeven worden. Die lestijden " +
            "kunnen een klas opvangen terwijl de klasleerkracht overlegt.",
          "Subjects at a fixed time or taught by another teacher. Those lessons can cover a class while its " +
            "teacher meets.",
        )}
      </Explain>
      {subjects.map((s, i) => (
        <SubjectCard key={i} s={s} i={i} />
      ))}
      <AddByName
        id="new-subject-name"
        label={t("Nieuw vak: naam", "New subject: name")}
        placeholder={t("Lichamelijke opvoeding", "Physical education")}
        button={t("+ Vak toevoegen", "+ Add subject")}
        onAdd={add}
      />
      <Card title={t("Lokalen", "Rooms")}>
        <Explain>
          {t(
            "Alleen nodig als een vak een lokaal deelt, bv. één turnzaal voor twee klassen tegelijk.",
            "Only needed when a subject shares a room, e.g. one gym for two classes at once.",
          )}
        </Explain>
        <ul className="plain-list">
          {rooms.map((r, i) => (
            <li key={i} className="form-row inline-row">
              <TextField path={["rooms", i, "name"]} label={t("Naam", "Name")} />
              <NumberField path={["rooms", i, "capacity"]} label={t("Klassen tegelijk", "Classes at once")} />
              {schools.length > 0 && (
                <SelectField
                  path={["rooms", i, "school"]}
                  label={t("School", "School")}
                  optional={t("geen bepaalde school", "no particular school")}
                  options={schools}
                />
              )}
              <RemoveButton path={["rooms"]} index={i} what={r.name || t("lokaal", "room")} />
            </li>
          ))}
        </ul>
        {!ed.readOnly && (
          <Button
            onClick={() =>
              ed.set(
                ["rooms"],
                [
                  ...rooms,
                  {
                    id: uniqueId(
                      "zaal",
                      rooms.map((r) => r.id),
                    ),
                    name: t("Turnzaal", "Gym"),
                    capacity: 1,
                  },
                ],
              )
            }
          >
            {t("+ Lokaal", "+ Room")}
          </Button>
        )}
      </Card>
    </div>
  );
}

function SubjectCard({ s, i }: { s: Item; i: number }) {
  const ed = useEditor();
  const { t } = useLang();
  const focus = useFocusTarget<HTMLDivElement>(String(s.id));
  const base = ["subjects", i] as const;
  const byClass = s.taughtBy === "class";
  const label = s.name || s.id || t("vak", "subject");
  const rooms = listOf(ed.draft, "rooms").map((r) => [String(r.id), String(r.name || r.id)] as const);
  return (
    <div ref={focus.ref} className={focus.className}>
      <Card
        title={`${label}${s.id ? ` (${s.id})` : ""}`}
        actions={<RemoveButton path={["subjects"]} index={i} what={label} />}
      >
        <div className="form-row wrap">
          <TextField path={[...base, "name"]} label={t("Naam", "Name")} className="grow" />
          <TextField
            path={[...base, "id"]}
            label={t("Afkorting", "Short code")}
            hint={t("Zoals in het rooster, bv. LO", "As in the timetable, e.g. PE")}
          />
          <NumberField
            path={[...base, "periods"]}
            label={t("Lestijden per week (per klas)", "Lessons a week (per class)")}
          />
        </div>
        <ChecklistField
          path={[...base, "groups"]}
          label={t("Voor welke klassen?", "For which classes?")}
          options={classOptions(ed.draft, t)}
        />
        <fieldset className="field" id={fieldId([...base, "taughtBy"])}>
          <legend>{t("Wie geeft het?", "Who teaches it?")}</legend>
          <label className="radio">
            <input
              type="radio"
              name={`taught-${i}`}
              checked={byClass}
              disabled={ed.readOnly}
              onChange={() => ed.set([...base, "taughtBy"], "class")}
            />
            {t("De klasleerkracht", "The class teacher")}
          </label>
          <label className="radio">
            <input
              type="radio"
              name={`taught-${i}`}
              checked={!byClass}
              disabled={ed.readOnly}
              onChange={() => ed.set([...base, "taughtBy"], { staff: [] })}
            />
            {t(
              "Een vakleerkracht (of meer tegelijk, bv. levensbeschouwing)",
              "A specialist (or several at once, e.g. religion/ethics)",
            )}
          </label>
          {!byClass && (
            <PickList
              path={[...base, "taughtBy", "staff"]}
              label={t("Vakleerkracht(en)", "Specialist(s)")}
              options={staffOptions(ed.draft, t)}
            />
          )}
        </fieldset>
        {/* Shown while ticked too, so a tick that no longer fits (one class, the class teacher) can be undone. */}
        {(s.together === true || (!byClass && Array.isArray(s.groups) && s.groups.length >= 2)) && (
          <CheckField
            path={[...base, "together"]}
            label={t(
              "Samen (klassen krijgen het vak tegelijk, verdeeld over de leerkrachten)",
              "Together (the classes take the subject at the same time, regrouped over the teachers)",
            )}
            hint={t(
              "Bv. levensbeschouwing voor L1A en L1B in drie keuzegroepen: één les houdt alle klassen en alle " +
                "vakleerkrachten tegelijk bezig en telt één keer in ieders opdracht.",
              "E.g. religion/ethics for L1A and L1B in three option groups: one lesson takes every class and every " +
                "specialist at once and counts once in each one's load.",
            )}
          />
        )}
        <div className="form-row wrap">
          <NumberField
            path={[...base, "maxPerDay"]}
            placeholder="1"
            label={t("Hoogstens per dag", "At most per day")}
          />
          <NumberField
            path={[...base, "minDaysApart"]}
            placeholder="0"
            label={t("Minstens … dagen ertussen", "At least … days apart")}
          />
          <SelectField
            path={[...base, "prefer"]}
            fallback="any"
            label={t("Liefst", "Preferably")}
            options={[
              ["any", t("maakt niet uit", "any time")],
              ["morning", t("in de voormiddag", "in the morning")],
              ["afternoon", t("in de namiddag", "in the afternoon")],
            ]}
          />
          <SelectField
            path={[...base, "room"]}
            label={t("Lokaal", "Room")}
            optional={t("geen bijzonder lokaal", "no special room")}
            options={rooms}
          />
        </div>
      </Card>
    </div>
  );
}
