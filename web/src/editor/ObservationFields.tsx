// Hospiteren (issue 10 item 4): observation goals in the Overlegmomenten tab. A teacher sits in a colleague's
// class while that colleague teaches it; the observer's own class is taken over as for any meeting. Either a list
// of pairs (collegiale visitatie) or a carousel over a few teachers (hospiteer-carrousel), how long a visit is,
// all in one week or one pair a week in turn, how often per pair, and on which day / part of the day.
import { Card } from "../components/ui.js";
import { useLang } from "../lib/i18n.js";
import { listOf, useEditor, type Item } from "./context.js";
import { AddButton, AddByName, Explain, RemoveButton, staffOptions, useFocusTarget } from "./common.js";
import { CheckField, ChecklistField, NumberField, SelectField } from "./inputs.js";
import { uniqueId } from "./ids.js";
import { DayChecks } from "./GoalWhen.js";
import { fieldId, setAt } from "./paths.js";

/** "Nieuw …: naam" and its button: adds an item with a unique id made from the name to the list at `list`. */
export function AddToList({
  list,
  fallbackId,
  label,
  placeholder,
  button,
  make,
}: {
  list: string;
  fallbackId: string;
  label: string;
  placeholder: string;
  button: string;
  make: (id: string, name: string) => Item;
}) {
  const ed = useEditor();
  const items = listOf(ed.draft, list);
  return (
    <AddByName
      id={`new-${fallbackId}-name`}
      label={label}
      placeholder={placeholder}
      button={button}
      onAdd={(name) =>
        ed.set(
          [list],
          [
            ...items,
            make(
              uniqueId(
                name,
                items.map((o) => o.id),
                fallbackId,
              ),
              name,
            ),
          ],
        )
      }
    />
  );
}

export function ObservationGoals() {
  const ed = useEditor();
  const { t } = useLang();
  return (
    <section className="observation-goals" aria-labelledby="observation-goals-title">
      <h2 id="observation-goals-title">{t("Hospiteren: op bezoek in een klas", "Observing: visiting a class")}</h2>
      <Explain>
        {t(
          "Een leerkracht kijkt mee in de klas van een collega terwijl die zelf lesgeeft. De eigen klas van wie op " +
            "bezoek gaat, wordt opgevangen zoals bij een overleg.",
          "A teacher sits in a colleague's class while the colleague teaches it. The visitor's own class is taken " +
            "over as for a meeting.",
        )}
      </Explain>
      {listOf(ed.draft, "observations").map((o, i) => (
        <ObservationCard key={i} o={o} i={i} />
      ))}
      <AddToList
        list="observations"
        fallbackId="observation"
        label={t("Nieuw hospiteermoment: naam", "New observation: name")}
        placeholder={t("Hospiteer-carrousel", "Observation carousel")}
        button={t("+ Hospiteermoment toevoegen", "+ Add observation")}
        make={(id, name) => ({ id, name, pairs: [{}], minutes: 50 })}
      />
    </section>
  );
}

