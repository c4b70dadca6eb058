// iCal feeds of a candidate's year plan (ical-generator). The REST API and the CLI code against this API:
//   parseFeedView("staff:kt1", scenario) → FeedView;  renderFeed(scenario, candidate, view, opts) → { ics, state, name }
export type { FeedView } from "./view.js";
export { parseFeedView, selectSeries, feedName } from "./view.js";
export { renderFeed, newCalendar, recurrence, uidOf, uidBase, escapeText, type SequenceState } from "./render.js";
export { stateFromIcs } from "./previous.js";
