// Opvang: which ways of taking a class over the solver may use while its teacher is in a meeting, and
// which classes may be put together.
import { Card } from "../components/ui.js";
import { useLang } from "../lib/i18n.js";
import { listOf, useEditor, type Item } from "./context.js";
import { AddButton, AddByName, Explain, RemoveButton, RemoveWith, classOptions, staffOptions } from "./common.js";
import { DayChecks } from "./GoalWhen.js";
import { CheckField, DateField, NumberField, SelectField, TextField } from "./inputs.js";
import { addLunchPost, removeLunchPost } from "./lunch.js";

export function CoverTab() {
  const ed = useEditor();
  const { t } = useLang();
  const c = (k: string) => ["cover", k] as const;
  const merges: Item[] = Array.isArray(ed.draft.cover?.merges) ? ed.draft.cover.merges : [];
  const classes = classOptions(ed.draft, t).map((o) => [o.value, o.label] as const);
  const staff = staffOptions(ed.draft, t).map((o) => [o.value, o.label] as const);
  return (
    <div className="tab-body">
      <Explain>
        {t(
          "Wie neemt een klas over terwijl de klasleerkracht overlegt? Vink uit wat uw school niet wil.",
          "Who takes a class while its teacher meets? Untick what your school does not want.",
        )}
      </Explain>
      <Card title={t("Manieren van opvang", "Ways to cover")}>
        <CheckField
          defaultValue
          path={c("specialists")}
          label={t("Vakleerkrachten (LO, levensbeschouwing, …)", "Specialist teachers (PE, religion/ethics, …)")}
          hint={t(
            "De klas heeft dan een vak bij een andere leerkracht.",
            "The class then has a subject with another teacher.",
          )}
        />
        <CheckField
          defaultValue
          path={c("coTeachers")}
          label={t("Co-teachers", "Co-teachers")}
          hint={t("Een co-teacher van de klas neemt alleen over.", "A co-teacher of the class takes over alone.")}
        />
        <CheckField
          defaultValue
          path={c("careTeachers")}
          label={t("Zorgleerkrachten", "Care teachers")}
          hint={t(
            "Alleen wie in Personeel als zorgleerkracht aangeduid is.",
            "Only those marked as care teacher in Staff.",
          )}
        />
        <CheckField
          defaultValue
          path={c("interns")}
          label={t("Zelfstandige stagiairs", "Independent student teachers")}
        />
        <CheckField
          defaultValue
          path={c("ateliers")}
          label={t("Ateliers", "Ateliers")}
          hint={t("Begeleiders nemen de leerlingen in ateliers.", "Leaders take the pupils in ateliers.")}
        />
        <CheckField
          defaultValue
          path={c("reshapedDay")}
          label={t("Andere dagindeling", "A different day grid")}
          hint={t(
            "Bv. een 4+2-dag: lessen stoppen vroeger, overleg daarna.",
            "E.g. a 4+2 day: lessons end earlier, meeting after.",
          )}
        />
        <CheckField
          defaultValue
          path={c("afterSchoolWindow")}
          label={t("Kindvrije tijd na de lessen", "Child-free time after lessons")}
          hint={t(
            "Overleg mag in de blokken 'kindvrij (personeel)'.",
            "Meetings may use the 'child-free (staff)' blocks.",
          )}
        />
      </Card>
      <LunchCard />
      <Card title={t("Klassen samenzetten", "Merging classes")}>
        <Explain>
          {t(
            "Twee klassen samen bij één leerkracht, als het aantal leerlingen het toelaat. Met data geldt een " +
              "samenzetting enkel in die periode, bv. K3 bij L1 in semester 1 en L1 bij K3 in semester 2 (twee regels).",
            "Two classes together with one teacher, if the number of pupils allows. With dates a merge holds only " +
              "in that period, e.g. K3 with L1 in semester 1 and L1 with K3 in semester 2 (two rows).",
          )}
        </Explain>
        <ul className="plain-list">
          {merges.map((_, k) => (
            <li key={k} className="form-row inline-row">
              <SelectField path={["cover", "merges", k, "groups", 0]} label={t("Klas", "Class")} options={classes} />
              <SelectField
                path={["cover", "merges", k, "groups", 1]}
                label={t("samen met", "together with")}
                options={classes}
              />
              <NumberField
                path={["cover", "merges", k, "maxPupils"]}
                label={t("Max. leerlingen samen", "Max. pupils together")}
              />
              <SelectField
                path={["cover", "merges", k, "by"]}
                label={t("Bij", "With")}
                optional={t("een van beide klasleerkrachten", "either class teacher")}
                options={staff}
              />
              <DateField
                optional
                path={["cover", "merges", k, "from"]}
                label={t("Vanaf (datum)", "From (date)")}
                hint={t("Leeg = het hele schooljaar", "Empty = the whole school year")}
              />
              <DateField optional path={["cover", "merges", k, "to"]} label={t("Tot en met (datum)", "Until (date)")} />
              <RemoveButton path={["cover", "merges"]} index={k} what={t(`samenzetting ${k + 1}`, `merge ${k + 1}`)} />
            </li>
          ))}
        </ul>
        <AddButton
          path={["cover", "merges"]}
          make={() => ({ groups: [classes[0]?.[0] ?? "", classes[1]?.[0] ?? ""], maxPupils: 28 })}
        >
          {t("+ Samenzetting", "+ Merge")}
        </AddButton>
      </Card>
    </div>
  );
}

