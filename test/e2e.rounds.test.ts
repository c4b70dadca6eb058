// Overlegrondes in a real browser against the real server (issue 14): the sign-in link → Overlegrondes → the city
// school (opened and solved as the principal would, through the API) → a rounds file with a mistake shows the
// problem in words at the field → the kernreflectie example → store and plan (real HiGHS, live progress) → the
// table per date names the people with their roles → publish the calendars → a support worker's feed URL serves
// her sessions. axe-core finds nothing serious on the page, in Dutch and in English.
import ical, { type VEvent } from "node-ical";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot, seriousA11yViolations, startE2E, type E2E } from "./e2e/browser.js";

let e: E2E;
beforeAll(async () => {
  e = await startE2E("rounds");
}, 60_000);
afterAll(async () => {
  await e?.close();
});

const CITY = "Stedelijke Basisschool De Regenboog";

async function accessible(name: string) {
  await screenshot(e.page, name);
  const findings = await seriousA11yViolations(e.page);
  expect(findings, `${name}: ${JSON.stringify(findings, null, 1)}`).toEqual([]);
}

async function api<T>(method: "get" | "post", path: string, data?: unknown): Promise<T> {
  const r = await e.page.request[method](e.server.url + path, data === undefined ? {} : { data });
  expect(r.status(), path).toBeLessThan(300);
  return (await r.json()) as T;
}

