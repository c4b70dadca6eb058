// The rule registry: every rule Vrijrooster checks. The README's rule table is generated from it
// (`vrijrooster rules --markdown`). Add a rule here when you add its module.
import type { Rule } from "./rule.js";
import { weekLessonCount } from "./week/lesson-count.js";

export const RULES: readonly Rule[] = [
  weekLessonCount,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
