// Dagindeling: each day grid as a visual week — days as columns, slots in time order with their times and
// kind. Several grids = the solver chooses the one that frees the most shared time.
import { useState } from "react";
import { Button, Card } from "../components/ui.js";
import { useLang } from "../lib/i18n.js";
import { listOf, useEditor, type Item } from "./context.js";
import { DAYS, Explain, RemoveButton } from "./common.js";
import { ClockField, NumberField, SelectField, TextField } from "./inputs.js";
import { fieldId, getAt, setAt, type Path } from "./paths.js";
import { uniqueId } from "./ids.js";
import { GRID_TEMPLATES, copyDays } from "./templates.js";
import { toMinutes, toClock, type Day } from "../../../src/model/browser.js";

const KIND_CLASS: Record<string, string> = {
  lesson: "slot-lesson",
  break: "slot-break",
  lunch: "slot-lunch",
  staff: "slot-staff",
};

export function GridsTab() {
  const ed = useEditor();
  const { t } = useLang();
  const grids = listOf(ed.draft, "dayGrids");
  const ids = grids.map((g) => String(g.id));
  const add = (name: string, days: unknown, levels?: unknown) =>
    ed.set(["dayGrids"], [...grids, { id: uniqueId(name, ids, "dagindeling"), name, days, levels }]);
  return (
    <div className="tab-body">
      <Explain>
        {t(
          "De dagindeling zegt wanneer er les is, speeltijd, middagpauze en kindvrije tijd. Geeft u er meer " +
            "dan één, dan kiest de rekenmachine de dagindeling die het meeste gedeelde vrije tijd oplevert.",
          "The day grid says when there are lessons, playtime, lunch and child-free time. Give more than one " +
            "and the solver picks the grid that frees the most shared time.",
        )}
      </Explain>
      {grids.map((g, i) => (
        <GridCard
          key={i}
          grid={g}
          index={i}
          canRemove={grids.length > 1}
          onDuplicate={() => add(`${g.name} (kopie)`, structuredClone(g.days), structuredClone(g.levels))}
        />
      ))}
      {!ed.readOnly && (
        <div className="button-row">
          <Button onClick={() => add(t("Nieuwe dagindeling", "New day grid"), copyDays(GRID_TEMPLATES.standard.days))}>
            {t("+ Dagindeling toevoegen (gewone week)", "+ Add day grid (regular week)")}
          </Button>
          <Button onClick={() => add(GRID_TEMPLATES["four-two-thu"].nl, copyDays(GRID_TEMPLATES["four-two-thu"].days))}>
            {t("+ 4+2-dag op donderdag", "+ 4+2 day on Thursday")}
          </Button>
        </div>
      )}
    </div>
  );
}

function GridCard({
  grid,
  index,
  canRemove,
  onDuplicate,
}: {
  grid: Item;
  index: number;
  canRemove: boolean;
  onDuplicate(): void;
}) {
  const ed = useEditor();
  const { t } = useLang();
  const base = ["dayGrids", index] as const;
  const lessons = DAYS.reduce(
    (n, d) => n + (grid.days?.[d] ?? []).filter((s: Item) => (s.kind ?? "lesson") === "lesson").length,
    0,
  );
  return (
    <Card
      title={grid.name || t("Dagindeling", "Day grid")}
      actions={
        !ed.readOnly && (
          <>
            <Button onClick={onDuplicate}>{t("Dupliceren", "Duplicate")}</Button>
            {canRemove && (
              <RemoveButton path={["dayGrids"]} index={index} what={grid.name || t("dagindeling", "day grid")} />
            )}
          </>
        )
      }
    >
      <div className="form-row">
        <TextField
          path={[...base, "name"]}
          label={t("Naam van deze dagindeling", "Name of this day grid")}
          className="grow"
        />
        <p className="grid-total">
          <strong>{lessons}</strong> {t("lestijden per week", "lessons a week")}
        </p>
      </div>
      <WeekColumns base={[...base, "days"]} days={grid.days} />
      {LEVELS.map((level) => (
        <LevelDays key={level} grid={grid} index={index} level={level} />
      ))}
    </Card>
  );
}

const LEVELS = ["kleuter", "lager"] as const;
type Level = (typeof LEVELS)[number];

