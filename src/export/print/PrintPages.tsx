// The printed week (the UX guide screen 7, issue 13): one A4 landscape page per class (klasuurrooster) and per
// teacher (leerkrachtenuurrooster), a page per meeting (its release blocks and who covers every class), and the
// staff-load page (lestijden against the legal maximum, schoolopdracht minutes). The school and the school year on
// every page; names, never ids; meetings readable in black and white (a border style, a grey and the name).
//
// ONE renderer for paper: the web app's print page renders these components, and `vrijrooster export --format
// html|pdf` (and GET /api/candidates/{id}/export?format=html|pdf) renders them with renderToStaticMarkup. Both
// use the one stylesheet next to this file (print.css). Browser-safe: React and src/model only, no node:*.
import { memo, useMemo } from "react";
import { DAY_NAMES_EN, DAY_NAMES_NL, DAYS } from "../../model/browser.js";
import type { Candidate, Scenario } from "../../model/browser.js";
import { staffLoadRows, type LoadRow } from "../staff-load.js";
import { ambtName, namesOf } from "./names.js";
import { buildWeekIndex, weekOf, type WeekCell, type WeekModel } from "./week.js";

export type Lang = "nl" | "en";
type T = (nl: string, en: string) => string;
export const translator =
  (lang: Lang): T =>
  (nl, en) =>
    lang === "en" ? en : nl;

/** One printed page: a class, a teacher or a meeting by id, or the staff-load table. */
export type PrintPageRef = { kind: "class" | "teacher" | "goal"; id: string } | { kind: "load" };

/** Which pages: per kind the ids to print (undefined = every one of that kind), and the staff-load page or not. */
export interface PrintSelection {
  classes?: readonly string[];
  teachers?: readonly string[];
  goals?: readonly string[];
  load?: boolean;
}

/** The pages of a selection, in print order: classes, teachers, meetings (scenario order), then the load page. */
export function printPages(s: Scenario, sel: PrintSelection): PrintPageRef[] {
  const pick = <X extends { id: string }>(all: readonly X[], ids: readonly string[] | undefined) =>
    ids === undefined ? all : all.filter((x) => ids.includes(x.id));
  return [
    ...pick(s.groups, sel.classes).map((g) => ({ kind: "class" as const, id: g.id })),
    ...pick(s.staff, sel.teachers).map((p) => ({ kind: "teacher" as const, id: p.id })),
    ...pick(s.releaseGoals, sel.goals).map((g) => ({ kind: "goal" as const, id: g.id })),
    ...(sel.load ? [{ kind: "load" as const }] : []),
  ];
}

/** "beste week" / "kandidaat 2", for the corner of every page. */
export const proposalName = (rank: number, t: T) =>
  rank === 1 ? t("beste week", "best week") : t(`kandidaat ${rank}`, `candidate ${rank}`);

interface Props {
  scenario: Scenario;
  candidate: Candidate;
  pages: readonly PrintPageRef[];
  lang: Lang;
  /** Right of the title on every page: which proposal, and the date it was printed. */
  note: string;
}

/** The printed pages, each a `section.print-page` (data-kind, data-id) that print.css puts on its own A4 sheet. */
export const PrintPages = memo(function PrintPages({ scenario, candidate, pages, lang, note }: Props) {
  const t = useMemo(() => translator(lang), [lang]);
  const ix = useMemo(() => buildWeekIndex(scenario, candidate, namesOf(scenario, t), t), [scenario, candidate, t]);
  const year = t(`schooljaar ${scenario.schoolYear}`, `school year ${scenario.schoolYear}`);
  /** " · klasleerkracht Karen Vandenberghe": whose class it is, on the class's own page. */
  const classTeachers = (group: string) => {
    const who = (ix.groups.get(group)?.classTeachers ?? []).map((id) => ix.names.staff(id));
    return who.length ? ` · ${t("klasleerkracht", "class teacher")} ${who.join(", ")}` : "";
  };
  const head = (title: string) => <PageHead school={scenario.name} year={year} title={title} note={note} />;
  const heading = {
    class: t("Klasuurrooster", "Class timetable"),
    teacher: t("Leerkrachtenuurrooster", "Teacher timetable"),
    goal: t("Overlegmoment", "Meeting"),
  };
  return (
    <div className="print-pages">
      {pages.map((p) => {
        if (p.kind === "load") {
          return (
            <section key="load" className="print-page print-load" data-kind="load">
              {head(t("Opdrachten: lestijden en schoolopdracht", "Workload: periods and time at school"))}
              <LoadTable rows={staffLoadRows(scenario, candidate)} t={t} />
            </section>
          );
        }
        const model = weekOf(ix, p);
        return (
          <section key={`${p.kind}-${p.id}`} className={`print-page print-${p.kind}`} data-kind={p.kind} data-id={p.id}>
            {head(`${heading[p.kind]}: ${model.title}${p.kind === "class" ? classTeachers(p.id) : ""}`)}
            <PrintGrid model={model} lang={lang} t={t} />
            <Legend goals={model.goals} t={t} />
          </section>
        );
      })}
    </div>
  );
});

