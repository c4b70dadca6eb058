// The school's data (the UX guide screen 2): tabs for every part of the scenario, edited as forms and
// tables. The draft is validated on every change (errors at the field, a summary on top), checked by the
// rule checker (findings per tab), kept in localStorage until saved, and saved as a new version.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";
import { Link, NavLink, useNavigate, useParams, useSearchParams } from "react-router";
import { Button, ErrorBox, Loading } from "../components/ui.js";
import { api, ApiError } from "../lib/api.js";
import { useLang } from "../lib/i18n.js";
import { keys, useScenario } from "../lib/queries.js";
import { EditorContext, type Draft } from "../editor/context.js";
import { NextSteps } from "../editor/NextSteps.js";
import { clearDraft, keptDraftDecision, readDraft, sameBody, writeDraft, type StoredDraft } from "../editor/draft.js";
import { errorMap, parsePath, setAt, tabOfPath, type Path } from "../editor/paths.js";
import { describePath } from "../editor/describe.js";
import { FindingsPanel, findingsForTab, useFindings } from "../editor/findings.js";
import { TabBody, TABS, tabLabel } from "../editor/tabs.js";
import { EditorSummary } from "../editor/EditorSummary.js";
import { DuplicateForm } from "../editor/DuplicateForm.js";
import { Scenario } from "../../../src/model/browser.js";
import { fieldProblems } from "../editor/messages.js";
import "../styles/editor.css";

export function EditorPage() {
  const { id = "", tab = "grids" } = useParams();
  const stored = useScenario(id);
  const { t } = useLang();
  if (stored.isLoading) return <Loading />;
  if (!stored.data)
    return (
      <div className="page">
        <ErrorBox error={stored.error ?? new Error(t("Niet gevonden", "Not found"))} />
      </div>
    );
  return (
    <Editor
      key={`${id}`}
      scenarioId={id}
      tab={tab}
      version={stored.data.version}
      name={stored.data.name}
      body={stored.data.scenario as Draft}
    />
  );
}

