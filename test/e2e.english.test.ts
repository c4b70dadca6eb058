// The web app in English (UX guide: Dutch by default, English on the switch in the top bar): a coordinator who
// picks "English" gets no Dutch on the main screens — start, the day grids with the kleuter days on, the Cover
// tab, the solve page with its live progress, a candidate with its cover list and workload table, and print.
// Names the school wrote (people, classes, subjects, meetings, day grids) are data and stay as written: they are
// taken out of the text before it is checked.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot, signedInE2E, storeFixture, type E2E } from "./e2e/browser.js";

let e: E2E;
beforeAll(async () => {
  e = await signedInE2E("english");
}, 60_000);
afterAll(async () => {
  await e?.close();
});

/** Dutch words that have no place in an English screen (none of them is an English word). */
const DUTCH =
  /\b(de|het|een|niet|geen|voor|bij|wie|elke|weken|doelen|klas|klassen|kleuter\w*|lestijd\w*|leerkracht\w*|overleg\w*|vrijgeroosterd|maandag|dinsdag|woensdag|donderdag|vrijdag|bewaren|opvang\w*|speeltijd\w*|middag\w*|namiddag|voormiddag|toezicht\w*|dagindeling\w*|variabelen|voorwaarden)\b/i;

/** Every name string of a scenario (people, classes, subjects, meetings, grids, duties, rooms, the school). */
function dataNames(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) dataNames(v, out);
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) {
      if (typeof v === "string" && (k === "name" || k === "description" || k === "label") && v.length > 1) out.add(v);
      else dataNames(v, out);
    }
  return out;
}

const names = new Set<string>();
async function learnNames(scenarioId: string) {
  const r = await e.page.request.get(`${e.server.url}/api/scenarios/${scenarioId}`);
  expect(r.status()).toBe(200);
  const body = await r.json();
  names.add(body.name);
  dataNames(body.scenario, names);
}

/** The visible text and the aria-label / title / placeholder texts of the page, one entry per text node. */
async function texts(): Promise<string[]> {
  return e.page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = (n.textContent ?? "").replace(/\s+/g, " ").trim();
      if (!el || !text || el.closest("script,style")) continue;
      if (el.tagName !== "OPTION" && !el.checkVisibility({ visibilityProperty: true })) continue;
      out.push(text);
    }
    for (const el of document.querySelectorAll("[aria-label],[title],[placeholder]"))
      for (const a of ["aria-label", "title", "placeholder"]) {
        const v = el.getAttribute(a);
        if (v) out.push(v);
      }
    return out;
  });
}

/** The texts of the page that still hold a Dutch word once the school's own names are taken out. */
function dutchIn(all: string[]): string[] {
  const sorted = [...names].sort((a, b) => b.length - a.length);
  const strip = (s: string) => sorted.reduce((x, n) => x.split(n).join("•"), s);
  return [...new Set(all.filter((s) => DUTCH.test(strip(s))))];
}

async function expectEnglish(what: string, min: number) {
  const all = await texts();
  // The page is really there: enough text to judge.
  expect(all.length, what).toBeGreaterThan(min);
  expect(dutchIn(all), what).toEqual([]);
}

