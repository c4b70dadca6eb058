// Berekenen (the UX guide screen 3): one button, live progress streamed from the job (server-sent events,
// polling as fallback), cancel; then the result in words and the candidates with the metrics that matter.
import { LockIcon, NoEntryIcon } from "../components/icons.js";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { Badge, Button, Card, ErrorBox, Loading } from "../components/ui.js";
import { api } from "../lib/api.js";
import { useLang } from "../lib/i18n.js";
import { Linkified } from "../lib/links.js";
import { lockCount, useLocks } from "../lib/locks.js";
import { keys, useCandidates, useJobs, useScenario, type CandidateSummary, type Job } from "../lib/queries.js";
import type { Conflict, Scenario } from "../../../src/model/browser.js";
import { parsed } from "../lib/scenario-data.js";
import {
  candidateLabelText,
  candidateStatusText,
  hoursMinutes,
  jobStatusText,
  phaseText,
  resultStatusText,
} from "../lib/status.js";

export const DRAFT_KEY = (scenarioId: string) => `vrijrooster.draft.${scenarioId}`;

/** Follows a job until it ends: SSE first; if the stream fails, poll every second. */
export function useJobStream(jobId: string | null, onEnd: (job: Job) => void): Job | null {
  const [job, setJob] = useState<Job | null>(null);
  useEffect(() => {
    if (!jobId) return;
    let stopped = false;
    let poll: ReturnType<typeof setInterval> | undefined;
    const es = new EventSource(`/api/jobs/${jobId}/events`);
    const end = (j: Job) => {
      if (stopped) return;
      stopped = true;
      setJob(j);
      es.close();
      if (poll) clearInterval(poll);
      onEnd(j);
    };
    es.addEventListener("progress", (e) => setJob(JSON.parse((e as MessageEvent).data)));
    es.addEventListener("end", (e) => end(JSON.parse((e as MessageEvent).data)));
    es.onerror = () => {
      es.close();
      if (stopped || poll) return;
      poll = setInterval(async () => {
        try {
          const j = await api<Job>(`/api/jobs/${jobId}`);
          if (["done", "failed", "cancelled"].includes(j.status)) end(j);
          else setJob(j);
        } catch {
          /* keep trying: the server may be restarting */
        }
      }, 1000);
    };
    return () => {
      stopped = true;
      es.close();
      if (poll) clearInterval(poll);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [jobId]);
  return job;
}

export function SolvePage() {
  const { id = "" } = useParams();
  const { t, dayShort, lang } = useLang();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const stored = useScenario(id);
  const scenario = parsed(stored.data?.scenario, lang);
  const jobs = useJobs(id);
  const candidates = useCandidates(id);
  const { locks, count: locked, clear, removeRelease, removeLesson, removeForbidden } = useLocks(id);
  const [candidatesWanted, setCandidatesWanted] = useState(3);
  const [timeLimit, setTimeLimit] = useState(30);
  const [jobId, setJobId] = useState<string | null>(null);
  const [selected, setSelected] = useState<string[]>([]);

  // After a reload, keep following a job that is still running.
  const running = jobs.data?.find((j) => j.status === "running" || j.status === "queued");
  useEffect(() => {
    if (!jobId && running) setJobId(running.id);
  }, [jobId, running]);

  const job = useJobStream(jobId, () => {
    void qc.invalidateQueries({ queryKey: keys.candidates(id) });
    void qc.invalidateQueries({ queryKey: keys.jobs(id) });
  });
  const start = useMutation({
    mutationFn: () =>
      api<Job>(`/api/scenarios/${id}/solve`, {
        method: "POST",
        json: { candidates: candidatesWanted, timeLimitSeconds: timeLimit, ...(lockCount(locks) ? { locks } : {}) },
      }),
    onSuccess: (j) => setJobId(j.id),
  });
  const cancel = useMutation({ mutationFn: (jid: string) => api<Job>(`/api/jobs/${jid}`, { method: "DELETE" }) });

  const last = job ?? jobs.data?.[jobs.data.length - 1] ?? null;
  const active = !!last && (last.status === "running" || last.status === "queued");
  const hasDraft = !!localStorage.getItem(DRAFT_KEY(id));
  const latestCandidates = (candidates.data ?? []).filter((c) => last && c.jobId === last.id);

  if (stored.isLoading) return <Loading />;
  return (
    <div className="page solve">
      <h1>
        {t("Berekenen", "Solve")}: {stored.data?.name}
      </h1>
      <ErrorBox error={stored.error} />
      <Card title={t("Een week zoeken", "Find a week")}>
        <p>
          {t(
            `Vrijrooster zoekt de weken waarin uw overlegmomenten het meest gedeelde tijd krijgen, binnen alle regels. Het rekent met versie ${stored.data?.version} van de gegevens.`,
            `Vrijrooster looks for the weeks that give your meetings the most shared time, within every rule. It uses version ${stored.data?.version} of the data.`,
          )}
        </p>
        {hasDraft && (
          <p className="notice">
            {t(
              "U heeft wijzigingen die nog niet bewaard zijn; die tellen pas mee na ",
              "You have changes that are not saved yet; they count only after ",
            )}
            <Link to={`/s/${id}/edit`}>{t("bewaren", "saving")}</Link>.
          </p>
        )}
        <div className="form-row">
          <div className="field">
            <label htmlFor="solve-candidates">{t("Aantal voorstellen", "Number of proposals")}</label>
            <input
              id="solve-candidates"
              type="number"
              min={1}
              max={10}
              value={candidatesWanted}
              onChange={(e) => setCandidatesWanted(Math.min(10, Math.max(1, Number(e.target.value) || 1)))}
            />
          </div>
          <div className="field">
            <label htmlFor="solve-time">{t("Hoogstens (seconden)", "At most (seconds)")}</label>
            <input
              id="solve-time"
              type="number"
              min={1}
              max={600}
              value={timeLimit}
              onChange={(e) => setTimeLimit(Math.min(600, Math.max(1, Number(e.target.value) || 30)))}
            />
          </div>
        </div>
        {locked > 0 && (
          <div className="locks-box">
            <h3>{t(`Vastgezet (${locked}) — blijft zoals afgesproken`, `Locked (${locked}) — stays as agreed`)}</h3>
            <ul>
              {locks.releases.map((r, i) => (
                <li key={`r${i}`}>
                  <LockIcon /> {scenario?.releaseGoals.find((g) => g.id === r.goal)?.name ?? r.goal}: {dayShort(r.day)}{" "}
                  {r.start}–{r.end}{" "}
                  <Button variant="link" onClick={() => removeRelease(i)}>
                    {t("losmaken", "unlock")}
                  </Button>
                </li>
              ))}
              {locks.lessons.length > 0 && (
                <li>
                  <LockIcon />{" "}
                  {t(`${locks.lessons.length} lestijd(en) vast`, `${locks.lessons.length} lesson(s) locked`)}:{" "}
                  {[...new Set(locks.lessons.map((l) => l.group))].join(", ")}{" "}
                  <Button variant="link" onClick={() => locks.lessons.forEach(() => removeLesson(0))}>
                    {t("losmaken", "unlock")}
                  </Button>
                </li>
              )}
              {locks.forbidden.map((f, i) => (
                <li key={`f${i}`}>
                  <NoEntryIcon /> {t("niet", "not")} {dayShort(f.day)} {f.start}–{f.end}
                  {f.goal ? ` (${scenario?.releaseGoals.find((g) => g.id === f.goal)?.name ?? f.goal})` : ""}
                  {f.group ? ` (${f.group})` : ""}{" "}
                  <Button variant="link" onClick={() => removeForbidden(i)}>
                    {t("weghalen", "remove")}
                  </Button>
                </li>
              ))}
            </ul>
            <Button variant="link" onClick={clear}>
              {t("Alles losmaken", "Unlock all")}
            </Button>
          </div>
        )}
        <div className="button-row">
          <Button variant="primary" onClick={() => start.mutate()} disabled={active || start.isPending}>
            {locked > 0
              ? t("Opnieuw berekenen met wat vastligt", "Re-solve keeping what is locked")
              : t("Berekenen", "Solve")}
          </Button>
          {active && last && (
            <Button variant="danger" onClick={() => cancel.mutate(last.id)} disabled={cancel.isPending}>
              {t("Annuleren", "Cancel")}
            </Button>
          )}
        </div>
        <ErrorBox error={start.error ?? cancel.error} />
      </Card>

      {last && <JobPanel job={last} live={active} />}

      {last?.status === "done" && last.conflicts.length > 0 && (
        <Card title={t("Waarom er geen week is", "Why there is no week")} className="conflicts">
          <ConflictSets conflicts={last.conflicts} scenario={scenario} scenarioId={id} />
        </Card>
      )}

      {latestCandidates.length > 0 && (
        <Card
          title={t("Voorstellen", "Proposals")}
          actions={
            <Button
              disabled={selected.length !== 2}
              onClick={() => navigate(`/s/${id}/compare?a=${selected[0]}&b=${selected[1]}`)}
            >
              {t("Vergelijk de twee gekozen", "Compare the two chosen")}
            </Button>
          }
        >
          <CandidatesNote job={last} found={latestCandidates.length} />
          <CandidateTable rows={latestCandidates} selected={selected} setSelected={setSelected} scenarioId={id} />
        </Card>
      )}
    </div>
  );
}

/** Why fewer proposals came back than asked (the solver's note, stored with the job). */
function CandidatesNote({ job, found }: { job: Job | null; found: number }) {
  const { t, lang } = useLang();
  const note = (job as (Job & { candidatesNote?: { nl: string; en: string } | null }) | null)?.candidatesNote;
  const asked = typeof job?.options.candidates === "number" ? job.options.candidates : undefined;
  if (!note) return null;
  return (
    <p className="notice candidates-note" role="note">
      {asked !== undefined &&
        found < asked &&
        t(`${found} van de ${asked} gevraagde voorstellen. `, `${found} of the ${asked} proposals asked for. `)}
      {lang === "en" ? note.en : note.nl}
    </p>
  );
}

export function JobPanel({ job, live }: { job: Job; live: boolean }) {
  const { t, lang } = useLang();
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (!live) return;
    const h = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(h);
  }, [live]);
  const started = job.startedAt ? Date.parse(job.startedAt) : null;
  const elapsed = live && started ? (now - started) / 1000 : (job.progress?.elapsedMs ?? 0) / 1000;
  const fraction = job.progress?.fraction;
  return (
    <Card title={t("Berekening", "Solve")} className="job-panel">
      <div aria-live="polite" className="job-status">
        <p>
          <strong>{jobStatusText(job.status, t)}</strong>
          {job.status === "done" && <> — {resultStatusText(job.resultStatus, t)}</>}
          {job.status === "failed" && job.error && (
            <> — {lang === "en" ? (job.error.messageEn ?? job.error.message) : job.error.message}</>
          )}
        </p>
        {job.progress && live && (
          <p className="muted">
            {phaseText(job.progress.phase, t)} · {elapsed.toFixed(1)} s ·{" "}
            {lang === "en" ? (job.progress.messageEn ?? "") : job.progress.message}
          </p>
        )}
        {!live && job.startedAt && job.finishedAt && (
          <p className="muted">
            {t("Rekentijd", "Time taken")}:{" "}
            {((Date.parse(job.finishedAt) - Date.parse(job.startedAt)) / 1000).toFixed(1)} s
          </p>
        )}
      </div>
      {live && (
        <div
          className="progress"
          role="progressbar"
          aria-label={t("Voortgang", "Progress")}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={fraction !== undefined ? Math.round(fraction * 100) : undefined}
        >
          <div
            className={`progress-bar ${fraction === undefined ? "indeterminate" : ""}`}
            style={fraction !== undefined ? { width: `${Math.max(4, fraction * 100)}%` } : undefined}
          />
        </div>
      )}
    </Card>
  );
}

