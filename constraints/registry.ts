// The rule registry: every rule Vrijrooster checks. The README's rule table is generated from it
// (`vrijrooster rules --markdown`). Each area keeps its own list in constraints/<area>/index.ts.
import { RELEASE_RULES } from "./release/index.js";
import type { Rule } from "./rule.js";
import { STAFF_RULES } from "./staff/index.js";
import { STRUCTURE_RULES } from "./structure/index.js";
import { WEEK_RULES } from "./week/index.js";
import { YEAR_RULES } from "./year/index.js";

export const RULES: readonly Rule[] = [
  ...WEEK_RULES,
  ...STAFF_RULES,
  ...YEAR_RULES,
  ...STRUCTURE_RULES,
  ...RELEASE_RULES,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
