// Overlegmomenten: the release goals — who must be free together, how long, how often and how important.
// Every setting has a one-line explanation for a principal.
import { Card } from "../components/ui.js";
import { useLang } from "../lib/i18n.js";
import { listOf, useEditor, type Item } from "./context.js";
import { AddByName, Explain, RemoveButton, staffOptions, useFocusTarget } from "./common.js";
import { CheckField, ChecklistField, DateField, NumberField, SelectField, TextField } from "./inputs.js";
import { errorsUnder } from "./paths.js";
import { Frequency, frequencyPhrase } from "../../../src/model/browser.js";
import { uniqueId } from "./ids.js";
import { guessPurpose } from "./purpose.js";
import { WhoField, WindowList } from "./GoalWhen.js";
import { goalSetMembers, lengthText, windowsSummary } from "./practices.js";
import { ObservationGoals } from "./ObservationFields.js";
import { PresenceDays } from "./PresenceDayFields.js";

export function GoalsTab() {
  const ed = useEditor();
  const { t } = useLang();
  const goals = listOf(ed.draft, "releaseGoals");
  const add = (name: string) =>
    ed.set(
      ["releaseGoals"],
      [
        ...goals,
        {
          id: uniqueId(
            name,
            goals.map((g) => g.id),
            "overleg",
          ),
          name,
          purpose: guessPurpose(name),
          members: [],
          frequency: { kind: "weekly" },
        },
      ],
    );
  return (
    <div className="tab-body">
      <Explain>
        {t(
          "Welke leerkrachten wilt u samen vrij hebben, en hoe vaak? De rekenmachine zoekt een week waarin dat " +
            "lukt, met opvang voor hun klassen.",
          "Which teachers do you want free together, and how often? The solver looks for a week where that " +
            "works, with cover for their classes.",
        )}
      </Explain>
      {goals.map((g, i) => (
        <GoalCard key={i} g={g} i={i} />
      ))}
      <AddByName
        id="new-goal-name"
        label={t("Nieuw overlegmoment: naam", "New meeting: name")}
        placeholder={t("PLG taal 3de graad", "PLC language year 5-6")}
        button={t("+ Overlegmoment toevoegen", "+ Add meeting")}
        onAdd={add}
      />
      <ObservationGoals />
      <PresenceDays />
    </div>
  );
}

