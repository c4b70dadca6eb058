// Meeting rounds (issue 14): a rounds file beside a scenario, the planner, the checker and the renderers.
export * from "./schema.js";
export * from "./plan-types.js";
export { parseRounds, loadRounds } from "./load.js";
export { bindRounds, type Context } from "./context.js";
export { planRounds } from "./planner.js";
export { checkPlan, ROUNDS_RULES, type RoundsRuleId } from "./checker.js";
export { renderPlanText, renderPlanIcs, statusLine, dateNl } from "./render.js";