function ObservationCard({ o, i }: { o: Item; i: number }) {
  const ed = useEditor();
  const { t } = useLang();
  const focus = useFocusTarget<HTMLDivElement>(String(o.id));
  const base = ["observations", i] as const;
  const name = o.name || t("hospiteermoment", "observation");
  const staff = staffOptions(ed.draft, t);
  const classTeachers = new Set(listOf(ed.draft, "groups").flatMap((g) => (g.classTeachers ?? []).map(String)));
  const staffPairs = staff.map((x) => [x.value, x.label] as const);
  const observed = staff.filter((x) => classTeachers.has(x.value)).map((x) => [x.value, x.label] as const);
  const byCarousel = !!o.carousel;
  const pairs: Item[] = Array.isArray(o.pairs) ? o.pairs : [];
  const toPairs = () => ed.update((d) => setAt(setAt(d, [...base, "carousel"], undefined), [...base, "pairs"], [{}]));
  const toCarousel = () =>
    ed.update((d) => setAt(setAt(d, [...base, "pairs"], undefined), [...base, "carousel"], { teachers: [] }));
  const radio = `observation-${i}-form`;
  return (
    <div ref={focus.ref} className={focus.className}>
      <Card title={name} actions={<RemoveButton path={["observations"]} index={i} what={name} />}>
        <fieldset className="field">
          <legend>{t("Wie bij wie?", "Who visits whom?")}</legend>
          <label className="radio">
            <input type="radio" name={radio} checked={!byCarousel} disabled={ed.readOnly} onChange={toPairs} />{" "}
            {t("Vaste paren (collegiale visitatie)", "Fixed pairs (peer visits)")}
          </label>
          <label className="radio">
            <input type="radio" name={radio} checked={byCarousel} disabled={ed.readOnly} onChange={toCarousel} />{" "}
            {t("Carrousel: ieder bezoekt de volgende(n) in de rij", "Carousel: each visits the next one(s) in line")}
          </label>
        </fieldset>
        {!byCarousel ? (
          <div className="observation-pairs" id={fieldId([...base, "pairs"])} tabIndex={-1}>
            {pairs.map((_, j) => (
              <div key={j} className="form-row wrap">
                <SelectField
                  path={[...base, "pairs", j, "observer"]}
                  label={t("Gaat op bezoek", "Visits")}
                  options={staffPairs}
                />
                <SelectField
                  path={[...base, "pairs", j, "observed"]}
                  label={t("Bij (klasleerkracht)", "Visiting (class teacher)")}
                  options={observed}
                />
                <RemoveButton path={[...base, "pairs"]} index={j} what={t(`paar ${j + 1}`, `pair ${j + 1}`)} />
              </div>
            ))}
            <AddButton path={[...base, "pairs"]} make={() => ({})}>
              {t("+ Paar", "+ Pair")}
            </AddButton>
          </div>
        ) : (
          <div className="form-row wrap">
            <ChecklistField
              path={[...base, "carousel", "teachers"]}
              label={t("Leerkrachten in de carrousel (in deze volgorde)", "Teachers in the carousel (in this order)")}
              options={staff}
              hint={t(
                "Ieder gaat op bezoek bij de volgende in de rij die een eigen klas heeft.",
                "Each visits the next one in line who has a class of their own.",
              )}
            />
            <NumberField
              optional
              path={[...base, "carousel", "each"]}
              label={t("Bij hoeveel collega's elk?", "How many colleagues each?")}
              hint={t("Leeg = bij iedereen", "Empty = everyone")}
            />
          </div>
        )}
        <div className="form-row wrap">
          <NumberField
            path={[...base, "minutes"]}
            label={t("Duur van een bezoek (minuten)", "Length of a visit (minutes)")}
            hint={t("50 = één lestijd", "50 = one lesson period")}
          />
          <SelectField
            path={[...base, "turns"]}
            fallback="same-week"
            label={t("Wanneer aan de beurt?", "When is each pair's turn?")}
            options={[
              ["same-week", t("alle bezoeken in dezelfde week (na elkaar)", "all visits in the same week (in turn)")],
              ["weekly", t("één paar per week, om de beurt", "one pair a week, in turn")],
            ]}
          />
          <NumberField
            optional
            path={[...base, "timesPerPair"]}
            label={t("Hoe vaak per paar dit schooljaar?", "How often per pair this school year?")}
            hint={t("Leeg = zo vaak als het kan", "Empty = as often as possible")}
          />
          <SelectField
            path={[...base, "when", 0, "part"]}
            optional={t("hele dag", "whole day")}
            label={t("Dagdeel", "Part of day")}
            options={[
              ["morning", t("voormiddag", "morning")],
              ["afternoon", t("namiddag", "afternoon")],
            ]}
          />
        </div>
        <DayChecks
          path={[...base, "when", 0, "days"]}
          label={t("Op welke dagen?", "On which days?")}
          hint={t("Niets aangevinkt = elke dag", "None ticked = every day")}
        />
        <CheckField
          path={[...base, "required"]}
          label={t(
            "Moet lukken: een week zonder deze bezoeken is niet goed",
            "Must happen: a week without these visits is not acceptable",
          )}
        />
      </Card>
    </div>
  );
}
