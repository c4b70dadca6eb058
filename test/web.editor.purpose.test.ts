// A new meeting's purpose is guessed from its name.
import { describe, expect, it } from "vitest";
import { guessPurpose } from "../web/src/editor/purpose.js";

describe("guessPurpose", () => {
  it.each([
    ["Kernteam leesbeleid", "kernteam"],
    ["kernteam", "kernteam"],
    ["Intervisie kleuter", "intervisie"],
    ["PLG taal 3de graad", "plg"],
    ["Zorgteam", "zorg"],
    ["Zorgoverleg L3", "zorg"],
    ["MDO", "zorg"],
    ["Teamvergadering", "team"],
    ["Personeelsvergadering", "team"],
    ["Overleg wiskunde", "plg"],
  ])("%s → %s", (name, want) => {
    expect(guessPurpose(name)).toBe(want);
  });
});
