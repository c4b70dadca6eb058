// The solver and the iCal renderer, as the API uses them.
export { solve, whatIfFor, type SolveOptions, type SolveProgress } from "../solver/index.js";
export { keepWarmWorker } from "../solver/worker-pool.js";
export { parseFeedView, renderFeed, uidBase, type FeedView, type SequenceState } from "../src/ical/index.js";
