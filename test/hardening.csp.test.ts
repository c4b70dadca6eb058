// The Content-Security-Policy (issue 12) in real Chromium: every page of the web app (Vite build in
// web/dist), /docs and the sign-in page load and work without a single CSP violation — counted both from
// the console and from `securitypolicyviolation` events. And a proof that the policy bites: an inline
// script injected into a page is refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { startE2E, type E2E } from "./e2e/browser.js";

let e: E2E;
const violations: string[] = [];

/** Records CSP reports of a page: console errors and violation events (kept on window across renders). */
async function watch(page: Page, label: () => string) {
  page.on("console", (m) => {
    if (/content security policy/i.test(m.text())) violations.push(`${label()}: ${m.text()}`);
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (ev) =>
      w.__csp.push(`${ev.violatedDirective} ${ev.blockedURI} ${ev.sourceFile}:${ev.lineNumber}`),
    );
  });
}

const eventsOf = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp ?? []);

let here = "";
beforeAll(async () => {
  e = await startE2E("csp");
  await watch(e.page, () => here);
}, 60_000);
afterAll(async () => {
  await e?.close();
});

describe("CSP in Chromium", () => {
  it("the sign-in page (no session) loads without a violation", async () => {
    const page = await e.browser.newPage();
    const mine: string[] = [];
    page.on("console", (m) => void (/content security policy/i.test(m.text()) && mine.push(m.text())));
    const r = await page.goto(`${e.server.url}/`);
    expect(r?.status()).toBe(401);
    expect(r?.headers()["content-security-policy"]).toContain("script-src 'self'");
    await page.waitForLoadState("networkidle");
    expect(mine).toEqual([]);
    await page.close();
  });

  it("every page of the web app and /docs load without a violation", async () => {
    const { page, server } = e;
    here = "login";
    await page.goto(e.loginLink());
    await page.getByRole("heading", { name: "Welkom bij Vrijrooster" }).waitFor();
    // A school with a solved week and a published feed, so the result and publish pages have content.
    const api = page.request;
    const created = await api.post(`${server.url}/api/examples/village-school`);
    expect(created.status()).toBe(201);
    const id = (await created.json()).id as string;
    const job = await (await api.post(`${server.url}/api/scenarios/${id}/solve`, { data: { candidates: 2 } })).json();
    let cands: string[] = [];
    for (let i = 0; i < 600 && !cands.length; i++) {
      const j = await (await api.get(`${server.url}/api/jobs/${job.id}`)).json();
      if (!["queued", "running"].includes(j.status)) cands = j.candidates;
      else await new Promise((r) => setTimeout(r, 100));
    }
    expect(cands.length).toBeGreaterThan(0);
    const pub = await api.post(`${server.url}/api/candidates/${cands[0]}/feeds`, { data: { views: ["school"] } });
    expect(pub.status()).toBe(201);

    const pages = [
      "/",
      "/new",
      `/s/${id}`,
      `/s/${id}/edit`,
      `/s/${id}/versions`,
      `/s/${id}/solve`,
      `/s/${id}/candidates/${cands[0]}`,
      `/s/${id}/compare`,
      `/s/${id}/publish`,
      `/s/${id}/print`,
      "/docs",
    ];
    for (const path of pages) {
      here = path;
      const r = await page.goto(server.url + path);
      expect([path, r?.status()]).toEqual([path, 200]);
      expect(r?.headers()["content-security-policy"]).toBeTruthy();
      await page.waitForLoadState("networkidle");
      if (path !== "/docs") await page.locator("main, .app").first().waitFor();
      else await page.getByRole("heading", { level: 1 }).waitFor();
      expect([path, await eventsOf(page)]).toEqual([path, []]);
    }
    // The publish page shows the feed's QR code and the web app has rendered its own content.
    expect(violations).toEqual([]);
  }, 180_000);

  it("the policy bites: an injected inline script does not run", async () => {
    const { page, server } = e;
    here = "injection";
    await page.goto(`${server.url}/`);
    await page.waitForLoadState("networkidle");
    const ran = await page.evaluate(async () => {
      const w = window as unknown as { __pwned?: boolean };
      const s = document.createElement("script");
      s.textContent = "window.__pwned = true";
      document.body.appendChild(s);
      await new Promise((r) => setTimeout(r, 100));
      return w.__pwned === true;
    });
    expect(ran).toBe(false);
    expect((await eventsOf(page)).some((v) => v.startsWith("script-src"))).toBe(true);
  });
});
