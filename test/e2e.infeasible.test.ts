// An impossible school, uploaded as a file in the browser (issue 8): the solve page explains in words why no
// week exists, and the names in the explanation link to the person or meeting in the editor.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot, seriousA11yViolations, startE2E, type E2E } from "./e2e/browser.js";

let e: E2E;
beforeAll(async () => {
  e = await startE2E("infeasible");
}, 60_000);
afterAll(async () => {
  await e?.close();
});

describe("an impossible school", () => {
  it("uploads the file, solves, reads why there is no week and follows a name to the editor", async () => {
    const { page } = e;
    await page.goto(e.loginLink());
    await page.locator('input[type="file"]').setInputFiles("fixtures/city-school.infeasible-adviser.json");
    await page.waitForURL(/\/s\/[^/]+\/edit/);
    const scenarioId = /\/s\/([^/]+)\//.exec(page.url())![1];
    await page.goto(`${e.server.url}/s/${scenarioId}/solve`);
    await page.getByRole("button", { name: "Berekenen", exact: true }).click();
    const why = page.locator(".conflicts");
    await why.waitFor({ timeout: 60_000 });
    expect(await why.innerText()).toMatch(/Waarom er geen week is/);
    // The explanation names the meeting; its name is a link to that meeting in the editor.
    const link = why.getByRole("link", { name: /PLG taal/ }).first();
    expect(await link.getAttribute("href")).toMatch(new RegExp(`/s/${scenarioId}/edit/goals\\?focus=plg-taal$`));
    await screenshot(page, "30-infeasible");
    const findings = await seriousA11yViolations(page);
    expect(findings, JSON.stringify(findings, null, 1)).toEqual([]);
    await link.click();
    await page.waitForURL(/\/edit\/goals\?focus=plg-taal/);
    await page.getByRole("heading", { level: 1 }).waitFor();
  });

  it("a file that is not a scenario is refused with the field and the problem, nothing stored", async () => {
    const { page } = e;
    await page.goto(`${e.server.url}/`);
    const before = (await (await page.request.get(`${e.server.url}/api/scenarios`)).json()).length;
    await page.locator('input[type="file"]').setInputFiles("fixtures/bad/malformed.bad.json");
    const alert = page.getByRole("alert").filter({ hasText: /geen geldig scenario|geen geldige JSON/ });
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/groups\[3\]\.pupils/);
    expect((await (await page.request.get(`${e.server.url}/api/scenarios`)).json()).length).toBe(before);
  });
});
