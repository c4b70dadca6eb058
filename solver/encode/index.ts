// Composes the model from the rules' own encode() (each sits next to its check() in constraints/).
import type { ModelBuilder } from "../../constraints/model-builder.js";
import { RULES } from "../../constraints/registry.js";

import type { Rule } from "../../constraints/rule.js";

export function encodeAll(m: ModelBuilder, rules: readonly Rule[] = RULES): void {
  for (const rule of rules) rule.encode?.(m);
}
