// Controls bound to a path of the draft. Each has id field-<path>, aria-invalid and aria-describedby
// pointing at its error, so the error summary and the E2E tests find it; a bad value stays as typed.
import type { ReactNode } from "react";
import { useEditor } from "./context.js";
import { errorsUnder, fieldId, getAt, numberOrText, type Path } from "./paths.js";

interface Base {
  path: Path;
  label: ReactNode;
  hint?: ReactNode;
  /** In a table cell: the label is only for screen readers. */
  compact?: boolean;
  className?: string;
}

function useFieldState(path: Path, deep = false) {
  const ed = useEditor();
  const id = fieldId(path);
  const error = errorsUnder(ed.errors, path, deep);
  const a11y = {
    id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `${id}-error` : undefined,
    disabled: ed.readOnly,
  } as const;
  return { ed, id, error, a11y, value: getAt(ed.draft, path) };
}

function Wrap({
  id,
  label,
  hint,
  error,
  compact,
  className,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  compact?: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={`field ${compact ? "field-compact" : ""} ${error ? "field-invalid" : ""} ${className ?? ""}`}>
      <label htmlFor={id} className={compact ? "visually-hidden" : undefined}>
        {label}
      </label>
      {hint && !compact && <p className="hint">{hint}</p>}
      {children}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

export function TextField({
  optional,
  placeholder,
  multiline,
  normalize,
  ...p
}: Base & { optional?: boolean; placeholder?: string; multiline?: boolean; normalize?: (v: string) => string }) {
  const { ed, id, error, a11y, value } = useFieldState(p.path);
  const text = value === undefined || value === null ? "" : String(value);
  const onChange = (v: string) => ed.set(p.path, optional && v === "" ? undefined : v);
  // On leaving the field, not while typing: "3/" must not become something else halfway.
  const onBlur = () => {
    if (!normalize || text === "") return;
    const v = normalize(text);
    if (v !== text) onChange(v);
  };
  return (
    <Wrap id={id} {...p} error={error}>
      {multiline ? (
        <textarea
          {...a11y}
          rows={3}
          value={text}
          placeholder={placeholder}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : (
        <input
          {...a11y}
          type="text"
          value={text}
          placeholder={placeholder}
          onChange={(e) => onChange(e.target.value)}
          onBlur={onBlur}
        />
      )}
    </Wrap>
  );
}

/** Numbers are stored as numbers when they parse, else as the text (zod then reports it at this field). */
export function NumberField({ optional, placeholder, ...p }: Base & { optional?: boolean; placeholder?: string }) {
  const { ed, id, error, a11y, value } = useFieldState(p.path);
  const text = value === undefined || value === null ? "" : String(value);
  return (
    <Wrap id={id} {...p} error={error}>
      <input
        {...a11y}
        type="text"
        inputMode="decimal"
        className="input-number"
        value={text}
        placeholder={placeholder}
        onChange={(e) => {
          const v = numberOrText(e.target.value);
          ed.set(p.path, v === undefined ? (optional ? undefined : "") : v);
        }}
      />
    </Wrap>
  );
}

export function ClockField(p: Base) {
  const { ed, id, error, a11y, value } = useFieldState(p.path);
  return (
    <Wrap id={id} {...p} error={error}>
      <input
        {...a11y}
        type="text"
        inputMode="numeric"
        className="input-clock"
        placeholder="08:30"
        maxLength={5}
        value={value === undefined ? "" : String(value)}
        onChange={(e) => ed.set(p.path, e.target.value.replace(".", ":"))}
      />
    </Wrap>
  );
}

export function DateField({ optional, ...p }: Base & { optional?: boolean }) {
  const { ed, id, error, a11y, value } = useFieldState(p.path);
  return (
    <Wrap id={id} {...p} error={error}>
      <input
        {...a11y}
        type="date"
        value={value === undefined ? "" : String(value)}
        onChange={(e) => ed.set(p.path, optional && !e.target.value ? undefined : e.target.value)}
      />
    </Wrap>
  );
}

export function SelectField({
  options,
  optional,
  fallback,
  ...p
}: Base & {
  options: readonly (readonly [string, string])[];
  optional?: string;
  /** What the schema fills in when the value is missing (shown as chosen). */
  fallback?: string;
}) {
  const { ed, id, error, a11y, value: raw } = useFieldState(p.path);
  const value = raw === undefined ? fallback : raw;
  return (
    <Wrap id={id} {...p} error={error}>
      <select
        {...a11y}
        value={value === undefined ? "" : String(value)}
        onChange={(e) => ed.set(p.path, e.target.value === "" ? undefined : e.target.value)}
      >
        {(optional !== undefined || value === undefined) && <option value="">{optional ?? "—"}</option>}
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </Wrap>
  );
}

export function CheckField({
  path,
  label,
  hint,
  defaultValue = false,
}: {
  path: Path;
  label: ReactNode;
  hint?: ReactNode;
  defaultValue?: boolean;
}) {
  const { ed, id, error, a11y, value } = useFieldState(path);
  const checked = value === undefined ? defaultValue : value === true;
  return (
    <div className={`field field-check ${error ? "field-invalid" : ""}`}>
      <input {...a11y} type="checkbox" checked={checked} onChange={(e) => ed.set(path, e.target.checked)} />
      <label htmlFor={id}>{label}</label>
      {hint && <p className="hint">{hint}</p>}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
  group?: string;
}

/** Several choices as checkboxes (grouped); the value is the list of chosen values. */
export function ChecklistField({
  path,
  label,
  hint,
  options,
  compact,
  exclude = [],
  numeric,
  noneMeansAll,
}: {
  path: Path;
  label: ReactNode;
  hint?: ReactNode;
  options: Option[];
  compact?: boolean;
  exclude?: string[];
  /** The values are numbers in the scenario (e.g. grades). */
  numeric?: boolean;
  /** Nothing ticked = the field left out (a list that must not be empty, e.g. "only these schools"). */
  noneMeansAll?: boolean;
}) {
  const { ed, id, error, value } = useFieldState(path, true);
  const chosen: string[] = Array.isArray(value) ? value.map(String) : [];
  const groups = [...new Set(options.map((o) => o.group ?? ""))];
  const toggle = (v: string, on: boolean) => {
    const next = on ? [...chosen, v] : chosen.filter((x) => x !== v);
    if (noneMeansAll && next.length === 0) return ed.set(path, undefined);
    ed.set(path, numeric ? next.map(Number).sort((a, b) => a - b) : next);
  };
  const unknown = chosen.filter((c) => !options.some((o) => o.value === c));
  return (
    <fieldset
      id={id}
      className={`field checklist ${compact ? "checklist-compact" : ""} ${error ? "field-invalid" : ""}`}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? `${id}-error` : undefined}
      tabIndex={-1}
    >
      <legend className={compact ? "visually-hidden" : undefined}>{label}</legend>
      {hint && !compact && <p className="hint">{hint}</p>}
      {groups.map((g) => (
        <div key={g} className="checklist-group">
          {g && <span className="checklist-group-name">{g}</span>}
          {options
            .filter((o) => (o.group ?? "") === g)
            .map((o) => (
              <label key={o.value} className={`check-chip ${chosen.includes(o.value) ? "on" : ""}`}>
                <input
                  type="checkbox"
                  checked={chosen.includes(o.value)}
                  disabled={ed.readOnly || exclude.includes(o.value)}
                  onChange={(e) => toggle(o.value, e.target.checked)}
                />
                {o.label}
              </label>
            ))}
        </div>
      ))}
      {unknown.map((u) => (
        <label key={u} className="check-chip on unknown">
          <input type="checkbox" checked disabled={ed.readOnly} onChange={() => toggle(u, false)} />
          {u} ?
        </label>
      ))}
      {options.length === 0 && <p className="muted small">—</p>}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
