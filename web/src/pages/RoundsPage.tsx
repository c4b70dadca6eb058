// Overlegrondes (issue 14): rounds of dated meetings planned into a school's solved week. Pick the school and
// its proposal, load a rounds file (an example, a file, or pasted text; checked in the browser with the same zod
// schema the API uses, each problem named in words), store and plan it (live progress), read the plan per date
// (names and roles, place, who joins remotely), what could not be placed and why, download the .ics, and publish
// a calendar per participant and per school ("wie is er op school").
import "../../../src/model/jitless.js"; // first: the rounds schema parses its defaults when it loads
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { problemsOf } from "../../../src/model/browser.js";
import { Rounds, type RoundsInput } from "../../../src/rounds/schema.js";
import { CandidateSelect } from "../components/CandidateChooser.js";
import { Button, Card, Empty, ErrorBox, ErrorSummary, Loading, type SummaryItem } from "../components/ui.js";
import { api, ApiError } from "../lib/api.js";
import { plural, useLang, type Lang } from "../lib/i18n.js";
import { keys, useCandidates, useScenarios, type Job } from "../lib/queries.js";
import { latestBest } from "../lib/results.js";
import { JobPanel, useJobStream } from "./SolvePage.js";
import { RoundsFeeds } from "./RoundsFeeds.js";
import { RoundsPlanView, type RoundsPlan } from "./RoundsPlanView.js";
import "../styles/results.css";

interface RoundsSummary {
  id: string;
  scenarioId: string;
  version: number;
  name: string;
  createdAt: string;
}
interface RoundsExample {
  id: string;
  name: string;
  description: string;
  sessions: number;
  school: string;
  rounds: RoundsInput;
}
interface PlanSummary {
  id: string;
  roundsId: string;
  candidateId: string;
  createdAt: string;
}
interface StoredRounds extends RoundsSummary {
  rounds: RoundsInput;
}

const roundsKeys = {
  list: (scenarioId: string) => ["rounds", scenarioId] as const,
  plans: (roundsId: string) => ["round-plans", roundsId] as const,
};

type T = (nl: string, en: string) => string;

/** Field names of the rounds file in Dutch (English keeps the file's own key). */
const FIELD_NL: Record<string, string> = {
  location: "plaats",
  duration: "duur (minuten)",
  title: "titel",
  window: "periode",
  from: "van",
  to: "tot",
  anchor: "na het bezoek",
  after: "na sessie",
  session: "sessie",
  role: "rol",
  attendance: "aanwezigheid",
  remote: "op afstand",
  onlineLink: "online link",
  weekdays: "weekdagen",
  between: "tussen",
  repeat: "herhaling",
  person: "persoon",
  teacher: "leerkracht",
  day: "dag",
  start: "begin",
  end: "einde",
  name: "naam",
  availability: "beschikbaarheid",
};

/** "sessions[3].participants[1].id" in words, with the session's title and the person's place in it. */
export function describePath(path: string, data: unknown, t: T): string {
  const r = (data ?? {}) as {
    sessions?: { title?: string }[];
    visits?: unknown[];
    externals?: { name?: string }[];
    locations?: { name?: string }[];
  };
  const parts: string[] = [];
  const re = /([A-Za-z$]+)(?:\[(\d+)\])?/g;
  const segs = [...path.matchAll(re)].map((m) => [m[1], m[2] === undefined ? undefined : Number(m[2])] as const);
  for (let i = 0; i < segs.length; i++) {
    const [key, n] = segs[i];
    if (n === undefined) {
      parts.push(FIELD_NL[key] ? t(FIELD_NL[key], key) : key);
      continue;
    }
    const title = (list: { title?: string; name?: string }[] | undefined) => list?.[n]?.title ?? list?.[n]?.name;
    if (i === 0 && key === "sessions")
      parts.push(
        title(r.sessions)
          ? t(`sessie "${title(r.sessions)}"`, `session "${title(r.sessions)}"`)
          : t(`sessie ${n + 1}`, `session ${n + 1}`),
      );
    else if (i === 0 && key === "externals")
      parts.push(
        title(r.externals)
          ? t(`externe "${title(r.externals)}"`, `external "${title(r.externals)}"`)
          : t(`externe ${n + 1}`, `external ${n + 1}`),
      );
    else if (i === 0 && key === "visits") parts.push(t(`bezoek ${n + 1}`, `visit ${n + 1}`));
    else if (i === 0 && key === "locations") parts.push(t(`locatie ${n + 1}`, `location ${n + 1}`));
    else if (key === "participants") parts.push(t(`deelnemer ${n + 1}`, `participant ${n + 1}`));
    else parts.push(`${key} ${n + 1}`);
  }
  return parts.join(", ") || t("het hele bestand", "the whole file");
}

