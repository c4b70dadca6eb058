// Staff workload rules (regulations, "Staff workload — prestatieregeling", ids staff.*).
import type { Rule } from "../rule.js";
import { staff36h } from "./36h.js";
import { staffBuoOndersteuner } from "./buo-ondersteuner.js";
import { staffFraction } from "./fraction.js";
import { staffLocalPlage } from "./local-plage.js";
import { staffMinMaxLestijden } from "./min-max-lestijden.js";
import { staffParamedic } from "./paramedic.js";
import { staffPerDay } from "./per-day.js";
import { staffPlageCap } from "./plage-cap.js";
import { staffSchoolopdracht } from "./schoolopdracht.js";
import { staffSchools } from "./schools.js";
import { staffSupervision } from "./supervision.js";
import { staffWishes } from "./wishes.js";

export const STAFF_RULES: Rule[] = [
  staffMinMaxLestijden,
  staffLocalPlage,
  staffFraction,
  staff36h,
  staffSchoolopdracht,
  staffSupervision,
  staffPerDay,
  staffPlageCap,
  staffBuoOndersteuner,
  staffParamedic,
  staffWishes,
  staffSchools,
];
