// Weekly availability as a week grid: days across, the lesson (and child-free) slots of the first day grid (its
// kleuter days for a kleuter teacher) down; click or drag to paint "aanwezig". "Altijd aanwezig" means no availability at all in the scenario.
import { useEffect, useRef } from "react";
import { useLang } from "../lib/i18n.js";
import { useEditor, type Item } from "./context.js";
import { DAYS } from "./common.js";
import { availabilityGrid, covered, toggleCell, type WeekAvail } from "./availability.js";
import { errorsUnder, fieldId, getAt, type Path } from "./paths.js";

export function AvailabilityGrid({ path, who }: { path: Path; who: string }) {
  const ed = useEditor();
  const { t, day, lang } = useLang();
  const value = getAt(ed.draft, path) as WeekAvail | undefined;
  const always = value === undefined;
  const grid = availabilityGrid(ed.draft, getAt(ed.draft, path.slice(0, -1)) as Item | undefined);
  // Rows: the union of lesson and staff slots over the week, in time order.
  const rows: { start: string; end: string }[] = [];
  for (const d of DAYS) {
    for (const s of (grid?.days?.[d] ?? []) as Item[]) {
      if ((s.kind ?? "lesson") === "break" || s.kind === "lunch") continue;
      if (!rows.some((r) => r.start === s.start && r.end === s.end)) rows.push({ start: s.start, end: s.end });
    }
  }
  rows.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const slotsOf = (d: (typeof DAYS)[number]) =>
    rows.filter((r) =>
      ((grid?.days?.[d] ?? []) as Item[]).some(
        (s) => s.start === r.start && s.end === r.end && s.kind !== "break" && s.kind !== "lunch",
      ),
    );
  const painting = useRef<boolean | null>(null);
  useEffect(() => {
    const up = () => (painting.current = null);
    window.addEventListener("mouseup", up);
    return () => window.removeEventListener("mouseup", up);
  }, []);
  const paint = (d: (typeof DAYS)[number], slot: { start: string; end: string }, on: boolean) => {
    const slots = slotsOf(d);
    const idx = slots.indexOf(slot);
    const cur = (getAt(ed.draft, path) ?? {}) as WeekAvail;
    const windows = toggleCell(slots, cur[d], idx, on);
    const next = { ...cur, [d]: windows };
    if (windows.length === 0) delete next[d];
    ed.set(path, next);
  };
  const error = errorsUnder(ed.errors, path, true);
  const id = fieldId(path);
  return (
    <div className={`field avail ${error ? "field-invalid" : ""}`}>
      <div className="field field-check">
        <input
          id={id}
          type="checkbox"
          checked={always}
          disabled={ed.readOnly}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => {
            if (e.target.checked) return ed.set(path, undefined);
            const all: WeekAvail = {};
            for (const d of DAYS) {
              const s = slotsOf(d);
              if (s.length) all[d] = [{ from: s[0].start, to: s[s.length - 1].end }];
            }
            ed.set(path, all);
          }}
        />
        <label htmlFor={id}>{t(`${who} is altijd aanwezig`, `${who} is always there`)}</label>
        <p className="hint">
          {t(
            "Haal het vinkje weg om per lesblok aan te duiden wanneer deze persoon op school is. Klik of sleep " +
              "over de vakjes.",
            "Untick to mark per block when this person is at school. Click or drag over the cells.",
          )}
        </p>
      </div>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {!always && (
        <table className="avail-grid" onMouseLeave={() => (painting.current = null)}>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{t("Tijd", "Time")}</span>
              </th>
              {DAYS.map((d) => (
                <th key={d} scope="col">
                  {day(d)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.start}-${r.end}`}>
                <th scope="row" className="avail-time">
                  {r.start}–{r.end}
                </th>
                {DAYS.map((d) => {
                  const slot = slotsOf(d).find((s) => s === r);
                  if (!slot) return <td key={d} className="avail-none" />;
                  const on = covered(value?.[d], r);
                  return (
                    <td key={d}>
                      <button
                        type="button"
                        className={`avail-cell ${on ? "on" : ""}`}
                        aria-pressed={on}
                        disabled={ed.readOnly}
                        aria-label={`${lang === "en" ? day(d) : day(d).toLowerCase()} ${r.start}–${r.end}: ${
                          on ? t("aanwezig", "present") : t("afwezig", "absent")
                        }`}
                        onMouseDown={(e) => {
                          e.preventDefault();
                          painting.current = !on;
                          paint(d, slot, !on);
                        }}
                        onMouseEnter={() =>
                          painting.current !== null && painting.current !== on && paint(d, slot, painting.current)
                        }
                        onKeyDown={(e) => {
                          if (e.key === " " || e.key === "Enter") {
                            e.preventDefault();
                            paint(d, slot, !on);
                          }
                        }}
                      >
                        {on ? t("aanwezig", "present") : ""}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
