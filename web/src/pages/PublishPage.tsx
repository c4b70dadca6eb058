// Publiceren (the UX guide screen 6): calendar feeds a teacher, a class or the externals subscribe to.
// Each feed shows its URL, a copy button, a QR code (for the phone), when it was last published, and
// "Intrekken". A feed made before URLs were kept gets "Nieuwe link" (publish that view again, new token).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import QRCode from "qrcode";
import { useEffect, useRef, useState } from "react";
import { Link, useParams } from "react-router";
import { CandidateSelect, useChosenCandidate } from "../components/CandidateChooser.js";
import { Badge, Button, Card, Empty, ErrorBox, Loading } from "../components/ui.js";
import { api } from "../lib/api.js";
import { plural, useLang } from "../lib/i18n.js";
import type { Names } from "../lib/names.js";
import { keys } from "../lib/queries.js";
import { isLocalUrl } from "../lib/urls.js";
import "../styles/results.css";

interface Feed {
  id: string;
  view: string;
  name: string;
  scenarioId: string;
  candidateId: string;
  createdAt: string;
  updatedAt: string;
  revokedAt: string | null;
  url?: string | null;
}
interface Published {
  id: string;
  view: string;
  name: string;
  status: "created" | "updated";
  url?: string;
}

type Kind = "staff" | "group" | "goal" | "school";

