// The coordinator's journey, in a real browser against the real server (issue 8): open the atelier school,
// solve it, make a variant ("ateliers start later on Friday"), move the atelier block in the variant, solve
// the variant and compare it with the original side by side.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot, seriousA11yViolations, startE2E, type E2E } from "./e2e/browser.js";

let e: E2E;
beforeAll(async () => {
  e = await startE2E("coordinator");
}, 60_000);
afterAll(async () => {
  await e?.close();
});

const ATELIER_SCHOOL = "VBS 't Klavertje (ateliers)";
const VARIANT = "Ateliers pas vanaf 14:10";

interface Job {
  status: string;
  candidates: string[];
}
interface StoredCandidate {
  candidate: { lessons: { subject: string; day: string; start: string }[]; metrics: { goalsMet: number } };
}

async function apiGet<T>(path: string): Promise<T> {
  const r = await e.page.request.get(e.server.url + path);
  expect(r.status(), path).toBe(200);
  return (await r.json()) as T;
}

/** Solve the open scenario from its solve page, as a user does; returns the best candidate's id. */
async function solveInBrowser(scenarioId: string): Promise<string> {
  const { page } = e;
  const before = (await apiGet<Job[]>(`/api/jobs?scenario=${scenarioId}`)).length;
  await page.goto(`${e.server.url}/s/${scenarioId}/solve`);
  await page.getByRole("button", { name: "Berekenen", exact: true }).click();
  await expect
    .poll(async () => (await apiGet<Job[]>(`/api/jobs?scenario=${scenarioId}`)).slice(before).map((j) => j.status), {
      timeout: 60_000,
    })
    .toEqual(["done"]);
  await page.getByText("Rekentijd").waitFor();
  const jobs = await apiGet<Job[]>(`/api/jobs?scenario=${scenarioId}`);
  const last = jobs[jobs.length - 1];
  expect(last.status).toBe("done");
  expect(last.candidates.length).toBeGreaterThan(0);
  return last.candidates[0];
}

const atelierSlots = (c: StoredCandidate) =>
  [...new Set(c.candidate.lessons.filter((l) => l.subject === "ATELIER").map((l) => `${l.day} ${l.start}`))].sort();

