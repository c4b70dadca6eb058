// release.digital-min — Flexio lines 2811–2813 (practice): for a digital meeting 1.5 h was sometimes
// already long; default block 90 min (settings.digitalMinMinutes). Soft: a goal configured shorter than
// the default, and in a candidate a block shorter than the goal's minimum.
import { defineRule } from "../rule.js";
import { checkMinBlock } from "./blocks.js";

export const releaseDigitalMin = defineRule({
  id: "release.digital-min",
  title: { nl: "Digitale bijeenkomst: blok van ongeveer 1,5 uur", en: "Digital meeting: a block of about 1.5 hours" },
  source: "Flexio lines 2811–2813",
  severity: "soft",
  scope: "both",
  messages: {
    "block-too-short": {
      nl: "Het blok voor '{goal}' op {when} duurt {len} min; een digitale bijeenkomst vraagt minstens {min} min.",
      en: "The block for '{goal}' on {when} lasts {len} min; a digital meeting needs at least {min} min.",
    },
  },
  // No encode(): structural in the model: release variables exist only for blocks of at least the minimum
  // (solver/build.ts candidateBlocks).
  check({ scenario, candidate }) {
    return checkMinBlock(this, "digital", scenario, candidate);
  },
});
