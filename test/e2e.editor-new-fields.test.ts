// This session's scenario fields in the web editor, against the real server and Chromium: the lunch-takeover school
// (fixtures/practices/lunch-takeover.json) shows its lunch posts in Opvang and the "Over de middag" tick on its
// meetings by name; a post's number of supervisors and days, one meeting's tick, a person's Middagtoezicht choice
// and "Samen" on the LO subject are changed, saved, and read back from the API. A school group
// (fixtures/group/two-schools.json) shows its schools, travel time, class schools and a care teacher's days.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  editorTab,
  saveAndRead,
  screenshot,
  seriousA11yViolations,
  signedInE2E,
  storeFixture,
  type E2E,
} from "./e2e/browser.js";

let e: E2E;
beforeAll(async () => {
  e = await signedInE2E("editor-new-fields");
}, 60_000);
afterAll(async () => {
  await e?.close();
});

interface Saved {
  version: number;
  scenario: {
    lunchSupervision?: {
      posts: { id: string; name: string; supervisors: number; days?: string[] }[];
      maxPerWeek?: number;
    };
    releaseGoals: { id: string; name: string; allowLunch?: boolean }[];
    staff: { id: string; flags: { lunchSupervisor?: boolean } }[];
    subjects: { id: string; together?: boolean }[];
  };
}

