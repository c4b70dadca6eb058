// Externen & stagiairs: people from outside (pedagogical adviser, atelier partner, volunteer, …) with when
// they can come; and student teachers with their mentor, class and placement weeks.
import { Card } from "../components/ui.js";
import { useLang } from "../lib/i18n.js";
import { listOf, useEditor, type Item } from "./context.js";
import {
  AddButton,
  AddByName,
  DAYS,
  Explain,
  RemoveButton,
  RemoveWith,
  classOptions,
  staffOptions,
  useFocusTarget,
} from "./common.js";
import { AvailabilityGrid } from "./AvailabilityGrid.js";
import { CheckField, ChecklistField, ClockField, DateField, NumberField, SelectField, TextField } from "./inputs.js";
import { personIds, uniqueId } from "./ids.js";
import { removePerson } from "./refs.js";

export function ExternalsTab() {
  const ed = useEditor();
  const { t } = useLang();
  const externals = listOf(ed.draft, "externals");
  const interns = listOf(ed.draft, "interns");
  const addExt = (ext: string) =>
    ed.set(
      ["externals"],
      [...externals, { id: uniqueId(ext, personIds(ed.draft), "extern"), name: ext, kind: "pedagogical-adviser" }],
    );
  const addIntern = (intern: string) => {
    const firstGroup = listOf(ed.draft, "groups")[0];
    ed.set(
      ["interns"],
      [
        ...interns,
        {
          id: uniqueId(intern, personIds(ed.draft), "stagiair"),
          name: intern,
          college: "",
          mentor: firstGroup?.classTeachers?.[0] ?? "",
          group: firstGroup?.id ?? "",
          placements: [{ from: "", to: "" }],
          weekdays: ["mon", "tue"],
        },
      ],
    );
  };
  return (
    <div className="tab-body">
      <h2>{t("Externen", "Externals")}</h2>
      <Explain>
        {t(
          "Mensen van buiten de school die bij een overleg of atelier komen: pedagogisch begeleider, " +
            "atelierpartner, vrijwilliger, …",
          "People from outside the school who join a meeting or atelier: pedagogical adviser, atelier partner, " +
            "volunteer, …",
        )}
      </Explain>
      {externals.map((x, i) => (
        <ExternalCard key={i} x={x} i={i} />
      ))}
      <AddByName
        id="new-external-name"
        label={t("Nieuwe externe: naam", "New external: name")}
        onAdd={addExt}
        button={t("+ Externe toevoegen", "+ Add external")}
      />
      <h2>{t("Stagiairs", "Student teachers")}</h2>
      <Explain>
        {t(
          "Een zelfstandige stagiair (3de jaar) kan een klas overnemen terwijl de mentor overlegt.",
          "An independent student teacher (3rd year) can take the class while the mentor meets.",
        )}
      </Explain>
      {interns.map((x, i) => (
        <InternCard key={i} x={x} i={i} />
      ))}
      <AddByName
        id="new-intern-name"
        label={t("Nieuwe stagiair: naam", "New student teacher: name")}
        onAdd={addIntern}
        button={t("+ Stagiair toevoegen", "+ Add student teacher")}
      />
    </div>
  );
}

