// "Ateliers: wie gaat waarheen?" on the candidate page (issue 10, Top-3 atelier choices): per atelier plan a
// table round → atelier → leaders → pupils, with the pupils outside their choices marked, and the warning in
// words when the choices run out (with what to do: collect more choices or stop rotating).
import type { Scenario } from "../../../src/model/browser.js";
import { useLang } from "../lib/i18n.js";
import type { Names } from "../lib/names.js";
import { useCandidateAteliers, type AtelierAssignments } from "../lib/queries.js";
import { Badge, Card, ErrorBox, Loading } from "./ui.js";

type Plan = Scenario["atelierPlans"][number];
type Assignment = AtelierAssignments[number];

export function AtelierRounds({
  candidateId,
  scenario,
  names,
}: {
  candidateId: string;
  scenario: Scenario;
  names: Names;
}) {
  const { t } = useLang();
  const withChoices = scenario.atelierPlans.some((p) => p.choices.length > 0);
  const q = useCandidateAteliers(candidateId, withChoices);
  if (!withChoices) return null;
  return (
    <Card title={t("Ateliers: wie gaat waarheen?", "Ateliers: who goes where?")} className="atelier-rounds">
      {q.isLoading && <Loading />}
      {q.error && <ErrorBox error={q.error} />}
      {q.data?.map((a) => {
        const plan = scenario.atelierPlans.find((p) => p.id === a.plan);
        return plan ? <PlanRounds key={a.plan} plan={plan} assignment={a} names={names} /> : null;
      })}
    </Card>
  );
}

function PlanRounds({ plan, assignment, names }: { plan: Plan; assignment: Assignment; names: Names }) {
  const { t, lang } = useLang();
  const choices = new Map(plan.choices.map((c) => [c.pupil, c.choices]));
  const weeks = (round: number) => `${(round - 1) * plan.rotationWeeks + 1}–${round * plan.rotationWeeks}`;
  return (
    <section className="atelier-plan" data-plan={plan.id}>
      <h3>
        {plan.name}{" "}
        <span className="muted small">
          {t(
            `${assignment.pupils} leerlingen, ${plan.rotationWeeks === 1 ? "elke week" : `elke ${plan.rotationWeeks} weken`} een ander atelier`,
            `${assignment.pupils} pupils, another atelier ${plan.rotationWeeks === 1 ? "every week" : `every ${plan.rotationWeeks} weeks`}`,
          )}
        </span>
      </h3>
      <OutsideChoices assignment={assignment} />
      {assignment.warnings.map((w) => (
        <p key={w.id} className="atelier-warning" data-warning={w.id}>
          <Badge tone="warn">{t("let op", "note")}</Badge> {lang === "en" ? w.messageEn : w.message}
        </p>
      ))}
      <table className="table atelier-table">
        <caption className="muted small">
          {t("* = geen van de ateliers die de leerling koos", "* = none of the ateliers the pupil chose")}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("Atelier", "Atelier")}</th>
            <th scope="col">{t("Begeleiding", "Leaders")}</th>
            <th scope="col">{t("Leerlingen", "Pupils")}</th>
          </tr>
        </thead>
        {assignment.rounds.map((r) => {
          const { first, second, third, later, other } = r.choice;
          return (
            <tbody key={r.round} data-round={r.round}>
              <tr className="atelier-round-head">
                <th scope="rowgroup" colSpan={3}>
                  {t(`Ronde ${r.round}`, `Round ${r.round}`)}{" "}
                  <span className="muted small">
                    ({t(`schoolweken ${weeks(r.round)}`, `school weeks ${weeks(r.round)}`)}) —{" "}
                    {t(
                      `${first} 1ste keuze, ${second} 2de, ${third} 3de${later ? `, ${later} latere keuze` : ""}, ${other} geen keuze`,
                      `${first} 1st choice, ${second} 2nd, ${third} 3rd${later ? `, ${later} later choice` : ""}, ${other} no choice`,
                    )}
                  </span>
                </th>
              </tr>
              {plan.ateliers.map((at) => {
                const pupils = Object.entries(r.assignment)
                  .filter(([, a]) => a === at.id)
                  .map(([p]) => p)
                  .sort();
                return (
                  <tr key={at.id} data-atelier={at.id}>
                    <th scope="row">{at.name}</th>
                    <td>{at.leaders.map((l) => names.person(l)).join(", ")}</td>
                    <td className="atelier-pupils">
                      <span className="muted small">({pupils.length}) </span>
                      {pupils.map((p, i) => (
                        <span key={p} className="pupil" data-pupil={p}>
                          {i > 0 && ", "}
                          {p}
                          {choices.get(p)?.includes(at.id) ? "" : "*"}
                        </span>
                      ))}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          );
        })}
      </table>
    </section>
  );
}

/** "Buiten hun keuzes: ronde 3 32 leerlingen, ronde 4 112 leerlingen." — every round that puts pupils outside
 *  their choices (full ateliers, or all choices had), with what the school can do about it. */
function OutsideChoices({ assignment }: { assignment: Assignment }) {
  const { t } = useLang();
  const rounds = assignment.rounds.filter((r) => r.choice.other > 0);
  if (rounds.length === 0) return null;
  const pupils = (n: number) => (n === 1 ? t("1 leerling", "1 pupil") : t(`${n} leerlingen`, `${n} pupils`));
  const list = rounds.map((r) => `${t("ronde", "round")} ${r.round}: ${pupils(r.choice.other)}`).join(", ");
  const last = rounds[0].round - 1;
  return (
    <p className="atelier-warning" data-warning="outside-choices">
      <Badge tone="warn">{t("let op", "note")}</Badge>{" "}
      {t(
        `Een atelier buiten hun keuzes in ${list}. Laat meer keuzes opgeven (tot 10)${last > 0 ? ` of laat de rotatie stoppen na ronde ${last}` : ""}.`,
        `An atelier outside their choices in ${list}. Collect more choices (up to 10)${last > 0 ? ` or stop rotating after round ${last}` : ""}.`,
      )}
    </p>
  );
}
