// The error summary for the draft (GOV.UK pattern): every field error, each a link that opens its tab
// and focuses its field.
import { useLang } from "../lib/i18n.js";
import { fieldId } from "./paths.js";

export function EditorSummary({
  items,
  onGo,
}: {
  items: { path: (string | number)[]; text: string }[];
  onGo(path: (string | number)[]): void;
}) {
  const { t } = useLang();
  if (items.length === 0) return null;
  const shown = items.slice(0, 12);
  return (
    <div className="error-summary" role="alert" tabIndex={-1}>
      <h2>
        {t(
          `Nog ${items.length} ${items.length === 1 ? "fout" : "fouten"} te verbeteren`,
          `${items.length} ${items.length === 1 ? "error" : "errors"} to fix`,
        )}
      </h2>
      <ul>
        {shown.map((it, i) => (
          <li key={i}>
            <a
              href={`#${fieldId(it.path)}`}
              onClick={(e) => {
                e.preventDefault();
                onGo(it.path);
              }}
            >
              {it.text}
            </a>
          </li>
        ))}
        {items.length > shown.length && (
          <li>{t(`… en nog ${items.length - shown.length}`, `… and ${items.length - shown.length} more`)}</li>
        )}
      </ul>
    </div>
  );
}
