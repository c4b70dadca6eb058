// Meetings and release time (REGULATIONS.md, practice, ids release.*).
import type { Rule } from "../rule.js";

export const RELEASE_RULES: Rule[] = [];
