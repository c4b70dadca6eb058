// Vergelijken (the UX guide screen 5): two candidates — of this scenario or of a variant of it — side by
// side: the numbers with their differences, the same week grid twice with every changed cell outlined,
// and the differences in words.
import { useQueries, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import { durationMinutes, type Release } from "../../../src/model/browser.js";
import { candidateLabel } from "../components/CandidateChooser.js";
import { ViewPicker, useViewChoice } from "../components/ViewPicker.js";
import { WeekGrid } from "../components/WeekGrid.js";
import { Card, Empty, ErrorBox, Loading } from "../components/ui.js";
import { api } from "../lib/api.js";
import { diffSentence, diffWeeks } from "../lib/compare-grid.js";
import { plural, useLang } from "../lib/i18n.js";
import { namesOf, type Names } from "../lib/names.js";
import { keys, useScenarios, type CandidateSummary } from "../lib/queries.js";
import { useCandidateWithScenario } from "../lib/scenario-data.js";
import { goalSummaries, latestBest } from "../lib/results.js";
import { hoursMinutes } from "../lib/status.js";
import { buildWeekIndex, weekOf, type WeekIndex } from "../lib/week.js";
import "../styles/results.css";

interface CompareResult {
  releases: { same: number; onlyInA: Release[]; onlyInB: Release[] };
  lessons: { same: number; different: { group: string; day: string; start: string }[] };
}

/** This scenario's candidates and those of its source and its variants, labelled with the scenario. */
function useComparable(scenarioId: string) {
  const scenarios = useScenarios();
  const me = scenarios.data?.find((s) => s.id === scenarioId);
  const related = (scenarios.data ?? []).filter(
    (s) => s.id === scenarioId || s.derivedFrom === scenarioId || (me?.derivedFrom && s.id === me.derivedFrom),
  );
  const lists = useQueries({
    queries: related.map((s) => ({
      queryKey: keys.candidates(s.id),
      queryFn: () => api<CandidateSummary[]>(`/api/scenarios/${s.id}/candidates`),
    })),
  });
  const options = related.flatMap((s, i) =>
    (lists[i]?.data ?? []).map((c) => ({
      c,
      scenario: s.name,
      own: s.id === scenarioId,
      source: s.id === me?.derivedFrom,
    })),
  );
  const own = lists[related.findIndex((s) => s.id === scenarioId)]?.data;
  return { options, loading: scenarios.isLoading || lists.some((l) => l.isLoading), own };
}

function useSide(candidateId: string | undefined, t: (nl: string, en: string) => string) {
  const loaded = useCandidateWithScenario(candidateId);
  const names = useMemo(() => (loaded.scenario ? namesOf(loaded.scenario, t) : null), [loaded.scenario, t]);
  const ix = useMemo(
    () =>
      loaded.scenario && loaded.candidate && names ? buildWeekIndex(loaded.scenario, loaded.candidate, names, t) : null,
    [loaded.scenario, loaded.candidate, names, t],
  );
  return { ...loaded, names, ix };
}

export function ComparePage() {
  const { id = "" } = useParams();
  const { t, lang, dayShort } = useLang();
  const [params, setParams] = useSearchParams();
  const { options, loading, own } = useComparable(id);
  const best = latestBest(own);
  const aId = params.get("a") ?? best?.id;
  const bId = params.get("b") ?? (own ?? []).filter((c) => c.jobId === best?.jobId && c.id !== aId)[0]?.id;
  const A = useSide(aId, t);
  const B = useSide(bId, t);
  const view = useViewChoice(A.scenario);
  const cmp = useQuery({
    queryKey: ["compare", aId, bId],
    queryFn: () => api<CompareResult>(`/api/compare?a=${aId}&b=${bId}`),
    enabled: !!aId && !!bId,
  });
  const set = (k: "a" | "b", v: string) => {
    const next = new URLSearchParams(params);
    next.set(k, v);
    if (k === "a" && !params.get("b") && bId) next.set("b", bId);
    if (k === "b" && !params.get("a") && aId) next.set("a", aId);
    setParams(next, { replace: true });
  };
  const gridKind = view.kind === "all" ? "class" : view.kind;
  const models = useMemo(() => {
    if (!A.ix || !B.ix || !view.id) return null;
    const a = weekOf(A.ix, { kind: gridKind, id: view.id });
    const b = weekOf(B.ix, { kind: gridKind, id: view.id });
    return { a, b, diff: diffWeeks(a, b) };
  }, [A.ix, B.ix, gridKind, view.id]);
  const changed = useMemo(() => new Set(models?.diff.map((d) => d.key) ?? []), [models]);

  if (loading) return <Loading />;
  if (options.length < 1) {
    return (
      <div className="page">
        <h1>{t("Vergelijken", "Compare")}</h1>
        <Empty>
          {t("Er zijn nog geen voorstellen om te vergelijken. ", "There are no proposals to compare yet. ")}
          <Link to={`/s/${id}/solve`}>{t("Eerst berekenen", "Solve first")}</Link>
        </Empty>
      </div>
    );
  }
  const pick = (k: "a" | "b", value: string | undefined) => (
    <div className="field">
      <label htmlFor={`compare-${k}`}>
        {k === "a" ? t("Voorstel A", "Proposal A") : t("Voorstel B", "Proposal B")}
      </label>
      <select id={`compare-${k}`} value={value ?? ""} onChange={(e) => set(k, e.target.value)}>
        {!value && <option value="">{t("— kies —", "— choose —")}</option>}
        {[...options].reverse().map(({ c, scenario, own: mine, source }) => (
          <option key={c.id} value={c.id}>
            {mine
              ? ""
              : source
                ? `${t("origineel", "original")} ${scenario}: `
                : `${t("variant", "variant")} ${scenario}: `}
            {candidateLabel(c, t, lang)}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div className="page compare">
      <h1>{t("Vergelijken", "Compare")}</h1>
      <Card>
        <div className="compare-pick">
          {pick("a", aId)}
          {pick("b", bId)}
        </div>
      </Card>
      <ErrorBox error={A.error ?? B.error ?? cmp.error} />
      {(A.isLoading || B.isLoading) && <Loading />}
      {A.ix && B.ix && A.names && B.names && A.candidate && B.candidate && (
        <>
          <Card title={t("In cijfers", "In numbers")}>
            <Metrics a={A.ix} b={B.ix} an={A.names} bn={B.names} />
          </Card>
          <Card title={t("De week naast elkaar", "The weeks side by side")}>
            <ViewPicker
              scenario={A.scenario!}
              names={A.names}
              kind={gridKind}
              id={view.id}
              onChange={view.set}
              allowAll={false}
            />
            {models && (
              <>
                <p className="muted" data-changed-cells={models.diff.length}>
                  {models.diff.length === 0
                    ? t("In deze weergave is niets anders.", "Nothing differs in this view.")
                    : t(
                        `${models.diff.length} vakjes zijn anders (omlijnd).`,
                        `${models.diff.length} cells differ (outlined).`,
                      )}
                </p>
                <div className="compare-grids">
                  <WeekGrid model={models.a} changed={changed} caption={`A — ${models.a.title}`} />
                  <WeekGrid model={models.b} changed={changed} caption={`B — ${models.b.title}`} />
                </div>
                {models.diff.length > 0 && (
                  <ul className="diff-list">
                    {models.diff.map((d) => (
                      <li key={d.key}>{diffSentence(d, dayShort, t)}</li>
                    ))}
                  </ul>
                )}
              </>
            )}
          </Card>
          <Card title={t("Alle verschillen in woorden", "All differences in words")}>
            {cmp.data ? <Words r={cmp.data} an={A.names} bn={B.names} /> : <Loading />}
          </Card>
        </>
      )}
    </div>
  );
}

function Delta({ d, unit = "" }: { d: number; unit?: string }) {
  if (d === 0) return <span className="muted">=</span>;
  return <span className={d > 0 ? "delta-up" : "delta-down"}>{`${d > 0 ? "+" : "−"}${Math.abs(d)}${unit}`}</span>;
}

function Metrics({ a, b, an, bn }: { a: WeekIndex; b: WeekIndex; an: Names; bn: Names }) {
  const { t, lang } = useLang();
  const ga = goalSummaries(a.scenario, a.candidate, an, t, lang);
  const gb = goalSummaries(b.scenario, b.candidate, bn, t, lang);
  const goalIds = [...new Set([...ga.map((g) => g.goal), ...gb.map((g) => g.goal)])];
  const perTeacher = (ix: WeekIndex) => {
    const m = new Map<string, number>();
    for (const r of ix.candidate.releases) {
      const min = durationMinutes(r.start, r.end);
      for (const p of r.staff) m.set(p, (m.get(p) ?? 0) + min);
    }
    return m;
  };
  const ta = perTeacher(a);
  const tb = perTeacher(b);
  const staff = [...new Set([...ta.keys(), ...tb.keys()])];
  const ma = a.candidate.metrics;
  const mb = b.candidate.metrics;
  return (
    <table className="table compare-metrics">
      <thead>
        <tr>
          <th scope="col">{t("Wat", "What")}</th>
          <th scope="col" className="num">
            A
          </th>
          <th scope="col" className="num">
            B
          </th>
          <th scope="col" className="num">
            {t("Verschil", "Difference")}
          </th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">{t("Overlegmomenten gehaald", "Meetings met")}</th>
          <td className="num">
            {ma.goalsMet}/{ma.goalsTotal}
          </td>
          <td className="num">
            {mb.goalsMet}/{mb.goalsTotal}
          </td>
          <td className="num">
            <Delta d={mb.goalsMet - ma.goalsMet} />
          </td>
        </tr>
        <tr>
          <th scope="row">{t("Vrijgeroosterd per week", "Released per week")}</th>
          <td className="num">{hoursMinutes(ma.releaseMinutes, t)}</td>
          <td className="num">{hoursMinutes(mb.releaseMinutes, t)}</td>
          <td className="num">
            <Delta d={mb.releaseMinutes - ma.releaseMinutes} unit=" min" />
          </td>
        </tr>
        <tr>
          <th scope="row">{t("Opmerkingen van de controle", "Checker findings")}</th>
          <td className="num">{a.candidate.violations.length}</td>
          <td className="num">{b.candidate.violations.length}</td>
          <td className="num">
            <Delta d={b.candidate.violations.length - a.candidate.violations.length} />
          </td>
        </tr>
        {goalIds.map((g) => {
          const x = ga.find((y) => y.goal === g);
          const y = gb.find((z) => z.goal === g);
          return (
            <tr key={`g-${g}`} data-goal={g}>
              <th scope="row">{x?.name ?? y?.name}</th>
              <td className="num">{x ? hoursMinutes(x.minutes, t) : "–"}</td>
              <td className="num">{y ? hoursMinutes(y.minutes, t) : "–"}</td>
              <td className="num">
                <Delta d={(y?.minutes ?? 0) - (x?.minutes ?? 0)} unit=" min" />
              </td>
            </tr>
          );
        })}
        {staff.map((p) => (
          <tr key={`s-${p}`} data-staff={p}>
            <th scope="row" className="small">
              {an.staff(p)}
            </th>
            <td className="num small">{hoursMinutes(ta.get(p) ?? 0, t)}</td>
            <td className="num small">{hoursMinutes(tb.get(p) ?? 0, t)}</td>
            <td className="num small">
              <Delta d={(tb.get(p) ?? 0) - (ta.get(p) ?? 0)} unit=" min" />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Words({ r, an, bn }: { r: CompareResult; an: Names; bn: Names }) {
  const { t, day } = useLang();
  const rel = (x: Release, n: Names) =>
    `${n.goal(x.goal)}: ${day(x.day)} ${x.start}–${x.end} (${x.staff.map((p) => n.staff(p)).join(", ")})`;
  const groups = new Map<string, number>();
  for (const d of r.lessons.different) groups.set(d.group, (groups.get(d.group) ?? 0) + 1);
  return (
    <ul className="diff-list">
      {r.releases.onlyInA.map((x, i) => (
        <li key={`a${i}`}>
          {t("Alleen in A", "Only in A")}: {rel(x, an)}
        </li>
      ))}
      {r.releases.onlyInB.map((x, i) => (
        <li key={`b${i}`}>
          {t("Alleen in B", "Only in B")}: {rel(x, bn)}
        </li>
      ))}
      {r.releases.onlyInA.length + r.releases.onlyInB.length === 0 && (
        <li>
          {t("De overlegmomenten liggen in beide op hetzelfde moment.", "The meetings are at the same times in both.")}
        </li>
      )}
      {[...groups].map(([g, n]) => (
        <li key={g}>
          {t(
            `${g}: ${plural(n, "lestijd", "lestijden")} anders`,
            `${g}: ${plural(n, "lesson differs", "lessons differ")}`,
          )}
        </li>
      ))}
      {groups.size === 0 && <li>{t("Alle lessen staan op dezelfde plaats.", "Every lesson is in the same place.")}</li>}
    </ul>
  );
}
