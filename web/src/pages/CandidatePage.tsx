// Kandidaat (the UX guide screen 4): one proposed week. Goal cards in words, the week grid per class /
// teacher / goal, who covers each class, the checker's findings, the staff-load table, and "Vastzetten".
import { LockIcon } from "../components/icons.js";
import { useLayoutEffect, useMemo, useRef, useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { DAYS, type Candidate, type Scenario } from "../../../src/model/browser.js";
import { ViewPicker, useViewChoice, viewSwitchStarted } from "../components/ViewPicker.js";
import { WeekGrid, type GridLocks } from "../components/WeekGrid.js";
import { WhyNot } from "../components/WhyNot.js";
import { WhatIf } from "../components/WhatIf.js";
import { AtelierRounds } from "../components/AtelierRounds.js";
import { Badge, Button, Card, Empty, ErrorBox, Loading } from "../components/ui.js";
import { capitalize, plural, useLang } from "../lib/i18n.js";
import { Linkified, editorLink } from "../lib/links.js";
import { useLocks, type LessonLock } from "../lib/locks.js";
import { ambtName, namesOf, noCoverBoth, type Names } from "../lib/names.js";
import { useCandidateWithScenario } from "../lib/scenario-data.js";
import { goalSummaries, staffLoadRows, type LoadRow } from "../lib/results.js";
import { candidateLabelText, candidateStatusText, candidateTone, hoursMinutes } from "../lib/status.js";
import { otherLessonTimes } from "../../../src/model/level-days.js";
import { buildWeekIndex, classWeek, coverInSlot, viewOfGroup, weekOf, type WeekIndex } from "../lib/week.js";
import { windowsSummary, wishLine, wishOutcomesOf } from "../editor/practices.js";
import "../styles/results.css";

export function CandidatePage() {
  const { id = "", cid = "" } = useParams();
  const { t, lang } = useLang();
  const navigate = useNavigate();
  const { candidate, scenario, stored, isLoading, error } = useCandidateWithScenario(cid);
  const names = useMemo(() => (scenario ? namesOf(scenario, t) : null), [scenario, t]);
  const ix = useMemo(
    () => (scenario && candidate && names ? buildWeekIndex(scenario, candidate, names, t) : null),
    [scenario, candidate, names, t],
  );
  const lockApi = useLocks(id);
  const view = useViewChoice(scenario);

  if (isLoading) return <Loading />;
  if (error || !candidate || !scenario || !names || !ix || !stored) {
    return (
      <div className="page">
        <ErrorBox
          error={error ?? new Error(t("Dit voorstel kon niet geladen worden.", "This proposal could not be loaded."))}
        />
      </div>
    );
  }
  const title =
    stored.rank === 1 ? t("Beste week", "Best week") : t(`Kandidaat ${stored.rank}`, `Candidate ${stored.rank}`);
  const goals = goalSummaries(scenario, candidate, names, t, lang);
  const met = goals.filter((g) => g.met).length;
  const locks: GridLocks = lockApi;
  return (
    <div className="page candidate">
      <div className="cand-head">
        <h1>
          {title} — {scenario.name}
        </h1>
        <Badge tone={candidateTone(candidate.status, { met, total: goals.length })}>
          {candidateStatusText(candidate.status, stored.rank, t, { met, total: goals.length })}
        </Badge>
      </div>
      {candidateLabelText(candidate.label, lang) && (
        <p className="cand-label">{candidateLabelText(candidate.label, lang)}</p>
      )}
      <p className="lead">
        {t(
          `${met} van ${plural(goals.length, "overlegmoment", "overlegmomenten")} gevonden`,
          `${met} of ${plural(goals.length, "meeting", "meetings")} found`,
        )}
        , {t("samen", "together")} {hoursMinutes(candidate.metrics.releaseMinutes, t)}{" "}
        {t("vrijgeroosterd per week", "released per week")}.
      </p>
      <div className="cand-actions no-print">
        <Link className="btn" to={`/s/${id}/compare?a=${cid}`}>
          {t("Vergelijken", "Compare")}
        </Link>
        <Link className="btn" to={`/s/${id}/print?c=${cid}`}>
          {t("Afdrukken", "Print")}
        </Link>
        <Link className="btn" to={`/s/${id}/publish?c=${cid}`}>
          {t("Publiceren", "Publish")}
        </Link>
        <ExportMenu candidateId={cid} noFet={ix ? otherLessonTimes(ix.grid) : undefined} />
        <Button variant={lockApi.count ? "primary" : "secondary"} onClick={() => navigate(`/s/${id}/solve`)}>
          {t("Opnieuw berekenen", "Solve again")}
          {lockApi.count > 0 && (
            <>
              {" ("}
              <LockIcon /> {lockApi.count})
            </>
          )}
        </Button>
      </div>

      <div className="goal-cards">
        {goals.map((g) => (
          <section
            key={g.goal}
            className="card goal-card"
            data-goal={g.goal}
            data-met={g.met ? "true" : "false"}
            style={{ borderLeftColor: `var(--goal-${g.index})` }}
          >
            <h2 className="goal-card-title">
              <span className={`wg-swatch goal-${g.index}`} aria-hidden="true" />
              <Link to={editorLink(id, "goals", g.goal)}>{g.name}</Link>
              <Badge tone={g.met ? "ok" : g.required ? "bad" : "warn"}>
                {g.met ? t("gehaald", "met") : t("niet gehaald", "not met")}
              </Badge>
            </h2>
            <p>{g.text}</p>
            {windowsOf(scenario, g.goal, t) && <p className="goal-card-when muted">{windowsOf(scenario, g.goal, t)}</p>}
            {!g.met && <WhyNot candidateId={cid} goal={g.goal} scenario={scenario} scenarioId={id} />}
            <WhatIf candidateId={cid} goal={g.goal} candidate={candidate} scenario={scenario} />
          </section>
        ))}
        {goals.length === 0 && (
          <Empty>{t("Dit scenario heeft geen overlegmomenten.", "This scenario has no meetings.")}</Empty>
        )}
      </div>

      <WishesCard candidate={candidate} scenarioId={id} />

      <Card title={t("De week", "The week")}>
        <ViewPicker scenario={scenario} names={names} kind={view.kind} id={view.id} onChange={view.set} />
        {view.kind === "class" && view.id && <ClassLockBar ix={ix} group={view.id} scenarioId={id} />}
        <TimedGrids ix={ix} kind={view.kind} id={view.id} locks={locks} />
      </Card>

      <Card title={t("Wie neemt de klas over?", "Who takes the class?")}>
        <CoverList ix={ix} names={names} />
      </Card>

      <AtelierRounds candidateId={cid} scenario={scenario} names={names} />

      <Violations candidate={candidate} scenario={scenario} scenarioId={id} />

      <Card title={t("Opdrachten deze week", "Workload this week")}>
        <LoadTable rows={staffLoadRows(scenario, candidate)} scenarioId={id} />
      </Card>
    </div>
  );
}

