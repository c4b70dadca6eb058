// The app's frame (the UX guide): a top bar, the left rail with the school's scenarios (variants under
// their source, each with its candidates) and the chosen thing in the main area.
import { lazy, Suspense, useEffect, useState } from "react";
import { Navigate, NavLink, Route, Routes, useLocation, useParams } from "react-router";
import { setUnauthorizedHandler } from "./lib/api.js";
import { useLang } from "./lib/i18n.js";
import { useCandidates, useScenarios, type ScenarioSummary } from "./lib/queries.js";
import { Loading } from "./components/ui.js";
import { StartPage } from "./pages/StartPage.js";

// Every page but the start page loads when first opened: the first paint needs only the frame.
const CandidatePage = lazy(() => import("./pages/CandidatePage.js").then((m) => ({ default: m.CandidatePage })));
const ComparePage = lazy(() => import("./pages/ComparePage.js").then((m) => ({ default: m.ComparePage })));
const EditorPage = lazy(() => import("./pages/EditorPage.js").then((m) => ({ default: m.EditorPage })));
const ImportPage = lazy(() => import("./pages/ImportPage.js").then((m) => ({ default: m.ImportPage })));
const NewSchoolPage = lazy(() => import("./pages/NewSchoolPage.js").then((m) => ({ default: m.NewSchoolPage })));
const PrintPage = lazy(() => import("./pages/PrintPage.js").then((m) => ({ default: m.PrintPage })));
const RoundsPage = lazy(() => import("./pages/RoundsPage.js").then((m) => ({ default: m.RoundsPage })));
const PublishPage = lazy(() => import("./pages/PublishPage.js").then((m) => ({ default: m.PublishPage })));
const SolvePage = lazy(() => import("./pages/SolvePage.js").then((m) => ({ default: m.SolvePage })));
const VersionsPage = lazy(() => import("./pages/VersionsPage.js").then((m) => ({ default: m.VersionsPage })));

export function App() {
  const { t, lang, setLang } = useLang();
  const [signedOut, setSignedOut] = useState(false);
  useEffect(() => setUnauthorizedHandler(() => setSignedOut(true)), []);
  // For the benchmark (scripts/bench-web.mjs): when the app's first screen is on the page.
  useEffect(() => void performance.mark("vrijrooster:app-rendered"), []);
  if (signedOut) return <SignedOut />;
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t("Naar de inhoud", "Skip to content")}
      </a>
      <header className="topbar">
        <NavLink to="/" className="brand">
          Vrijrooster
        </NavLink>
        <span className="tagline">{t("tijd om samen te leren", "time to learn together")}</span>
        <div className="topbar-right">
          <label className="lang-switch">
            <span className="visually-hidden">{t("Taal", "Language")}</span>
            <select
              value={lang}
              onChange={(e) => setLang(e.target.value as "nl" | "en")}
              aria-label={t("Taal", "Language")}
            >
              <option value="nl">Nederlands</option>
              <option value="en">English</option>
            </select>
          </label>
          <button
            type="button"
            className="btn btn-link"
            onClick={async () => {
              await fetch("/api/logout", { method: "POST", credentials: "same-origin" });
              setSignedOut(true);
            }}
          >
            {t("Afmelden", "Sign out")}
          </button>
        </div>
      </header>
      <div className="body">
        <Rail />
        <main id="main" className="main" tabIndex={-1}>
          <Suspense fallback={<Loading />}>
            <Routes>
              <Route path="/" element={<StartPage />} />
              <Route path="/new" element={<NewSchoolPage />} />
              <Route path="/import" element={<ImportPage />} />
              <Route path="/s/:id" element={<ScenarioIndex />} />
              <Route path="/s/:id/edit" element={<EditorPage />} />
              <Route path="/s/:id/edit/:tab" element={<EditorPage />} />
              <Route path="/s/:id/versions" element={<VersionsPage />} />
              <Route path="/s/:id/solve" element={<SolvePage />} />
              <Route path="/s/:id/candidates/:cid" element={<CandidatePage />} />
              <Route path="/s/:id/compare" element={<ComparePage />} />
              <Route path="/s/:id/publish" element={<PublishPage />} />
              <Route path="/s/:id/print" element={<PrintPage />} />
              <Route path="/rounds" element={<RoundsPage />} />
              <Route path="/s/:id/rounds" element={<RoundsPage />} />
              <Route path="*" element={<NotFound />} />
            </Routes>
          </Suspense>
        </main>
      </div>
    </div>
  );
}

function ScenarioIndex() {
  const { id } = useParams();
  return <Navigate to={`/s/${id}/edit`} replace />;
}

function NotFound() {
  const { t } = useLang();
  return (
    <div className="page">
      <h1>{t("Deze pagina bestaat niet", "This page does not exist")}</h1>
      <p>
        <NavLink to="/">{t("Terug naar het begin", "Back to the start")}</NavLink>
      </p>
    </div>
  );
}