function ExternalCard({ x, i }: { x: Item; i: number }) {
  const { t } = useLang();
  const focus = useFocusTarget<HTMLDivElement>(String(x.id));
  const base = ["externals", i] as const;
  const name = x.name || t("deze persoon", "this person");
  const kinds = [
    ["pedagogical-adviser", t("pedagogisch begeleider", "pedagogical adviser")],
    ["teacher-educator", t("lerarenopleider", "teacher educator")],
    ["volunteer", t("vrijwilliger", "volunteer")],
    ["atelier-partner", t("atelierpartner", "atelier partner")],
    ["support-worker", t("ondersteuner", "support worker")],
    ["clb", "CLB"],
    ["trainer", t("nascholer", "trainer")],
    ["parent", t("ouder", "parent")],
  ] as const;
  return (
    <div ref={focus.ref} className={focus.className}>
      <Card title={name} actions={<RemovePerson id={String(x.id)} name={name} />}>
        <div className="form-row wrap">
          <TextField path={[...base, "name"]} label={t("Naam", "Name")} className="grow" />
          <SelectField path={[...base, "kind"]} label={t("Wie is het?", "Who is it?")} options={kinds} />
          <NumberField
            path={[...base, "maxGroups"]}
            placeholder="1"
            label={t("Groepen tegelijk (ateliers)", "Groups at once (ateliers)")}
          />
          <TextField optional path={[...base, "email"]} label={t("E-mail (optioneel)", "Email (optional)")} />
        </div>
        <AvailabilityGrid path={[...base, "availability"]} who={name} />
        <h3>{t("Op vaste data", "On given dates")}</h3>
        <ul className="plain-list">
          {(Array.isArray(x.dates) ? x.dates : []).map((_: Item, k: number) => (
            <li key={k} className="form-row inline-row">
              <DateField compact path={[...base, "dates", k, "date"]} label={t(`Datum ${k + 1}`, `Date ${k + 1}`)} />
              <ClockField
                compact
                path={[...base, "dates", k, "from"]}
                label={t(`Datum ${k + 1}: van`, `Date ${k + 1}: from`)}
              />
              <ClockField
                compact
                path={[...base, "dates", k, "to"]}
                label={t(`Datum ${k + 1}: tot`, `Date ${k + 1}: to`)}
              />
              <RemoveButton path={[...base, "dates"]} index={k} what={t(`datum ${k + 1}`, `date ${k + 1}`)} />
            </li>
          ))}
        </ul>
        <AddButton path={[...base, "dates"]} make={() => ({ date: "" })}>
          {t("+ Datum", "+ Date")}
        </AddButton>
      </Card>
    </div>
  );
}

function InternCard({ x, i }: { x: Item; i: number }) {
  const ed = useEditor();
  const { t, day } = useLang();
  const focus = useFocusTarget<HTMLDivElement>(String(x.id));
  const base = ["interns", i] as const;
  const name = x.name || t("stagiair", "student teacher");
  const staff = staffOptions(ed.draft, t).map((o) => [o.value, o.label] as const);
  const classes = classOptions(ed.draft, t).map((o) => [o.value, o.label] as const);
  return (
    <div ref={focus.ref} className={focus.className}>
      <Card title={name} actions={<RemovePerson id={String(x.id)} name={name} />}>
        <div className="form-row wrap">
          <TextField path={[...base, "name"]} label={t("Naam", "Name")} className="grow" />
          <TextField path={[...base, "college"]} label={t("Hogeschool", "College")} />
          <SelectField path={[...base, "mentor"]} label={t("Mentor", "Mentor")} options={staff} />
          <SelectField path={[...base, "group"]} label={t("Klas", "Class")} options={classes} />
        </div>
        <ChecklistField
          path={[...base, "weekdays"]}
          label={t("Op welke dagen?", "On which days?")}
          options={DAYS.map((d) => ({ value: d, label: day(d) }))}
        />
        <CheckField
          path={[...base, "independent"]}
          label={t("Zelfstandige stage: mag de klas alleen nemen", "Independent placement: may take the class alone")}
        />
        <h3>{t("Stageperiodes", "Placement periods")}</h3>
        <ul className="plain-list">
          {(Array.isArray(x.placements) ? x.placements : []).map((_: Item, k: number) => (
            <li key={k} className="form-row inline-row">
              <DateField
                compact
                path={[...base, "placements", k, "from"]}
                label={t(`Periode ${k + 1}: van`, `Period ${k + 1}: from`)}
              />
              <DateField
                compact
                path={[...base, "placements", k, "to"]}
                label={t(`Periode ${k + 1}: tot`, `Period ${k + 1}: to`)}
              />
              <RemoveButton path={[...base, "placements"]} index={k} what={t(`periode ${k + 1}`, `period ${k + 1}`)} />
            </li>
          ))}
        </ul>
        <AddButton path={[...base, "placements"]} make={() => ({ from: "", to: "" })}>
          {t("+ Periode", "+ Period")}
        </AddButton>
      </Card>
    </div>
  );
}

function RemovePerson({ id, name }: { id: string; name: string }) {
  const { t } = useLang();
  return (
    <RemoveWith
      what={name}
      confirm={t(`${name} verwijderen?`, `Remove ${name}?`)}
      remove={(d) => removePerson(d, id)}
    />
  );
}
