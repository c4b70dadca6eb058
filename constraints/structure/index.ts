// Structural rules of any timetable (ids timetable.*): one activity per slot, no double booking, ...
import type { Rule } from "../rule.js";

export const STRUCTURE_RULES: Rule[] = [];
