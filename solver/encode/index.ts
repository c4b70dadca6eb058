// Composes the model from the rules' own encode() (each sits next to its check() in constraints/).
import type { ModelBuilder } from "../../constraints/model-builder.js";
import { RULES } from "../../constraints/registry.js";

import type { Rule } from "../../constraints/rule.js";

/** Every rule's encode(); false when `timeUp` said stop between two rules (the model is then incomplete). */
export function encodeAll(
  m: ModelBuilder,
  rules: readonly Rule[] = RULES,
  timeUp: () => boolean = () => false,
): boolean {
  for (const rule of rules) {
    if (timeUp()) return false;
    rule.encode?.(m);
  }
  return true;
}