/** The five day columns of one set of days (the grid's own, or one level's), at `base` + day. */
function WeekColumns({ base, days, who }: { base: Path; days: Item | undefined; who?: string }) {
  return (
    <div className="week-columns">
      {DAYS.map((d) => (
        <DayColumn key={d} base={base} day={d} slots={days?.[d] ?? []} who={who} />
      ))}
    </div>
  );
}

/**
 * "Andere speeltijden en middagpauze voor de kleuters" (DayGrid.levels): on, the level's days start as a copy of
 * the grid's days and are edited with the same controls; off, the level follows the grid's days again.
 */
function LevelDays({ grid, index, level }: { grid: Item; index: number; level: Level }) {
  const ed = useEditor();
  const { t } = useLang();
  const path = ["dayGrids", index, "levels", level] as const;
  const days = grid.levels?.[level];
  const on = days !== undefined;
  const checkId = `${fieldId(path)}-on`;
  const who = level === "kleuter" ? t("Kleuters", "Nursery classes") : t("Lager", "Primary classes");
  const toggle = (checked: boolean) =>
    ed.update((d) => {
      if (checked) return setAt(d, path, structuredClone(grid.days ?? {}));
      const { [level]: _gone, ...rest } = (getAt(d, ["dayGrids", index, "levels"]) as Item | undefined) ?? {};
      return setAt(d, ["dayGrids", index, "levels"], Object.keys(rest).length ? rest : undefined);
    });
  // Lager days of their own only show when a file has them (then they can be edited or removed): a school gives
  // the kleuters other times, the main days are the lager's.
  if (level === "lager" && !on) return null;
  return (
    <section className={`level-days ${on ? "level-days-on" : ""}`} aria-label={who}>
      <p className="level-days-check">
        <input
          id={checkId}
          type="checkbox"
          checked={on}
          disabled={ed.readOnly}
          onChange={(e) => toggle(e.target.checked)}
        />{" "}
        <label htmlFor={checkId}>
          {level === "kleuter"
            ? t(
                "Andere speeltijden en middagpauze voor de kleuters",
                "Other break and lunch times for the nursery classes",
              )
            : t(
                "Andere speeltijden en middagpauze voor het lager",
                "Other break and lunch times for the primary classes",
              )}
        </label>
      </p>
      {on && (
        <>
          <p className="muted small">
            {t(
              `Zo ziet de dag eruit voor de ${level === "kleuter" ? "kleuterklassen" : "klassen van het lager"}. ` +
                "Een overleg blijft op één kloktijd; een klas wordt opgevangen in elk van haar eigen blokken dat het overlapt.",
              `This is the day of the ${level === "kleuter" ? "nursery" : "primary"} classes. A meeting keeps one clock time; a class is covered in each ` +
                "of its own blocks that the meeting overlaps.",
            )}
          </p>
          <WeekColumns base={path} days={days} who={who} />
        </>
      )}
    </section>
  );
}

