// Overlegmomenten: the release goals — who must be free together, how long, how often and how important.
// Every setting has a one-line explanation for a principal.
import { useState } from "react";
import { Button, Card } from "../components/ui.js";
import { useLang } from "../lib/i18n.js";
import { listOf, useEditor, type Item } from "./context.js";
import { Explain, RemoveButton, staffOptions, useFocusTarget } from "./common.js";
import { CheckField, ChecklistField, NumberField, SelectField, TextField } from "./inputs.js";
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
  const [name, setName] = useState("");
  const add = () => {
    if (!name.trim()) return;
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
          name: name.trim(),
          purpose: guessPurpose(name),
          members: [],
          frequency: { kind: "weekly" },
        },
      ],
    );
    setName("");
  };
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
      {!ed.readOnly && (
        <div className="form-row add-row">
          <div className="field">
            <label htmlFor="new-goal-name">{t("Nieuw overlegmoment: naam", "New meeting: name")}</label>
            <input
              id="new-goal-name"
              value={name}
              placeholder={t("PLG taal 3de graad", "PLC language year 5-6")}
              onChange={(e) => setName(e.target.value)}
              onKeyDown={(e) => e.key === "Enter" && add()}
            />
          </div>
          <Button onClick={add} disabled={!name.trim()}>
            {t("+ Overlegmoment toevoegen", "+ Add meeting")}
          </Button>
        </div>
      )}
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
      kind === "every-n-weeks" ? { kind, n: 2 } : kind === "monthly-pattern" ? { kind, week: 1 } : { kind },
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
          <div className="field">
            <label htmlFor={`goal-${i}-frequency`}>{t("Hoe vaak?", "How often?")}</label>
            <select
              id={`goal-${i}-frequency`}
              value={freq}
              disabled={ed.readOnly}
              onChange={(e) => setFreq(e.target.value)}
            >
              <option value="weekly">{t("elke week", "every week")}</option>
              <option value="every-n-weeks">{t("om de zoveel weken", "every few weeks")}</option>
              <option value="monthly-pattern">
                {t("één week per maand (maandpatroon)", "one week a month (monthly pattern)")}
              </option>
            </select>
          </div>
          {freq === "every-n-weeks" && (
            <NumberField path={[...base, "frequency", "n"]} label={t("Om de … weken", "Every … weeks")} />
          )}
          {freq === "monthly-pattern" && (
            <NumberField
              path={[...base, "frequency", "week"]}
              label={t("Week … van de maand (1–4)", "Week … of the month (1–4)")}
            />
          )}
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
      </Card>
    </div>
  );
}
