// The principal's journey, in a real browser against the real server (issue 8): open the sign-in link →
// load the example school → give a class a bad number of pupils → see the error at the field → fix and
// save → solve → see the release block in the week and who takes L5A → lock it → solve again → compare →
// print to PDF (one page per class and per teacher) → publish a feed → fetch its URL and parse it.
// Screenshots of every main page land in test-output/screenshots/ for people to look at.
import { readFile } from "node:fs/promises";
import ical from "node-ical";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { editorTab, screenshot, seriousA11yViolations, startE2E, type E2E } from "./e2e/browser.js";

let e: E2E;
beforeAll(async () => {
  e = await startE2E("principal");
}, 60_000);
afterAll(async () => {
  await e?.close();
});

const CITY = "Stedelijke Basisschool De Regenboog";

/** The API as the signed-in browser sees it (same cookie): used only to read what the screens show. */
async function apiGet<T>(path: string): Promise<T> {
  const r = await e.page.request.get(e.server.url + path);
  expect(r.status(), path).toBe(200);
  return (await r.json()) as T;
}

/** Every page the principal sees must pass axe-core without serious or critical findings. */
async function accessible(name: string, exclude: string[] = []) {
  await screenshot(e.page, name, exclude.length === 0);
  const findings = await seriousA11yViolations(e.page, exclude);
  expect(findings, `${name}: ${JSON.stringify(findings, null, 1)}`).toEqual([]);
}

