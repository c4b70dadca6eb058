// Vaste dagen (issue 10 item 8): a weekday on which everyone of a group is at school, part-timers included —
// for kernteams and zorg. In the Overlegmomenten tab, under the observation goals.
import { Card } from "../components/ui.js";
import { useLang } from "../lib/i18n.js";
import { listOf, useEditor, type Item } from "./context.js";
import { dayOptions, Explain, RemoveButton, staffOptions, useFocusTarget } from "./common.js";
import { CheckField, ChecklistField, SelectField } from "./inputs.js";
import { setAt } from "./paths.js";
import { AddToList } from "./ObservationFields.js";

export function PresenceDays() {
  const ed = useEditor();
  const { t } = useLang();
  return (
    <section className="presence-days" aria-labelledby="presence-days-title">
      <h2 id="presence-days-title">{t("Vaste dag: iedereen op school", "Fixed day: everyone at school")}</h2>
      <Explain>
        {t(
          "Een weekdag waarop iedereen van een groep op school is, ook wie deeltijds werkt: de rekenmachine legt " +
            "hun lessen dan zo dat die dag erbij is.",
          "A weekday on which everyone of a group is at school, part-timers too: the solver then places their " +
            "lessons so that the day is one of theirs.",
        )}
      </Explain>
      {listOf(ed.draft, "presenceDays").map((g, i) => (
        <PresenceDayCard key={i} g={g} i={i} />
      ))}
      <AddToList
        list="presenceDays"
        fallbackId="presence-day"
        label={t("Nieuwe vaste dag: naam", "New fixed day: name")}
        placeholder={t("Zorgdag", "Care day")}
        button={t("+ Vaste dag toevoegen", "+ Add fixed day")}
        make={(id, name) => ({ id, name, day: "thu", members: [], memberSets: [{}] })}
      />
    </section>
  );
}

function PresenceDayCard({ g, i }: { g: Item; i: number }) {
  const ed = useEditor();
  const { t, day } = useLang();
  const focus = useFocusTarget<HTMLDivElement>(String(g.id));
  const base = ["presenceDays", i] as const;
  const name = g.name || t("vaste dag", "fixed day");
  const wholeTeam = Array.isArray(g.memberSets) && g.memberSets.length > 0;
  const setWholeTeam = (on: boolean) =>
    ed.update((d) => setAt(setAt(d, [...base, "memberSets"], on ? [{}] : undefined), [...base, "members"], []));
  return (
    <div ref={focus.ref} className={focus.className}>
      <Card title={name} actions={<RemoveButton path={["presenceDays"]} index={i} what={name} />}>
        <div className="form-row wrap">
          <SelectField path={[...base, "day"]} label={t("Welke dag?", "Which day?")} options={dayOptions(day)} />
        </div>
        <div className="field field-check">
          <input
            id={`presence-${i}-team`}
            type="checkbox"
            checked={wholeTeam}
            disabled={ed.readOnly}
            onChange={(e) => setWholeTeam(e.target.checked)}
          />
          <label htmlFor={`presence-${i}-team`}>{t("Heel het team", "The whole staff")}</label>
        </div>
        {!wholeTeam && (
          <ChecklistField
            path={[...base, "members"]}
            label={t("Wie moet er die dag zijn?", "Who must be there that day?")}
            options={staffOptions(ed.draft, t)}
          />
        )}
        <CheckField
          path={[...base, "required"]}
          label={t(
            "Moet lukken: een week waarin iemand die dag ontbreekt is niet goed",
            "Must hold: a week in which someone is missing that day is not acceptable",
          )}
        />
      </Card>
    </div>
  );
}