/** The grid(s) of the chosen view, with how long they took to appear (the overview must stay well under 200 ms). */
function TimedGrids({ ix, kind, id, locks }: { ix: WeekIndex; kind: string; id: string; locks: GridLocks }) {
  const { t } = useLang();
  const started = useRef(0);
  const [ms, setMs] = useState<number | null>(null);
  // From the click on the view switch (or this render, on first show) to the grids being in the DOM.
  started.current = Math.max(viewSwitchStarted, started.current || performance.now());
  const models = useMemo(
    () =>
      kind === "all"
        ? ix.scenario.groups.map((g) => classWeek(ix, g.id))
        : id
          ? [weekOf(ix, { kind: kind as "class" | "teacher" | "goal", id })]
          : [],
    [ix, kind, id],
  );
  useLayoutEffect(() => {
    setMs(Math.round(performance.now() - started.current));
  }, [models]);
  if (models.length === 0) return <Empty>{t("Niets om te tonen.", "Nothing to show.")}</Empty>;
  return (
    <div className="grids" data-render-ms={ms ?? undefined}>
      {models.map((m) => (
        <div key={`${m.kind}-${m.id}`} className={kind === "all" ? "overview-grid" : undefined}>
          <WeekGrid model={m} locks={locks} />
        </div>
      ))}
      {ms !== null && (
        <p className="render-time no-print">
          {t(`${models.length} rooster(s) opgebouwd in ${ms} ms`, `${models.length} timetable(s) built in ${ms} ms`)}
        </p>
      )}
    </div>
  );
}

