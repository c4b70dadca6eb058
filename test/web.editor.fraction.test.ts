// The staff editor's fraction field understands plain words: "voltijds", "halftijds", "3/4", "50%".
import { describe, expect, it } from "vitest";
import { normalizeFraction } from "../web/src/editor/fraction.js";

describe("normalizeFraction", () => {
  it.each([
    ["voltijds", "24/24"],
    ["Fulltime", "24/24"],
    [" halftijds ", "12/24"],
    ["halftime", "12/24"],
    ["3/4", "18/24"],
    ["1/2", "12/24"],
    ["50%", "12/24"],
    ["75 %", "18/24"],
    ["100%", "24/24"],
    ["25%", "6/24"],
    ["18 / 24", "18/24"],
    ["24/36", "24/36"],
  ])("%s → %s", (typed, want) => {
    expect(normalizeFraction(typed)).toBe(want);
  });
  it("leaves what has no exact x/24 as typed, so the field shows the error", () => {
    expect(normalizeFraction("4/5")).toBe("4/5"); // 19.2/24
    expect(normalizeFraction("33%")).toBe("33%");
    expect(normalizeFraction("150%")).toBe("150%");
    expect(normalizeFraction("veel")).toBe("veel");
    expect(normalizeFraction("")).toBe("");
  });
});
