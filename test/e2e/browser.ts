// Browser tests: the real server on localhost (temporary SQLite file, real solver) and Debian's Chromium
// driven by playwright-core. No browser download, no mocks. Screenshots go to test-output/screenshots/.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { startServer, type RunningServer } from "../../api/server.js";
// A plain JS module, shared with the web benchmark and the screenshot script.
import { CHROMIUM, CHROMIUM_ARGS } from "../../scripts/chromium.mjs";

export { CHROMIUM };
export const SCREENSHOTS = join(process.cwd(), "test-output", "screenshots");

export interface E2E {
  server: RunningServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** A fresh one-time sign-in link, as `npm start` prints it. */
  loginLink(): string;
  close(): Promise<void>;
}

export async function startE2E(name: string): Promise<E2E> {
  const dataDir = mkdtempSync(join(tmpdir(), `vrijrooster-e2e-${name}-`));
  const server = await startServer({ port: 0, dataDir, log: () => {}, concurrency: 1 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: "nl-BE",
    acceptDownloads: true,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    server,
    browser,
    context,
    page,
    loginLink: () => `${server.url}/login?code=${server.issueLoginCode()}`,
    async close() {
      await browser.close().catch(() => {});
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** startE2E, then signed in with a one-time link (the start page shows): the common start of a browser test. */
export async function signedInE2E(name: string): Promise<E2E> {
  const e = await startE2E(name);
  await e.page.goto(e.loginLink());
  await e.page.waitForURL((u) => !u.pathname.startsWith("/login"));
  return e;
}

/** A screenshot for people to look at; `fullPage: false` for very long pages (the print preview). */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

/** axe-core on the current page: the serious and critical WCAG 2 A/AA violations. */
export async function seriousA11yViolations(page: Page, exclude: string[] = []): Promise<AxeFinding[]> {
  await page.evaluate(AXE_SOURCE);
  const result = (await page.evaluate(async (exclude) => {
    const context = exclude.length ? { include: [["body"]], exclude: exclude.map((s) => [s]) } : document;
    // @ts-expect-error axe is injected above
    const r = await window.axe.run(context, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return r.violations.map((v: { id: string; impact: string; help: string; nodes: { target: string[] }[] }) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
    }));
  }, exclude)) as AxeFinding[];
  return result.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** Store a fixture of fixtures/practices/ as a new school, as the API does for an upload; returns its id. */
export async function storeFixture(e: E2E, name: string): Promise<string> {
  const body = JSON.parse(readFileSync(`fixtures/practices/${name}.json`, "utf8"));
  const r = await e.page.request.post(`${e.server.url}/api/scenarios`, { data: body });
  expect(r.status(), await r.text()).toBe(201);
  return ((await r.json()) as { id: string }).id;
}

/** "Bewaren" in the editor, then the scenario as the API stores it once that version is there. */
export async function saveAndRead<T>(e: E2E, id: string, version = 2): Promise<T> {
  await e.page.getByRole("button", { name: "Bewaren", exact: true }).click();
  await e.page.getByText(`Versie ${version}`).first().waitFor();
  const r = await e.page.request.get(`${e.server.url}/api/scenarios/${id}`);
  expect(r.status()).toBe(200);
  return (await r.json()) as T;
}

/** An editor tab by its label. Its badges (number of problems) join its accessible name once the check is back,
 *  so an exact name would race with the check: match the label followed only by badge numbers. */
export function editorTab(page: Page, label: string) {
  return page
    .getByRole("navigation", { name: "Onderdelen" })
    .getByRole("link", { name: new RegExp(`^${label}(\\s*\\d+)*$`) });
}