/** "Hele week van deze klas vastzetten": every lesson of the class, KLAS included, as lesson locks. */
function ClassLockBar({ ix, group, scenarioId }: { ix: WeekIndex; group: string; scenarioId: string }) {
  const { t } = useLang();
  const { locks, setLessons } = useLocks(scenarioId);
  const mine = locks.lessons.filter((l) => l.group === group);
  const all: LessonLock[] = ix.candidate.lessons
    .filter((l) => l.group === group)
    .map((l) => ({ group, subject: l.subject, day: l.day, start: l.start }));
  const whole = mine.length >= all.length && all.length > 0;
  return (
    <div className="button-row no-print" style={{ marginTop: 0, marginBottom: 6 }}>
      <Button onClick={() => setLessons(group, whole ? [] : all)} aria-pressed={whole}>
        {whole
          ? t(`Week van ${group} losmaken`, `Unlock the week of ${group}`)
          : t(`Hele week van ${group} vastzetten`, `Lock the whole week of ${group}`)}
      </Button>
      {mine.length > 0 && !whole && (
        <span className="muted small">
          {t(
            `${plural(mine.length, "lestijd", "lestijden")} van ${group} vast`,
            `${plural(mine.length, "lesson", "lessons")} of ${group} locked`,
          )}
        </span>
      )}
    </div>
  );
}

function CoverList({ ix, names }: { ix: WeekIndex; names: Names }) {
  const { t, day } = useLang();
  const releases = [...ix.candidate.releases].sort(
    (a, b) => DAYS.indexOf(a.day) - DAYS.indexOf(b.day) || a.start.localeCompare(b.start),
  );
  if (releases.length === 0) return <Empty>{t("Geen vrijgeroosterde blokken.", "No release blocks.")}</Empty>;
  return (
    <div>
      {releases.map((r) => {
        const lines: string[] = [];
        for (const g of ix.scenario.groups) {
          if (!g.classTeachers.some((p) => r.staff.includes(p))) continue;
          // The class's own rows (a kleuter class with other break times): covered in each one the block overlaps.
          const view = viewOfGroup(ix, g.id);
          for (const row of view.rows) {
            if (!view.slotKind[r.day].has(`${row.start}|${row.end}`) || row.start >= r.end || row.end <= r.start)
              continue;
            const slot = ix.byGroupSlot.get(`${g.id}|${r.day}|${row.start}`) ?? [];
            const lessons = slot.filter((l) => l.end === row.end);
            if (lessons.length === 0) continue;
            lines.push(`${row.start}–${row.end} ${g.id}: ${coverInSlot(ix, r, g.id, row, lessons)}`);
          }
        }
        return (
          <div key={`${r.goal}${r.day}${r.start}`} data-goal={r.goal}>
            <h3>
              {names.goal(r.goal)} — {day(r.day)} {r.start}–{r.end}
            </h3>
            {lines.length ? (
              <ul className="cover-list">
                {lines.map((l) => (
                  <li key={l}>{l}</li>
                ))}
              </ul>
            ) : (
              <p className="muted no-cover">{capitalize(t(...noCoverBoth(ix.candidate, r, names.staff)))}.</p>
            )}
          </div>
        );
      })}
    </div>
  );
}

