// release.physical-min — Flexio lines 2811–2813 (practice): a physical joint learning meeting needs at
// least half a day (settings.physicalMinMinutes, default 180). Soft: a goal configured shorter than the
// default, and in a candidate a block shorter than the goal's minimum.
import { defineRule } from "../rule.js";
import { checkMinBlock } from "./blocks.js";

export const releasePhysicalMin = defineRule({
  id: "release.physical-min",
  title: { nl: "Fysiek leermoment minstens een halve dag", en: "Physical learning meeting at least half a day" },
  source: "Flexio lines 2811–2813",
  severity: "soft",
  scope: "both",
  messages: {
    "block-too-short": {
      nl: "Het blok voor '{goal}' op {when} duurt {len} min; een fysieke bijeenkomst vraagt minstens {min} min.",
      en: "The block for '{goal}' on {when} lasts {len} min; a physical meeting needs at least {min} min.",
    },
  },
  // No encode(): structural in the model: release variables exist only for blocks of at least the minimum
  // (solver/build.ts candidateBlocks).
  check({ scenario, candidate }) {
    return checkMinBlock(this, "physical", scenario, candidate);
  },
});
