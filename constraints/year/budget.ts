// The study-day budget (the regulations year.study-days, year.study-days-extra) lives with the calendar, so the
// rules and the study-day planner share one definition.
export {
  STUDY_DAYS_PER_YEAR,
  studyDayBudget,
  derogationDeadline,
  studyDaysPerGroup,
} from "../../src/calendar/budget.js";
