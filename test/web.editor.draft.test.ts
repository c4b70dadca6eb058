// The kept draft on opening the editor: offered only when it really differs from the saved version, so the
// "unsaved changes" banner can never stand next to "alles bewaard".
import { describe, expect, it } from "vitest";
import { keptDraftDecision, sameBody } from "../web/src/editor/draft.js";

const body = { name: "De Linde", staff: [{ id: "a", name: "An", fraction: "24/24" }], releaseGoals: [] };

describe("keptDraftDecision", () => {
  it("no draft: none", () => {
    expect(keptDraftDecision(null, { version: 1, body })).toBe("none");
  });
  it("a draft equal to the saved body is discarded, even with other key order or undefined fields", () => {
    const reordered = { releaseGoals: [], staff: [{ fraction: "24/24", name: "An", id: "a" }], name: "De Linde" };
    expect(keptDraftDecision({ baseVersion: 1, body: reordered }, { version: 1, body })).toBe("discard");
    const withUndefined = { ...body, description: undefined };
    expect(keptDraftDecision({ baseVersion: 1, body: withUndefined }, { version: 1, body })).toBe("discard");
  });
  it("a draft from an older version with no real difference is discarded", () => {
    expect(keptDraftDecision({ baseVersion: 1, body: structuredClone(body) }, { version: 3, body })).toBe("discard");
  });
  it("a draft that really differs is offered, whatever its version", () => {
    const changed = { ...body, staff: [{ id: "a", name: "An", fraction: "12/24" }] };
    expect(keptDraftDecision({ baseVersion: 1, body: changed }, { version: 1, body })).toBe("offer");
    expect(keptDraftDecision({ baseVersion: 1, body: changed }, { version: 2, body })).toBe("offer");
  });
});

describe("sameBody", () => {
  it("tells lists in another order and extra or missing fields apart", () => {
    expect(sameBody([1, 2], [2, 1])).toBe(false);
    expect(sameBody({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameBody({ a: [] }, { a: {} })).toBe(false);
    expect(sameBody({ a: null }, { a: null })).toBe(true);
  });
});