function PageHead({ school, year, title, note }: { school: string; year: string; title: string; note: string }) {
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

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The week on paper: a real table, days across, the day grid's slots down, release blocks as a labelled band. */
function PrintGrid({ model, lang, t }: { model: WeekModel; lang: Lang; t: T }) {
  const dayNames = lang === "en" ? DAY_NAMES_EN : DAY_NAMES_NL;
  const rowKind: Record<string, string> = {
    break: t("speeltijd", "break"),
    lunch: t("middag", "lunch"),
    staff: t("kindvrij", "child-free"),
  };
  return (
    <>
      <table className={`pg pg-view-${model.kind}`} data-view={model.kind} data-id={model.id}>
        <caption className="pg-caption">{model.title}</caption>
        <thead>
          <tr>
            <th scope="col" className="pg-time">
              {t("Uur", "Time")}
            </th>
            {DAYS.map((d) => (
              <th scope="col" key={d}>
                {capital(dayNames[d])}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.rows.map((row, r) => (
            <tr key={`${row.start}-${row.end}`} className={`pg-row-${row.kind}`}>
              <th scope="row" className="pg-time">
                {row.start}–{row.end}
                {row.kind === "lesson" && row.period !== undefined && <b className="pg-period"> {row.period}</b>}
                {row.kind !== "lesson" && <i> {rowKind[row.kind]}</i>}
              </th>
              {model.cells[r].map((c) => (
                <Cell key={c.day} c={c} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {model.notes.length > 0 && (
        <ul className="pg-notes">
          {model.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
    </>
  );
}

function Cell({ c }: { c: WeekCell }) {
  const cls = [
    `pg-${c.kind}`,
    c.goal !== undefined ? `pg-release goal-${c.goalIndex}` : "",
    c.releaseStart ? "pg-release-start" : "",
    c.state ? `pg-${c.state}` : "",
  ]
    .filter(Boolean)
    .join(" ");
  return (
    <td className={cls} data-goal={c.goal}>
      {c.goal !== undefined && <span className="pg-goal">{c.goalName}</span>}
      {c.main && c.main !== c.goalName && <span className="pg-main">{c.main}</span>}
      {c.sub.map((s, i) => (
        <span key={i} className="pg-sub">
          {s}
        </span>
      ))}
    </td>
  );
}

function Legend({ goals, t }: { goals: WeekModel["goals"]; t: T }) {
  if (goals.length === 0) return null;
  return (
    <ul className="pg-legend" aria-label={t("Legende", "Legend")}>
      {goals.map((g) => (
        <li key={g.id} data-goal={g.id}>
          <span className={`pg-swatch pg-release goal-${g.index}`} aria-hidden="true" />
          {g.name}
        </li>
      ))}
      <li>
        <span className="pg-swatch pg-none" aria-hidden="true" />
        {t("geen lessen", "no lessons")}
      </li>
    </ul>
  );
}

const hoursMinutes = (min: number, t: T) => {
  const h = Math.floor(min / 60);
  const m = Math.round(min % 60);
  return h === 0 ? `${m} min` : m ? `${h} ${t("u", "h")} ${m} min` : `${h} ${t("u", "h")}`;
};

/** The load table's columns: Dutch, English, right-aligned (a number). */
const columns: [string, string, boolean][] = [
  ["Naam", "Name", false],
  ["Ambt", "Post", false],
  ["Opdracht", "Fraction", false],
  ["Lestijden", "Periods", true],
  ["Max. wet", "Legal max.", true],
  ["Max. school", "School max.", true],
  ["Schoolopdracht (min)", "Time at school (min)", true],
  ["Max. (min)", "Max. (min)", true],
  ["Samen vrij per week", "Free together per week", true],
  ["Nazien", "Check", false],
];

/** The opdrachtenverdeling on paper: numbers and words ("te veel"), no colour needed. */
function LoadTable({ rows, t }: { rows: LoadRow[]; t: T }) {
  const over = rows.filter((r) => r.over).length;
  return (
    <>
      <table className="print-load-table">
        <thead>
          <tr>
            {columns.map(([nl, en, num]) => (
              <th key={nl} scope="col" className={num ? "num" : undefined}>
                {t(nl, en)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const problems = [
              r.lestijdenOver ? t("te veel lestijden", "too many periods") : "",
              r.schoolopdrachtOver ? t("schoolopdracht te lang", "too long at school") : "",
            ].filter(Boolean);
            return (
              <tr key={r.staff} className={r.over ? "print-over" : undefined} data-staff={r.staff}>
                <th scope="row">{r.name}</th>
                <td>{ambtName(r.ambt, t)}</td>
                <td>{r.fraction}</td>
                <td className="num">{r.lestijden}</td>
                <td className="num">{r.legalMax ?? "–"}</td>
                <td className="num">{r.plageMax ?? "–"}</td>
                <td className="num">{r.schoolopdrachtMinutes ?? t("onbekend", "unknown")}</td>
                <td className="num">{r.schoolopdrachtMax}</td>
                <td className="num">{r.releaseMinutes ? hoursMinutes(r.releaseMinutes, t) : "—"}</td>
                <td>{problems.join(", ")}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="print-foot">
        {over === 0
          ? t("Niemand zit boven het maximum.", "Nobody is over the maximum.")
          : t(
              `${over} ${over === 1 ? "persoon" : "personen"} boven het maximum (vetgedrukt).`,
              `${over} over the maximum (in bold).`,
            )}{" "}
        {t(
          "Max. wet: het maximum aantal lestijden voor deze opdracht; max. school: wat de school zelf afsprak (lokale plage).",
          "Legal max.: the most periods the law allows for this fraction; school max.: what the school agreed (local plage).",
        )}
      </p>
    </>
  );
}