function Violations({
  candidate,
  scenario,
  scenarioId,
}: {
  candidate: Candidate;
  scenario: Scenario;
  scenarioId: string;
}) {
  const { t, lang } = useLang();
  if (candidate.violations.length === 0) {
    return (
      <Card title={t("Regels", "Rules")}>
        <p>{t("Deze week houdt zich aan alle regels.", "This week keeps every rule.")}</p>
      </Card>
    );
  }
  const sev = { hard: t("moet", "must"), soft: t("aanbeveling", "recommendation"), warning: t("let op", "note") };
  return (
    <Card title={t(`Opmerkingen (${candidate.violations.length})`, `Findings (${candidate.violations.length})`)}>
      <ul className="violations">
        {candidate.violations.map((v, i) => (
          <li key={i}>
            <Badge tone={v.severity === "hard" ? "bad" : "warn"}>{sev[v.severity]}</Badge>{" "}
            <Linkified
              text={lang === "en" ? (v.messageEn ?? v.message) : v.message}
              scenario={scenario}
              scenarioId={scenarioId}
            />
          </li>
        ))}
      </ul>
    </Card>
  );
}

function Bar({ value, max, mark }: { value: number; max: number; mark?: number }) {
  const top = Math.max(max, value, mark ?? 0, 1);
  return (
    <span className={`load-bar ${value > max ? "over" : ""}`} aria-hidden="true">
      <span style={{ width: `${(100 * value) / top}%` }} />
      {mark !== undefined && <i className="load-mark" style={{ left: `${(100 * mark) / top}%` }} />}
    </span>
  );
}