interface Checked {
  data?: unknown;
  rounds?: Rounds;
  problems: { path: string; message: string }[];
}

/** The text as the API will read it: JSON, then the rounds schema (every problem with its path). */
function check(text: string, t: T, lang: Lang): Checked {
  if (!text.trim()) return { problems: [] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return {
      problems: [
        {
          path: "",
          message: t(`Geen geldige JSON: ${(e as Error).message}`, `Not valid JSON: ${(e as Error).message}`),
        },
      ],
    };
  }
  const r = Rounds.safeParse(data, { reportInput: true });
  if (r.success) return { data, rounds: r.data, problems: [] };
  return { data, problems: problemsOf(r.error, lang).slice(0, 20) };
}

export function RoundsPage() {
  const { id: scenarioId } = useParams();
  const { t } = useLang();
  const navigate = useNavigate();
  const scenarios = useScenarios();
  const [params, setParams] = useSearchParams();
  const candidates = useCandidates(scenarioId);
  const candidateId = params.get("c") ?? latestBest(candidates.data)?.id;
  const roundsList = useQuery({
    queryKey: roundsKeys.list(scenarioId ?? ""),
    queryFn: () => api<RoundsSummary[]>(`/api/scenarios/${scenarioId}/rounds`),
    enabled: !!scenarioId,
  });
  const roundsId = params.get("r") ?? roundsList.data?.at(-1)?.id;
  const setParam = (k: string, v: string) => {
    const next = new URLSearchParams(params);
    next.set(k, v);
    setParams(next, { replace: true });
  };
  const school = scenarios.data?.find((s) => s.id === scenarioId);
  // With one school there is nothing to choose: open its rounds at once.
  const only = scenarios.data?.length === 1 ? scenarios.data[0].id : undefined;
  useEffect(() => {
    if (!scenarioId && only) navigate(`/s/${only}/rounds`, { replace: true });
  }, [scenarioId, only, navigate]);

  return (
    <div className="page rounds">
      <h1>{t("Overlegrondes", "Meeting rounds")}</h1>
      <p className="lead">
        {t(
          "Een overlegronde is een reeks gesprekken op datum met mensen uit verschillende scholen en organisaties " +
            "(kernreflecties, afstemmingsgesprekken, een M-team om de twee weken). Vrijrooster zet elke sessie op " +
            "een schooldag en een uur waarop iedereen vrij is, in de berekende week van de school.",
          "A meeting round is a series of dated meetings with people from several schools and organisations " +
            "(core reflections, yearly coordination meetings, a team meeting every two weeks). Vrijrooster puts each " +
            "session on a school day and a time when everyone is free, in the school's solved week.",
        )}
      </p>
      <Card title={t("School en voorstel", "School and proposal")}>
        <div className="form-row">
          <div className="field">
            <label htmlFor="rounds-school">{t("School", "School")}</label>
            <select
              id="rounds-school"
              value={scenarioId ?? ""}
              onChange={(e) => navigate(`/s/${e.target.value}/rounds`)}
            >
              <option value="" disabled>
                {t("Kies een school", "Choose a school")}
              </option>
              {(scenarios.data ?? []).map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
          {scenarioId && (candidates.data?.length ?? 0) > 0 && (
            <CandidateSelect list={candidates.data!} value={candidateId} onChange={(c) => setParam("c", c)} />
          )}
        </div>
        {scenarios.data?.length === 0 && (
          <Empty>
            {t("Nog geen scholen. ", "No schools yet. ")}
            <Link to="/">{t("Open een voorbeeldschool", "Open an example school")}</Link>
          </Empty>
        )}
        {scenarioId && candidates.data?.length === 0 && (
          <Empty>
            {t(
              "Deze school heeft nog geen berekende week: een ronde wordt rond de lessen gepland. ",
              "This school has no solved week yet: a round is planned around the lessons. ",
            )}
            <Link to={`/s/${scenarioId}/solve`}>{t("Eerst berekenen", "Solve first")}</Link>
          </Empty>
        )}
      </Card>
      {scenarioId && school && candidateId && (
        <RoundsWork
          scenarioId={scenarioId}
          schoolName={school.name}
          candidateId={candidateId}
          stored={roundsList.data ?? []}
          roundsId={roundsId}
          onRounds={(r) => setParam("r", r)}
        />
      )}
      {(scenarios.isLoading || candidates.isLoading || roundsList.isLoading) && <Loading />}
    </div>
  );
}

function RoundsWork({
  scenarioId,
  schoolName,
  candidateId,
  stored,
  roundsId,
  onRounds,
}: {
  scenarioId: string;
  schoolName: string;
  candidateId: string;
  stored: RoundsSummary[];
  roundsId: string | undefined;
  onRounds(id: string): void;
}) {
  const { t, lang } = useLang();
  const qc = useQueryClient();
  const [text, setText] = useState("");
  const [jobId, setJobId] = useState<string | null>(null);
  const [planId, setPlanId] = useState<string | null>(null);
  const [lastSent, setLastSent] = useState<unknown>(null);
  const examples = useQuery({
    queryKey: ["round-examples"],
    queryFn: () => api<RoundsExample[]>("/api/round-examples"),
  });
  const checked = useMemo(() => check(text, t, lang), [text, t, lang]);
  const plans = useQuery({
    queryKey: roundsKeys.plans(roundsId ?? ""),
    queryFn: () => api<PlanSummary[]>(`/api/rounds/${roundsId}/plans`),
    enabled: !!roundsId,
  });
  const current = stored.find((r) => r.id === roundsId);
  const shownPlan = planId ?? plans.data?.at(-1)?.id ?? null;
  useEffect(() => setPlanId(null), [roundsId]);

  const startPlan = useMutation({
    mutationFn: (id: string) =>
      api<Job>(`/api/rounds/${id}/plan`, { method: "POST", json: { candidate: candidateId } }),
    onSuccess: (job) => setJobId(job.id),
  });
  const save = useMutation({
    mutationFn: (body: unknown) =>
      api<{ id: string; version: number }>(`/api/scenarios/${scenarioId}/rounds`, { method: "POST", json: body }),
    onSuccess: async (r) => {
      await qc.invalidateQueries({ queryKey: roundsKeys.list(scenarioId) });
      onRounds(r.id);
      setText("");
      startPlan.mutate(r.id);
    },
  });
  const job = useJobStream(jobId, (j: Job & { roundsPlan?: string | null }) => {
    if (j.status === "done" && j.roundsPlan) setPlanId(j.roundsPlan);
    if (roundsId) void qc.invalidateQueries({ queryKey: roundsKeys.plans(roundsId) });
  });
  const live = !!job && ["queued", "running"].includes(job.status);
  const cancel = useMutation({ mutationFn: (id: string) => api<Job>(`/api/jobs/${id}`, { method: "DELETE" }) });

  const serverProblems = save.error instanceof ApiError ? (save.error.problem.errors ?? []) : [];
  const problems: SummaryItem[] = [
    ...checked.problems.map((p) => ({
      target: "rounds-text",
      text: `${describePath(p.path, checked.data, t)}: ${p.message}`,
    })),
    ...serverProblems.map((p) => ({
      target: "rounds-text",
      text: `${describePath(p.field, checked.data ?? lastSent, t)}: ${p.detail}`,
    })),
  ];
  const invalid = problems.length > 0;

  const readFile = async (f: File | undefined) => {
    if (f) setText(await f.text());
  };

  return (
    <>
      <Card title={t("Rondebestand", "Rounds file")}>
        {stored.length > 0 && (
          <div className="field">
            <label htmlFor="rounds-stored">{t("Bewaarde ronde", "Stored round")}</label>
            <select id="rounds-stored" value={roundsId ?? ""} onChange={(e) => onRounds(e.target.value)}>
              {[...stored].reverse().map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <h3>{t("Een nieuwe ronde", "A new round")}</h3>
        <div className="field">
          <span className="label" id="rounds-examples-label">
            {t("Begin van een voorbeeld", "Start from an example")}
          </span>
          <p className="hint">
            {t(
              "De voorbeelden noemen het personeel van de voorbeeldschool Stedelijke Basisschool De Regenboog.",
              "The examples name the staff of the example school Stedelijke Basisschool De Regenboog.",
            )}
          </p>
          <div className="button-row" role="group" aria-labelledby="rounds-examples-label">
            {(examples.data ?? []).map((x) => (
              <Button key={x.id} onClick={() => setText(JSON.stringify(x.rounds, null, 2))} title={x.description}>
                {x.name} ({plural(x.sessions, t("sessie", "session"), t("sessies", "sessions"))})
              </Button>
            ))}
          </div>
        </div>
        <div className="field">
          <label htmlFor="rounds-file">{t("Of kies een bestand (.json)", "Or choose a file (.json)")}</label>
          <input
            id="rounds-file"
            type="file"
            accept=".json,application/json"
            onChange={(e) => void readFile(e.target.files?.[0])}
          />
        </div>
        <div className={`field ${invalid ? "field-invalid" : ""}`}>
          <label htmlFor="rounds-text">{t("Of plak het rondebestand hier", "Or paste the rounds file here")}</label>
          {invalid && (
            <p className="field-error" id="rounds-text-error">
              {t(
                `${plural(problems.length, "probleem", "problemen")} in het rondebestand`,
                `${plural(problems.length, "problem", "problems")} in the rounds file`,
              )}
            </p>
          )}
          <textarea
            id="rounds-text"
            rows={10}
            spellCheck={false}
            value={text}
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? "rounds-text-error" : undefined}
            onChange={(e) => {
              setText(e.target.value);
              save.reset();
            }}
          />
        </div>
        <ErrorSummary title={t("Dit moet eerst anders", "Please fix this first")} items={problems} />
        {checked.rounds && !invalid && (
          <p role="status">
            {t(
              `In orde: '${checked.rounds.name}', ${plural(checked.rounds.sessions.length, "sessie", "sessies")}.`,
              `Valid: '${checked.rounds.name}', ${plural(checked.rounds.sessions.length, "session", "sessions")}.`,
            )}
          </p>
        )}
        <div className="button-row">
          <Button
            variant="primary"
            disabled={!checked.rounds || invalid || save.isPending || live}
            onClick={() => {
              setLastSent(checked.data);
              save.mutate(checked.data);
            }}
          >
            {t("Bewaren en plannen", "Store and plan")}
          </Button>
          {current && (
            <Button disabled={live || startPlan.isPending} onClick={() => startPlan.mutate(current.id)}>
              {t(`'${current.name}' opnieuw plannen`, `Plan '${current.name}' again`)}
            </Button>
          )}
        </div>
        {save.error && !serverProblems.length && <ErrorBox error={save.error} />}
        <ErrorBox error={startPlan.error ?? examples.error} />
      </Card>
      {job && job.status !== "done" && (
        <>
          <JobPanel job={job} live={live} />
          {live && (
            <div className="button-row">
              <Button variant="danger" onClick={() => cancel.mutate(job.id)} disabled={cancel.isPending}>
                {t("Annuleren", "Cancel")}
              </Button>
            </div>
          )}
        </>
      )}
      {shownPlan && !live && roundsId && (
        <PlanAndFeeds planId={shownPlan} roundsId={roundsId} scenarioId={scenarioId} schoolName={schoolName} />
      )}
    </>
  );
}

function PlanAndFeeds(props: { planId: string; roundsId: string; scenarioId: string; schoolName: string }) {
  const { t } = useLang();
  const plan = useQuery({
    queryKey: ["round-plan", props.planId],
    queryFn: () => api<RoundsPlan>(`/api/round-plans/${props.planId}`),
  });
  const file = useQuery({
    queryKey: ["rounds-file", props.roundsId],
    queryFn: () => api<StoredRounds>(`/api/rounds/${props.roundsId}`),
  });
  if (plan.isLoading || file.isLoading) return <Loading what={t("Planning laden…", "Loading the plan…")} />;
  if (!plan.data || !file.data) return <ErrorBox error={plan.error ?? file.error} />;
  return (
    <>
      <RoundsPlanView plan={plan.data} icsHref={`/api/round-plans/${props.planId}/ics`} />
      <RoundsFeeds {...props} plan={plan.data} rounds={file.data.rounds} feedsKey={keys.feeds(props.scenarioId)} />
    </>
  );
}
