// iCal UIDs are stable across two solves of the same scenario (issue 4), and a changed week bumps
// SEQUENCE instead of creating new events.
import ical, { type VEvent } from "node-ical";
import { describe, expect, it } from "vitest";
import { renderFeed } from "../src/ical/index.js";
import { loadScenario } from "../src/model/index.js";
import { solveHere } from "./helpers/solve.js";

const events = (ics: string) => Object.values(ical.sync.parseICS(ics)).filter((e): e is VEvent => e.type === "VEVENT");

describe("feeds from two solves of the same scenario", () => {
  it("have the same UIDs, event by event", async () => {
    const s = loadScenario("fixtures/city-school.json");
    const [a, b] = [await solveHere(s), await solveHere(s)];
    for (const view of [
      { kind: "goal", id: "plg-taal" },
      { kind: "staff", id: "kt-l5a" },
      { kind: "group", id: "L5A" },
      { kind: "school" },
    ] as const) {
      const fa = renderFeed(s, a.candidates[0], view);
      const fb = renderFeed(s, b.candidates[0], view, { previous: fa.state });
      const ua = events(fa.ics)
        .map((e) => e.uid)
        .sort();
      const ub = events(fb.ics)
        .map((e) => e.uid)
        .sort();
      expect(ua.length).toBeGreaterThan(0);
      expect(ub).toEqual(ua);
      // nothing changed, so nothing is re-sequenced
      for (const e of events(fb.ics)) expect(Number(e.sequence ?? 0)).toBe(0);
    }
  });

  it("a different candidate keeps the UIDs of events it shares and marks what differs (higher SEQUENCE or a new event)", async () => {
    const s = loadScenario("fixtures/city-school.json");
    const t = await solveHere(s, { candidates: 2 });
    const [first, second] = t.candidates;
    const view = { kind: "staff", id: "kt-l5a" } as const;
    const fa = renderFeed(s, first, view);
    const fb = renderFeed(s, second, view, { previous: fa.state });
    const seqA = new Map(events(fa.ics).map((e) => [e.uid, Number(e.sequence ?? 0)]));
    const changed = events(fb.ics).filter((e) => seqA.has(e.uid) && Number(e.sequence ?? 0) > seqA.get(e.uid)!);
    const kept = events(fb.ics).filter((e) => seqA.has(e.uid));
    expect(kept.length).toBeGreaterThan(0);
    // the two candidates differ in their release blocks, so at least one shared event changed or moved
    const moved = events(fb.ics).filter((e) => !seqA.has(e.uid));
    expect(changed.length + moved.length).toBeGreaterThan(0);
  });
});