describe("the coordinator, in the browser", () => {
  let originalId = "";
  let originalBest = "";
  let variantId = "";
  let variantBest = "";

  it("opens the atelier school and solves it: the ateliers run on Friday afternoon", async () => {
    const { page } = e;
    await page.goto(e.loginLink());
    await page.getByRole("button", { name: `Openen: ${ATELIER_SCHOOL}` }).click();
    await page.waitForURL(/\/s\/[^/]+\/edit/);
    originalId = /\/s\/([^/]+)\//.exec(page.url())![1];
    originalBest = await solveInBrowser(originalId);
    expect(atelierSlots(await apiGet<StoredCandidate>(`/api/candidates/${originalBest}`))).toEqual([
      "fri 13:20",
      "fri 14:10",
    ]);
  });

  it("makes a variant and moves the atelier block to start at 14:10", async () => {
    const { page } = e;
    await page.goto(`${e.server.url}/s/${originalId}/edit/ateliers`);
    await page.getByRole("button", { name: "Variant maken" }).click();
    await page.locator("#variant-name").fill(VARIANT);
    await page.locator("form.duplicate-form").getByRole("button", { name: "Variant maken" }).click();
    await page.waitForURL((u) => /\/s\/[^/]+\/edit/.test(u.pathname) && !u.pathname.includes(originalId));
    variantId = /\/s\/([^/]+)\//.exec(page.url())![1];
    await page.getByRole("heading", { name: VARIANT, level: 1 }).waitFor();
    // The rail shows the variant beneath its source.
    await page.locator(".rail-variants").getByText(VARIANT).waitFor();
    await page.goto(`${e.server.url}/s/${variantId}/edit/ateliers`);
    const start = page.locator('[id="field-atelierPlans.0.candidateBlocks.0.start"]');
    expect(await start.inputValue()).toBe("13:20");
    await start.fill("14:10");
    await screenshot(page, "10-variant-ateliers");
    const findings = await seriousA11yViolations(page);
    expect(findings, JSON.stringify(findings, null, 1)).toEqual([]);
    await page.getByRole("button", { name: "Bewaren", exact: true }).click();
    await page.getByText("Versie 2").first().waitFor();
    const saved = await apiGet<{
      derivedFrom: string;
      scenario: { atelierPlans: { candidateBlocks: { day: string; start: string }[] }[] };
    }>(`/api/scenarios/${variantId}`);
    expect(saved.derivedFrom).toBe(originalId);
    expect(saved.scenario.atelierPlans[0].candidateBlocks[0]).toMatchObject({ day: "fri", start: "14:10" });
  });

  it("solves the variant: the ateliers start at 14:10, too late for a 3-hour PLG block", async () => {
    variantBest = await solveInBrowser(variantId);
    const best = await apiGet<StoredCandidate>(`/api/candidates/${variantBest}`);
    expect(atelierSlots(best)).toEqual(["fri 14:10"]);
    expect(best.candidate.metrics.goalsMet).toBe(0);
  });

  it("compares the variant with the original side by side, every difference outlined", async () => {
    const { page } = e;
    await page.goto(`${e.server.url}/s/${variantId}/compare?a=${originalBest}&b=${variantBest}`);
    const metrics = page.locator("table.compare-metrics");
    await metrics.waitFor();
    // The meeting the original frees and the variant cannot.
    const goalRow = metrics.locator('tr[data-goal="plg-bovenbouw"]');
    await goalRow.waitFor();
    expect(await goalRow.innerText()).toMatch(/−\d+ min/);
    await page.getByRole("combobox", { name: "Klas" }).selectOption("L5A");
    const changed = page.locator("[data-changed-cells]");
    await changed.waitFor();
    expect(Number(await changed.getAttribute("data-changed-cells"))).toBeGreaterThan(0);
    expect(await page.locator("td.wg-changed").count()).toBeGreaterThan(0);
    expect(await page.locator(".diff-list li").count()).toBeGreaterThan(0);
    await screenshot(page, "11-compare-variant");
    const findings = await seriousA11yViolations(page);
    expect(findings, JSON.stringify(findings, null, 1)).toEqual([]);
  });

  it("says 'Niet hier' to the original's PLG block: the next solve keeps the PLG out of that time", async () => {
    const { page } = e;
    await page.goto(`${e.server.url}/s/${originalId}/candidates/${originalBest}?view=goal&id=plg-bovenbouw`);
    const notHere = page.locator('td.wg-cell[data-goal="plg-bovenbouw"] button', { hasText: "Niet hier" }).first();
    await notHere.click();
    const allow = page.locator('td.wg-cell[data-goal="plg-bovenbouw"] button', { hasText: "Toch hier mag" }).first();
    await expect.poll(() => allow.getAttribute("aria-pressed")).toBe("true");
    const block = (
      await apiGet<{ candidate: { releases: { goal: string; day: string; start: string; end: string }[] } }>(
        `/api/candidates/${originalBest}`,
      )
    ).candidate.releases.find((r) => r.goal === "plg-bovenbouw")!;
    const before = (await apiGet<Job[]>(`/api/jobs?scenario=${originalId}`)).length;
    await page.goto(`${e.server.url}/s/${originalId}/solve`);
    await page
      .getByText(/niet .* 13:20/)
      .first()
      .waitFor();
    await page.getByRole("button", { name: "Opnieuw berekenen met wat vastligt" }).click();
    await expect
      .poll(async () => (await apiGet<Job[]>(`/api/jobs?scenario=${originalId}`)).slice(before).map((j) => j.status), {
        timeout: 60_000,
      })
      .toEqual(["done"]);
    const job = (
      await apiGet<(Job & { options: { locks?: { forbidden: unknown[] } } })[]>(`/api/jobs?scenario=${originalId}`)
    )[before];
    expect(job.options.locks?.forbidden).toEqual([
      { day: block.day, start: block.start, end: block.end, goal: "plg-bovenbouw" },
    ]);
    const after = await apiGet<{
      candidate: { releases: { goal: string; day: string; start: string; end: string }[] };
    }>(`/api/candidates/${job.candidates[0]}`);
    const overlaps = (a: { day: string; start: string; end: string }) =>
      a.day === block.day && a.start < block.end && block.start < a.end;
    expect(after.candidate.releases.filter((r) => r.goal === "plg-bovenbouw" && overlaps(r))).toEqual([]);
  });
});