function GoalCard({ g, i }: { g: Item; i: number }) {
  const ed = useEditor();
  const { t } = useLang();
  const focus = useFocusTarget<HTMLDivElement>(String(g.id));
  const base = ["releaseGoals", i] as const;
  const name = g.name || t("overlegmoment", "meeting");
  const purposes = [
    ["plg", t("PLG (professionele leergemeenschap)", "PLC (professional learning community)")],
    ["kernteam", t("kernteam", "core team")],
    ["partners", t("parallelcollega's", "parallel colleagues")],
    ["coteach-consult", t("overleg co-teachers", "co-teacher consultation")],
    ["peer-visit", t("klasbezoek bij collega", "peer visit")],
    ["intervisie", t("intervisie", "peer review")],
    ["team", t("heel het team", "whole team")],
    ["own-choice", t("eigen keuze", "own choice")],
    ["zorg", t("zorgoverleg", "care meeting")],
  ] as const;
  const freq = g.frequency?.kind ?? "weekly";
  const staff = staffOptions(ed.draft, t);
  const members: string[] = Array.isArray(g.members) ? g.members : [];
  const setFreq = (kind: string) =>
    ed.set(
      [...base, "frequency"],
      kind === "every-n-weeks"
        ? { kind, n: 2 }
        : kind === "monthly-pattern"
          ? { kind, week: 1 }
          : kind === "placement-week"
            ? { kind, week: 3 }
            : { kind },
    );
  return (
    <div ref={focus.ref} className={focus.className}>
      <Card title={name} actions={<RemoveButton path={["releaseGoals"]} index={i} what={name} />}>
        <div className="form-row wrap">
          <TextField path={[...base, "name"]} label={t("Naam", "Name")} className="grow" />
          <SelectField
            path={[...base, "purpose"]}
            fallback="plg"
            label={t("Soort overleg", "Kind of meeting")}
            options={purposes}
          />
        </div>
        <WhoField g={g} goalIndex={i} />
        <ChecklistField
          path={[...base, "optionalMembers"]}
          label={t("Wie liefst ook?", "Who preferably too?")}
          options={staff}
          exclude={Array.isArray(g.memberSets) && g.memberSets.length ? goalSetMembers(ed.draft, g) : members}
          hint={t("Fijn als ze erbij kunnen, maar geen voorwaarde.", "Good if they can join, but not required.")}
        />
        {listOf(ed.draft, "externals").length > 0 && (
          <ChecklistField
            path={[...base, "externals"]}
            label={t("Externen die meedoen", "Externals who join")}
            options={listOf(ed.draft, "externals").map((x) => ({ value: String(x.id), label: String(x.name || x.id) }))}
            hint={t("Het overleg valt dan op een moment dat zij kunnen.", "The meeting then falls when they can come.")}
          />
        )}
        <div className="form-row wrap">
          <SelectField
            path={[...base, "mode"]}
            fallback="physical"
            label={t("Waar?", "Where?")}
            options={[
              ["physical", t("samen op school", "together at school")],
              ["digital", t("digitaal", "online")],
            ]}
          />
          <NumberField path={[...base, "blocksPerWeek"]} placeholder="1" label={t("Keer per week", "Times a week")} />
          <NumberField
            optional
            path={[...base, "minBlockMinutes"]}
            placeholder={g.mode === "digital" ? "90" : "180"}
            label={t("Minstens (minuten)", "At least (minutes)")}
            hint={t("Leeg = 180 min fysiek, 90 min digitaal", "Empty = 180 min in person, 90 online")}
          />
          <NumberField
            optional
            path={[...base, "maxBlockMinutes"]}
            label={t("Maximaal (minuten)", "At most (minutes)")}
            hint={t(
              "Langer telt niet mee; gelijk aan 'minstens' = een vaste lengte",
              "Longer does not count; equal to 'at least' = a fixed length",
            )}
          />
          <NumberField
            path={[...base, "weight"]}
            placeholder="1"
            label={t("Belang", "Importance")}
            hint={t("1 = gewoon, 2 = dubbel zo belangrijk", "1 = normal, 2 = twice as important")}
          />
        </div>
        <FrequencyFields g={g} i={i} freq={freq} setFreq={setFreq} />
        {lengthText(g, t) && (
          <p className="goal-length muted">
            {t("Lengte van een overleg", "Length of a meeting")}: {lengthText(g, t)}
          </p>
        )}
        <section className="goal-when" aria-label={t("Wanneer?", "When?")}>
          <h3>{t("Wanneer?", "When?")}</h3>
          <p className="goal-when-summary">
            {windowsSummary(g, t) || t("Elk moment van de week mag.", "Any time of the week will do.")}
          </p>
          <div className="goal-when-lists">
            <WindowList goalIndex={i} field="when" />
            <WindowList goalIndex={i} field="notWhen" />
          </div>
        </section>
        <CheckField
          path={[...base, "required"]}
          label={t(
            "Moet lukken: een week zonder dit overleg is niet goed",
            "Must happen: a week without this meeting is not acceptable",
          )}
        />
        <CheckField
          path={[...base, "allowAfterSchool"]}
          defaultValue
          label={t("Mag (deels) na de lessen, in kindvrije tijd", "May be (partly) after lessons, in child-free time")}
        />
        <CheckField
          path={[...base, "allowLunch"]}
          label={t(
            "Over de middag (tijdens de middagpauze, terwijl anderen toezicht doen)",
            "Over lunch (during the lunch break, while others supervise)",
          )}
          hint={t(
            "Het overleg mag de middagpauze gebruiken. Met plaatsen voor middagtoezicht (tab Opvang): alleen " +
              "als genoeg collega's buiten het overleg het toezicht doen.",
            "The meeting may use the lunch break. With lunch supervision places (Cover tab): only while enough " +
              "colleagues outside it supervise.",
          )}
        />
      </Card>
    </div>
  );
}

