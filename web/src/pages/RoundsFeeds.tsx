// Publishing a planned round: a calendar per participant (every session of that person) and per school
// ("wie is er op school": the weekly visits and the sessions there), with the Publish page's list of feeds
// (components/Feeds.tsx: link, copy button, QR code and revoke). A newer plan of the same round keeps the links.
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { RoundsInput } from "../../../src/rounds/schema.js";
import { FeedList, usePublish, ViewPicks, type Feed, type ViewGroup } from "../components/Feeds.js";
import { Card, Empty, ErrorBox } from "../components/ui.js";
import { api } from "../lib/api.js";
import { plural, useLang } from "../lib/i18n.js";
import type { RoundsPlan } from "./RoundsPlanView.js";

/** Visits without a location are at the school itself (src/rounds/feeds.ts HOME_SITE). */
const HOME_SITE = "school";

export function RoundsFeeds({
  plan,
  rounds,
  roundsId,
  planId,
  schoolName,
  feedsKey,
  scenarioId,
}: {
  plan: RoundsPlan;
  rounds: RoundsInput;
  roundsId: string;
  planId: string;
  schoolName: string;
  scenarioId: string;
  feedsKey: readonly unknown[];
}) {
  const { t } = useLang();
  const prefix = `rounds:${roundsId}:`;
  const feeds = useQuery({ queryKey: feedsKey, queryFn: () => api<Feed[]>(`/api/scenarios/${scenarioId}/feeds`) });

  const people = new Map<string, string>();
  for (const s of plan.sessions)
    for (const p of s.participants) if (p.attendance === "required" || p.attends) people.set(p.id, p.name);
  const locationName = (id: string) =>
    id === HOME_SITE ? schoolName : (rounds.locations.find((l) => l.id === id)?.name ?? id);
  const siteIds = new Set([
    ...plan.sessions.map((s) => s.location),
    ...(rounds.visits ?? []).map((v) => v.location ?? HOME_SITE),
  ]);
  const groups: ViewGroup[] = [
    {
      key: "person",
      title: t("Elke deelnemer", "Each participant"),
      views: [...people].map(([id, name]) => ({ view: `person:${id}`, label: name })),
    },
    {
      key: "site",
      title: t("Wie is er op school (per plaats)", "Who is on site (per place)"),
      views: [...siteIds].map((id) => ({ view: `site:${id}`, label: locationName(id) })),
    },
  ];
  const all = groups.flatMap((g) => g.views.map((v) => v.view));
  const [picked, setPicked] = useState<Set<string> | null>(null);
  const chosen = picked ?? new Set(all);
  const { publish, fresh } = usePublish(`/api/round-plans/${planId}/feeds`, feedsKey);
  const live = (feeds.data ?? []).filter((f) => !f.revokedAt && f.view.startsWith(prefix));

  return (
    <Card title={t("Agenda's publiceren", "Publish calendars")} className="publish">
      <p className="muted">
        {t(
          "Elke deelnemer krijgt een agenda met zijn of haar sessies (met wie leidt en wie notuleert); elke school " +
            "een agenda 'wie is er op school': de wekelijkse bezoeken van de ondersteuners en de sessies daar.",
          "Each participant gets a calendar with their sessions (with who leads and who takes notes); each school " +
            "a 'who is on site' calendar: the support workers' weekly visits and the sessions there.",
        )}
      </p>
      {all.length === 0 && (
        <Empty>
          {t(
            "Niets te publiceren: deze planning heeft geen sessies en de ronde geen bezoeken.",
            "Nothing to publish: this plan has no sessions and the round no visits.",
          )}
        </Empty>
      )}
      <ViewPicks
        groups={groups.filter((g) => g.views.length > 0)}
        chosen={chosen}
        onChange={setPicked}
        pending={publish.isPending}
        onPublish={(views) => publish.mutate({ views })}
      />
      {publish.isSuccess && (
        <p role="status">
          {t(
            `${plural(publish.data.feeds.length, "agenda", "agenda's")} gepubliceerd.`,
            `${plural(publish.data.feeds.length, "calendar", "calendars")} published.`,
          )}
        </p>
      )}
      <ErrorBox error={publish.error ?? feeds.error} />
      <h3>
        {t(
          `Gepubliceerde agenda's van deze ronde (${live.length})`,
          `Published calendars of this round (${live.length})`,
        )}
      </h3>
      <FeedList feeds={live} fresh={fresh} feedsKey={feedsKey} label={(f) => f.name} heading="h4" prefix={prefix} />
    </Card>
  );
}