describe("lunch supervision, meetings over lunch and 'Samen' in the editor", () => {
  let id = "";

  it("shows the lunch posts, the week's limit and each meeting's 'Over de middag' by name", async () => {
    const { page } = e;
    id = await storeFixture(e, "lunch-takeover");
    await page.goto(`${e.server.url}/s/${id}/edit/cover`);
    const card = page.locator(".card", { has: page.getByRole("heading", { name: "Middagtoezicht" }) });
    await card.waitFor();
    const posts = card.locator(".lunch-post");
    await expect.poll(() => posts.count()).toBe(2);
    expect(await posts.nth(0).getByLabel("Plaats", { exact: true }).inputValue()).toBe("Speelplaats kleuters");
    expect(await posts.nth(1).getByLabel("Plaats", { exact: true }).inputValue()).toBe("Speelplaats lager");
    expect(await posts.nth(0).getByLabel("Aantal toezichters").inputValue()).toBe("1");
    // No days in the file = every lunch break: all five ticked.
    expect(await posts.nth(0).getByRole("checkbox", { name: "Woensdag" }).isChecked()).toBe(true);
    expect(await card.getByLabel("Hoogstens … middagen per week per persoon").inputValue()).toBe("3");

    await editorTab(page, "Overlegmomenten").click();
    const lunchTick = page.getByRole("checkbox", { name: /^Over de middag/ });
    await expect.poll(() => lunchTick.count()).toBe(2);
    expect(await lunchTick.nth(0).isChecked()).toBe(true);
    expect(await lunchTick.nth(1).isChecked()).toBe(true);
  });

  it("changes a post, a meeting, a person and a subject, saves, and reads them back from the API", async () => {
    const { page } = e;
    // Opvang: the nursery playground needs two supervisors, and not on Wednesday.
    await editorTab(page, "Opvang").click();
    const post = page.locator(".lunch-post").nth(0);
    await post.getByLabel("Aantal toezichters").fill("2");
    await post.getByRole("checkbox", { name: "Woensdag" }).uncheck();

    // Overlegmomenten: the primary team's meeting no longer over lunch (its card, by name).
    await editorTab(page, "Overlegmomenten").click();
    const lager = page.locator(".card", { hasText: "Middagoverleg lagereschoolteam" }).last();
    await lager.getByRole("checkbox", { name: /^Over de middag/ }).uncheck();

    // Personeel: the PE teacher takes lunch posts (default: no, he has no class).
    await editorTab(page, "Personeel").click();
    await page.getByRole("button", { name: "Wim Declercq (LO)" }).click();
    const choice = page.locator(".staff-detail").getByLabel("Middagtoezicht", { exact: true });
    expect(await choice.locator("option").first().innerText()).toBe("standaard (nee)");
    await choice.selectOption({ label: "ja" });
    await screenshot(page, "editor-new-fields-4-staff-lunch");

    // Vakken: LO for the four classes together.
    await editorTab(page, "Vakken").click();
    await page.getByRole("checkbox", { name: /^Samen \(klassen krijgen het vak tegelijk/ }).check();

    await screenshot(page, "editor-new-fields-1-subjects");
    const findings = await seriousA11yViolations(page);
    expect(findings, JSON.stringify(findings, null, 1)).toEqual([]);
    const saved = await saveAndRead<Saved>(e, id);
    expect(saved.scenario.lunchSupervision).toEqual({
      posts: [
        {
          id: "speelplaats-kleuter",
          name: "Speelplaats kleuters",
          supervisors: 2,
          days: ["mon", "tue", "thu", "fri"],
        },
        { id: "speelplaats-lager", name: "Speelplaats lager", supervisors: 1 },
      ],
      maxPerWeek: 3,
    });
    const goals = Object.fromEntries(saved.scenario.releaseGoals.map((g) => [g.id, g.allowLunch]));
    expect(goals).toEqual({ "middag-kleuter": true, "middag-lager": false });
    expect(saved.scenario.staff.find((p) => p.id === "lo1")!.flags.lunchSupervisor).toBe(true);
    expect(saved.scenario.subjects.find((s) => s.id === "LO")!.together).toBe(true);
  });

  it("shows the server's check at the field: a post without supervisors", async () => {
    const { page } = e;
    await editorTab(page, "Opvang").click();
    const field = page.locator(".lunch-post").nth(1).getByLabel("Aantal toezichters");
    await field.fill("0");
    await expect.poll(() => field.getAttribute("aria-invalid")).toBe("true");
    const describedBy = (await field.getAttribute("aria-describedby"))!;
    const message = await page.locator(`[id="${describedBy}"]`).innerText();
    expect(message).toMatch(/minstens 1/);
    // The error summary names the post and sends the principal to it.
    const link = page.getByRole("link", {
      name: `Middagtoezicht › Speelplaats lager › aantal toezichters: ${message}`,
    });
    await editorTab(page, "Algemeen").click();
    await link.click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe("field-lunchSupervision.posts.1.supervisors");
    await screenshot(page, "editor-new-fields-2-lunch-error");
  });
});

describe("a school group in the editor", () => {
  let id = "";

  it("shows the schools with their travel time, each class's school and a care teacher's school days", async () => {
    const { page } = e;
    const body = JSON.parse(readFileSync("fixtures/group/two-schools.json", "utf8"));
    const r = await page.request.post(`${e.server.url}/api/scenarios`, { data: body });
    expect(r.status(), await r.text()).toBe(201);
    id = ((await r.json()) as { id: string }).id;
    await page.goto(`${e.server.url}/s/${id}/edit/school`);
    const card = page.locator(".card", { has: page.getByRole("heading", { name: "Scholen (scholengemeenschap)" }) });
    await card.waitFor();
    const rows = card.locator(".school-row");
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).getByLabel("Naam", { exact: true }).inputValue()).toBe("VBS De Noordster");
    expect(await rows.nth(0).getByLabel("Minuten naar VBS Zuiderlicht").inputValue()).toBe("20");
    expect(await rows.nth(1).getByLabel("Minuten naar VBS De Noordster").inputValue()).toBe("");

    await editorTab(page, "Klassen").click();
    const z1 = page.getByLabel("School van Z1");
    expect(await z1.locator("option:checked").innerText()).toBe("VBS Zuiderlicht");

    await editorTab(page, "Personeel").click();
    await page.getByRole("button", { name: "Ines Vermeulen" }).click();
    const schools = page.locator(".staff-schools");
    expect(await schools.getByRole("checkbox", { name: "VBS Zuiderlicht" }).isChecked()).toBe(true);
    expect(await schools.getByRole("checkbox", { name: "VBS De Noordster" }).isChecked()).toBe(false);
    const days = schools.getByRole("group", { name: "Dagen in VBS Zuiderlicht" });
    expect(await days.getByRole("checkbox", { name: "Dinsdag" }).isChecked()).toBe(true);
    expect(await days.getByRole("checkbox", { name: "Woensdag" }).isChecked()).toBe(false);
    await screenshot(page, "editor-new-fields-5-staff-schools");
  });

  it("changes a travel time and a care teacher's days, saves, and reads them back from the API", async () => {
    const { page } = e;
    const days = page.locator(".staff-schools").getByRole("group", { name: "Dagen in VBS Zuiderlicht" });
    await days.getByRole("checkbox", { name: "Woensdag" }).check();
    await editorTab(page, "Algemeen").click();
    await page.getByLabel("Minuten naar VBS De Noordster").fill("25");
    await screenshot(page, "editor-new-fields-3-schools");
    const findings = await seriousA11yViolations(page);
    expect(findings, JSON.stringify(findings, null, 1)).toEqual([]);
    const saved = await saveAndRead<{
      scenario: { schools: { id: string; travelMinutes?: object }[]; staff: { id: string; schools?: object[] }[] };
    }>(e, id);
    expect(saved.scenario.schools.map((s) => [s.id, s.travelMinutes])).toEqual([
      ["noord", { zuid: 20 }],
      ["zuid", { noord: 25 }],
    ]);
    expect(saved.scenario.staff.find((p) => p.id === "zorg-zuid")!.schools).toEqual([
      { school: "zuid", days: ["tue", "wed", "thu"] },
    ]);
  });

  it("removes a school after asking: its classes ask for a school at their field", async () => {
    const { page } = e;
    await editorTab(page, "Algemeen").click();
    let asked = "";
    page.once("dialog", (d) => {
      asked = d.message();
      void d.accept();
    });
    await page.getByRole("button", { name: "VBS Zuiderlicht verwijderen" }).click();
    expect(asked).toBe(
      "VBS Zuiderlicht verwijderen? Klassen, lokalen en personeel van die school verliezen hun school.",
    );
    await expect.poll(() => page.locator(".school-row").count()).toBe(1);
    await editorTab(page, "Klassen").click();
    const z1 = page.getByLabel("School van Z1");
    await expect.poll(() => z1.getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByLabel("School van N1").getAttribute("aria-invalid")).toBeNull();
  });
});
