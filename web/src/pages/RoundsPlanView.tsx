// A planned round in words: how much was placed and whether it was proven, one table per date (time, session,
// people by name with their roles, place, who joins remotely), what could not be placed and why, and what the
// checker found. The .ics of the whole round is one link away.
import type { PlannedParticipant, PlannedSession, RoundsPlan } from "../../../src/rounds/plan-types.js";
import { Badge, Card } from "../components/ui.js";
import { capitalize, plural, useLang } from "../lib/i18n.js";
import "../styles/rounds.css";

export type { RoundsPlan };

type T = (nl: string, en: string) => string;

export const roleText = (role: PlannedParticipant["role"], t: T) =>
  role === "lead"
    ? t("leiding", "lead")
    : role === "note-taker"
      ? t("notulist", "note-taker")
      : role === "facilitator"
        ? t("begeleider", "facilitator")
        : "";

const attends = (p: PlannedParticipant) => p.attendance === "required" || p.attends;

function People({ s }: { s: PlannedSession }) {
  const { t, lang } = useLang();
  const order = { lead: 0, "note-taker": 1, facilitator: 2 } as const;
  const rank = (p: PlannedParticipant) => (p.role ? order[p.role] : p.attendance === "required" ? 3 : 4);
  const list = [...s.participants].sort((a, b) => rank(a) - rank(b));
  return (
    <ul className="rounds-people">
      {list.map((p) => (
        <li key={p.id} className={attends(p) ? "" : "muted"}>
          {p.name}
          {p.role && <> ({roleText(p.role, t)})</>}
          {p.attendance === "optional" &&
            (p.attends ? (
              <> — {t("facultatief", "optional")}</>
            ) : (
              <>
                {" "}
                — {t("kan niet", "cannot come")}
                {p.why ? `: ${lang === "en" ? (p.whyEn ?? p.why) : p.why}` : ""}
              </>
            ))}
        </li>
      ))}
    </ul>
  );
}

export function RoundsPlanView({ plan, icsHref }: { plan: RoundsPlan; icsHref: string }) {
  const { t, lang } = useLang();
  const m = plan.metrics;
  const locale = lang === "en" ? "en-GB" : "nl-BE";
  const dateText = (d: string) =>
    new Date(`${d}T12:00:00Z`).toLocaleDateString(locale, {
      weekday: "long",
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    });
  const dates = [...new Set(plan.sessions.map((s) => s.date))];
  const hard = plan.violations.filter((v) => v.severity === "hard" && v.id !== "rounds.placed");
  const warnings = plan.violations.filter((v) => v.severity === "warning");
  const seconds = (plan.stats.ms / 1000).toLocaleString(locale, { maximumFractionDigits: 1 });
  return (
    <Card
      title={t(`Planning: ${plan.name}`, `Plan: ${plan.name}`)}
      actions={
        <a className="btn btn-secondary" href={icsHref} download>
          {t("Agenda downloaden (.ics)", "Download calendar (.ics)")}
        </a>
      }
    >
      <p className="rounds-status" role="status">
        {plan.status === "timeout"
          ? t("Geen planning gevonden binnen de tijdslimiet.", "No plan found within the time limit.")
          : t(
              `${m.placed} van ${plural(m.sessions, "sessie", "sessies")} gepland op ${plural(m.days, "dag", "dagen")}`,
              `${m.placed} of ${plural(m.sessions, "session", "sessions")} planned on ${plural(m.days, "day", "days")}`,
            )}{" "}
        {plan.proven && m.placed < m.sessions ? (
          <Badge tone="warn">{t("bewezen: meer sessies plaatsen kan niet", "proven: no plan places more")}</Badge>
        ) : plan.proven ? (
          <Badge tone="ok">{t("bewezen: minder dagen kan niet", "proven: fewer days is impossible")}</Badge>
        ) : (
          <Badge tone="warn">{t("haalbaar, niet bewezen de beste", "feasible, not proven best")}</Badge>
        )}{" "}
        <span className="muted">({seconds} s)</span>
      </p>
      {dates.map((d) => (
        <section key={d} className="rounds-day">
          <h3>{capitalize(dateText(d))}</h3>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("Tijd", "Time")}</th>
                <th scope="col">{t("Sessie", "Session")}</th>
                <th scope="col">{t("Wie", "Who")}</th>
                <th scope="col">{t("Plaats", "Place")}</th>
                <th scope="col">{t("Op afstand", "Remote")}</th>
              </tr>
            </thead>
            <tbody>
              {plan.sessions
                .filter((s) => s.date === d)
                .map((s) => {
                  const remote = s.participants.filter((p) => p.remote && attends(p));
                  return (
                    <tr key={s.key} data-session={s.key}>
                      <td className="nowrap">
                        {s.start}–{s.end}
                      </td>
                      <td>{s.title}</td>
                      <td>
                        <People s={s} />
                      </td>
                      <td>{s.locationName}</td>
                      <td>{remote.length ? remote.map((p) => p.name).join(", ") : "—"}</td>
                    </tr>
                  );
                })}
            </tbody>
          </table>
        </section>
      ))}
      {plan.unplaced.length > 0 && (
        <section className="rounds-unplaced">
          <h3>{t("Niet gepland", "Not planned")}</h3>
          <ul>
            {plan.unplaced.map((u) => (
              <li key={u.key}>
                <strong>{u.title}</strong>: {lang === "en" ? (u.reasonEn ?? u.reason) : u.reason}
                {u.details.length > 0 && (
                  <ul>
                    {(lang === "en" ? (u.detailsEn ?? u.details) : u.details).map((x, i) => (
                      <li key={i}>{x}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {(hard.length > 0 || warnings.length > 0) && (
        <section className="rounds-findings">
          <h3>{t("Opmerkingen bij de planning", "Findings on the plan")}</h3>
          <ul>
            {hard.map((v, i) => (
              <li key={`h${i}`}>
                <Badge tone="bad">{t("fout", "error")}</Badge> {v.message}
              </li>
            ))}
            {warnings.map((v, i) => (
              <li key={`w${i}`}>
                <Badge tone="warn">{t("let op", "note")}</Badge> {v.message}
              </li>
            ))}
          </ul>
        </section>
      )}
    </Card>
  );
}
