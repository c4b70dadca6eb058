// Study days and the school-year calendar (the regulations, ids year.*).
// year.herfst, year.kerst, year.krokus, year.paas, year.wapenstilstand and year.feestdagen are not checks:
// they are the calendar itself (src/calendar/rules.json). year.extra-half-days cannot be checked from a scenario.
import type { Rule } from "../rule.js";
import { yearBounds } from "./bounds.js";
import { yearFacultatief } from "./facultatief.js";
import { yearNoPdInHolidays } from "./no-pd-in-holidays.js";
import { yearStudyDays } from "./study-days.js";
import { yearStudyDaysExtra } from "./study-days-extra.js";

export const YEAR_RULES: Rule[] = [yearBounds, yearFacultatief, yearStudyDays, yearStudyDaysExtra, yearNoPdInHolidays];
