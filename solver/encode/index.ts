// Composes the model from the rules' own encode() (each sits next to its check() in constraints/).
import type { ModelBuilder } from "../../constraints/model-builder.js";
import { RULES } from "../../constraints/registry.js";

export function encodeAll(m: ModelBuilder): void {
  for (const rule of RULES) rule.encode?.(m);
}
