// Afdrukken (the UX guide screen 7): paper is a first-class output. One A4 landscape page per class
// (klasuurrooster) and per teacher (leerkrachtenuurrooster), optionally per goal and the staff load; the
// school and the school year on every page; goals readable in black and white (pattern + name).
import { useMemo, useState } from "react";
import { Link, useParams } from "react-router";
import { CandidateSelect, useChosenCandidate } from "../components/CandidateChooser.js";
import { Legend, WeekGrid } from "../components/WeekGrid.js";
import { Button, Empty, ErrorBox, Loading } from "../components/ui.js";
import { useLang } from "../lib/i18n.js";
import { staffLoadRows } from "../lib/results.js";
import { classWeek, goalWeek, teacherWeek, type WeekModel } from "../lib/week.js";
import { LoadTable } from "./CandidatePage.js";
import "../styles/results.css";
import "../styles/print.css";

/** A selection per kind; null = "everything" (the default for classes and teachers). */
type Pick = Set<string> | null;

export function PrintPage() {
  const { id = "" } = useParams();
  const { t } = useLang();
  const c = useChosenCandidate(id);
  const [classes, setClasses] = useState<Pick>(null);
  const [teachers, setTeachers] = useState<Pick>(null);
  const [goals, setGoals] = useState<Pick>(new Set());
  const [load, setLoad] = useState(false);
  const s = c.scenario;
  const ix = c.ix;

  const pages = useMemo(() => {
    if (!s || !ix) return [];
    const on = (p: Pick, x: string) => p === null || p.has(x);
    const out: { kind: "class" | "teacher" | "goal"; heading: string; model: WeekModel }[] = [];
    const klas = t("Klasuurrooster", "Class timetable");
    const lk = t("Leerkrachtenuurrooster", "Teacher timetable");
    const goal = t("Overlegmoment", "Meeting");
    for (const g of s.groups) {
      if (on(classes, g.id)) out.push({ kind: "class", heading: klas, model: classWeek(ix, g.id) });
    }
    for (const p of s.staff) {
      if (on(teachers, p.id)) out.push({ kind: "teacher", heading: lk, model: teacherWeek(ix, p.id) });
    }
    for (const g of s.releaseGoals) {
      if (on(goals, g.id)) out.push({ kind: "goal", heading: goal, model: goalWeek(ix, g.id) });
    }
    return out;
  }, [s, ix, classes, teachers, goals, t]);

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
  if (c.error || !s || !ix || !c.stored) {
    return (
      <div className="page">
        <ErrorBox error={c.error ?? new Error(t("Dit voorstel kon niet geladen worden.", "Could not load it."))} />
      </div>
    );
  }

  const school = s.name;
  const year = t(`schooljaar ${s.schoolYear}`, `school year ${s.schoolYear}`);
  const rank = c.stored.rank;
  const proposal = rank === 1 ? t("beste week", "best week") : t(`kandidaat ${rank}`, `candidate ${rank}`);
  const printed = new Date().toLocaleDateString(t("nl-BE", "en-GB"));
  const note = `${proposal} · ${printed}`;
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
          <span className="muted" data-pages={pages.length + (load ? 1 : 0)}>
            {t(`${pages.length + (load ? 1 : 0)} bladzijden`, `${pages.length + (load ? 1 : 0)} pages`)}
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

      <div className="print-pages">
        {pages.map((p) => (
          <section
            key={`${p.kind}-${p.model.id}`}
            className={`print-page print-${p.kind}`}
            data-kind={p.kind}
            data-id={p.model.id}
          >
            <PageHeader school={school} year={year} title={`${p.heading}: ${p.model.title}`} note={note} />
            <WeekGrid model={p.model} caption={p.model.title} noLegend />
            <Legend goals={p.model.goals} />
          </section>
        ))}
        {load && (
          <section className="print-page print-load" data-kind="load">
            <PageHeader school={school} year={year} title={t("Opdrachten", "Workload")} note={note} />
            <LoadTable rows={staffLoadRows(s, c.candidate!)} />
          </section>
        )}
      </div>
    </div>
  );
}

function PageHeader({ school, year, title, note }: { school: string; year: string; title: string; note: string }) {
  return (
    <header className="print-head">
      <span className="print-school">
        {school} · {year}
      </span>
      <strong className="print-title">{title}</strong>
      <span className="print-note">{note}</span>
    </header>
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
