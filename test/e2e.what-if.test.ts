// "Wat zou helpen?" in a real browser against the real server (issue 10 item 10): on the best week of a school
// whose PLG is not met because the LO teacher is only there on Monday, the goal card's button lists the changes
// the re-solves proved, and "Probeer in een variant" makes a variant of the school with that change.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot, seriousA11yViolations, startE2E, type E2E } from "./e2e/browser.js";
import { loMondayInput } from "./helpers/what-if-school.js";

let e: E2E;
beforeAll(async () => {
  e = await startE2E("what-if");
}, 60_000);
afterAll(async () => {
  await e?.close();
});

describe("what would help, in the browser", () => {
  it("button → options with their effect → a variant with the change", async () => {
    const { page } = e;
    await page.goto(e.loginLink());
    const api = (path: string) => `${e.server.url}${path}`;
    const scenarioId = (await (await page.request.post(api("/api/scenarios"), { data: loMondayInput() })).json()).id;
    const job = await (
      await page.request.post(api(`/api/scenarios/${scenarioId}/solve`), { data: { candidates: 1 } })
    ).json();
    let best = "";
    await expect
      .poll(
        async () => {
          const j = await (await page.request.get(api(`/api/jobs/${job.id}`))).json();
          best = j.candidates[0] ?? "";
          return j.status;
        },
        { timeout: 60_000 },
      )
      .toBe("done");
    await page.goto(api(`/s/${scenarioId}/candidates/${best}`));
    const card = page.locator('.goal-card[data-goal="taal"]');
    expect(await card.getAttribute("data-met")).toBe("false");
    await card.getByRole("button", { name: "Wat zou helpen?" }).click();
    const lo = card.locator(".what-if-options li", { hasText: "Chris Maes (LO) ook op donderdagnamiddag" });
    await lo.waitFor({ timeout: 60_000 });
    expect(await lo.locator(".what-if-effect").innerText()).toBe("→ +1 doel, +115 min voor PLG taal");
    expect(await lo.innerText()).toContain("bewezen");
    await screenshot(page, "60-what-if");
    const findings = await seriousA11yViolations(page);
    expect(findings, JSON.stringify(findings, null, 1)).toEqual([]);

    await lo.getByRole("button", { name: "Probeer in een variant" }).click();
    await page.waitForURL((u) => /\/s\/[^/]+\/solve$/.test(u.pathname) && !u.pathname.includes(scenarioId));
    const variantId = /\/s\/([^/]+)\/solve/.exec(page.url())![1];
    const variant = await (await page.request.get(api(`/api/scenarios/${variantId}`))).json();
    expect(variant.derivedFrom).toBe(scenarioId);
    expect(variant.name).toBe("Basisschool De Wilg — Chris Maes (LO) ook op donderdagnamiddag (13:20–15:15)");
    const lo1 = variant.scenario.staff.find((p: { id: string }) => p.id === "lo1");
    expect(lo1.availability.thu).toEqual([{ from: "13:20", to: "15:15" }]);
  }, 120_000);
});