describe("the principal, in the browser", () => {
  let scenarioId = "";
  let firstBest = "";
  let lockedBlock: { day: string; start: string; end: string } | undefined;

  it("opens the printed sign-in link and gets the start page; without it every page answers 401", async () => {
    const bare = await fetch(`${e.server.url}/`);
    expect(bare.status).toBe(401);
    await e.page.goto(e.loginLink());
    await e.page.getByRole("heading", { name: "Welkom bij Vrijrooster" }).waitFor();
    // The examples in proper Dutch: one meeting is "1 overlegmoment".
    const village = await e.page.locator("li", { hasText: "VBS De Linde (dorpsschool)" }).innerText();
    expect(village).toMatch(/8 klassen, 11 personeelsleden, 1 overlegmoment$/);
    const cookies = await e.context.cookies();
    expect(cookies.find((c) => c.name === "vr_session")).toMatchObject({ httpOnly: true, sameSite: "Strict" });
    await accessible("01-start");
  });

  it("loads the example school and sees its classes by name", async () => {
    const { page } = e;
    await page.getByRole("button", { name: `Openen: ${CITY}` }).click();
    await page.waitForURL(/\/s\/[^/]+\/edit/);
    scenarioId = /\/s\/([^/]+)\//.exec(page.url())![1];
    await page.getByRole("heading", { name: CITY, level: 1 }).waitFor();
    await accessible("02-editor");
  });

  it("types a bad number of pupils for L5A, sees the error at the field, fixes it and saves a new version", async () => {
    const { page } = e;
    await editorTab(page, "Klassen").click();
    const school = await apiGet<{ scenario: { groups: { id: string }[] } }>(`/api/scenarios/${scenarioId}`);
    const index = school.scenario.groups.findIndex((g) => g.id === "L5A");
    const pupils = page.locator(`[id="field-groups.${index}.pupils"]`);
    await pupils.fill("0");
    await expect.poll(() => pupils.getAttribute("aria-invalid")).toBe("true");
    const describedBy = (await pupils.getAttribute("aria-describedby")) ?? "";
    const errorId = describedBy.split(" ").find((id) => id.endsWith("-error"))!;
    const message = await page.locator(`[id="${errorId}"]`).innerText();
    expect(message).toMatch(/minstens 1/);
    await expect.poll(() => page.getByRole("alert").first().innerText()).toMatch(/L5A|leerlingen|minstens 1/i);
    await expect.poll(() => page.getByRole("button", { name: "Bewaren", exact: true }).isDisabled()).toBe(true);
    await screenshot(page, "03-field-error");
    // A reload in the middle of editing loses nothing: the bad value is still there, still flagged.
    await page.reload();
    await pupils.waitFor();
    expect(await pupils.inputValue()).toBe("0");
    await expect.poll(() => pupils.getAttribute("aria-invalid")).toBe("true");
    await page.getByText("niet-bewaarde wijzigingen").first().waitFor();
    await pupils.fill("23");
    await expect.poll(() => pupils.getAttribute("aria-invalid")).not.toBe("true");
    await page.getByRole("button", { name: "Bewaren", exact: true }).click();
    await page.getByText("Versie 2").first().waitFor();
    const saved = await apiGet<{ version: number; scenario: { groups: { id: string; pupils: number }[] } }>(
      `/api/scenarios/${scenarioId}`,
    );
    expect(saved.version).toBe(2);
    expect(saved.scenario.groups[index]).toMatchObject({ id: "L5A", pupils: 23 });
  });

  it("solves with live progress and reads the best week: the PLG block and who takes L5A", async () => {
    const { page } = e;
    await page.goto(`${e.server.url}/s/${scenarioId}/solve`);
    await page.getByRole("button", { name: "Berekenen", exact: true }).click();
    await page.getByRole("link", { name: "Beste week" }).last().waitFor({ timeout: 60_000 });
    await accessible("04-solve");
    await page.locator("table.candidates-table").getByRole("link", { name: "Beste week" }).click();
    await page.waitForURL(/\/candidates\//);
    firstBest = /\/candidates\/([^/?]+)/.exec(page.url())![1];
    await page.locator("table.week-grid").first().waitFor();
    await page.getByRole("combobox", { name: "Klas" }).selectOption("L5A");
    const release = page.locator('table.week-grid[data-id="L5A"] td.wg-cell[data-goal="plg-taal"]');
    await release.first().waitFor();
    // Who takes L5A while Karen Vandenberghe is at the PLG: in words, with a name.
    const stored = await apiGet<{
      candidate: {
        releases: { goal: string; day: string; start: string; end: string; cover: { group: string; by: string }[] }[];
      };
    }>(`/api/candidates/${firstBest}`);
    const plg = stored.candidate.releases.find((r) => r.goal === "plg-taal")!;
    expect(plg.cover.some((c) => c.group === "L5A")).toBe(true);
    lockedBlock = { day: plg.day, start: plg.start, end: plg.end };
    const coverText = await page.locator(".cover-list").allInnerTexts();
    expect(coverText.join("\n")).toMatch(/L5A: .*(bij|zorgleerkracht|samen met|stagiair|co-teacher) [A-Z]/);
    expect(await release.first().innerText()).toMatch(/PLG taal/);
    await accessible("05-candidate");
    // On a 1280 px school laptop the workload table (30 people, long posts) fits its card: no sideways scrolling.
    await page.setViewportSize({ width: 1280, height: 800 });
    const table = page.locator("table.load-table");
    const [tableWidth, cardWidth] = await table.evaluate((t) => [t.scrollWidth, t.parentElement!.clientWidth]);
    expect(tableWidth).toBeLessThanOrEqual(cardWidth);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it("downloads the best week as an Excel workbook from the candidate page", async () => {
    const page = e.page;
    await page.getByText("Downloaden", { exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Excel-werkmap (alle tabellen)" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/-week-1\.xlsx$/);
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK"); // an xlsx is a zip
  });

  it("locks the PLG block and solves again: the block stays where the team agreed", async () => {
    const { page } = e;
    const lock = page
      .locator('table.week-grid[data-id="L5A"] td.wg-cell[data-goal="plg-taal"] button.wg-lock-btn')
      .first();
    await lock.click();
    await expect.poll(() => lock.getAttribute("aria-pressed")).toBe("true");
    await page
      .getByRole("button", { name: /Opnieuw berekenen/ })
      .first()
      .click();
    await page.waitForURL(/\/solve$/);
    await page.getByText(/Vastgezet \(1\)/).waitFor();
    type Job = { status: string; options: { locks?: { releases: unknown[] } }; candidates: string[] };
    const before = (await apiGet<Job[]>(`/api/jobs?scenario=${scenarioId}`)).length;
    await page.getByRole("button", { name: "Opnieuw berekenen met wat vastligt" }).click();
    // The new job (not the previous one, whose result is still on the page) runs and ends.
    await expect
      .poll(async () => (await apiGet<Job[]>(`/api/jobs?scenario=${scenarioId}`)).slice(before).map((j) => j.status), {
        timeout: 60_000,
      })
      .toEqual(["done"]);
    await page.getByText("Klaar").first().waitFor();
    const jobs = await apiGet<Job[]>(`/api/jobs?scenario=${scenarioId}`);
    const last = jobs[jobs.length - 1];
    expect(last.options.locks?.releases).toEqual([{ goal: "plg-taal", ...lockedBlock }]);
    const again = await apiGet<{
      candidate: { releases: { goal: string; day: string; start: string; end: string }[] };
    }>(`/api/candidates/${last.candidates[0]}`);
    expect(again.candidate.releases.filter((r) => r.goal === "plg-taal")).toEqual([
      expect.objectContaining({ goal: "plg-taal", ...lockedBlock }),
    ]);
  });

  it("compares the two best proposals of the solves, side by side", async () => {
    const { page } = e;
    const candidates = await apiGet<{ id: string; rank: number; jobId: string }[]>(
      `/api/scenarios/${scenarioId}/candidates`,
    );
    const second = candidates.filter((c) => c.rank === 2).pop()!;
    await page.goto(`${e.server.url}/s/${scenarioId}/compare?a=${firstBest}&b=${second.id}`);
    await page.locator("table.compare-metrics").waitFor();
    await page.locator("table.week-grid").nth(1).waitFor();
    expect(await page.locator("table.week-grid").count()).toBeGreaterThanOrEqual(2);
    await accessible("06-compare");
  });

  it("prints: the PDF has one A4 landscape page per class and per teacher", async () => {
    const { page } = e;
    await page.goto(`${e.server.url}/s/${scenarioId}/print?c=${firstBest}`);
    await page.locator(".print-page").first().waitFor();
    const school = await apiGet<{ scenario: { groups: unknown[]; staff: unknown[] } }>(`/api/scenarios/${scenarioId}`);
    const expected = school.scenario.groups.length + school.scenario.staff.length;
    expect(await page.locator('.print-page[data-kind="class"]').count()).toBe(school.scenario.groups.length);
    expect(await page.locator('.print-page[data-kind="teacher"]').count()).toBe(school.scenario.staff.length);
    // 45 identical page layouts: the controls and the first three pages are scanned.
    await accessible("07-print", [".print-page ~ .print-page ~ .print-page ~ .print-page"]);
    const pdf = await page.pdf({ format: "A4", landscape: true, preferCSSPageSize: true, printBackground: true });
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBe(expected);
    // A4 landscape: 842 × 595 points on every page.
    const boxes = [...pdf.toString("latin1").matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
    expect(boxes.length).toBe(expected);
    for (const [, w, h] of boxes) expect([Math.round(Number(w)), Math.round(Number(h))]).toEqual([842, 595]);
  });

  it("publishes Karen Vandenberghe's feed and a calendar app can read it", async () => {
    const { page } = e;
    await page.goto(`${e.server.url}/s/${scenarioId}/publish?c=${firstBest}`);
    await page.locator('fieldset[data-kind="staff"]').waitFor();
    // Only her feed: untick "all" of every kind, tick her.
    for (const kind of ["staff", "group", "goal", "school"]) {
      const all = page.locator(`fieldset[data-kind="${kind}"] label`).filter({ hasText: "Alles" }).locator("input");
      if ((await all.count()) === 1 && (await all.isChecked())) await all.uncheck();
      const single = page.locator(`fieldset[data-kind="${kind}"] input[type="checkbox"]`);
      for (let i = 0; i < (await single.count()); i++)
        if (await single.nth(i).isChecked()) await single.nth(i).uncheck();
    }
    await page
      .locator('fieldset[data-kind="staff"] label')
      .filter({ hasText: "Karen Vandenberghe" })
      .locator("input")
      .check();
    await page.getByRole("button", { name: "Publiceren (1)" }).click();
    const url = page.locator('.feed[data-view="staff:kt-l5a"] .feed-url');
    await url.waitFor();
    await page.locator('.feed[data-view="staff:kt-l5a"] img[alt^="QR-code"]').waitFor();
    await accessible("08-publish");
    const link = await url.inputValue();
    expect(link).toMatch(/\/ical\/[A-Za-z0-9_-]{43}\.ics$/);
    const res = await fetch(link); // a calendar app: no cookie, no key
    expect(res.status).toBe(200);
    const events = Object.values(ical.sync.parseICS(await res.text())).filter((x) => x.type === "VEVENT");
    expect(events.length).toBeGreaterThan(0);
    expect(events.some((ev) => /PLG taal/.test(String((ev as { summary?: unknown }).summary)))).toBe(true);
  });
});
