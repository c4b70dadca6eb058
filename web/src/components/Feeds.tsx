// Calendar feeds, shared by Publiceren and the meeting rounds' "Agenda's publiceren": which calendars to publish
// (ViewPicks) and the list of published ones (FeedList), each with its URL, a copy button, a QR code (for the
// phone), when it was last published and "Intrekken".
import { useMutation, useQueryClient } from "@tanstack/react-query";
import QRCode from "qrcode";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { api } from "../lib/api.js";
import { useLang } from "../lib/i18n.js";
import { isLocalUrl } from "../lib/urls.js";
import { Button, Empty, ErrorBox } from "./ui.js";
import "../styles/results.css";

/** A feed as GET /api/scenarios/:id/feeds lists it (the fields the list uses). */
export interface Feed {
  id: string;
  view: string;
  name: string;
  updatedAt: string;
  revokedAt: string | null;
  url?: string | null;
}

/** What a publish answers per feed (POST …/feeds): the URL only when the token is new. */
export interface Published {
  id: string;
  view: string;
  name: string;
  status: "created" | "updated";
  url?: string;
}

/**
 * Publishing to `path` (POST, `{ views, rotate? }`): the list under `feedsKey` is fetched again, and the URLs this
 * publish handed out are kept in `fresh` (shown even if the list cannot show them).
 */
export function usePublish(path: string, feedsKey: readonly unknown[]) {
  const qc = useQueryClient();
  const [fresh, setFresh] = useState<Record<string, string>>({});
  const publish = useMutation({
    mutationFn: (body: { views: string[]; rotate?: boolean }) =>
      api<{ feeds: Published[] }>(path, { method: "POST", json: body }),
    onSuccess: (r) => {
      setFresh((f) => ({ ...f, ...Object.fromEntries(r.feeds.filter((x) => x.url).map((x) => [x.view, x.url!])) }));
      void qc.invalidateQueries({ queryKey: feedsKey });
    },
  });
  return { publish, fresh };
}

/**
 * The published feeds: a QR code, the name, when last published, the link with a copy button, and "Intrekken"
 * (revoked here; the list under `feedsKey` is fetched again). A feed whose link was not kept says so, with
 * "Nieuwe link" when the page can publish that view again (`onRenew`).
 */
