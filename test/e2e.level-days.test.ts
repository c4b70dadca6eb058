// Issue 10 item 6 in the web editor, against the real server and Chromium: the lunch-takeover school gets other
// break and lunch times for its kleuters ("Andere speeltijden en middagpauze voor de kleuters"), a kleuter lunch of
// 12:00–13:10 on Monday (with a wrong end shown at its field first), its kleuter playground post follows the kleuter
// lunch; saved, reloaded, kept; then the kleuter days are removed again.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { editorTab, screenshot, seriousA11yViolations, signedInE2E, storeFixture, type E2E } from "./e2e/browser.js";

let e: E2E;
beforeAll(async () => {
  e = await signedInE2E("level-days");
}, 60_000);
afterAll(async () => {
  await e?.close();
});

type Slot = { start: string; end: string; kind: string };
interface Saved {
  version: number;
  scenario: {
    dayGrids: { days: Record<string, Slot[]>; levels?: { kleuter?: Record<string, Slot[]> } }[];
    lunchSupervision?: { posts: { id: string; level?: string }[] };
  };
}

const TOGGLE = "Andere speeltijden en middagpauze voor de kleuters";

describe("kleuter days in the editor (Dagindeling)", () => {
  let id = "";
  const saved = async () => {
    const r = await e.page.request.get(`${e.server.url}/api/scenarios/${id}`);
    expect(r.status()).toBe(200);
    return (await r.json()) as Saved;
  };

  it("turns the kleuter days on, changes the kleuter lunch, shows a wrong time at its field, saves", async () => {
    const { page } = e;
    id = await storeFixture(e, "lunch-takeover");
    await page.goto(`${e.server.url}/s/${id}/edit/grids`);
    const toggle = page.getByRole("checkbox", { name: TOGGLE });
    await toggle.waitFor();
    expect(await toggle.isChecked()).toBe(false);
    expect(await page.getByLabel("Kleuters: Maandag blok 6 begin").count()).toBe(0);
    await toggle.check();
    // A copy of the grid's days to start from.
    const lunchStart = page.getByLabel("Kleuters: Maandag blok 6 begin");
    expect(await lunchStart.inputValue()).toBe("12:05");
    expect(await page.getByLabel("Kleuters: Maandag blok 6 soort").inputValue()).toBe("lunch");

    // Monday for the kleuters: lesson 4 until 12:00, lunch 12:00–13:10, the afternoon from 13:10.
    await page.getByLabel("Kleuters: Maandag blok 5 einde").fill("12:00");
    await lunchStart.fill("12:00");
    const lunchEnd = page.getByLabel("Kleuters: Maandag blok 6 einde");
    // A lunch that ends before it starts: the message at the field.
    await lunchEnd.fill("11:10");
    await expect.poll(() => lunchEnd.getAttribute("aria-invalid")).toBe("true");
    const describedBy = (await lunchEnd.getAttribute("aria-describedby"))!;
    expect(await page.locator(`[id="${describedBy}"]`).innerText()).toMatch(
      /einde van een tijdsblok moet na het begin/,
    );
    await lunchEnd.fill("13:10");
    await expect.poll(() => lunchEnd.getAttribute("aria-invalid")).not.toBe("true");
    await page.getByLabel("Kleuters: Maandag blok 7 begin").fill("13:10");
    // The grid's own Monday is untouched.
    expect(await page.getByLabel("Maandag blok 6 begin", { exact: true }).inputValue()).toBe("12:05");
    await screenshot(page, "level-days-1-kleuter-days");
    const findings = await seriousA11yViolations(page);
    expect(findings, JSON.stringify(findings, null, 1)).toEqual([]);

    // Opvang: the kleuter playground follows the kleuter lunch.
    await editorTab(page, "Opvang").click();
    const post = page.locator(".lunch-post").nth(0);
    await post.getByLabel("Volgt de middagpauze van").selectOption({ label: "kleuters" });

    await page.getByRole("button", { name: "Bewaren", exact: true }).click();
    await page.getByText("Versie 2").first().waitFor();
    const s = await saved();
    expect(s.version).toBe(2);
    const grid = s.scenario.dayGrids[0];
    expect(grid.levels?.kleuter?.mon.slice(4, 7)).toEqual([
      { start: "11:15", end: "12:00", kind: "lesson" },
      { start: "12:00", end: "13:10", kind: "lunch" },
      { start: "13:10", end: "14:10", kind: "lesson" },
    ]);
    expect(grid.levels?.kleuter?.tue).toEqual(grid.days.tue);
    expect(grid.days.mon[5]).toEqual({ start: "12:05", end: "13:20", kind: "lunch" });
    expect(s.scenario.lunchSupervision?.posts.map((p) => p.level)).toEqual(["kleuter", undefined]);
  });

  it("after a reload the kleuter days are kept; removing them gives every class the grid's days again", async () => {
    const { page } = e;
    await page.goto(`${e.server.url}/s/${id}/edit/grids`);
    const toggle = page.getByRole("checkbox", { name: TOGGLE });
    await toggle.waitFor();
    expect(await toggle.isChecked()).toBe(true);
    expect(await page.getByLabel("Kleuters: Maandag blok 6 begin").inputValue()).toBe("12:00");
    expect(await page.getByLabel("Kleuters: Maandag blok 6 einde").inputValue()).toBe("13:10");
    await editorTab(page, "Opvang").click();
    expect(await page.locator(".lunch-post").nth(0).getByLabel("Volgt de middagpauze van").inputValue()).toBe(
      "kleuter",
    );

    await editorTab(page, "Dagindeling").click();
    await page.getByRole("checkbox", { name: TOGGLE }).uncheck();
    expect(await page.getByLabel("Kleuters: Maandag blok 6 begin").count()).toBe(0);
    await page.getByRole("button", { name: "Bewaren", exact: true }).click();
    await page.getByText("Versie 3").first().waitFor();
    const s = await saved();
    expect(s.scenario.dayGrids[0].levels).toBeUndefined();
  });
});