describe("Overlegrondes", () => {
  let scenarioId = "";

  it("signs in and finds Overlegrondes in the rail; the city school is opened and solved", async () => {
    const { page } = e;
    await page.goto(e.loginLink());
    scenarioId = (await api<{ id: string }>("post", "/api/examples/city-school")).id;
    const job = await api<{ id: string }>("post", `/api/scenarios/${scenarioId}/solve`, { candidates: 1 });
    for (let i = 0; i < 600; i++) {
      const j = await api<{ status: string }>("get", `/api/jobs/${job.id}`);
      if (j.status !== "queued" && j.status !== "running") break;
      await new Promise((r) => setTimeout(r, 200));
    }
    await page.reload();
    await page.getByRole("link", { name: "Overlegrondes", exact: true }).click();
    await page.waitForURL(/\/rounds$/);
    await page.getByRole("heading", { level: 1, name: "Overlegrondes" }).waitFor();
    // The only school opens by itself: nothing to choose.
    await page.waitForURL(new RegExp(`/s/${scenarioId}/rounds`));
    expect(await page.getByLabel("School", { exact: true }).locator("option:checked").innerText()).toBe(CITY);
    await page.getByRole("button", { name: /^Kernreflectie/ }).waitFor();
  }, 150_000);

  it("a rounds file with an unknown location is refused in the browser, in words, at the field", async () => {
    const { page } = e;
    const examples = await api<{ id: string; rounds: { sessions: { location: string }[] } }[]>(
      "get",
      "/api/round-examples",
    );
    const bad = structuredClone(examples.find((x) => x.id === "kernreflectie")!.rounds);
    bad.sessions[0].location = "maan";
    await page.getByLabel("Of plak het rondebestand hier").fill(JSON.stringify(bad));
    const summary = page.locator(".error-summary");
    await summary.waitFor();
    expect(await summary.innerText()).toContain(
      `sessie "Oefensessie kernreflectiescript", plaats: Onbekende locatie 'maan'`,
    );
    expect(await page.getByLabel("Of plak het rondebestand hier").getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByRole("button", { name: "Bewaren en plannen" }).isDisabled()).toBe(true);
    await accessible("rounds-01-invalid");
  });

  it("plans the kernreflectie example: a table per date names the people with their roles", async () => {
    const { page } = e;
    await page.getByRole("button", { name: /^Kernreflectie/ }).click();
    await page.getByText(/^In orde: '.*', 34 sessies\.$/).waitFor();
    await page.getByRole("button", { name: "Bewaren en plannen" }).click();
    const status = page.locator(".rounds-status");
    await status.waitFor({ timeout: 90_000 });
    expect(await status.innerText()).toMatch(/^34 van 34 sessies gepland op \d+ dagen bewezen: minder dagen kan niet/);
    // the practice session: the researcher leads, all 13 support workers by name, at the network's room
    const practice = page.locator("tr", { hasText: "Oefensessie kernreflectiescript" });
    expect(await practice.count()).toBe(1);
    const who = await practice.locator("td").nth(2).innerText();
    expect(who).toContain("Dr. Leen Desmet (leiding)");
    expect(who).toContain("Lies Vermeulen");
    expect(who).not.toMatch(/\bow\d\d\b|onderzoeker\b/);
    expect(await practice.locator("td").nth(3).innerText()).toBe("Ondersteuningsnetwerk Zuid-West, vergaderzaal");
    expect(await page.locator(".rounds-day h3").first().innerText()).toMatch(/^Woensdag \d+ maart 2027$/);
    const ics = page.getByRole("link", { name: "Agenda downloaden (.ics)" });
    const download = await ics.getAttribute("href");
    const got = await page.request.get(e.server.url + download);
    expect(Object.values(ical.sync.parseICS(await got.text())).filter((c) => c?.type === "VEVENT")).toHaveLength(34);
    await accessible("rounds-02-plan");
    await page.locator(".rounds-status").scrollIntoViewIfNeeded();
    await screenshot(page, "rounds-02-plan-top", false);
  }, 120_000);

  it("publishes the calendars; a support worker's link serves exactly her sessions", async () => {
    const { page } = e;
    await page.getByRole("button", { name: /^Publiceren \(\d+\)$/ }).click();
    await page.getByText(/agenda's gepubliceerd\.$/).waitFor();
    const lies = page.locator(".feed", { has: page.getByRole("heading", { name: /— Lies Vermeulen$/ }) });
    const url = await lies.getByRole("textbox", { name: /^Link voor / }).inputValue();
    expect(url).toMatch(/\/ical\/[A-Za-z0-9_-]+\.ics$/);
    const site = page.locator(".feed", {
      has: page.getByRole("heading", { name: /wie is er op Basisschool De Wilg$/ }),
    });
    expect(await site.count()).toBe(1);
    const feed = await (await fetch(url)).text();
    const events = Object.values(ical.sync.parseICS(feed)).filter((c): c is VEvent => c?.type === "VEVENT");
    expect(events.map((x) => x.summary).sort()).toEqual(
      [
        "Diepte-interview L1A",
        "Diepte-interview L4A",
        "Focusgroepinterview onderwijsondersteuners",
        "Kernreflectie L1A",
        "Kernreflectie L4A",
        "Oefensessie kernreflectiescript",
      ].sort(),
    );
    await accessible("rounds-03-published");
    await lies.scrollIntoViewIfNeeded();
    await screenshot(page, "rounds-03-published-feed", false);

    // "Intrekken" (the list shared with Publiceren, components/Feeds.tsx): asked first, then gone, its link too.
    const listed = page.getByRole("heading", { name: /^Gepubliceerde agenda's van deze ronde \(\d+\)$/ });
    const count = async () => Number(/\((\d+)\)/.exec(await listed.innerText())![1]);
    const before = await count();
    const siteUrl = await site.getByRole("textbox", { name: /^Link voor / }).inputValue();
    page.once("dialog", (d) => void d.accept());
    await site.getByRole("button", { name: "Intrekken" }).click();
    await expect.poll(() => site.count()).toBe(0);
    expect(await count()).toBe(before - 1);
    expect((await fetch(siteUrl)).status).toBe(410);
    expect(await lies.count()).toBe(1);
  }, 60_000);

  it("reads in English too (names stay names)", async () => {
    const { page } = e;
    await page.getByLabel("Taal").selectOption("en");
    await page.getByRole("heading", { level: 1, name: "Meeting rounds" }).waitFor();
    expect(await page.locator(".rounds-status").innerText()).toMatch(/^34 of 34 sessions planned on \d+ days/);
    expect(
      await page.locator("tr", { hasText: "Oefensessie kernreflectiescript" }).locator("td").nth(2).innerText(),
    ).toContain("Dr. Leen Desmet (lead)");
    await accessible("rounds-04-english");
    await page.getByLabel("Language").selectOption("nl");
  });

  it("a round that cannot be placed says who and why, in words", async () => {
    const { page } = e;
    const examples = await api<{ id: string; rounds: { window: object; externals: { id: string }[] } }[]>(
      "get",
      "/api/round-examples",
    );
    const away = structuredClone(examples.find((x) => x.id === "m-team")!.rounds);
    Object.assign(
      away.externals.find((x) => x.id === "m-ann")!,
      { unavailable: [away.window] },
    );
    await page.getByLabel("Of plak het rondebestand hier").fill(JSON.stringify(away));
    await page.getByRole("button", { name: "Bewaren en plannen" }).click();
    const unplaced = page.locator(".rounds-unplaced");
    await unplaced.waitFor({ timeout: 60_000 });
    expect(await page.locator(".rounds-status").innerText()).toMatch(
      /^0 van 6 sessies gepland op 0 dagen bewezen: meer sessies plaatsen kan niet/,
    );
    await page.getByText("Niets te publiceren: deze planning heeft geen sessies en de ronde geen bezoeken.").waitFor();
    expect(await unplaced.locator(":scope > ul > li").count()).toBe(6);
    expect(await unplaced.locator(":scope > ul > li").first().innerText()).toMatch(
      /^M-team intake: Ann Bogaert is tussen 11 januari en 24 januari nooit 90 minuten vrij/,
    );
    expect(await unplaced.innerText()).not.toMatch(/m-ann/);
    await accessible("rounds-05-unplaced");
  }, 90_000);
});