function CandidateTable({
  rows,
  selected,
  setSelected,
  scenarioId,
}: {
  rows: CandidateSummary[];
  selected: string[];
  setSelected(s: string[]): void;
  scenarioId: string;
}) {
  const { t, lang } = useLang();
  const perGoal = (c: CandidateSummary) =>
    (c.metrics.perGoal as { goal: string; name: string; minutes: number; met: boolean }[] | undefined) ?? [];
  const goals = perGoal(rows[0]);
  const toggle = (cid: string) =>
    setSelected(selected.includes(cid) ? selected.filter((x) => x !== cid) : [...selected.slice(-1), cid]);
  return (
    <table className="table candidates-table">
      <thead>
        <tr>
          <th scope="col">{t("Vergelijk", "Compare")}</th>
          <th scope="col">{t("Voorstel", "Proposal")}</th>
          <th scope="col">{t("Overlegmomenten", "Meetings")}</th>
          {goals.map((g) => (
            <th scope="col" key={g.goal}>
              {g.name}
            </th>
          ))}
          <th scope="col">{t("Gedeelde tijd per week", "Shared time per week")}</th>
          <th scope="col">{t("Opmerkingen", "Findings")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((c) => (
          <tr key={c.id}>
            <td>
              <input
                type="checkbox"
                checked={selected.includes(c.id)}
                onChange={() => toggle(c.id)}
                aria-label={t(`Kies voorstel ${c.rank} om te vergelijken`, `Choose proposal ${c.rank} to compare`)}
              />
            </td>
            <td>
              <Link to={`/s/${scenarioId}/candidates/${c.id}`}>
                {c.rank === 1 ? t("Beste week", "Best week") : t(`Voorstel ${c.rank}`, `Proposal ${c.rank}`)}
              </Link>
              {candidateLabelText(c.label, lang) && (
                <div className="cand-row-label">{candidateLabelText(c.label, lang)}</div>
              )}
              <div className="muted small">
                {candidateStatusText(c.status, c.rank, t, { met: c.metrics.goalsMet, total: c.metrics.goalsTotal })}
              </div>
            </td>
            <td>
              <Badge
                tone={c.metrics.goalsMet === c.metrics.goalsTotal ? "ok" : c.metrics.goalsMet > 0 ? "warn" : "bad"}
              >
                {t(
                  `${c.metrics.goalsMet} van ${c.metrics.goalsTotal}`,
                  `${c.metrics.goalsMet} of ${c.metrics.goalsTotal}`,
                )}
              </Badge>
            </td>
            {goals.map((g) => {
              const x = perGoal(c).find((p) => p.goal === g.goal);
              return <td key={g.goal}>{x && x.minutes > 0 ? hoursMinutes(x.minutes, t) : "—"}</td>;
            })}
            <td>{hoursMinutes(c.metrics.releaseMinutes, t)}</td>
            <td>
              {c.violations === 0
                ? t("geen", "none")
                : t(`${c.violations} (zie voorstel)`, `${c.violations} (see proposal)`)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The solver's explanation, one group per independent conflict: within a group, dropping or changing one
 * of the requirements helps; with several groups, each needs its own change.
 */
function ConflictSets({
  conflicts,
  scenario,
  scenarioId,
}: {
  conflicts: Conflict[];
  scenario: Scenario | null;
  scenarioId: string;
}) {
  const { t, lang } = useLang();
  const sets = [...new Set(conflicts.map((c) => c.set ?? 1))].sort((a, b) => a - b);
  const list = (set: number) => (
    <ul>
      {conflicts
        .filter((c) => (c.set ?? 1) === set)
        .map((c, i) => (
          <li key={i}>
            <Linkified
              text={lang === "en" ? (c.messageEn ?? c.message) : c.message}
              scenario={scenario}
              scenarioId={scenarioId}
            />
          </li>
        ))}
    </ul>
  );
  if (sets.length === 1)
    return (
      <>
        <p>
          {t(
            "Deze afspraken kunnen niet samen. Laat er één vallen of pas ze aan:",
            "These requirements cannot hold together. Drop or change one of them:",
          )}
        </p>
        {list(sets[0])}
      </>
    );
  return (
    <>
      <p>
        {t(
          `Er zijn ${sets.length} problemen die los van elkaar spelen: elk vraagt een eigen aanpassing.`,
          `There are ${sets.length} problems that stand apart: each needs its own change.`,
        )}
      </p>
      {sets.map((set, i) => (
        <section key={set}>
          <h3>
            {t(`Probleem ${i + 1}: deze afspraken kunnen niet samen`, `Problem ${i + 1}: these cannot hold together`)}
          </h3>
          {list(set)}
        </section>
      ))}
    </>
  );
}
