// Afdrukken (the UX guide screen 7): paper is a first-class output. One A4 landscape page per class
// (klasuurrooster) and per teacher (leerkrachtenuurrooster), optionally per goal and the staff load; the
// school and the school year on every page; goals readable in black and white (pattern + name).
// The pages themselves come from src/export/print (PrintPages): the same renderer and stylesheet as
// `vrijrooster export --format html|pdf`; this page only chooses what to print.
import { useMemo, useState } from "react";
import { Link, useParams } from "react-router";
import { PrintPages, printPages, proposalName } from "../../../src/export/print/PrintPages.js";
import { CandidateSelect, useChosenCandidate } from "../components/CandidateChooser.js";
import { Button, Empty, ErrorBox, Loading } from "../components/ui.js";
import { plural, useLang } from "../lib/i18n.js";
import "../styles/results.css";
// The one print stylesheet, also inlined by `vrijrooster export --format html|pdf`.
import "../../../src/export/print/print.css";

/** A selection per kind; null = "everything" (the default for classes and teachers). */
type Pick = Set<string> | null;

export function PrintPage() {
  const { id = "" } = useParams();
  const { t, lang } = useLang();
  const c = useChosenCandidate(id);
  const [classes, setClasses] = useState<Pick>(null);
  const [teachers, setTeachers] = useState<Pick>(null);
  const [goals, setGoals] = useState<Pick>(new Set());
  const [load, setLoad] = useState(false);
  const s = c.scenario;

  const pages = useMemo(() => {
    if (!s) return [];
    const ids = (p: Pick) => (p === null ? undefined : [...p]);
    return printPages(s, { classes: ids(classes), teachers: ids(teachers), goals: ids(goals), load });
  }, [s, classes, teachers, goals, load]);

  if (c.isLoading) return <Loading />;
  if (!c.chosenId && !c.listLoading) {
    return (
      <div className="page">
        <h1>{t("Afdrukken", "Print")}</h1>
        <Empty>
          {t("Er is nog geen voorstel. ", "There is no proposal yet. ")}
          <Link to={`/s/${id}/solve`}>{t("Eerst berekenen", "Solve first")}</Link>
        </Empty>
      </div>
    );
  }
  if (c.error || !s || !c.candidate || !c.stored) {
    return (
      <div className="page">
        <ErrorBox error={c.error ?? new Error(t("Dit voorstel kon niet geladen worden.", "Could not load it."))} />
      </div>
    );
  }

  const printed = new Date().toLocaleDateString(t("nl-BE", "en-GB"));
  const note = `${proposalName(c.stored.rank, t)} · ${printed}`;
  return (
    <div className="page print">
      <div className="no-print print-controls">
        <h1>{t("Afdrukken", "Print")}</h1>
        <p className="muted">
          {t(
            "Kies wat u wilt afdrukken: elke klas en elke leerkracht komt op een eigen A4-blad (liggend). " +
              "Overlegmomenten zijn ook in zwart-wit leesbaar: een patroon en de naam.",
            "Choose what to print: every class and every teacher gets its own A4 page (landscape). " +
              "Meetings read in black and white too: a pattern and the name.",
          )}
        </p>
        <div className="form-row">
          <CandidateSelect list={c.list} value={c.chosenId} onChange={c.choose} />
          <Button variant="primary" onClick={() => window.print()}>
            {t("Afdrukken / PDF", "Print / PDF")}
          </Button>
          <span className="muted" data-pages={pages.length}>
            {t(plural(pages.length, "bladzijde", "bladzijden"), plural(pages.length, "page", "pages"))}
          </span>
        </div>
        <div className="view-picks">
          <PickList
            legend={t("Klassen", "Classes")}
            items={s.groups.map((g) => [g.id, g.name && g.name !== g.id ? `${g.id} — ${g.name}` : g.id])}
            value={classes}
            onChange={setClasses}
          />
          <PickList
            legend={t("Leerkrachten", "Teachers")}
            items={s.staff.map((p) => [p.id, c.names!.staffLabel(p.id)])}
            value={teachers}
            onChange={setTeachers}
          />
          <PickList
            legend={t("Overlegmomenten", "Meetings")}
            items={s.releaseGoals.map((g) => [g.id, g.name])}
            value={goals}
            onChange={setGoals}
          />
          <fieldset>
            <legend>{t("Opdrachten", "Workload")}</legend>
            <label>
              <input type="checkbox" checked={load} onChange={(e) => setLoad(e.target.checked)} />{" "}
              {t("Opdrachtentabel (lestijden, schoolopdracht)", "Workload table (periods, time at school)")}
            </label>
          </fieldset>
        </div>
      </div>

      <PrintPages scenario={s} candidate={c.candidate} pages={pages} lang={lang} note={note} />
    </div>
  );
}

function PickList({
  legend,
  items,
  value,
  onChange,
}: {
  legend: string;
  items: (readonly [string, string])[];
  value: Pick;
  onChange(p: Pick): void;
}) {
  const { t } = useLang();
  const has = (x: string) => value === null || value.has(x);
  const all = items.every(([x]) => has(x));
  const toggle = (x: string) => {
    const next = new Set(value === null ? items.map(([i]) => i) : value);
    if (next.has(x)) next.delete(x);
    else next.add(x);
    onChange(next);
  };
  return (
    <fieldset>
      <legend>{legend}</legend>
      <label className="pick-all">
        <input type="checkbox" checked={all && items.length > 0} onChange={() => onChange(all ? new Set() : null)} />{" "}
        <strong>{t("Alles", "All")}</strong>
      </label>
      {items.map(([x, label]) => (
        <label key={x}>
          <input type="checkbox" checked={has(x)} onChange={() => toggle(x)} /> {label}
        </label>
      ))}
    </fieldset>
  );
}
