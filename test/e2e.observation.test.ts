// Hospiteren in the browser (issue 10 item 4), against the real server and solver: the stored fixture
// hospiteer-carrousel.json shows its carousel in the Overlegmomenten tab; a pair-wise visit is added, saved and
// solved, and the best week's goal cards say who visits whom, in which class, and who takes the visitor's class.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot, seriousA11yViolations, signedInE2E, storeFixture, type E2E } from "./e2e/browser.js";

let e: E2E;
beforeAll(async () => {
  e = await signedInE2E("observation");
}, 60_000);
afterAll(async () => {
  await e?.close();
});

async function apiGet<T>(path: string): Promise<T> {
  const r = await e.page.request.get(e.server.url + path);
  expect(r.status(), path).toBe(200);
  return (await r.json()) as T;
}

describe("hospiteer-carrousel, in the browser", () => {
  let id = "";

  it("shows the carousel in the Overlegmomenten tab and adds a visit by pair", async () => {
    const { page } = e;
    id = await storeFixture(e, "hospiteer-carrousel");

    await page.goto(`${e.server.url}/s/${id}/edit/goals`);
    const section = page.locator(".observation-goals");
    await section.getByRole("heading", { name: "Hospiteren: op bezoek in een klas" }).waitFor();
    const card = section.locator(".card").first();
    expect(await card.getByRole("radio", { name: /^Carrousel/ }).isChecked()).toBe(true);
    for (const name of ["An Peeters (L1)", "Bram Janssens (L2)", "Cato Maes (zorg)"])
      expect(await card.getByRole("checkbox", { name }).isChecked()).toBe(true);
    expect(await page.locator('[id="field-observations.0.minutes"]').inputValue()).toBe("50");
    expect(await page.locator('[id="field-observations.0.when.0.part"]').inputValue()).toBe("morning");
    expect(await card.getByRole("checkbox", { name: "Donderdag" }).isChecked()).toBe(true);

    // A second observation goal: Bram visits An once, any day.
    await page.locator("#new-observation-name").fill("Klasbezoek");
    await section.getByRole("button", { name: "+ Hospiteermoment toevoegen" }).click();
    await page.locator('[id="field-observations.1.pairs.0.observer"]').selectOption("kt-l2");
    // Only class teachers can be visited: not the care teacher.
    const observed = page.locator('[id="field-observations.1.pairs.0.observed"]');
    expect(await observed.locator("option").allInnerTexts()).toEqual(["—", "An Peeters (L1)", "Bram Janssens (L2)"]);
    await observed.selectOption("kt-l1");
    await page.locator('[id="field-observations.1.timesPerPair"]').fill("2");
    await screenshot(page, "observation-1-editor");
    const findings = await seriousA11yViolations(page);
    expect(findings, JSON.stringify(findings, null, 1)).toEqual([]);
    await page.getByRole("button", { name: "Bewaren", exact: true }).click();
    await page.getByText("Versie 2").first().waitFor();
    const saved = await apiGet<{ scenario: { observations: object[] } }>(`/api/scenarios/${id}`);
    expect(saved.scenario.observations[1]).toMatchObject({
      id: "klasbezoek",
      name: "Klasbezoek",
      pairs: [{ observer: "kt-l2", observed: "kt-l1" }],
      minutes: 50,
      timesPerPair: 2,
    });
  });

  it("solves, and the goal cards say who visits whom, where, and who takes the visitor's class", async () => {
    const { page } = e;
    await page.goto(`${e.server.url}/s/${id}/solve`);
    await page.getByRole("button", { name: "Berekenen", exact: true }).click();
    await expect
      .poll(async () => (await apiGet<{ status: string }[]>(`/api/jobs?scenario=${id}`)).map((j) => j.status), {
        timeout: 90_000,
      })
      .toEqual(["done"]);
    const [job] = await apiGet<{ candidates: string[] }[]>(`/api/jobs?scenario=${id}`);
    await page.goto(`${e.server.url}/s/${id}/candidates/${job.candidates[0]}`);
    await page.getByRole("heading", { name: /Beste week/, level: 1 }).waitFor();
    const card = page.locator('.goal-card[data-goal="carrousel:kt-l1:kt-l2"]');
    expect(await card.getAttribute("data-met")).toBe("true");
    expect(await card.locator("p").first().innerText()).toMatch(
      /^An Peeters gaat op bezoek bij Bram Janssens in L2: donderdag \d\d:\d\d–\d\d:\d\d \(L1: zorgleerkracht Cato Maes \(zorg\)\)$/,
    );
    const cato = page.locator('.goal-card[data-goal="carrousel:zorg-cato:kt-l1"] p').first();
    expect(await cato.innerText()).toMatch(/^Cato Maes \(zorg\) gaat op bezoek bij An Peeters in L1: donderdag /);
    const bram = page.locator('.goal-card[data-goal="klasbezoek:kt-l2:kt-l1"] p').first();
    expect(await bram.innerText()).toMatch(/^Bram Janssens gaat op bezoek bij An Peeters in L1: /);
    await screenshot(page, "observation-2-candidate");
    const findings = await seriousA11yViolations(page);
    expect(findings, JSON.stringify(findings, null, 1)).toEqual([]);
  });
});

describe("a fixed day on which everyone is at school, in the browser", () => {
  it("shows the team day in the Overlegmomenten tab; a changed day and 'must hold' are saved", async () => {
    const { page } = e;
    const id = await storeFixture(e, "team-day");
    await page.goto(`${e.server.url}/s/${id}/edit/goals`);
    const section = page.locator(".presence-days");
    await section.getByRole("heading", { name: "Vaste dag: iedereen op school" }).waitFor();
    expect(await page.locator('[id="field-presenceDays.0.day"]').inputValue()).toBe("thu");
    expect(await section.getByRole("checkbox", { name: "Heel het team" }).isChecked()).toBe(true);
    // Only some people: the list of names appears; nobody ticked is an error at the field.
    await section.getByRole("checkbox", { name: "Heel het team" }).uncheck();
    await page.locator('[id="field-presenceDays.0.members-error"]').waitFor();
    await section.getByRole("checkbox", { name: "An Peeters" }).check();
    await section.getByRole("checkbox", { name: "Wim Declercq (LO)" }).check();
    await page.locator('[id="field-presenceDays.0.members-error"]').waitFor({ state: "detached" });
    await page.locator('[id="field-presenceDays.0.day"]').selectOption("wed");
    await section.getByRole("checkbox", { name: /^Moet lukken/ }).check();
    await screenshot(page, "observation-3-presence-day");
    const findings = await seriousA11yViolations(page);
    expect(findings, JSON.stringify(findings, null, 1)).toEqual([]);
    await page.getByRole("button", { name: "Bewaren", exact: true }).click();
    await page.getByText("Versie 2").first().waitFor();
    const saved = await apiGet<{ scenario: { presenceDays: object[] } }>(`/api/scenarios/${id}`);
    expect(saved.scenario.presenceDays).toEqual([
      { id: "zorgdag", name: "Zorgdag", day: "wed", members: ["kt-l1", "lo1"], weight: 1, required: true },
    ]);
  });
});
