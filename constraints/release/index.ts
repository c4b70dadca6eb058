// Meetings and release time (the regulations, practice, ids release.*).
// release.plan-ahead has no module: the scenario holds no planning dates to check it against.
import type { Rule } from "../rule.js";
import { releaseGoalMet } from "./goal-met.js";
import { releaseCoteachConsult } from "./coteach-consult.js";
import { releaseDigitalMin } from "./digital-min.js";
import { releaseFewAtOnce } from "./few-at-once.js";
import { releaseMonthlyPattern } from "./monthly-pattern.js";
import { releasePhysicalMin } from "./physical-min.js";
import { releaseTraject } from "./traject.js";
import { releaseWindow } from "./window.js";
import { releaseBlockLength } from "./block-length.js";
import { releaseDatedLever } from "./dated-lever.js";
import { releaseObservation } from "./observation.js";
import { releasePresenceDay } from "./presence-day.js";
import { releaseLunchSupervision } from "./lunch-supervision.js";

export const RELEASE_RULES: Rule[] = [
  releaseGoalMet,
  releasePhysicalMin,
  releaseDigitalMin,
  releaseFewAtOnce,
  releaseCoteachConsult,
  releaseMonthlyPattern,
  releaseTraject,
  releaseWindow,
  releaseBlockLength,
  releaseDatedLever,
  releaseObservation,
  releasePresenceDay,
  releaseLunchSupervision,
];
