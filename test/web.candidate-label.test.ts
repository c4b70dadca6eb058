// The solver's label under a candidate's title: what was proven or what differs, never a repeat of "Beste week".
import { describe, expect, it } from "vitest";
import { candidateLabelText } from "../web/src/lib/status.js";

describe("candidateLabelText", () => {
  it("hides plain 'de beste week' (the title and status already say it)", () => {
    expect(candidateLabelText({ nl: "de beste week", en: "the best week" }, "nl")).toBeUndefined();
    expect(candidateLabelText(undefined, "nl")).toBeUndefined();
  });

  it("shows what was proven or what differs, capitalised in the user's language", () => {
    const moved = { nl: "de beste week met PLG taal op een ander moment", en: "the best week with PLG taal moved" };
    expect(candidateLabelText(moved, "nl")).toBe("De beste week met PLG taal op een ander moment");
    expect(candidateLabelText(moved, "en")).toBe("The best week with PLG taal moved");
    const unproven = { nl: "de beste gevonden week (niet bewezen)", en: "the best week found (not proven)" };
    expect(candidateLabelText(unproven, "nl")).toBe("De beste gevonden week (niet bewezen)");
  });
});
