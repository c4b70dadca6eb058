// Staff workload rules (REGULATIONS.md "Staff workload — prestatieregeling", ids staff.*).
import type { Rule } from "../rule.js";

export const STAFF_RULES: Rule[] = [];