describe("a school group in the editor: facultative days and member sets per school", () => {
  it("gives a facultative day to one school and a meeting to one school's team, saves, and reads them back", async () => {
    const { page } = e;
    const body = JSON.parse(readFileSync("fixtures/group/two-schools.json", "utf8"));
    const r = await page.request.post(`${e.server.url}/api/scenarios`, { data: body });
    expect(r.status(), await r.text()).toBe(201);
    const id = ((await r.json()) as { id: string }).id;

    await page.goto(`${e.server.url}/s/${id}/edit/calendar`);
    await page.getByRole("button", { name: "+ Vrije dag" }).click();
    const day = page.locator("li", { has: page.getByRole("group", { name: /Alleen voor deze scholen/ }) }).last();
    await day.getByLabel("Datum").fill("2026-10-12");
    await day.getByRole("checkbox", { name: "VBS De Noordster" }).check();

    await editorTab(page, "Overlegmomenten").click();
    const goal = page.locator(".card", { hasText: "PLG rekenen 1ste leerjaar" }).last();
    await goal.getByRole("radio", { name: /^Een groep/ }).check();
    await goal.getByLabel("Welke school?").selectOption({ label: "VBS Zuiderlicht" });
    await expect.poll(() => goal.locator(".member-set-words").innerText()).toMatch(/heel het team in VBS Zuiderlicht/);
    // The names it stands for: Zuiderlicht's people, not Noordster's class teachers.
    const who = await goal.locator(".resolved-members").innerText();
    expect(who).toContain("Dirk Claes");
    expect(who).not.toContain("An Peeters");
    await screenshot(page, "level-days-2-school-sets");
    const findings = await seriousA11yViolations(page);
    expect(findings, JSON.stringify(findings, null, 1)).toEqual([]);

    await page.getByRole("button", { name: "Bewaren", exact: true }).click();
    await page.getByText("Versie 2").first().waitFor();
    const saved = (await (await page.request.get(`${e.server.url}/api/scenarios/${id}`)).json()) as {
      scenario: {
        calendar: { facultativeDays: object[] };
        releaseGoals: { memberSets?: object[] }[];
      };
    };
    expect(saved.scenario.calendar.facultativeDays).toEqual([{ date: "2026-10-12", part: "full", schools: ["noord"] }]);
    expect(saved.scenario.releaseGoals[0].memberSets).toMatchObject([{ school: "zuid" }]);
  });
});

describe("the solved week of a school with kleuter days (fixtures/practices/level-grids.json)", () => {
  it("K3's week has the kleuter rows, the LO teacher's both by clock time; FET says why it cannot", async () => {
    const { page } = e;
    const id = await storeFixture(e, "level-grids");
    await page.goto(`${e.server.url}/s/${id}/solve`);
    await page.getByRole("button", { name: "Berekenen", exact: true }).click();
    await page.getByRole("link", { name: "Beste week" }).last().waitFor({ timeout: 60_000 });
    await page.locator("table.candidates-table").getByRole("link", { name: "Beste week" }).click();
    await page.waitForURL(/\/candidates\//);
    await page.locator("table.week-grid").first().waitFor();

    await page.getByRole("combobox", { name: "Klas" }).selectOption("K3");
    const k3 = page.locator('table.week-grid[data-id="K3"]');
    await k3.waitFor();
    const times = async (t: typeof k3) =>
      (await t.locator("th.wg-time .wg-clock").allInnerTexts()).map((x) => x.trim());
    const k3Rows = await times(k3);
    expect(k3Rows).toContain("12:00–13:10"); // the kleuter lunch
    expect(k3Rows).not.toContain("12:05–13:20"); // not the lager's
    expect(k3Rows).toContain("14:20–15:10");

    await page.getByRole("tab", { name: "Per leerkracht" }).click();
    await page.getByRole("combobox", { name: "Leerkracht" }).selectOption("lo1");
    const lo = page.locator('table.week-grid[data-id="lo1"]');
    await lo.waitFor();
    const loRows = await times(lo);
    expect(loRows).toEqual(expect.arrayContaining(["12:00–13:10", "12:05–13:20"]));
    // By clock time: each row starts no earlier than the one above it.
    expect(loRows.map((x) => x.slice(0, 5))).toEqual([...loRows.map((x) => x.slice(0, 5))].sort());
    await screenshot(page, "level-days-3-teacher-both-levels");

    await page.getByText("Downloaden", { exact: true }).click();
    await expect
      .poll(() => page.locator("[data-no-fet]").innerText())
      .toMatch(/FET-bestand: niet mogelijk, de kleuters hebben andere lesuren/);
    expect(await page.getByRole("link", { name: /FET-bestand/ }).count()).toBe(0);
  }, 120_000);
});
