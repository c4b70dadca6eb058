// Small pieces the editor's tabs share: option lists by name, a picker for people or classes in table
// cells, list add/remove, the focused item (?focus=<id>) scrolled into view and highlighted.
import { useEffect, useRef, useState, type ReactNode } from "react";
import { Button } from "../components/ui.js";
import { useLang } from "../lib/i18n.js";
import { ambtName } from "../lib/names.js";
import { listOf, useEditor, type Draft } from "./context.js";
import type { Option } from "./inputs.js";
import { errorsUnder, fieldId, getAt, setAt, type Path } from "./paths.js";
import type { Day } from "../../../src/model/browser.js";

export const DAYS: Day[] = ["mon", "tue", "wed", "thu", "fri"];
type T = (nl: string, en: string) => string;

export function classOptions(d: Draft, t: T): Option[] {
  return listOf(d, "groups").map((g) => ({
    value: String(g.id),
    label: g.name ? `${g.id} · ${g.name}` : String(g.id),
    group: g.level === "kleuter" ? t("Kleuter", "Nursery") : t("Lager", "Primary"),
  }));
}

export function staffOptions(d: Draft, t: T): Option[] {
  const classesOf = (id: string) =>
    listOf(d, "groups")
      .filter((g) => g.classTeachers?.includes?.(id))
      .map((g) => g.id);
  return listOf(d, "staff").map((p) => {
    const cls = classesOf(p.id);
    return {
      value: String(p.id),
      label: `${p.name || "?"}${cls.length ? ` (${cls.join(", ")})` : ""}`,
      group: ambtName(p.ambt, t),
    };
  });
}

export function personOptions(d: Draft, t: T): Option[] {
  return [
    ...staffOptions(d, t).map((o) => ({ ...o, group: t("Personeel", "Staff") })),
    ...listOf(d, "externals").map((p) => ({
      value: String(p.id),
      label: String(p.name || "?"),
      group: t("Externen", "Externals"),
    })),
    ...listOf(d, "interns").map((p) => ({
      value: String(p.id),
      label: String(p.name || "?"),
      group: t("Stagiairs", "Student teachers"),
    })),
  ];
}

export const dayOptions = (day: (d: Day) => string) => DAYS.map((d) => [d, day(d)] as const);

/** Chosen items as removable chips plus an "add" select: compact enough for a table cell. */
export function PickList({
  path,
  label,
  options,
  compact,
}: {
  path: Path;
  label: string;
  options: Option[];
  compact?: boolean;
}) {
  const ed = useEditor();
  const { t } = useLang();
  const value = getAt(ed.draft, path);
  const chosen: string[] = Array.isArray(value) ? value.map(String) : [];
  const error = errorsUnder(ed.errors, path, true);
  const id = fieldId(path);
  const labelOf = (v: string) => options.find((o) => o.value === v)?.label ?? `${v} (${t("onbekend", "unknown")})`;
  const free = options.filter((o) => !chosen.includes(o.value));
  return (
    <div className={`field picklist ${error ? "field-invalid" : ""}`}>
      <label htmlFor={id} className={compact ? "visually-hidden" : undefined}>
        {label}
      </label>
      <ul className="chips">
        {chosen.map((v) => (
          <li key={v} className="chip">
            {labelOf(v)}
            {!ed.readOnly && (
              <button
                type="button"
                className="chip-x"
                aria-label={t(`${labelOf(v)} weghalen`, `Remove ${labelOf(v)}`)}
                onClick={() =>
                  ed.set(
                    path,
                    chosen.filter((x) => x !== v),
                  )
                }
              >
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      {!ed.readOnly && (
        <select
          id={id}
          value=""
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => e.target.value && ed.set(path, [...chosen, e.target.value])}
        >
          <option value="">{t("+ toevoegen…", "+ add…")}</option>
          {[...new Set(free.map((o) => o.group ?? ""))].map((g) => (
            <optgroup key={g} label={g || "—"}>
              {free
                .filter((o) => (o.group ?? "") === g)
                .map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** Remove item i of the list at path. */
export function RemoveButton({ path, index, what }: { path: Path; index: number; what: string }) {
  return (
    <RemoveWith
      what={what}
      remove={(d) => {
        const list = getAt(d, path);
        return Array.isArray(list)
          ? setAt(
              d,
              path,
              list.filter((_, j) => j !== index),
            )
          : d;
      }}
    />
  );
}

/** "Verwijderen" for an item whose removal touches more than its list (refs.ts); asks first when `confirm` is given. */
export function RemoveWith({ what, confirm, remove }: { what: string; confirm?: string; remove: (d: Draft) => Draft }) {
  const ed = useEditor();
  const { t } = useLang();
  if (ed.readOnly) return null;
  return (
    <button
      type="button"
      className="btn btn-link btn-remove"
      aria-label={t(`${what} verwijderen`, `Remove ${what}`)}
      onClick={() => (!confirm || window.confirm(confirm)) && ed.update(remove)}
    >
      {t("Verwijderen", "Remove")}
    </button>
  );
}

export function AddButton({ path, make, children }: { path: Path; make: () => unknown; children: ReactNode }) {
  const ed = useEditor();
  if (ed.readOnly) return null;
  return (
    <button
      type="button"
      className="btn btn-secondary btn-add"
      onClick={() => {
        const list = getAt(ed.draft, path);
        ed.set(path, [...(Array.isArray(list) ? list : []), make()]);
      }}
    >
      {children}
    </button>
  );
}

/** A ref that scrolls its element into view when ?focus names this item; and the highlight class. */
export function useFocusTarget<E extends HTMLElement>(itemId: string | undefined) {
  const { focus } = useEditor();
  const ref = useRef<E>(null);
  const hit = !!itemId && focus === itemId;
  useEffect(() => {
    if (hit) ref.current?.scrollIntoView({ block: "center", behavior: "smooth" });
  }, [hit]);
  return { ref, className: hit ? "focused-item" : "" };
}

export function Explain({ children }: { children: ReactNode }) {
  return <p className="explain">{children}</p>;
}

/** The error under a field, with the id its control's aria-describedby names. */
export function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p className="field-error" id={`${id}-error`}>
      {error}
    </p>
  ) : null;
}

/** "New …: name" and its add button (Enter adds too); onAdd gets the trimmed name. Hidden when read-only. */
export function AddByName({
  id,
  label,
  placeholder,
  button,
  onAdd,
}: {
  id: string;
  label: string;
  placeholder?: string;
  button: string;
  onAdd: (name: string) => void;
}) {
  const ed = useEditor();
  const [name, setName] = useState("");
  if (ed.readOnly) return null;
  const add = () => {
    if (!name.trim()) return;
    onAdd(name.trim());
    setName("");
  };
  return (
    <div className="form-row add-row">
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          value={name}
          placeholder={placeholder}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => e.key === "Enter" && add()}
        />
      </div>
      <Button onClick={add} disabled={!name.trim()}>
        {button}
      </Button>
    </div>
  );
}
