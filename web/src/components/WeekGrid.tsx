// The week grid (the UX guide "the week is the main picture"): a real table, days across, the day grid's
// slots down; release blocks as a coloured AND patterned band with the goal's name, so paper in black and
// white still reads. The cells come from lib/week.ts; this component only draws them.
import { LockIcon } from "./icons.js";
import { memo } from "react";
import { DAY_NAMES_EN as dayEn, DAY_NAMES_NL as dayNl, DAYS } from "../../../src/model/browser.js";
import { useLang } from "../lib/i18n.js";
import type { LessonLock, ReleaseLock } from "../lib/locks.js";
import { cellKey, cellText, type WeekCell, type WeekModel } from "../lib/week.js";
import "../styles/results.css";

export interface GridLocks {
  hasRelease(r: ReleaseLock): boolean;
  toggleRelease(r: ReleaseLock): void;
  hasLesson(l: LessonLock): boolean;
  toggleLesson(l: LessonLock): void;
  /** "Niet hier": the next solve keeps this goal out of this block's time (a forbidden window). */
  isForbidden?(r: ReleaseLock): boolean;
  toggleForbidden?(r: ReleaseLock): void;
}

interface Props {
  model: WeekModel;
  /** Cell keys (day|start|end) that differ from the other side of a comparison: outlined. */
  changed?: ReadonlySet<string>;
  /** Lock buttons on release blocks and specialist lessons. */
  locks?: GridLocks;
  caption?: string;
  /** Hide the legend (the print page draws one per page itself). */
  noLegend?: boolean;
}

export const WeekGrid = memo(function WeekGrid({ model, changed, locks, caption, noLegend }: Props) {
  const { t, day } = useLang();
  return (
    <div className="week-grid-wrap">
      <table className={`week-grid week-grid-${model.kind}`} data-view={model.kind} data-id={model.id}>
        <caption>{caption ?? model.title}</caption>
        <thead>
          <tr>
            <th scope="col" className="wg-time-head">
              {t("Uur", "Time")}
            </th>
            {DAYS.map((d) => (
              <th scope="col" key={d}>
                {day(d)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.rows.map((row, r) => (
            <tr key={`${row.start}-${row.end}`} className={`wg-row wg-row-${row.kind}`}>
              <th scope="row" className="wg-time">
                <span className="wg-clock">
                  {row.start}–{row.end}
                </span>
                {row.kind === "lesson" && row.period && <span className="wg-period">{row.period}</span>}
                {row.kind !== "lesson" && <span className="wg-rowkind">{rowKindText(row.kind, t)}</span>}
              </th>
              {model.cells[r].map((c) => cell(c, changed?.has(cellKey(c)) ?? false, locks, t))}
            </tr>
          ))}
        </tbody>
      </table>
      {model.notes.length > 0 && (
        <ul className="wg-notes">
          {model.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {!noLegend && <Legend goals={model.goals} />}
    </div>
  );
});

function rowKindText(kind: string, t: (nl: string, en: string) => string): string {
  if (kind === "break") return t("speeltijd", "break");
  if (kind === "lunch") return t("middag", "lunch");
  if (kind === "staff") return t("kindvrij", "child-free");
  return "";
}

type T = (nl: string, en: string) => string;

/** One cell: a plain function, not a component, so the 2500 cells of a 36-class overview cost no fibers. */
function cell(c: WeekCell, changed: boolean, locks: GridLocks | undefined, t: T) {
  const cls = [
    "wg-cell",
    `wg-${c.kind}`,
    c.goal !== undefined ? `wg-release goal-${c.goalIndex}` : "",
    c.releaseStart ? "wg-release-start" : "",
    c.state ? `wg-${c.state}` : "",
    changed ? "wg-changed" : "",
  ].join(" ");
  const releaseLocked = c.release && locks ? locks.hasRelease(c.release) : false;
  const lessonLocked = c.lesson && locks ? locks.hasLesson(c.lesson) : false;
  return (
    <td
      key={c.day}
      className={cls}
      data-day={c.day}
      data-start={c.start}
      data-end={c.end}
      data-goal={c.goal}
      data-changed={changed ? "true" : undefined}
      title={c.sub.length ? cellText(c) : undefined}
      aria-label={c.kind === "none" ? t("geen les", "no lessons") : undefined}
    >
      {c.goal !== undefined && (
        <span className="wg-goal-tag">
          <span className="wg-swatch" aria-hidden="true" />
          {c.goalName}
          {releaseLocked && (
            <span role="img" aria-label={t("vastgezet", "locked")}>
              {" "}
              <LockIcon />
            </span>
          )}
        </span>
      )}
      {c.main && c.main !== c.goalName && <span className="wg-main">{c.main}</span>}
      {c.sub.map((s, i) => (
        <span key={i} className="wg-sub">
          {s}
        </span>
      ))}
      {!c.goal && lessonLocked && (
        <span className="wg-lock" role="img" aria-label={t("vastgezet", "locked")}>
          <LockIcon />
        </span>
      )}
      {locks && c.release && c.releaseStart && (
        <button
          type="button"
          className="wg-lock-btn no-print"
          aria-pressed={releaseLocked}
          onClick={() => locks.toggleRelease(c.release!)}
          title={t(
            `${c.goalName} blijft ${dayNl[c.release.day]} ${c.release.start}–${c.release.end}`,
            `${c.goalName} stays on ${dayEn[c.release.day]} ${c.release.start}–${c.release.end}`,
          )}
        >
          {releaseLocked ? t("Losmaken", "Unlock") : t("Vastzetten", "Lock")}
        </button>
      )}
      {locks?.toggleForbidden && c.release && c.releaseStart && !releaseLocked && (
        <button
          type="button"
          className="wg-lock-btn no-print"
          aria-pressed={locks.isForbidden?.(c.release) ?? false}
          onClick={() => locks.toggleForbidden!(c.release!)}
          title={t(
            `${c.goalName} niet op ${dayNl[c.release.day]} ${c.release.start}–${c.release.end}: de volgende berekening zoekt een ander moment`,
            `${c.goalName} not on ${dayEn[c.release.day]} ${c.release.start}–${c.release.end}: the next solve looks for another time`,
          )}
        >
          {locks.isForbidden?.(c.release) ? t("Toch hier mag", "Allow here") : t("Niet hier", "Not here")}
        </button>
      )}
      {locks && c.lesson && c.specialist && !c.goal && (
        <button
          type="button"
          className="wg-lock-btn no-print"
          aria-pressed={lessonLocked}
          onClick={() => locks.toggleLesson(c.lesson!)}
          title={t(`${c.lesson.subject} blijft hier`, `${c.lesson.subject} stays here`)}
        >
          {lessonLocked ? t("Losmaken", "Unlock") : t("Vastzetten", "Lock")}
        </button>
      )}
    </td>
  );
}

export function Legend({ goals }: { goals: WeekModel["goals"] }) {
  const { t } = useLang();
  if (goals.length === 0) return null;
  return (
    <ul className="wg-legend" aria-label={t("Legende", "Legend")}>
      {goals.map((g) => (
        <li key={g.id} className={`wg-release goal-${g.index}`} data-goal={g.id}>
          <span className="wg-swatch" aria-hidden="true" />
          {g.name}
        </li>
      ))}
      <li className="wg-legend-none">
        <span className="wg-swatch" aria-hidden="true" />
        {t("geen lessen", "no lessons")}
      </li>
    </ul>
  );
}
