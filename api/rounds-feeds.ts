// Publishing a rounds plan's feeds through the feed mechanism of api/feeds.ts (tokens, revoke, ETag): one view
// per participant and per site, stored as view "rounds:<rounds id>:<view>" so republishing a newer plan of the same
// rounds file keeps the subscribed URLs.
import type { Context } from "../src/rounds/index.js";
import { parseRoundsFeedView, renderRoundsFeed, roundsFeedViews } from "../src/rounds/feeds.js";
import { saveFeed, type PublishedFeed } from "./feeds.js";
import { HttpProblem } from "./problem.js";
import type { CandidateRow, RoundsPlanRow, Store } from "./store.js";

export const roundsViewKey = (roundsId: string, view: string) => `rounds:${roundsId}:${view}`;

export function publishRoundsFeeds(
  store: Store,
  row: RoundsPlanRow,
  cand: CandidateRow,
  ctx: Context,
  opts: { views?: string[]; rotate?: boolean; baseUrl: string },
): PublishedFeed[] {
  const texts = [...new Set((opts.views ?? roundsFeedViews(ctx, row.plan)).map((v) => v.trim()))];
  const views = texts.map((text, i) => {
    const v = parseRoundsFeedView(ctx, text);
    if (typeof v === "string")
      throw new HttpProblem(422, "invalid-input", `views[${i}]: ${v}`, [
        { field: `views[${i}]`, pointer: `/views/${i}`, detail: v },
      ]);
    return v;
  });
  // Every event is stamped with the plan's time: the same plan gives the same text (and ETag) again.
  const at = new Date(row.createdAt);
  const rendered = views.map((v) => renderRoundsFeed(ctx, row.plan, v, at));
  return store.db.transaction(() =>
    rendered.map((f) =>
      saveFeed(store, cand, { view: roundsViewKey(row.roundsId, f.view), name: f.name, ics: f.ics }, opts),
    ),
  )();
}
