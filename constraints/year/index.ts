// Study days and the school-year calendar (REGULATIONS.md, ids year.*).
import type { Rule } from "../rule.js";

export const YEAR_RULES: Rule[] = [];
