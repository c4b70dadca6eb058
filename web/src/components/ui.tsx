// Small building blocks every screen shares: buttons, cards, the error summary (GOV.UK pattern: a list at
// the top, each linking to its field), a labelled field with its error, loading and empty states.
import type { ButtonHTMLAttributes, ReactNode } from "react";
import { ApiError } from "../lib/api.js";
import { useLang } from "../lib/i18n.js";

export function Button({
  variant = "secondary",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: "primary" | "secondary" | "danger" | "link" }) {
  return <button type="button" {...props} className={`btn btn-${variant} ${props.className ?? ""}`} />;
}

export function Card({
  title,
  children,
  actions,
  className,
}: {
  title?: ReactNode;
  children: ReactNode;
  actions?: ReactNode;
  className?: string;
}) {
  return (
    <section className={`card ${className ?? ""}`}>
      {(title || actions) && (
        <header className="card-head">
          {title && <h2>{title}</h2>}
          {actions && <div className="card-actions">{actions}</div>}
        </header>
      )}
      {children}
    </section>
  );
}

export function Loading({ what }: { what?: string }) {
  const { t } = useLang();
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" /> {what ?? t("Laden…", "Loading…")}
    </p>
  );
}

/** A failed request, in words; field errors listed. */
export function ErrorBox({ error }: { error: unknown }) {
  const { t } = useLang();
  if (!error) return null;
  const e = error instanceof ApiError ? error.problem : { detail: (error as Error).message, errors: undefined };
  return (
    <div className="error-box" role="alert">
      <strong>{t("Er ging iets mis", "Something went wrong")}</strong>
      <p>{e.detail}</p>
      {e.errors && e.errors.length > 0 && (
        <ul>
          {e.errors.slice(0, 10).map((f, i) => (
            <li key={i}>
              <code>{f.field}</code>: {f.detail}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export interface SummaryItem {
  /** The id of the input to focus, e.g. "field-groups.2.pupils". */
  target?: string;
  text: string;
}

/** The error summary at the top of a form: each error links to its field. */
export function ErrorSummary({ title, items }: { title: string; items: SummaryItem[] }) {
  if (items.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1}>
      <h2>{title}</h2>
      <ul>
        {items.map((it, i) => (
          <li key={i}>
            {it.target ? (
              <a
                href={`#${it.target}`}
                onClick={(e) => {
                  const el = document.getElementById(it.target!);
                  if (el) {
                    e.preventDefault();
                    el.scrollIntoView({ block: "center" });
                    el.focus();
                  }
                }}
              >
                {it.text}
              </a>
            ) : (
              it.text
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A label, the control, a hint and the error at the field. `id` must be the control's id. */
export function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className={`field ${error ? "field-invalid" : ""}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {children}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

export function Badge({
  children,
  tone = "neutral",
  title,
}: {
  children: ReactNode;
  tone?: "neutral" | "ok" | "warn" | "bad";
  title?: string;
}) {
  return (
    <span className={`badge badge-${tone}`} title={title}>
      {children}
    </span>
  );
}