export function PublishPage() {
  const { id = "" } = useParams();
  const { t, lang } = useLang();
  const qc = useQueryClient();
  const c = useChosenCandidate(id);
  const feeds = useQuery({ queryKey: keys.feeds(id), queryFn: () => api<Feed[]>(`/api/scenarios/${id}/feeds`) });
  const [picked, setPicked] = useState<Set<string> | null>(null);
  // URLs handed out by a publish in this session: shown even if the list cannot show them.
  const [fresh, setFresh] = useState<Record<string, string>>({});
  const s = c.scenario;

  const allViews = s
    ? [
        ...s.staff.map((p) => `staff:${p.id}`),
        ...s.groups.map((g) => `group:${g.id}`),
        ...s.releaseGoals.map((g) => `goal:${g.id}`),
        "school",
      ]
    : [];
  const chosen = picked ?? new Set(allViews);

  const publish = useMutation({
    mutationFn: (body: { views: string[]; rotate?: boolean }) =>
      api<{ feeds: Published[] }>(`/api/candidates/${c.chosenId}/feeds`, { method: "POST", json: body }),
    onSuccess: (r) => {
      setFresh((f) => ({ ...f, ...Object.fromEntries(r.feeds.filter((x) => x.url).map((x) => [x.view, x.url!])) }));
      void qc.invalidateQueries({ queryKey: keys.feeds(id) });
    },
  });
  const revoke = useMutation({
    mutationFn: (feedId: string) => api<void>(`/api/feeds/${feedId}`, { method: "DELETE" }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: keys.feeds(id) }),
  });

  if (c.isLoading || feeds.isLoading) return <Loading />;
  if (!c.chosenId) {
    return (
      <div className="page">
        <h1>{t("Publiceren", "Publish")}</h1>
        <Empty>
          {t("Er is nog geen voorstel om te publiceren. ", "There is no proposal to publish yet. ")}
          <Link to={`/s/${id}/solve`}>{t("Eerst berekenen", "Solve first")}</Link>
        </Empty>
      </div>
    );
  }
  if (!s || !c.names)
    return (
      <div className="page">
        <ErrorBox error={c.error ?? feeds.error} />
      </div>
    );
  const names = c.names;
  const label = (view: string) => viewLabel(view, names, t);
  const byKind = (k: Kind) => allViews.filter((v) => (k === "school" ? v === "school" : v.startsWith(`${k}:`)));
  const kinds: [Kind, string][] = [
    ["staff", t("Elke leerkracht", "Each teacher")],
    ["group", t("Elke klas", "Each class")],
    ["goal", t("Elk overlegmoment (voor de externen)", "Each meeting (for the externals)")],
    ["school", t("De school", "The school")],
  ];
  // Feeds of meeting rounds are published and listed on the Overlegrondes page.
  const live = (feeds.data ?? []).filter((f) => !f.revokedAt && !f.view.startsWith("rounds:"));
  return (
    <div className="page publish">
      <h1>{t("Publiceren", "Publish")}</h1>
      <p className="lead">
        {t(
          "Een agenda-abonnement is een link die een agenda zelf bijwerkt: voeg hem toe in Google Agenda " +
            "(Andere agenda's → Via URL), Outlook (Agenda toevoegen → Abonneren via internet) of op een iPhone " +
            "(Instellingen → Agenda → Account toevoegen → Geabonneerde agenda), of scan de QR-code.",
          "A calendar subscription is a link a calendar keeps up to date by itself: add it in Google Calendar " +
            "(Other calendars → From URL), Outlook (Add calendar → Subscribe from web) or on an iPhone " +
            "(Settings → Calendar → Add account → Subscribed calendar), or scan the QR code.",
        )}
      </p>
      <Card title={t("Wat publiceren?", "What to publish?")}>
        <CandidateSelect list={c.list} value={c.chosenId} onChange={c.choose} />
        <ViewPicks
          groups={kinds.map(([k, title]) => ({
            key: k,
            title,
            views: byKind(k).map((v) => ({ view: v, label: label(v) })),
          }))}
          chosen={chosen}
          onChange={setPicked}
          pending={publish.isPending}
          onPublish={(views) => publish.mutate({ views })}
        />
        {publish.isSuccess && (
          <p role="status">
            {t(
              `${plural(publish.data.feeds.length, "agenda", "agenda's")} gepubliceerd. ` +
                "Bestaande links blijven werken en tonen nu dit voorstel.",
              `${plural(publish.data.feeds.length, "calendar", "calendars")} published. ` +
                "Existing links keep working and now show this proposal.",
            )}
          </p>
        )}
        <ErrorBox error={publish.error} />
      </Card>

      <Card title={t(`Gepubliceerde agenda's (${live.length})`, `Published calendars (${live.length})`)}>
        <ErrorBox error={feeds.error ?? revoke.error} />
        {live.length === 0 && <Empty>{t("Nog niets gepubliceerd.", "Nothing published yet.")}</Empty>}
        <LocalLinksNote urls={live.map((f) => f.url ?? fresh[f.view])} />
        <ul className="feed-list">
          {live.map((f) => {
            const url = f.url ?? fresh[f.view] ?? null;
            return (
              <li key={f.id} className="feed" data-view={f.view} data-feed={f.id}>
                <div>
                  {url ? (
                    <Qr url={url} label={label(f.view)} />
                  ) : (
                    <p className="muted small">{t("geen QR-code", "no QR code")}</p>
                  )}
                </div>
                <div>
                  <h3>{label(f.view)}</h3>
                  <p className="muted small">
                    {t("Laatst gepubliceerd", "Last published")}:{" "}
                    {new Date(f.updatedAt).toLocaleString(lang === "en" ? "en-GB" : "nl-BE")}
                    {f.candidateId !== c.chosenId && (
                      <>
                        {" "}
                        <Badge tone="warn">{t("ander voorstel", "another proposal")}</Badge>
                      </>
                    )}
                  </p>
                  {url ? (
                    <CopyUrl url={url} label={label(f.view)} />
                  ) : (
                    <p>
                      {t("De link van deze agenda is niet bewaard. ", "This calendar's link was not kept. ")}
                      <Button
                        onClick={() => publish.mutate({ views: [f.view], rotate: true })}
                        disabled={publish.isPending}
                      >
                        {t("Nieuwe link", "New link")}
                      </Button>
                    </p>
                  )}
                  <RevokeButton label={label(f.view)} onRevoke={() => revoke.mutate(f.id)} />
                </div>
              </li>
            );
          })}
        </ul>
      </Card>
    </div>
  );
}

function viewLabel(view: string, n: Names, t: (nl: string, en: string) => string): string {
  if (view === "school") return t("De hele school", "The whole school");
  const [kind, id] = [view.slice(0, view.indexOf(":")), view.slice(view.indexOf(":") + 1)];
  if (kind === "staff") return n.staffLabel(id);
  if (kind === "group") return t(`Klas ${n.group(id)}`, `Class ${n.group(id)}`);
  if (kind === "goal") return n.goal(id);
  return view;
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
export function RevokeButton({ label, onRevoke }: { label: string; onRevoke(): void }) {
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
export function LocalLinksNote({ urls }: { urls: (string | null | undefined)[] }) {
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

export function Qr({ url, label }: { url: string; label: string }) {
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

export function CopyUrl({ url, label }: { url: string; label: string }) {
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
