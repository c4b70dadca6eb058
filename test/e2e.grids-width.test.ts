// The day-grid editor (Dagindeling) at a 1280×800 window, against the real server and Chromium: the five days fit
// without a horizontal scroll bar and no clock field clips its time — on the example school and on the level-grids
// school with its kleuter days shown under the grid's own; and Personeel, whose list stays beside the person's card.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot, signedInE2E, storeFixture, type E2E } from "./e2e/browser.js";

let e: E2E;
beforeAll(async () => {
  e = await signedInE2E("grids-width");
  await e.page.setViewportSize({ width: 1280, height: 800 });
}, 60_000);
afterAll(async () => {
  await e?.close();
});

/** Per week of five days: its scroll and client width, the clock fields that clip their text, and its slot count. */
async function measure() {
  return e.page.locator(".week-columns").evaluateAll((weeks) =>
    weeks.map((w) => ({
      scrollWidth: w.scrollWidth,
      clientWidth: w.clientWidth,
      clipped: [...w.querySelectorAll<HTMLInputElement>(".input-clock")]
        .filter((i) => i.scrollWidth > i.clientWidth)
        .map((i) => i.getAttribute("aria-label") ?? i.id),
      fridayInside:
        w.querySelectorAll(".day-column")[4].getBoundingClientRect().right <= w.getBoundingClientRect().right + 0.5,
      clocks: w.querySelectorAll(".input-clock").length,
      // The first slot of each day at the same height (a wrapping day header pushed Thursday's down).
      firstSlotTops: new Set(
        [...w.querySelectorAll(".day-column")].map((d) =>
          Math.round(d.querySelector(".slot")!.getBoundingClientRect().top),
        ),
      ).size,
    })),
  );
}

describe("the day-grid editor at 1280 px", () => {
  it("fits the five days of the example school", async () => {
    const { page } = e;
    const r = await page.request.post(`${e.server.url}/api/scenarios`, {
      data: JSON.parse(readFileSync("fixtures/city-school.json", "utf8")),
    });
    expect(r.status()).toBe(201);
    const { id } = (await r.json()) as { id: string };
    await page.goto(`${e.server.url}/s/${id}/edit/grids`);
    await page.getByLabel("Vrijdag blok 1 begin", { exact: true }).first().waitFor();
    const weeks = await measure();
    expect(weeks.length).toBeGreaterThan(0);
    for (const w of weeks) {
      expect(w.clocks).toBeGreaterThan(40);
      expect(w.firstSlotTops).toBe(1);
      expect(w.scrollWidth).toBeLessThanOrEqual(w.clientWidth);
      expect(w.fridayInside).toBe(true);
      expect(w.clipped).toEqual([]);
    }
    await screenshot(page, "grids-1280-city-school", false);

    // Personeel at the same width: the rule check sits above the form, the staff list fits its column (it ran
    // under the person's card) and the card is beside it.
    await page.goto(`${e.server.url}/s/${id}/edit/staff`);
    const list = page.locator(".staff-list");
    await list.locator("table").waitFor();
    const [tableWidth, listWidth, listRight] = await list.evaluate((l) => [
      l.querySelector("table")!.scrollWidth,
      l.clientWidth,
      l.getBoundingClientRect().right,
    ]);
    expect(tableWidth).toBeLessThanOrEqual(listWidth);
    const cardLeft = await page
      .locator(".staff-layout > :nth-child(2)")
      .evaluate((c) => c.getBoundingClientRect().left);
    expect(cardLeft).toBeGreaterThanOrEqual(listRight);
    const [findingsBottom, formTop] = await page.evaluate(() => [
      document.querySelector(".editor-main > .findings")!.getBoundingClientRect().bottom,
      document.querySelector(".editor-form")!.getBoundingClientRect().top,
    ]);
    expect(findingsBottom).toBeLessThanOrEqual(formTop);
    // Nothing to report on Personeel: the rule check is one short line.
    const findings = page.locator(".editor-main > .findings");
    expect(await findings.innerText()).toMatch(/Geen meldingen/);
    expect(await findings.evaluate((f) => f.getBoundingClientRect().height)).toBeLessThan(50);
    await screenshot(page, "staff-1280-city-school", false);
  });

  it("fits the grid's days and the kleuter days of the level-grids school", async () => {
    const { page } = e;
    const id = await storeFixture(e, "level-grids");
    await page.goto(`${e.server.url}/s/${id}/edit/grids`);
    const toggle = page.getByRole("checkbox", { name: "Andere speeltijden en middagpauze voor de kleuters" });
    await toggle.waitFor();
    expect(await toggle.isChecked()).toBe(true);
    await page.getByLabel("Kleuters: Vrijdag blok 1 begin").waitFor();
    const weeks = await measure();
    expect(weeks.length).toBe(2); // the grid's own days and the kleuter days
    for (const w of weeks) {
      expect(w.scrollWidth).toBeLessThanOrEqual(w.clientWidth);
      expect(w.fridayInside).toBe(true);
      expect(w.clipped).toEqual([]);
    }
  });
});