function Editor({
  scenarioId,
  tab,
  version,
  name,
  body,
}: {
  scenarioId: string;
  tab: string;
  version: number;
  name: string;
  body: Draft;
}) {
  const { t, lang } = useLang();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  // The draft starts from what the browser kept (nothing typed is lost), else from the stored body.
  // A kept draft that says nothing new (left by a save, or equal to the latest version) goes silently: the
  // banner only appears for real unsaved changes, so it can never stand next to "alles bewaard".
  const [kept] = useState<StoredDraft | null>(() => {
    const d = readDraft(localStorage, scenarioId);
    if (keptDraftDecision(d, { version, body }) !== "offer") {
      if (d) clearDraft(localStorage, scenarioId);
      return null;
    }
    return d;
  });
  const [saved, setSaved] = useState<{ version: number; body: Draft }>({ version, body });
  const [draft, setDraft] = useState<Draft>(() => (kept ? (kept.body as Draft) : body));
  const [showKept, setShowKept] = useState(!!kept);
  const [serverErrors, setServerErrors] = useState<{ path: string; message: string }[]>([]);
  const [focusField, setFocusField] = useState<string | null>(null);
  const dirty = useMemo(() => !sameBody(draft, saved.body), [draft, saved]);

  useEffect(() => {
    if (dirty) writeDraft(localStorage, scenarioId, { baseVersion: saved.version, body: draft });
    else clearDraft(localStorage, scenarioId);
  }, [dirty, draft, saved.version, scenarioId]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  // In-app links away from the editor ask first (the declarative router has no blocker). The draft stays in
  // this browser either way, so going on loses nothing; the question is a reminder to save.
  useEffect(() => {
    if (!dirty) return;
    const onClick = (e: MouseEvent) => {
      const a = (e.target as HTMLElement | null)?.closest?.("a[href]") as HTMLAnchorElement | null;
      if (!a || a.target || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey) return;
      const url = new URL(a.href, location.href);
      if (url.origin !== location.origin || url.pathname.startsWith(`/s/${scenarioId}/edit`) || url.hash) return;
      const ok = window.confirm(
        t(
          "U heeft niet-bewaarde wijzigingen. Ze blijven in deze browser bewaard tot u terugkomt. Toch weggaan?",
          "You have unsaved changes. They stay in this browser until you come back. Leave anyway?",
        ),
      );
      if (!ok) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    document.addEventListener("click", onClick, true);
    return () => document.removeEventListener("click", onClick, true);
  }, [dirty, scenarioId, t]);

  const result = useMemo(() => Scenario.safeParse(draft, { reportInput: true }), [draft]);
  const problems = useMemo(
    () => [...(result.success ? [] : fieldProblems(result.error, lang)), ...serverErrors],
    [result, lang, serverErrors],
  );
  const errors = useMemo(() => errorMap(problems), [problems]);
  const { report, pending } = useFindings(result.success ? draft : null);

  const set = (path: Path, value: unknown) => {
    setServerErrors([]);
    setDraft((d) => setAt(d, path, value));
  };
  const update = (fn: (d: Draft) => Draft) => {
    setServerErrors([]);
    setDraft(fn);
  };

  // After a summary link switched tab, focus the field once it is rendered (poll briefly: the tab renders
  // after navigation, a staff member's panel after the focus parameter is read).
  useEffect(() => {
    if (!focusField) return;
    const ids = focusField.split(" ");
    let tries = 0;
    const timer = setInterval(() => {
      const el = ids.map((x) => document.getElementById(x)).find((x) => x);
      if (el || ++tries > 20) {
        clearInterval(timer);
        el?.scrollIntoView({ block: "center" });
        el?.focus();
        setFocusField(null);
      }
    }, 50);
    return () => clearInterval(timer);
  }, [focusField]);

  const save = useMutation({
    mutationFn: () =>
      api<{ id: string; version: number }>(`/api/scenarios/${scenarioId}`, { method: "PUT", json: draft }),
    onSuccess: (r) => {
      setSaved({ version: r.version, body: draft });
      clearDraft(localStorage, scenarioId);
      setShowKept(false);
      void qc.invalidateQueries({ queryKey: keys.scenario(scenarioId) });
      void qc.invalidateQueries({ queryKey: keys.versions(scenarioId) });
      void qc.invalidateQueries({ queryKey: keys.scenarios });
    },
    onError: (e) => {
      if (e instanceof ApiError && e.problem.errors)
        setServerErrors(e.problem.errors.map((f) => ({ path: f.field, message: f.detail })));
    },
  });

  const summary = problems.map((p) => {
    const path = parsePath(p.path);
    return { path, text: `${describePath(draft, path, t)}: ${p.message}` };
  });
  const goTo = (path: (string | number)[]) => {
    const target = tabOfPath(path);
    const item = typeof path[1] === "number" ? draft[String(path[0])]?.[path[1]]?.id : undefined;
    const focus = target === "staff" && item ? `?focus=${encodeURIComponent(item)}` : "";
    // Nearest rendered control: the full path, or a parent (a checklist holds its items' errors).
    const ids: string[] = [];
    for (let n = path.length; n > 0; n--) ids.push(`field-${path.slice(0, n).join(".")}`);
    navigate(`/s/${scenarioId}/edit/${target}${focus}`);
    setFocusField(ids.join(" "));
  };

  const tabCounts = (tb: string) => {
    const fieldErrs = problems.filter((p) => tabOfPath(parsePath(p.path)) === tb).length;
    const f = findingsForTab(report, tb);
    return {
      fieldErrs,
      hard: f.filter((v) => v.severity === "hard").length,
      other: f.filter((v) => v.severity !== "hard").length,
    };
  };

  const keptWhen = (locale: string) => new Date(kept?.savedAt ?? Date.now()).toLocaleString(locale);
  const ctx = { draft, set, update, errors, readOnly: false, focus: params.get("focus"), scenarioId };
  const invalid = problems.length > 0;
  return (
    <EditorContext.Provider value={ctx}>
      <div className="page editor">
        <header className="editor-head">
          <div>
            <h1>{draft.name || name}</h1>
            <p className="muted">
              {t(`Versie ${saved.version}`, `Version ${saved.version}`)}
              {dirty ? t(" · niet-bewaarde wijzigingen", " · unsaved changes") : t(" · alles bewaard", " · all saved")}
              {" · "}
              <Link to={`/s/${scenarioId}/versions`}>{t("Versies", "Versions")}</Link>
            </p>
          </div>
          <div className="button-row editor-actions">
            <Button
              variant="primary"
              disabled={!dirty || invalid || save.isPending}
              onClick={() => save.mutate()}
              aria-describedby={invalid ? "editor-save-why" : undefined}
            >
              {save.isPending ? t("Bewaren…", "Saving…") : t("Bewaren", "Save")}
            </Button>
            <Button
              disabled={!dirty}
              onClick={() => {
                if (window.confirm(t("Alle niet-bewaarde wijzigingen weggooien?", "Discard all unsaved changes?"))) {
                  setDraft(saved.body);
                  setServerErrors([]);
                  setShowKept(false);
                }
              }}
            >
              {t("Wijzigingen ongedaan maken", "Undo changes")}
            </Button>
            <DuplicateForm
              scenarioId={scenarioId}
              draft={dirty && !invalid ? draft : null}
              defaultName={`${draft.name || name} — variant`}
            />
            <Link className="btn btn-secondary" to={`/s/${scenarioId}/solve`}>
              {t("Berekenen", "Solve")}
            </Link>
            <Link className="btn btn-secondary" to={`/import?into=${encodeURIComponent(scenarioId)}`}>
              {t("Personeel/klassen bijwerken uit rekenblad", "Update staff/classes from a spreadsheet")}
            </Link>
          </div>
        </header>
        {invalid && (
          <p id="editor-save-why" className="muted small">
            {t(
              "Bewaren kan pas als de fouten hieronder opgelost zijn.",
              "You can save once the errors below are fixed.",
            )}
          </p>
        )}
        {showKept && kept && dirty && (
          <div className="notice kept-draft" role="status">
            {t(
              `U heeft niet-bewaarde wijzigingen (van ${keptWhen("nl-BE")}). Ze staan hieronder.`,
              `You have unsaved changes (from ${keptWhen("en-GB")}). They are shown below.`,
            )}{" "}
            {kept.baseVersion !== version &&
              t(
                `Ze vertrokken van versie ${kept.baseVersion}; de laatste is ${version}.`,
                `They started from version ${kept.baseVersion}; the latest is ${version}.`,
              )}{" "}
            <Button onClick={() => setShowKept(false)}>{t("Behouden", "Keep")}</Button>{" "}
            <Button
              variant="danger"
              onClick={() => {
                setDraft(saved.body);
                setShowKept(false);
              }}
            >
              {t("Weggooien", "Discard")}
            </Button>
          </div>
        )}
        <ErrorBox
          error={
            save.error && !(save.error instanceof ApiError && save.error.problem.errors?.length) ? save.error : null
          }
        />
        {save.isSuccess && !dirty && (
          <p className="notice" role="status">
            {t(`Bewaard als versie ${saved.version}.`, `Saved as version ${saved.version}.`)}
          </p>
        )}
        <NextSteps scenarioId={scenarioId} goals={Array.isArray(draft.releaseGoals) ? draft.releaseGoals.length : 0} />
        <EditorSummary items={summary} onGo={goTo} />
        <nav className="tabs editor-tabs" aria-label={t("Onderdelen", "Parts")}>
          {TABS.map((tb) => {
            const c = tabCounts(tb);
            return (
              <NavLink
                key={tb}
                to={`/s/${scenarioId}/edit/${tb}`}
                className={({ isActive }) => (isActive || (tb === "grids" && tab === "grids") ? "active" : "")}
              >
                {tabLabel(tb, t)}
                {c.fieldErrs + c.hard > 0 && (
                  <span className="badge badge-bad" title={t("fouten en harde regels", "errors and hard rules")}>
                    {c.fieldErrs + c.hard}
                  </span>
                )}
                {c.other > 0 && (
                  <span className="badge badge-warn" title={t("aandachtspunten", "points of attention")}>
                    {c.other}
                  </span>
                )}
              </NavLink>
            );
          })}
        </nav>
        <div className="editor-main">
          <div className="editor-form">
            <TabBody tab={tab} />
          </div>
          <FindingsPanel findings={findingsForTab(report, tab)} scenarioId={scenarioId} pending={pending} />
        </div>
      </div>
    </EditorContext.Provider>
  );
}