describe("the web app in English", () => {
  let cityId = "";
  let best = "";

  it("the switch in the top bar turns the start page English", async () => {
    const { page } = e;
    await page.getByLabel("Taal").selectOption("en");
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.getByText("time to learn together").waitFor();
    const r = await page.request.post(`${e.server.url}/api/examples/city-school`);
    cityId = ((await r.json()) as { id: string }).id;
    await learnNames(cityId);
    // The example schools are listed by their names (data, in Dutch) too.
    dataNames(await (await page.request.get(`${e.server.url}/api/examples`)).json(), names);
    await page.reload();
    await page.getByText("time to learn together").waitFor();
    await expectEnglish("start", 20);
    // The check itself bites: the Dutch start page fails it.
    await page.getByLabel("Language").selectOption("nl");
    await page.getByText("tijd om samen te leren").waitFor();
    expect(dutchIn(await texts()).length).toBeGreaterThan(0);
    await page.getByLabel("Taal").selectOption("en");
    await page.getByText("time to learn together").waitFor();
  });

  it("the day grids with kleuter days and the Cover tab with a kleuter lunch post", async () => {
    const { page } = e;
    const id = await storeFixture(e, "level-grids");
    await learnNames(id);
    await page.goto(`${e.server.url}/s/${id}/edit/grids`);
    await page.getByRole("checkbox", { name: "Other break and lunch times for the nursery classes" }).waitFor();
    expect(await page.getByLabel("Nursery classes: Monday block 6 start").count()).toBe(1);
    await expectEnglish("grids", 500);
    await page.goto(`${e.server.url}/s/${id}/edit/cover`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.getByText("Follows the lunch break of").first().waitFor();
    await expectEnglish("cover", 50);
  });

  it("the solve page: its live progress and its result", async () => {
    const { page } = e;
    await page.goto(`${e.server.url}/s/${cityId}/solve`);
    await page.getByRole("button", { name: "Solve", exact: true }).waitFor();
    // Everything the status line says while the job runs, caught as it changes.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => {
        const s = document.querySelector(".job-status");
        if (s) seen.push((s as HTMLElement).innerText);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByRole("button", { name: "Solve", exact: true }).click();
    await page.getByText("Best week (proven: nothing better exists)").first().waitFor({ timeout: 60_000 });
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen.length).toBeGreaterThan(0);
    expect(dutchIn(seen)).toEqual([]);
    await expectEnglish("solve", 20);
    const jobs = (await (await page.request.get(`${e.server.url}/api/jobs?scenario=${cityId}`)).json()) as {
      status: string;
      candidates: string[];
      progress: { message: string; messageEn?: string } | null;
    }[];
    best = jobs.at(-1)!.candidates[0];
    // The job's last progress line is there in both languages.
    expect(jobs.at(-1)!.progress?.messageEn).toMatch(/^(Solving|Candidate \d+:) /);
  }, 90_000);

  it("a candidate: the week of L5A, who takes the class, the workload table", async () => {
    const { page } = e;
    await page.goto(`${e.server.url}/s/${cityId}/candidates/${best}?view=class&id=L5A`);
    await page.locator("table.week-grid").first().waitFor();
    await page.locator(".load-table").waitFor();
    await page.getByText("L5A: LO with Dries Smets").first().waitFor();
    await expectEnglish("candidate", 300);
    await screenshot(page, "70-english-candidate");
  });

  it("a peer-visit carousel: each visit's meeting is named in English, the observation's name as written", async () => {
    const { page } = e;
    const id = await storeFixture(e, "hospiteer-carrousel");
    await learnNames(id);
    const job = await (
      await page.request.post(`${e.server.url}/api/scenarios/${id}/solve`, { data: { candidates: 1 } })
    ).json();
    let visitBest = "";
    await expect
      .poll(
        async () => {
          const j = await (await page.request.get(`${e.server.url}/api/jobs/${job.id}`)).json();
          visitBest = j.candidates[0] ?? "";
          return j.status;
        },
        { timeout: 60_000 },
      )
      .toBe("done");
    await page.goto(`${e.server.url}/s/${id}/candidates/${visitBest}`);
    await page.locator(".goal-card").first().waitFor();
    await page.getByText("Hospiteer-carrousel: An Peeters visits Bram Janssens (L2)").first().waitFor();
    await expectEnglish("peer visits", 100);
  }, 90_000);

  it("print: the pages per class and per teacher", async () => {
    const { page } = e;
    await page.goto(`${e.server.url}/s/${cityId}/print?c=${best}`);
    await page.locator(".print-page").first().waitFor();
    await expectEnglish("print", 1000);
  });
});
