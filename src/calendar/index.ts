// The school-year calendar: legal holidays (rules.json), school days and weeks, the study-day planner.
export * from "./calendar.js";
export { easterSunday } from "./easter.js";
export * from "./budget.js";
export { planStudyDays, type StudyDayPlan, type StudyDayProposal } from "./study-days.js";
export { halfOf, halfTimes, offReason, classesOf, type Half, type OffQuery } from "./days-off.js";
export * from "./sessions.js";