/**
 * How often and between which dates (issue 10 item 3): every n weeks from a school week or a first date, week k
 * of each placement of the interns, a date range. The phrase under it is the one the export and feeds use.
 */
function FrequencyFields({
  g,
  i,
  freq,
  setFreq,
}: {
  g: Item;
  i: number;
  freq: string;
  setFreq: (kind: string) => void;
}) {
  const ed = useEditor();
  const { t, lang } = useLang();
  const base = ["releaseGoals", i] as const;
  const interns = listOf(ed.draft, "interns").map((x) => [String(x.id), String(x.name || x.id)] as const);
  const selectId = `goal-${i}-frequency`;
  const error = errorsUnder(ed.errors, [...base, "frequency"], false);
  const read = Frequency.safeParse(g.frequency ?? { kind: "weekly" });
  const internName = (id: string) => interns.find(([v]) => v === id)?.[1] ?? id;
  const dates = {
    from: typeof g.from === "string" ? g.from : undefined,
    to: typeof g.to === "string" ? g.to : undefined,
  };
  return (
    <section className="goal-how-often" aria-label={t("Hoe vaak?", "How often?")}>
      <div className="form-row wrap">
        <div className={`field ${error ? "field-invalid" : ""}`}>
          <label htmlFor={selectId}>{t("Hoe vaak?", "How often?")}</label>
          <select
            id={selectId}
            value={freq}
            disabled={ed.readOnly}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${selectId}-error` : undefined}
            onChange={(e) => setFreq(e.target.value)}
          >
            <option value="weekly">{t("elke week", "every week")}</option>
            <option value="every-n-weeks">{t("om de zoveel weken", "every few weeks")}</option>
            <option value="monthly-pattern">
              {t("één week per maand (maandpatroon)", "one week a month (monthly pattern)")}
            </option>
            <option value="placement-week">{t("in een week van elke stage", "in one week of each placement")}</option>
          </select>
          {error && (
            <p className="field-error" id={`${selectId}-error`}>
              {error}
            </p>
          )}
        </div>
        {freq === "every-n-weeks" && (
          <>
            <NumberField path={[...base, "frequency", "n"]} label={t("Om de … weken", "Every … weeks")} />
            <NumberField
              optional
              path={[...base, "frequency", "offset"]}
              placeholder="0"
              label={t("Verschuiving (weken)", "Offset (weeks)")}
              hint={t(
                "0 = vanaf de eerste schoolweek, 1 = vanaf de tweede, …",
                "0 = from the first school week, 1 = from the second, …",
              )}
            />
            <DateField
              optional
              path={[...base, "frequency", "firstDate"]}
              label={t("Of: eerste keer in de week van", "Or: first time in the week of")}
            />
          </>
        )}
        {freq === "monthly-pattern" && (
          <NumberField
            path={[...base, "frequency", "week"]}
            label={t("Week … van de maand (1–4)", "Week … of the month (1–4)")}
          />
        )}
        {freq === "placement-week" && (
          <>
            <NumberField
              optional
              placeholder={t("elke week", "every week")}
              path={[...base, "frequency", "week"]}
              label={t("Week … van de stage", "Week … of the placement")}
              hint={t(
                "Bv. 3: de derde week van elke stage; leeg: elke week waarin een stagiair er is",
                "E.g. 3: the third week of each placement; empty: every week an intern is there",
              )}
            />
            <SelectField
              path={[...base, "frequency", "intern"]}
              label={t("Van welke stagiair?", "Which intern's placements?")}
              optional={t("alle stagiairs", "every intern")}
              options={interns}
            />
          </>
        )}
        <DateField optional path={[...base, "from"]} label={t("Vanaf (datum)", "From (date)")} />
        <DateField
          optional
          path={[...base, "to"]}
          label={t("Tot en met (datum)", "Until (date)")}
          hint={t("Leeg = het hele schooljaar", "Empty = the whole school year")}
        />
      </div>
      {read.success && (
        <p className="goal-frequency muted">
          {t("Zo vaak", "How often")}: {frequencyPhrase({ frequency: read.data, ...dates }, lang, internName)}
        </p>
      )}
    </section>
  );
}
