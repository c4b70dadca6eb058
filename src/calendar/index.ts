// The school-year calendar: legal holidays (rules.json), school days and weeks, the study-day planner.
export * from "./calendar.js";
export { easterSunday } from "./easter.js";
