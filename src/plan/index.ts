// The year plan: a candidate week over the school-year calendar.
export * from "./yearplan.js";
export * from "./labels.js";
export { halfOf, halfTimes, internAbsent, offReason } from "../calendar/index.js";