function DayColumn({ base, day, slots, who }: { base: Path; day: Day; slots: Item[]; who?: string }) {
  const ed = useEditor();
  const { t, day: dayName } = useLang();
  const path = [...base, day] as const;
  const [copyTo, setCopyTo] = useState("");
  const kinds = [
    ["lesson", t("les", "lesson")],
    ["break", t("speeltijd", "playtime")],
    ["lunch", t("middagpauze", "lunch break")],
    ["staff", t("kindvrij (personeel)", "child-free (staff)")],
  ] as const;
  const lessonCount = slots.filter((s) => (s.kind ?? "lesson") === "lesson").length;
  // "Kleuters: maandag blok 3 einde" — every field of a level's days says whose day it is.
  const prefix = who ? `${who}: ` : "";
  const addSlot = () => {
    const last = slots[slots.length - 1];
    const start = last && /^\d\d:\d\d$/.test(last.end) ? last.end : "08:30";
    const end = toClock(Math.min(toMinutes(start) + 50, 23 * 60 + 59));
    ed.set(path, [...slots, { start, end, kind: "lesson" }]);
  };
  const copy = (target: string) => {
    const targets = target === "all" ? DAYS.filter((d) => d !== day && d !== "wed") : [target as Day];
    ed.update((d) => targets.reduce((next, x) => setAt(next, [...base, x], structuredClone(slots)), d));
    setCopyTo("");
  };
  return (
    <section className="day-column" aria-label={`${prefix}${dayName(day)}`}>
      <h3>
        {dayName(day)}{" "}
        <span className="muted small">
          {lessonCount} {t("lestijden", "lessons")}
        </span>
      </h3>
      {slots.length === 0 && <p className="muted small">{t("Geen les", "No lessons")}</p>}
      <ol className="slots">
        {slots.map((s, i) => (
          <li key={i} className={`slot ${KIND_CLASS[s.kind ?? "lesson"] ?? ""}`}>
            <div className="slot-times">
              <ClockField
                compact
                path={[...path, i, "start"]}
                label={prefix + t(`${dayName(day)} blok ${i + 1} begin`, `${dayName(day)} block ${i + 1} start`)}
              />
              <span aria-hidden="true">–</span>
              <ClockField
                compact
                path={[...path, i, "end"]}
                label={prefix + t(`${dayName(day)} blok ${i + 1} einde`, `${dayName(day)} block ${i + 1} end`)}
              />
            </div>
            <div className="slot-kind">
              <SelectField
                compact
                path={[...path, i, "kind"]}
                fallback="lesson"
                options={kinds}
                label={prefix + t(`${dayName(day)} blok ${i + 1} soort`, `${dayName(day)} block ${i + 1} kind`)}
              />
              {!ed.readOnly && (
                <button
                  type="button"
                  className="btn btn-link slot-x"
                  aria-label={
                    prefix + t(`${dayName(day)} blok ${i + 1} verwijderen`, `Remove ${dayName(day)} block ${i + 1}`)
                  }
                  onClick={() =>
                    ed.set(
                      path,
                      slots.filter((_, j) => j !== i),
                    )
                  }
                >
                  ×
                </button>
              )}
            </div>
            {(s.kind === "staff" || s.unitMinutes !== undefined) && (
              <UnitField path={[...path, i]} slot={s} label={`${prefix}${dayName(day)} blok ${i + 1}`} />
            )}
          </li>
        ))}
      </ol>
      {!ed.readOnly && (
        <div className="day-actions">
          <Button onClick={addSlot}>{t("+ Blok", "+ Block")}</Button>
          <select
            aria-label={prefix + t(`${dayName(day)} kopiëren naar`, `Copy ${dayName(day)} to`)}
            value={copyTo}
            onChange={(e) => e.target.value && copy(e.target.value)}
          >
            <option value="">{t("Kopiëren naar…", "Copy to…")}</option>
            <option value="all">{t("alle volle dagen", "all full days")}</option>
            {DAYS.filter((d) => d !== day).map((d) => (
              <option key={d} value={d}>
                {dayName(d)}
              </option>
            ))}
          </select>
        </div>
      )}
    </section>
  );
}

/** A child-free slot split into parts ("opdelen in blokken van 60 min"), so it can hold shorter meetings. */
function UnitField({ path, slot, label }: { path: readonly (string | number)[]; slot: Item; label: string }) {
  const ed = useEditor();
  const { t } = useLang();
  const split = slot.unitMinutes !== undefined;
  const length =
    /^\d\d:\d\d$/.test(slot.start ?? "") && /^\d\d:\d\d$/.test(slot.end ?? "")
      ? toMinutes(slot.end) - toMinutes(slot.start)
      : undefined;
  const unit = typeof slot.unitMinutes === "number" ? slot.unitMinutes : undefined;
  const checkId = `${fieldId([...path, "unitMinutes"])}-on`;
  return (
    <div className="slot-unit">
      <label className="slot-unit-check" htmlFor={checkId}>
        <input
          id={checkId}
          type="checkbox"
          checked={split}
          disabled={ed.readOnly}
          onChange={(e) =>
            ed.set(
              [...path, "unitMinutes"],
              e.target.checked ? (length && length % 60 === 0 && length > 60 ? 60 : 30) : undefined,
            )
          }
        />{" "}
        {t("opdelen in blokken", "split into parts")}
      </label>
      {split && (
        <>
          <NumberField
            path={[...path, "unitMinutes"]}
            label={t(`${label}: blokken van … min`, `${label}: parts of … min`)}
            hint={t("Minstens 30; de duur moet een veelvoud zijn", "At least 30; the length must be a multiple")}
          />
          {unit && length && length % unit === 0 && length > unit && (
            <p className="muted small">
              {t(
                `= ${length / unit} blokken van ${unit} min: ruimte voor korter overleg, of één lang`,
                `= ${length / unit} parts of ${unit} min: room for shorter meetings, or one long one`,
              )}
            </p>
          )}
        </>
      )}
    </div>
  );
}
