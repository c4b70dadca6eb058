// Publishing calendar feeds. A feed is one view (staff/group/goal/school) of a scenario with its own token.
// The .ics is rendered at publish time and stored, so serving a feed is one indexed lookup. Republishing a
// view of the same scenario (e.g. a better candidate) keeps the subscribed URL and bumps SEQUENCE of the
// events that changed; `rotate` issues a fresh token instead (the old URL stops working).
import { InputError, type Scenario } from "../src/model/index.js";
import { newSecret, sha256 } from "./auth.js";
import { parseFeedView, renderFeed, uidBase, type FeedView, type SequenceState } from "./deps.js";
import { HttpProblem } from "./problem.js";
import type { CandidateRow, Store } from "./store.js";
import { parseStoredScenario } from "./stored.js";

export interface PublishedFeed {
  id: string;
  view: string;
  name: string;
  status: "created" | "updated";
  /** Only when a token was issued now (GET /api/scenarios/{id}/feeds shows the URL again). */
  token?: string;
  url?: string;
}

export const viewKey = (v: FeedView): string => (v.kind === "school" && !v.id ? "school" : `${v.kind}:${v.id}`);

/** Every view a scenario has: each staff member, group, release goal, the whole school (group) and each school. */
export function allViews(s: Scenario): string[] {
  return [
    ...s.staff.map((x) => `staff:${x.id}`),
    ...s.groups.map((x) => `group:${x.id}`),
    ...s.releaseGoals.map((x) => `goal:${x.id}`),
    "school",
    ...(s.schools ?? []).map((x) => `school:${x.id}`),
  ];
}

export const feedUrl = (baseUrl: string, token: string) => `${baseUrl}/ical/${token}.ics`;

export const etagOf = (ics: string) => `"${sha256(ics).slice(0, 32)}"`;

/** feed_state row (not a view) that remembers a scenario's UID base. */
const UID_BASE_KEY = "@uid-base";

function uidBaseFor(store: Store, scenarioId: string, scenario: Scenario): string {
  const kept = store.getFeedState<string>(scenarioId, UID_BASE_KEY);
  if (kept) return kept;
  // Published before the base was kept: those UIDs were built on the scenario id; keep them.
  return store.hasFeedState(scenarioId) ? scenarioId : uidBase(scenario);
}

export async function publishFeeds(
  store: Store,
  cand: CandidateRow,
  opts: { views?: string[]; rotate?: boolean; baseUrl: string; now?: Date },
): Promise<PublishedFeed[]> {
  const stored = store.getScenario(cand.scenarioId, cand.scenarioVersion);
  if (!stored) throw new HttpProblem(404, "not-found", `Het scenario van kandidaat '${cand.id}' bestaat niet meer`);
  const scenario = parseStoredScenario(stored.body);
  // The same view twice in one request is one feed (one token).
  const texts = [...new Set((opts.views ?? allViews(scenario)).map((v) => String(v).trim()))];
  const views = texts.map((text, i) => {
    try {
      return parseFeedView(text, scenario);
    } catch (e) {
      if (e instanceof InputError)
        throw new HttpProblem(422, "invalid-input", `views[${i}]: ${e.message}`, [
          { field: `views[${i}]`, pointer: `/views/${i}`, detail: e.message },
        ]);
      throw e;
    }
  });
  const now = opts.now ?? new Date();
  // Render everything first (pure, ~0.1-0.5 s per view on the main thread), yielding between views so
  // feeds and polls keep being answered; then write everything in one transaction. UIDs have the base the
  // CLI uses too (the school name's slug), remembered at the first publish so renaming the school does not
  // turn every event into a new one; scenarios first published with the scenario id as base keep it.
  const baseUid = uidBaseFor(store, cand.scenarioId, scenario);
  const rendered: { key: string; ics: string; state: SequenceState; name: string }[] = [];
  for (const view of views) {
    const key = viewKey(view);
    const previous = store.getFeedState<SequenceState>(cand.scenarioId, key);
    rendered.push({ key, ...renderFeed(scenario, cand.candidate, view, { previous, now, baseUid }) });
    await new Promise((r) => setImmediate(r));
  }
  return store.db.transaction(() => {
    store.setFeedState(cand.scenarioId, UID_BASE_KEY, baseUid);
    return rendered.map(({ key, ics, state, name }): PublishedFeed => {
      store.setFeedState(cand.scenarioId, key, state);
      return saveFeed(store, cand, { view: key, name, ics }, opts);
    });
  })();
}

/**
 * Stores one rendered view of a candidate (call inside a transaction): the live feed of that view is updated in
 * place (same URL), or, when there is none or `rotate`, a new token is issued (the old URL stops working).
 */
export function saveFeed(
  store: Store,
  cand: { id: string; scenarioId: string },
  f: { view: string; name: string; ics: string },
  opts: { rotate?: boolean; baseUrl: string },
): PublishedFeed {
  const { view, name, ics } = f;
  const etag = etagOf(ics);
  const existing = store.activeFeed(cand.scenarioId, view);
  if (existing && !opts.rotate) {
    if (existing.etag !== etag || existing.candidateId !== cand.id)
      store.updateFeedContent(existing.id, cand.id, name, ics, etag);
    return { id: existing.id, view, name, status: "updated" };
  }
  if (existing) store.revokeFeed(existing.id);
  const token = newSecret();
  const feed = store.insertFeed({
    tokenHash: sha256(token),
    token,
    scenarioId: cand.scenarioId,
    candidateId: cand.id,
    view,
    name,
    ics,
    etag,
  });
  return { id: feed.id, view, name, status: "created", token, url: feedUrl(opts.baseUrl, token) };
}
