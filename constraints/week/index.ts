// Rules of the pupils' week (REGULATIONS.md "The pupils' week", ids week.*).
import type { Rule } from "../rule.js";
import { weekLessonCount } from "./lesson-count.js";

export const WEEK_RULES: Rule[] = [weekLessonCount];