export function LoadTable({ rows, scenarioId }: { rows: LoadRow[]; scenarioId?: string }) {
  const { t } = useLang();
  return (
    <table className="table load-table">
      <thead>
        <tr>
          <th scope="col">{t("Naam", "Name")}</th>
          <th scope="col">{t("Ambt", "Post")}</th>
          <th scope="col">{t("Opdracht", "Fraction")}</th>
          <th
            scope="col"
            title={t(
              "Lestijden deze week / het maximum dat de wet toelaat voor deze opdracht / het maximum dat de school " +
                "zelf afsprak (lokale plage). De balk wordt rood boven het laagste van de twee.",
              "Lesson periods this week / the maximum the law allows for this fraction / the maximum the school " +
                "agreed itself (local plage). The bar turns red above the lower of the two.",
            )}
          >
            {t("Lestijden / max. wet / max. school", "Periods / legal max. / school max.")}
          </th>
          <th scope="col">{t("Schoolopdracht (min) / max.", "Time at school (min) / max")}</th>
          <th scope="col" className="num">
            {t("Samen vrij per week", "Free together per week")}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const { limit, lestijdenOver: lesOver, schoolopdrachtOver: soOver } = r;
          return (
            <tr
              key={r.staff}
              className={r.over ? "load-row-over" : undefined}
              data-staff={r.staff}
              data-over={r.over ? "true" : undefined}
            >
              <th scope="row">
                {scenarioId ? <Link to={editorLink(scenarioId, "staff", r.staff)}>{r.name}</Link> : r.name}
              </th>
              <td>{ambtName(r.ambt, t)}</td>
              <td>{r.fraction}</td>
              <td>
                {Number.isFinite(limit) ? (
                  <>
                    <Bar value={r.lestijden} max={limit} />
                    <span className={lesOver ? "load-over" : undefined}>
                      {r.lestijden} / {r.legalMax ?? "–"} / {r.plageMax ?? "–"}
                      {lesOver && ` — ${t("te veel", "too many")}`}
                    </span>
                  </>
                ) : (
                  <span className="muted">{r.lestijden ? r.lestijden : t("geen lestijden", "no periods")}</span>
                )}
              </td>
              <td>
                {r.schoolopdrachtMinutes !== undefined ? (
                  <>
                    <Bar value={r.schoolopdrachtMinutes} max={r.schoolopdrachtMax} />
                    <span className={soOver ? "load-over" : undefined}>
                      {r.schoolopdrachtMinutes} / {r.schoolopdrachtMax}
                      {soOver && ` — ${t("te veel", "too much")}`}
                    </span>
                  </>
                ) : (
                  <span className="muted">{t("onbekend", "unknown")}</span>
                )}
              </td>
              <td className="num">{r.releaseMinutes ? hoursMinutes(r.releaseMinutes, t) : "—"}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** "Mag enkel: woensdag voormiddag." for a goal with time windows ("" without). */
function windowsOf(scenario: Scenario, goal: string, t: (nl: string, en: string) => string): string {
  const g = scenario.releaseGoals.find((x) => x.id === goal);
  return g ? windowsSummary(g, t) : "";
}

/** "Wensen van leerkrachten": per person how many wishes this week meets, the unmet ones in words. */
function WishesCard({ candidate, scenarioId }: { candidate: Candidate; scenarioId: string }) {
  const { t } = useLang();
  const outcomes = wishOutcomesOf(candidate.metrics);
  if (outcomes.length === 0) return null;
  const met = outcomes.reduce((n, o) => n + o.met, 0);
  const total = outcomes.reduce((n, o) => n + o.total, 0);
  return (
    <Card title={t("Wensen van leerkrachten", "Teachers' wishes")} className="wishes-card">
      <p>
        {t(
          `${met} van ${plural(total, "wens", "wensen")} vervuld. Een wens breekt nooit een regel.`,
          `${met} of ${plural(total, "wish", "wishes")} met. A wish never breaks a rule.`,
        )}
      </p>
      <ul className="wish-outcomes">
        {outcomes.map((o) => {
          const line = wishLine(o, t);
          return (
            <li key={o.staff} data-staff={o.staff} data-met={o.met === o.total ? "all" : "some"}>
              <Badge tone={o.met === o.total ? "ok" : "warn"}>{o.met === o.total ? "✓" : "!"}</Badge>{" "}
              <Link to={editorLink(scenarioId, "staff", o.staff)}>{line.head}</Link>
              {line.unmet.length > 0 && (
                <span className="wish-unmet">
                  {" "}
                  — {t("niet", "not")}: {line.unmet.join("; ")}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </Card>
  );
}

/** Downloads of this week: the workbook, one csv table at a time, a FET file, or the printed pages as a PDF (same files
 * as the CLI's export). */
function ExportMenu({
  candidateId,
  noFet,
}: {
  candidateId: string;
  /** The day grid gives a level other lesson times: FET (one list of hours) cannot hold this week. */
  noFet?: ReturnType<typeof otherLessonTimes>;
}) {
  const { t } = useLang();
  const href = (q: string) => `/api/candidates/${encodeURIComponent(candidateId)}/export?${q}`;
  const tables = [
    ["klassen", t("week per klas", "week per class")],
    ["leerkrachten", t("week per leerkracht", "week per teacher")],
    ["overleg", t("overlegmomenten", "meetings")],
    ["opdrachten", t("opdrachten", "workload")],
  ] as const;
  return (
    <details className="export-menu">
      <summary className="btn">{t("Downloaden", "Download")}</summary>
      <ul>
        <li>
          <a href={href("format=xlsx")} download>
            {t("Excel-werkmap (alle tabellen)", "Excel workbook (every table)")}
          </a>
        </li>
        {tables.map(([id, label]) => (
          <li key={id}>
            <a href={href(`format=csv&table=${id}`)} download>
              CSV: {label}
            </a>
          </li>
        ))}
        <li>
          {noFet ? (
            <span className="muted" data-no-fet={noFet.level}>
              {noFet.level === "kleuter"
                ? t(
                    "FET-bestand: niet mogelijk, de kleuters hebben andere lesuren (FET kent één lijst lesuren)",
                    "FET file: not possible, the nursery classes have other lesson times (FET has one list of hours)",
                  )
                : t(
                    "FET-bestand: niet mogelijk, het lager heeft andere lesuren (FET kent één lijst lesuren)",
                    "FET file: not possible, the primary classes have other lesson times (FET has one list of hours)",
                  )}
            </span>
          ) : (
            <a href={href("format=fet")} download>
              {t("FET-bestand (elke les vastgezet)", "FET file (every lesson locked)")}
            </a>
          )}
        </li>
        <li>
          <a href={href("format=pdf")} download>
            {t("PDF (afdrukken)", "PDF (to print)")}
          </a>
        </li>
      </ul>
    </details>
  );
}
