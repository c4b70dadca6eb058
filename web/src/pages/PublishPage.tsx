// Publiceren (the UX guide screen 6): calendar feeds a teacher, a class or the externals subscribe to.
// Each feed shows its URL, a copy button, a QR code (for the phone), when it was last published, and
// "Intrekken" (components/Feeds.tsx, shared with the rounds). A feed made before URLs were kept gets "Nieuwe link"
// (publish that view again, new token).
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { CandidateSelect, useChosenCandidate } from "../components/CandidateChooser.js";
import { FeedList, usePublish, ViewPicks, type Feed as FeedBase } from "../components/Feeds.js";
import { Badge, Card, Empty, ErrorBox, Loading } from "../components/ui.js";
import { api } from "../lib/api.js";
import { plural, useLang } from "../lib/i18n.js";
import type { Names } from "../lib/names.js";
import { keys } from "../lib/queries.js";
import "../styles/results.css";

interface Feed extends FeedBase {
  scenarioId: string;
  candidateId: string;
  createdAt: string;
}

type Kind = "staff" | "group" | "goal" | "school";

export function PublishPage() {
  const { id = "" } = useParams();
  const { t } = useLang();
  const c = useChosenCandidate(id);
  const feeds = useQuery({ queryKey: keys.feeds(id), queryFn: () => api<Feed[]>(`/api/scenarios/${id}/feeds`) });
  const [picked, setPicked] = useState<Set<string> | null>(null);
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

  const { publish, fresh } = usePublish(`/api/candidates/${c.chosenId}/feeds`, keys.feeds(id));

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
        <ErrorBox error={feeds.error} />
        <FeedList
          feeds={live}
          fresh={fresh}
          feedsKey={keys.feeds(id)}
          label={(f) => label(f.view)}
          badge={(f) =>
            f.candidateId !== c.chosenId && (
              <>
                {" "}
                <Badge tone="warn">{t("ander voorstel", "another proposal")}</Badge>
              </>
            )
          }
          onRenew={(f) => publish.mutate({ views: [f.view], rotate: true })}
          renewing={publish.isPending}
        />
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