/** Middagtoezicht (scenario.lunchSupervision): the posts to fill during each lunch break, and the week's limit. */
function LunchCard() {
  const ed = useEditor();
  const { t } = useLang();
  const posts: Item[] = Array.isArray(ed.draft.lunchSupervision?.posts) ? ed.draft.lunchSupervision.posts : [];
  const post = (k: number, key: string) => ["lunchSupervision", "posts", k, key] as const;
  // Whose lunch break a post follows matters once a day grid gives a level other times (DayGrid.levels).
  const levelDays = listOf(ed.draft, "dayGrids").some((g) => g.levels?.kleuter || g.levels?.lager);
  const follows = [
    ["kleuter", t("kleuters", "nursery classes")],
    ["lager", t("lager", "primary classes")],
  ] as const;
  return (
    <Card title={t("Middagtoezicht", "Lunch supervision")}>
      <Explain>
        {t(
          "De plaatsen waar tijdens elke middagpauze iemand toezicht doet. Vrijrooster verdeelt de beurten over " +
            "wie toezicht mag doen (tab Personeel), zodat een overleg over de middag kan terwijl anderen toezien. " +
            "Vaste toezichtsbeurten staan bij elke persoon (tab Personeel).",
          "The places where someone supervises during each lunch break. Vrijrooster shares the turns among those " +
            "who may supervise (Staff tab), so a meeting can be held over lunch while others supervise. Fixed " +
            "duties are listed with each person (Staff tab).",
        )}
      </Explain>
      <ul className="plain-list">
        {posts.map((p, k) => (
          <li key={k} className="form-row inline-row lunch-post">
            <TextField path={post(k, "name")} label={t("Plaats", "Place")} />
            <NumberField path={post(k, "supervisors")} label={t("Aantal toezichters", "Supervisors")} />
            <DayChecks allMeansEvery path={post(k, "days")} label={t("Op welke dagen?", "Which days?")} />
            {(levelDays || p.level !== undefined) && (
              <SelectField
                path={post(k, "level")}
                optional={t("iedereen", "everyone")}
                options={follows}
                label={t("Volgt de middagpauze van", "Follows the lunch break of")}
              />
            )}
            <RemoveWith what={p.name || t("plaats", "place")} remove={(d) => removeLunchPost(d, k)} />
          </li>
        ))}
      </ul>
      <AddByName
        id="new-lunch-post"
        label={t("Nieuwe plaats: naam", "New place: name")}
        placeholder={t("Speelplaats kleuters", "Nursery playground")}
        button={t("+ Plaats toevoegen", "+ Add place")}
        onAdd={(name) => ed.update((d) => addLunchPost(d, name))}
      />
      {posts.length > 0 && (
        <NumberField
          optional
          path={["lunchSupervision", "maxPerWeek"]}
          label={t("Hoogstens … middagen per week per persoon", "At most … lunch breaks a week per person")}
          hint={t(
            "Schoolafspraak: middagen met toezicht of met overleg over de middag samen. Leeg = geen grens.",
            "School policy: lunch breaks supervising or in a meeting over lunch together. Empty = no limit.",
          )}
        />
      )}
    </Card>
  );
}
