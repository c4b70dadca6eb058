// Messages fixed by issue 10 item 7: the terminal's "no cover needed" says before/after/during the lessons
// truthfully; the 20-hour trajectory warning is not shown for team meetings.
import { describe, expect, it } from "vitest";
import { noCoverText } from "../src/cli/render-week.js";
import { releaseTraject } from "../constraints/release/traject.js";
import { parseScenario } from "../src/model/index.js";
import { tinyCandidate, tinyInput } from "./helpers/tiny.js";

const rel = (day: "mon" | "wed", start: string, end: string) => ({
  goal: "g",
  day,
  start,
  end,
  staff: ["zorg1"],
  externals: [],
  cover: [],
});

describe("no cover needed, said truthfully", () => {
  it("before, after and during the lessons", () => {
    const c = tinyCandidate();
    expect(noCoverText(c, rel("mon", "07:30", "08:30"))).toBe("voor de lessen, geen opvang nodig");
    expect(noCoverText(c, rel("mon", "15:30", "16:30"))).toBe("na de lessen, geen opvang nodig");
    expect(noCoverText(c, rel("wed", "08:30", "10:10"))).toMatch(/^tijdens de lessen, maar geen van de deelnemers/);
  });
});

describe("release.traject and team meetings", () => {
  it("warns for a short PLG but not for a short team meeting", () => {
    const input = tinyInput();
    input.releaseGoals = [
      {
        id: "team",
        name: "Teamoverleg",
        purpose: "team",
        members: ["kt1", "kt2"],
        mode: "digital",
        minBlockMinutes: 50,
      },
      {
        id: "plg",
        name: "PLG",
        purpose: "plg",
        members: ["kt1", "kt2"],
        mode: "digital",
        minBlockMinutes: 50,
        frequency: { kind: "every-n-weeks", n: 4 },
      },
    ];
    const v = releaseTraject.check({ scenario: parseScenario(input) });
    expect(v.map((x) => x.where.goal)).toEqual(["plg"]);
  });
});

describe("the new rules' message tables", () => {
  it("say every message in Dutch and English with the same placeholders", async () => {
    const { placeholdersOf } = await import("../constraints/rule.js");
    const { releaseWindow } = await import("../constraints/release/window.js");
    const { releaseBlockLength } = await import("../constraints/release/block-length.js");
    const { staffWishes } = await import("../constraints/staff/wishes.js");
    const ids = [releaseWindow, releaseBlockLength, staffWishes].flatMap((r) => Object.keys(r.messages));
    // What check() reports, and what the solver's rows say in an explanation (encode-*).
    expect(ids).toEqual(expect.arrayContaining(["outside", "forbidden", "longer", "unmet"]));
    expect(ids.filter((id) => id.startsWith("encode-")).length).toBeGreaterThan(0);
    const messages = [releaseWindow, releaseBlockLength, staffWishes].flatMap((r) => Object.values(r.messages));
    for (const m of messages) {
      expect(m.nl.length).toBeGreaterThan(10);
      expect(placeholdersOf(m.en).sort()).toEqual(placeholdersOf(m.nl).sort());
    }
  });
});
