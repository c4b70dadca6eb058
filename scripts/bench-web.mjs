#!/usr/bin/env node
// npm run bench, the web app's part: bundle size (gzip) against its budget, first contentful paint of the
// app on localhost and when React has rendered the start page (median of 7 fresh browser contexts), and how long the week grids of a 36-class school
// take to appear (every class at once, median of 7). Real server, real solve, Debian's Chromium.
// `--readme` writes the table into README.md between the WEB-BENCH markers. Not part of npm test.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { benchServer } from "./bench-server.mjs";
import { CHROMIUM, CHROMIUM_ARGS } from "./chromium.mjs";

const BUDGET_KB = 300;
const RUNS = 7;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// 1. Bundle
const assets = readdirSync("web/dist/assets").filter((f) => /\.(js|css)$/.test(f));
const gz = assets.map((f) => ({
  f,
  raw: readFileSync(join("web/dist/assets", f)).length,
  gz: gzipSync(readFileSync(join("web/dist/assets", f)), { level: 9 }).length,
}));
const totalGz = gz.reduce((n, x) => n + x.gz, 0) / 1024;
const totalRaw = gz.reduce((n, x) => n + x.raw, 0) / 1024;

// 2. Server with the example school and a 36-class school, both solved.
const { server, call, close } = await benchServer("web");
async function solved(scenario) {
  const { id } = await call("POST", "/api/scenarios", scenario);
  let job = await call("POST", `/api/scenarios/${id}/solve`, { candidates: 1, timeLimitSeconds: 60 });
  while (["queued", "running"].includes(job.status)) {
    await new Promise((r) => setTimeout(r, 200));
    job = await call("GET", `/api/jobs/${job.id}`);
  }
  if (!job.candidates[0]) throw new Error(`no candidate (${job.resultStatus})`);
  return { id, candidate: job.candidates[0] };
}
const city = await solved(JSON.parse(readFileSync("fixtures/city-school.json", "utf8")));
const big = await solved(
  JSON.parse(execFileSync("node", ["scripts/make-big-school.mjs", "2"], { encoding: "utf8", maxBuffer: 1 << 26 })),
);

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: CHROMIUM_ARGS,
});
const link = (next) => `${server.url}/login?code=${server.issueLoginCode()}&next=${encodeURIComponent(next)}`;

// 3. First contentful paint: a fresh context each time (no cache), signed in by link, the start page.
const fcp = [];
const ready = [];
for (let i = 0; i <= RUNS; i++) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(link("/"));
  await page.getByRole("heading", { level: 1 }).waitFor();
  const t = await page.evaluate(() => ({
    fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
    ready: performance.getEntriesByName("vrijrooster:app-rendered")[0]?.startTime ?? NaN,
  }));
  if (i > 0) {
    fcp.push(t.fcp);
    ready.push(t.ready);
  }
  await ctx.close();
}

// 4. The week grids of the 36-class school, every class at once: click → two animation frames later.
const grid = [];
const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 } });
const page = await ctx.newPage();
await page.goto(link(`/s/${big.id}/candidates/${big.candidate}`));
const allTab = page.getByRole("tab", { name: "Alle klassen" });
const classTab = page.getByRole("tab", { name: "Per klas" });
await allTab.waitFor();
let classes = 0;
for (let i = 0; i <= RUNS; i++) {
  await classTab.click();
  await page.locator(".week-grid").first().waitFor();
  const ms = await page.evaluate(async () => {
    const tab = [...document.querySelectorAll('[role="tab"]')].find((b) => b.textContent === "Alle klassen");
    const t0 = performance.now();
    tab.click();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return performance.now() - t0;
  });
  classes = await page.locator(".week-grid").count();
  if (i > 0) grid.push(ms);
}
await ctx.close();
await browser.close();
await close();

const rows = [
  [
    "bundle (JS + CSS, gzip -9)",
    `${totalGz.toFixed(1)} kB (${totalRaw.toFixed(0)} kB raw)`,
    `< ${BUDGET_KB} kB`,
    totalGz < BUDGET_KB ? "met" : "MISSED",
  ],
  [
    "first contentful paint, start page (median of 7)",
    `${median(fcp).toFixed(0)} ms`,
    "< 1000 ms",
    median(fcp) < 1000 ? "met" : "MISSED",
  ],
  [
    "start page rendered by React (median of 7)",
    `${median(ready).toFixed(0)} ms`,
    "< 1000 ms",
    median(ready) < 1000 ? "met" : "MISSED",
  ],
  [
    `week grids of a ${classes}-class school, all at once (median of 7)`,
    `${median(grid).toFixed(0)} ms`,
    "< 200 ms",
    median(grid) < 200 ? "met" : "MISSED",
  ],
];
const table = ["| what | measured | target | |", "|---|---|---|---|", ...rows.map((r) => `| ${r.join(" | ")} |`)].join(
  "\n",
);
console.log(
  `\nWeb app (localhost, Chromium ${browser.version?.() ?? ""}, ${new Date().toISOString().slice(0, 10)}):\n`,
);
console.log(table);
if (process.argv.includes("--readme")) {
  const readme = readFileSync("README.md", "utf8");
  writeFileSync(
    "README.md",
    readme.replace(
      /<!-- WEB-BENCH:START -->[\s\S]*<!-- WEB-BENCH:END -->/,
      `<!-- WEB-BENCH:START -->\n${table}\n<!-- WEB-BENCH:END -->`,
    ),
  );
}
void city;
