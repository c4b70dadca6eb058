// Rules of the pupils' week (regulations, "The pupils' week", ids week.*).
import type { Rule } from "../rule.js";
import { weekDays } from "./days.js";
import { weekEarliestStart } from "./earliest-start.js";
import { weekEvenSpread } from "./even-spread.js";
import { weekFreePackage } from "./free-package.js";
import { weekFullDayEnd } from "./full-day-end.js";
import { weekLessonCount } from "./lesson-count.js";
import { weekLessonLength } from "./lesson-length.js";
import { weekLunch } from "./lunch.js";
import { weekWednesdayAfternoon } from "./wednesday-afternoon.js";

export const WEEK_RULES: Rule[] = [
  weekLessonCount,
  weekLessonLength,
  weekDays,
  weekEvenSpread,
  weekWednesdayAfternoon,
  weekEarliestStart,
  weekFullDayEnd,
  weekLunch,
  weekFreePackage,
];
