// release.physical-min — Flexio lines 2811–2813 (practice): a physical joint learning meeting needs at
// least half a day (settings.physicalMinMinutes, default 180). Soft: a goal configured shorter than the
// default, and in a candidate a block shorter than the goal's minimum.
import { type Rule } from "../rule.js";
import { checkMinBlock } from "./blocks.js";

export const releasePhysicalMin: Rule = {
  id: "release.physical-min",
  title: { nl: "Fysiek leermoment minstens een halve dag", en: "Physical learning meeting at least half a day" },
  source: "Flexio lines 2811–2813",
  severity: "soft",
  scope: "both",
  // No encode(): structural in the model: release variables exist only for blocks of at least the minimum
  // (solver/build.ts candidateBlocks).
  check({ scenario, candidate }) {
    return checkMinBlock(this, "physical", scenario, candidate);
  },
};
