// The availability grid (Personeel) of someone who works in both levels, against the real server and Chromium: on
// the level-grids school the LO teacher paints the rows of the kleuters and the lager by clock time; a kleuter-only
// period painted on Monday is saved as that clock time, and is there after a reload. The grid fits its card at 1280 px.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveAndRead, screenshot, seriousA11yViolations, signedInE2E, storeFixture, type E2E } from "./e2e/browser.js";

let e: E2E;
beforeAll(async () => {
  e = await signedInE2E("availability");
}, 60_000);
afterAll(async () => {
  await e?.close();
});

describe("availability of a person in both levels", () => {
  it("paints a kleuter-only period, saves it as that clock time, and keeps it after a reload", async () => {
    const { page } = e;
    const id = await storeFixture(e, "level-grids");
    await page.goto(`${e.server.url}/s/${id}/edit/staff?focus=lo1`);
    const always = page.getByRole("checkbox", { name: "Wim Declercq (LO) is altijd aanwezig" });
    await always.uncheck();
    const cell = (name: string) => page.getByRole("button", { name: new RegExp(`^${name}: `) });
    const kleuter = cell("maandag 10:20–11:10 kleuters");
    const lager = cell("maandag 10:25–11:15 lager");
    const both = cell("maandag 08:30–09:20");
    // Unticked: present in every row of both levels.
    expect(await kleuter.getAttribute("aria-pressed")).toBe("true");
    expect(await lager.getAttribute("aria-pressed")).toBe("true");
    // Away in the lager's 10:25–11:15: the kleuter periods overlapping it go too.
    await lager.click();
    await expect.poll(() => lager.getAttribute("aria-pressed")).toBe("false");
    expect(await kleuter.getAttribute("aria-pressed")).toBe("false");
    // Back for the kleuters' 10:20–11:10 only.
    await kleuter.click();
    await expect.poll(() => kleuter.getAttribute("aria-pressed")).toBe("true");
    expect(await lager.getAttribute("aria-pressed")).toBe("false");
    expect(await both.getAttribute("aria-pressed")).toBe("true");
    // The grid fits the person's card, at 1280 px too ("ma", "✓" instead of the words in a narrow card).
    for (const width of [1440, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      const [table, card] = await page
        .locator(".avail-grid")
        .evaluate((t) => [t.getBoundingClientRect().right, t.closest(".card")!.getBoundingClientRect().right]);
      expect(table, `${width} px`).toBeLessThanOrEqual(card);
    }
    await screenshot(page, "availability-both-levels");
    const findings = await seriousA11yViolations(page);
    expect(findings, JSON.stringify(findings, null, 1)).toEqual([]);

    const saved = await saveAndRead<{
      scenario: { staff: { id: string; availability?: Record<string, { from: string; to: string }[]> }[] };
    }>(e, id);
    const lo = saved.scenario.staff.find((p) => p.id === "lo1")!;
    // The clock time the solver reads (isAvailable): there 10:20–11:10, not 11:10–11:15.
    expect(lo.availability?.mon).toEqual([
      { from: "08:30", to: "11:10" },
      { from: "11:15", to: "15:15" },
    ]);

    await page.reload();
    await kleuter.waitFor();
    expect(await kleuter.getAttribute("aria-pressed")).toBe("true");
    expect(await lager.getAttribute("aria-pressed")).toBe("false");
    expect(await cell("maandag 11:10–12:00 kleuters").getAttribute("aria-pressed")).toBe("false");
    expect(await cell("dinsdag 10:25–11:15 lager").getAttribute("aria-pressed")).toBe("true");
  });
});
