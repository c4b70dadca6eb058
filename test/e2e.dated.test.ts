// Dated goals and merges in the browser (issue 10 item 3), against the real server: the goal card says how
// often in the shared phrase, an offset of n or more and a merge that ends before it starts are errors at their
// field, and "week 3 of each placement" can be chosen with the intern.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot, seriousA11yViolations, signedInE2E, storeFixture as store, type E2E } from "./e2e/browser.js";

const storeFixture = (name: string) => store(e, name);

let e: E2E;
beforeAll(async () => {
  e = await signedInE2E("dated");
}, 60_000);
afterAll(async () => {
  await e?.close();
});

const field = (path: string) => e.page.locator(`[id="field-${path}"]`);

describe("dated frequencies in the editor", () => {
  it("the semester goals say their dates; every 3 weeks with a bad offset is an error at the offset field", async () => {
    const { page } = e;
    const id = await storeFixture("semester-merge");
    await page.goto(`${e.server.url}/s/${id}/edit/goals`);
    const phrases = page.locator(".goal-frequency");
    await phrases.first().waitFor();
    expect(await phrases.allInnerTexts()).toEqual([
      "Zo vaak: elke week, tot 31 januari 2027",
      "Zo vaak: elke week, vanaf 1 februari 2027",
    ]);
    expect(await field("releaseGoals.0.to").inputValue()).toBe("2027-01-31");
    await page.locator("#goal-0-frequency").selectOption("every-n-weeks");
    await field("releaseGoals.0.frequency.n").fill("3");
    await field("releaseGoals.0.frequency.offset").fill("3");
    await field("releaseGoals.0.frequency.offset-error").waitFor();
    expect(await field("releaseGoals.0.frequency.offset-error").innerText()).toBe(
      "offset ligt tussen 0 en n-1 (bv. om de 3 weken: 0, 1 of 2)",
    );
    expect(await field("releaseGoals.0.frequency.offset").getAttribute("aria-invalid")).toBe("true");
    await field("releaseGoals.0.frequency.offset").fill("1");
    await field("releaseGoals.0.frequency.offset-error").waitFor({ state: "detached" });
    await expect
      .poll(() => phrases.first().innerText())
      .toBe("Zo vaak: elke 3 weken vanaf schoolweek 2, tot 31 januari 2027");
  });

  it("the merges carry their dates; one that ends before it starts is an error at its 'tot' field", async () => {
    const { page } = e;
    await page
      .getByRole("link", { name: /Opvang/ })
      .first()
      .click();
    await field("cover.merges.1.from").waitFor();
    expect(await field("cover.merges.0.to").inputValue()).toBe("2027-01-31");
    expect(await field("cover.merges.1.from").inputValue()).toBe("2027-02-01");
    await field("cover.merges.1.to").fill("2026-12-31");
    await field("cover.merges.1.to-error").waitFor();
    expect(await field("cover.merges.1.to-error").innerText()).toBe("'to' mag niet vóór 'from' liggen");
    await screenshot(page, "dated-1-merges");
    const findings = await seriousA11yViolations(page);
    expect(findings, JSON.stringify(findings, null, 1)).toEqual([]);
  });

  it("week 3 of each placement, with the intern's name in the phrase", async () => {
    const { page } = e;
    const id = await storeFixture("placement-week");
    await page.goto(`${e.server.url}/s/${id}/edit/goals`);
    const phrase = page.locator(".goal-frequency").first();
    await phrase.waitFor();
    expect(await phrase.innerText()).toBe("Zo vaak: in week 3 van elke stage van Lotte Maes");
    expect(await page.locator("#goal-0-frequency").inputValue()).toBe("placement-week");
    await field("releaseGoals.0.frequency.week").fill("2");
    await expect.poll(() => phrase.innerText()).toBe("Zo vaak: in week 2 van elke stage van Lotte Maes");
    await screenshot(page, "dated-2-placement-week");
    const findings = await seriousA11yViolations(page);
    expect(findings, JSON.stringify(findings, null, 1)).toEqual([]);
  });
});
