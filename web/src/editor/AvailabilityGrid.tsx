// Weekly availability as a week grid: days across, the lesson (and child-free) slots of the first day grid down
// — its kleuter days for a kleuter teacher, the rows of both levels by clock time for someone who works in both
// (availability.ts availabilityRows); click or drag to paint "aanwezig". "Altijd aanwezig" means no availability
// at all in the scenario.
import { useEffect, useRef } from "react";
import { toMinutes } from "../../../src/model/browser.js";
import { useLang } from "../lib/i18n.js";
import { useEditor, type Item } from "./context.js";
import { DAYS } from "./common.js";
import {
  availabilityRows,
  covered,
  toggleCell,
  wholeDay,
  type Row,
  type SlotLike,
  type WeekAvail,
} from "./availability.js";
import { errorsUnder, fieldId, getAt, type Path } from "./paths.js";

const same = (a: SlotLike) => (b: SlotLike) => a.start === b.start && a.end === b.end;

export function AvailabilityGrid({ path, who }: { path: Path; who: string }) {
  const ed = useEditor();
  const { t, day, lang } = useLang();
  const value = getAt(ed.draft, path) as WeekAvail | undefined;
  const always = value === undefined;
  const byDay = availabilityRows(ed.draft, getAt(ed.draft, path.slice(0, -1)) as Item | undefined);
  // Rows: the union of every day's slots, in clock order.
  const rows: Row[] = [];
  for (const d of DAYS) for (const s of byDay[d]) if (!rows.some(same(s))) rows.push(s);
  rows.sort((a, b) => toMinutes(a.start) - toMinutes(b.start) || toMinutes(a.end) - toMinutes(b.end));
  const levelName = (l: NonNullable<Row["level"]>) =>
    l === "kleuter" ? t("kleuters", "nursery") : t("lager", "primary");
  const slotsOf = (d: (typeof DAYS)[number]) => byDay[d];
  const painting = useRef<boolean | null>(null);
  useEffect(() => {
    const up = () => (painting.current = null);
    window.addEventListener("mouseup", up);
    return () => window.removeEventListener("mouseup", up);
  }, []);
  const paint = (d: (typeof DAYS)[number], slot: SlotLike, on: boolean) => {
    const slots = slotsOf(d);
    const idx = slots.findIndex(same(slot));
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
            for (const d of DAYS) if (slotsOf(d).length) all[d] = wholeDay(slotsOf(d));
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
                  <span className="avail-long">{day(d)}</span>
                  <abbr className="avail-short" title={day(d)}>
                    {day(d).slice(0, 2).toLowerCase()}
                  </abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.start}-${r.end}`}>
                <th scope="row" className="avail-time">
                  {r.start}–{r.end}
                  {r.level && <span className="avail-level">{levelName(r.level)}</span>}
                </th>
                {DAYS.map((d) => {
                  const slot = slotsOf(d).find(same(r));
                  if (!slot) return <td key={d} className="avail-none" />;
                  const on = covered(value?.[d], r);
                  return (
                    <td key={d}>
                      <button
                        type="button"
                        className={`avail-cell ${on ? "on" : ""}`}
                        aria-pressed={on}
                        disabled={ed.readOnly}
                        aria-label={`${lang === "en" ? day(d) : day(d).toLowerCase()} ${r.start}–${r.end}${r.level ? ` ${levelName(r.level)}` : ""}: ${
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
                        {on && (
                          <>
                            <span className="avail-long">{t("aanwezig", "present")}</span>
                            <span className="avail-short" aria-hidden="true">
                              ✓
                            </span>
                          </>
                        )}
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