function SignedOut() {
  const { t } = useLang();
  return (
    <div className="signed-out">
      <h1>Vrijrooster</h1>
      <p>{t("U bent niet (meer) aangemeld.", "You are not signed in (any more).")}</p>
      <p>
        {t(
          "Open de aanmeldlink die Vrijrooster toonde bij het starten (npm start), of vraag een nieuwe link met:",
          "Open the sign-in link Vrijrooster printed when it started (npm start), or ask for a new link with:",
        )}
      </p>
      <pre>npx vrijrooster login-link</pre>
    </div>
  );
}

/** Scenarios with their variants beneath them; the open scenario shows its pages and candidates. */
function Rail() {
  const { t } = useLang();
  const scenarios = useScenarios();
  const list = scenarios.data ?? [];
  const roots = list.filter((s) => !s.derivedFrom || !list.some((x) => x.id === s.derivedFrom));
  const variantsOf = (id: string) => list.filter((s) => s.derivedFrom === id);
  const open = useOpenScenarioId();
  return (
    <nav className="rail" aria-label={t("Scholen en scenario's", "Schools and scenarios")}>
      <NavLink to="/" end className="rail-home">
        {t("+ Nieuw of openen", "+ New or open")}
      </NavLink>
      {!open && (
        <NavLink to="/rounds" className="rail-home">
          {t("Overlegrondes", "Meeting rounds")}
        </NavLink>
      )}
      <h2 className="rail-title">{t("Scenario's", "Scenarios")}</h2>
      {scenarios.isLoading && <p className="rail-note">{t("Laden…", "Loading…")}</p>}
      {list.length === 0 && !scenarios.isLoading && (
        <p className="rail-note">{t("Nog geen scholen.", "No schools yet.")}</p>
      )}
      <ul className="rail-list">
        {roots.map((s) => (
          <RailScenario key={s.id} s={s} variants={variantsOf(s.id)} />
        ))}
      </ul>
    </nav>
  );
}

function RailScenario({
  s,
  variants,
  variant,
}: {
  s: ScenarioSummary;
  variants: ScenarioSummary[];
  variant?: boolean;
}) {
  const { t } = useLang();
  const open = useOpenScenarioId() === s.id;
  return (
    <li className={`rail-item ${open ? "open" : ""}`}>
      <NavLink to={`/s/${s.id}/edit`} className="rail-scenario">
        {variant && <span className="rail-variant">{t("variant", "variant")} </span>}
        {s.name}
      </NavLink>
      {open && <RailPages id={s.id} />}
      {variants.length > 0 && (
        <ul className="rail-variants">
          {variants.map((v) => (
            <RailScenario key={v.id} s={v} variants={[]} variant />
          ))}
        </ul>
      )}
    </li>
  );
}

function useOpenScenarioId(): string | undefined {
  // The rail lives outside <Routes>, so read the scenario id from the path itself.
  const { pathname } = useLocation();
  return /^\/s\/([^/]+)/.exec(pathname)?.[1];
}

function RailPages({ id }: { id: string }) {
  const { t } = useLang();
  const candidates = useCandidates(id);
  const latestJob = candidates.data?.length ? candidates.data[candidates.data.length - 1].jobId : null;
  const latest = (candidates.data ?? []).filter((c) => c.jobId === latestJob);
  return (
    <ul className="rail-pages">
      <li>
        <NavLink to={`/s/${id}/edit`}>{t("Gegevens", "School data")}</NavLink>
      </li>
      <li>
        <NavLink to={`/s/${id}/versions`}>{t("Versies", "Versions")}</NavLink>
      </li>
      <li>
        <NavLink to={`/s/${id}/solve`}>{t("Berekenen", "Solve")}</NavLink>
      </li>
      {latest.map((c) => (
        <li key={c.id} className="rail-candidate">
          <NavLink to={`/s/${id}/candidates/${c.id}`}>
            {c.rank === 1 ? t("Beste week", "Best week") : t(`Voorstel ${c.rank}`, `Proposal ${c.rank}`)}
            <span className="rail-meta">
              {" "}
              {c.metrics.goalsMet}/{c.metrics.goalsTotal}
            </span>
          </NavLink>
        </li>
      ))}
      <li>
        <NavLink to={`/s/${id}/compare`}>{t("Vergelijken", "Compare")}</NavLink>
      </li>
      <li>
        <NavLink to={`/s/${id}/print`}>{t("Afdrukken", "Print")}</NavLink>
      </li>
      <li>
        <NavLink to={`/s/${id}/publish`}>{t("Publiceren", "Publish")}</NavLink>
      </li>
      <li>
        <NavLink to={`/s/${id}/rounds`}>{t("Overlegrondes", "Meeting rounds")}</NavLink>
      </li>
    </ul>
  );
}
