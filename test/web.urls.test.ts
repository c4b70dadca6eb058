// The publish page warns when feed links only work on this computer.
import { describe, expect, it } from "vitest";
import { isLocalUrl } from "../web/src/lib/urls.js";

describe("isLocalUrl", () => {
  it("is true for loopback addresses, false for an address phones reach", () => {
    expect(isLocalUrl("http://127.0.0.1:3000/ical/abc.ics")).toBe(true);
    expect(isLocalUrl("http://localhost:3000/ical/abc.ics")).toBe(true);
    expect(isLocalUrl("http://[::1]:3000/ical/abc.ics")).toBe(true);
    expect(isLocalUrl("https://rooster.deregenboog.be/ical/abc.ics")).toBe(false);
    expect(isLocalUrl("http://192.168.1.20:3000/ical/abc.ics")).toBe(false);
    expect(isLocalUrl(undefined)).toBe(false);
    expect(isLocalUrl("not a url")).toBe(false);
  });
});
