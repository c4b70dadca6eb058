#!/usr/bin/env node
// The README's screenshots (docs/screenshots/*.png): the real app on a temporary server with the example
// school solved, in Debian's Chromium, 1280×900. Run after `npm run build`: node scripts/screenshots.mjs
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "./chromium.mjs";

const OUT = "docs/screenshots";
mkdirSync(OUT, { recursive: true });
const { startServer } = await import("../dist/api/server.js");
const { seedExample } = await import("../dist/api/seed.js");
const dataDir = mkdtempSync(join(tmpdir(), "vrijrooster-shots-"));
const server = await startServer({ port: 0, dataDir, log: () => {} });
const seed = await seedExample(server, "fixtures/city-school.json", {
  baseUrl: server.url,
  views: ["school", "staff:kt-l5a", "goal:plg-taal"],
});
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "nl-BE" });
const page = await context.newPage();
const s = `/s/${seed.scenarioId}`;
const best = seed.best.id;
await page.goto(`${server.url}/login?code=${server.issueLoginCode()}`);
const shot = async (name, path, ready, act) => {
  await page.goto(server.url + path);
  await page.locator(ready).first().waitFor();
  if (act) await act();
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(OUT, `${name}.png`) });
  console.log(`${OUT}/${name}.png`);
};
await shot("start", "/", "h1");
await shot("candidate", `${s}/candidates/${best}?view=class&id=L5A`, "table.week-grid");
await shot("teacher", `${s}/candidates/${best}?view=teacher&id=kt-l5a`, "table.week-grid", () =>
  page.locator("table.week-grid").first().scrollIntoViewIfNeeded(),
);
// A part-time LO teacher: her availability grid (painted days) beside the staff list.
await shot("editor-staff", `${s}/edit/staff?focus=lo-k`, ".avail-grid", () =>
  page.locator(".staff-layout").scrollIntoViewIfNeeded(),
);
await shot("editor-grid", `${s}/edit/grids`, "h1");
await shot("load", `${s}/candidates/${best}`, ".load-table", () =>
  page.locator(".load-table").scrollIntoViewIfNeeded(),
);
await shot("print", `${s}/print?c=${best}`, ".print-page");
await shot("publish", `${s}/publish?c=${best}`, ".feed");
await browser.close();
await server.close();
rmSync(dataDir, { recursive: true, force: true });