export function FeedList<F extends Feed>({
  feeds,
  fresh,
  feedsKey,
  label,
  heading: Heading = "h3",
  prefix = "",
  badge,
  onRenew,
  renewing = false,
}: {
  feeds: F[];
  /** usePublish's URLs handed out in this session. */
  fresh: Record<string, string>;
  feedsKey: readonly unknown[];
  label(f: F): string;
  heading?: "h3" | "h4";
  /** Left off the view in data-view (the rounds' "rounds:<id>:"). */
  prefix?: string;
  /** Said after "Laatst gepubliceerd" (e.g. "ander voorstel"). */
  badge?(f: F): ReactNode;
  onRenew?(f: F): void;
  renewing?: boolean;
}) {
  const { t, lang } = useLang();
  const qc = useQueryClient();
  const revoke = useMutation({
    mutationFn: (id: string) => api<void>(`/api/feeds/${id}`, { method: "DELETE" }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: feedsKey }),
  });
  return (
    <>
      <ErrorBox error={revoke.error} />
      {feeds.length === 0 && <Empty>{t("Nog niets gepubliceerd.", "Nothing published yet.")}</Empty>}
      <LocalLinksNote urls={feeds.map((f) => f.url ?? fresh[f.view])} />
      <ul className="feed-list">
        {feeds.map((f) => {
          const url = f.url ?? fresh[f.view] ?? null;
          const name = label(f);
          return (
            <li key={f.id} className="feed" data-view={f.view.slice(prefix.length)} data-feed={f.id}>
              <div>
                {url ? <Qr url={url} label={name} /> : <p className="muted small">{t("geen QR-code", "no QR code")}</p>}
              </div>
              <div>
                <Heading>{name}</Heading>
                <p className="muted small">
                  {t("Laatst gepubliceerd", "Last published")}:{" "}
                  {new Date(f.updatedAt).toLocaleString(lang === "en" ? "en-GB" : "nl-BE")}
                  {badge?.(f)}
                </p>
                {url ? (
                  <CopyUrl url={url} label={name} />
                ) : (
                  onRenew && (
                    <p>
                      {t("De link van deze agenda is niet bewaard. ", "This calendar's link was not kept. ")}
                      <Button onClick={() => onRenew(f)} disabled={renewing}>
                        {t("Nieuwe link", "New link")}
                      </Button>
                    </p>
                  )
                )}
                <RevokeButton label={name} onRevoke={() => revoke.mutate(f.id)} />
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}

export interface ViewGroup {
  key: string;
  title: string;
  views: { view: string; label: string }[];
}

/** Which calendars to publish: a fieldset per kind ("Alles" when there are several), then the publish button. */
export function ViewPicks({
  groups,
  chosen,
  onChange,
  pending,
  onPublish,
}: {
  groups: ViewGroup[];
  chosen: Set<string>;
  onChange(next: Set<string>): void;
  pending: boolean;
  onPublish(views: string[]): void;
}) {
  const { t } = useLang();
  const set = (vs: string[], on: boolean) => {
    const next = new Set(chosen);
    for (const v of vs) on ? next.add(v) : next.delete(v);
    onChange(next);
  };
  const order = groups.flatMap((g) => g.views.map((v) => v.view));
  return (
    <>
      <div className="view-picks">
        {groups.map((g) => {
          const vs = g.views.map((v) => v.view);
          const all = vs.every((v) => chosen.has(v));
          return (
            <fieldset key={g.key} data-kind={g.key}>
              <legend>{g.title}</legend>
              {vs.length > 1 && (
                <label>
                  <input type="checkbox" checked={all} onChange={() => set(vs, !all)} />{" "}
                  <strong>{t("Alles", "All")}</strong>
                </label>
              )}
              {g.views.map((v) => (
                <label key={v.view}>
                  <input
                    type="checkbox"
                    checked={chosen.has(v.view)}
                    onChange={() => set([v.view], !chosen.has(v.view))}
                  />{" "}
                  {v.label}
                </label>
              ))}
            </fieldset>
          );
        })}
      </div>
      <div className="button-row">
        <Button
          variant="primary"
          disabled={chosen.size === 0 || pending}
          onClick={() => onPublish(order.filter((v) => chosen.has(v)))}
        >
          {pending
            ? t("Bezig met publiceren…", "Publishing…")
            : t(`Publiceren (${chosen.size})`, `Publish (${chosen.size})`)}
        </Button>
      </div>
    </>
  );
}

/** "Intrekken" after a confirmation that says what subscribers lose. */
function RevokeButton({ label, onRevoke }: { label: string; onRevoke(): void }) {
  const { t } = useLang();
  return (
    <div className="button-row">
      <Button
        variant="danger"
        onClick={() => {
          const msg = t(
            `"${label}" intrekken? Wie erop geabonneerd is, krijgt geen nieuwe afspraken meer.`,
            `Revoke "${label}"? Subscribers will no longer get updates.`,
          );
          if (window.confirm(msg)) onRevoke();
        }}
      >
        {t("Intrekken", "Revoke")}
      </Button>
    </div>
  );
}

/** Links on localhost only work on this computer: said before anyone shares them. */
function LocalLinksNote({ urls }: { urls: (string | null | undefined)[] }) {
  const { t } = useLang();
  if (!urls.some((u) => isLocalUrl(u))) return null;
  return (
    <p className="notice" role="note">
      {t(
        "Deze links werken enkel op deze computer. Laat Vrijrooster op een adres draaien dat telefoons " +
          "bereiken (VRIJROOSTER_PUBLIC_URL) voor u ze deelt.",
        "These links only work on this computer. Run Vrijrooster at an address phones can reach " +
          "(VRIJROOSTER_PUBLIC_URL) before you share them.",
      )}
    </p>
  );
}

function Qr({ url, label }: { url: string; label: string }) {
  const { t } = useLang();
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toDataURL(url, { margin: 1, width: 224 }).then(
      (d) => live && setSrc(d),
      () => live && setSrc(null),
    );
    return () => {
      live = false;
    };
  }, [url]);
  return src ? <img src={src} alt={t(`QR-code voor ${label}`, `QR code for ${label}`)} /> : null;
}

function CopyUrl({ url, label }: { url: string; label: string }) {
  const { t } = useLang();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      // No clipboard (plain http, old browser): select the text so Ctrl+C works.
      input.current?.focus();
      input.current?.select();
    }
  };
  return (
    <div className="form-row" style={{ gap: 8, alignItems: "center" }}>
      <input
        ref={input}
        className="feed-url"
        readOnly
        value={url}
        aria-label={t(`Link voor ${label}`, `Link for ${label}`)}
        onFocus={(e) => e.target.select()}
      />
      <Button onClick={copy}>{copied ? t("Gekopieerd ✓", "Copied ✓") : t("Kopiëren", "Copy")}</Button>
    </div>
  );
}
