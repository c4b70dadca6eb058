// `vrijrooster export --format html|pdf` (issue 13) on the city school and its solved week: the CLI as a child
// process. The HTML is opened in real Chromium (offline, from the file) and read as a principal would: a page per
// class and per teacher with their names, a page per meeting, the staff-load page, the school and the year on
// every page, no ids, no scripts, the one print stylesheet inlined. The PDF comes from real Chromium: one A4
// landscape page per printed page. Without Chromium: exit 2 and a Dutch message saying what to do.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM, CHROMIUM_ARGS } from "../scripts/chromium.mjs";
import { loadScenario } from "../src/model/index.js";
import { BUILT_CLI } from "./helpers/cli.js";

const root = join(import.meta.dirname, "..");
const dir = mkdtempSync(join(tmpdir(), "vrijrooster-export-print-"));
const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, [BUILT_CLI, ...args], {
    encoding: "utf8",
    cwd: root,
    env: { ...process.env, ...env },
  });

const scenarioFile = "fixtures/city-school.json";
const timetableFile = "fixtures/rounds/city-school.timetable.json";
const scenario = loadScenario(join(root, scenarioFile));
const week = JSON.parse(readFileSync(join(root, timetableFile), "utf8")) as {
  candidates: { releases: { goal: string }[] }[];
};
const exportArgs = (format: string, out: string, ...more: string[]) => [
  "export",
  scenarioFile,
  "--timetable",
  timetableFile,
  "--format",
  format,
  "--out",
  out,
  ...more,
];
const pageCount = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
});

interface Printed {
  kind: string;
  id: string | null;
  head: string;
  text: string;
}

/** The pages of an exported HTML file as Chromium shows them, with every request other than the file refused. */
async function openPrinted(file: string): Promise<{ pages: Printed[]; body: string; requests: string[] }> {
  const page = await browser.newPage();
  const requests: string[] = [];
  await page.route("**/*", (r) => {
    const url = r.request().url();
    if (url.startsWith("file:")) return r.continue();
    requests.push(url);
    return r.abort();
  });
  try {
    await page.goto(pathToFileURL(file).href);
    const pages = await page.$$eval("section.print-page", (els) =>
      els.map((el) => ({
        kind: el.getAttribute("data-kind") ?? "",
        id: el.getAttribute("data-id"),
        head: (el.querySelector(".print-head") as HTMLElement | null)?.innerText ?? "",
        text: (el as HTMLElement).innerText,
      })),
    );
    return { pages, body: await page.evaluate(() => document.body.innerText), requests };
  } finally {
    await page.close();
  }
}

describe("export --format html: the printed week as one self-contained file", () => {
  const out = join(dir, "city.html");
  let html = "";
  let printed: Awaited<ReturnType<typeof openPrinted>>;

  beforeAll(async () => {
    const r = run(exportArgs("html", out));
    expect(r.stderr).toContain(`HTML met 48 bladzijden (A4 liggend) geschreven naar ${out}`);
    expect(r.status).toBe(0);
    html = readFileSync(out, "utf8");
    printed = await openPrinted(out);
  });

  it("has no scripts and loads nothing: the one print stylesheet is inlined", () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link|\bsrc=|\bhref=/i);
    expect(printed.requests).toEqual([]);
    const css = readFileSync(join(root, "src/export/print/print.css"), "utf8");
    expect(html).toContain(`<style>\n${css}</style>`);
    expect(css).toMatch(/size:\s*A4 landscape/);
  });

  it("has a page per class, per teacher and per meeting, and the staff-load page, in that order", () => {
    const kinds = printed.pages.map((p) => p.kind);
    expect(kinds).toEqual([
      ...scenario.groups.map(() => "class"),
      ...scenario.staff.map(() => "teacher"),
      ...scenario.releaseGoals.map(() => "goal"),
      "load",
    ]);
    expect(printed.pages.filter((p) => p.kind === "class").map((p) => p.id)).toEqual(scenario.groups.map((g) => g.id));
    expect(printed.pages.filter((p) => p.kind === "teacher").map((p) => p.id)).toEqual(scenario.staff.map((p) => p.id));
  });

  it("puts the school, the school year and the page's subject by name on every page", () => {
    expect(printed.pages).toHaveLength(48);
    for (const p of printed.pages) {
      expect(p.head).toContain(scenario.name);
      expect(p.head).toContain(`schooljaar ${scenario.schoolYear}`);
      expect(p.head).toContain("beste week");
    }
    const teacher = (id: string) => printed.pages.find((p) => p.kind === "teacher" && p.id === id)!;
    const karen = scenario.staff.find((p) => p.name === "Karen Vandenberghe")!;
    expect(teacher(karen.id).head).toContain("Leerkrachtenuurrooster: Karen Vandenberghe (L5A)");
    const l5a = printed.pages.find((p) => p.kind === "class" && p.id === "L5A")!;
    expect(l5a.head).toContain("Klasuurrooster: L5A · klasleerkracht Karen Vandenberghe");
  });

  it("shows each meeting's blocks with who takes part, and the release band in the classes it frees", () => {
    const plg = scenario.releaseGoals.find((g) => g.id === "plg-taal")!;
    expect(week.candidates[0].releases.some((r) => r.goal === plg.id)).toBe(true);
    const goalPage = printed.pages.find((p) => p.kind === "goal" && p.id === plg.id)!;
    expect(goalPage.head).toContain(`Overlegmoment: ${plg.name}`);
    expect(goalPage.text).toContain("Karen Vandenberghe");
    // L5A's teacher is in the PLG: L5A's page carries the band with the meeting's name and who takes the class.
    const l5a = printed.pages.find((p) => p.kind === "class" && p.id === "L5A")!;
    expect(l5a.text).toContain(plg.name);
    expect(l5a.text).toContain("Karen Vandenberghe vrij");
  });

  it("lists every person on the staff-load page with their lestijden against the legal maximum", () => {
    const load = printed.pages.find((p) => p.kind === "load")!;
    expect(load.head).toContain("Opdrachten: lestijden en schoolopdracht");
    for (const p of scenario.staff) expect(load.text).toContain(p.name);
    expect(load.text).toContain("Max. wet");
    expect(load.text).toContain("Schoolopdracht (min)");
  });

  it("names people and meetings, never their ids", () => {
    const ids = [...scenario.staff.map((p) => p.id), ...scenario.releaseGoals.map((g) => g.id)].filter((id) =>
      id.includes("-"),
    );
    expect(ids.length).toBeGreaterThan(20);
    expect(ids.filter((id) => printed.body.includes(id))).toEqual([]);
  });

  it("--pages classes,load prints only the class pages and the staff-load page", async () => {
    const some = join(dir, "some.html");
    const r = run(exportArgs("html", some, "--pages", "classes,load"));
    expect(r.status).toBe(0);
    const { pages } = await openPrinted(some);
    expect(pages.map((p) => p.kind)).toEqual([...scenario.groups.map(() => "class"), "load"]);
  });
});

describe("a long scenario name on paper", () => {
  it("wraps within 40 % of the page head and leaves the page's title at least 30 % (it was squeezed to a word a line)", async () => {
    const long = join(dir, "long-name.json");
    const input = JSON.parse(readFileSync(join(root, scenarioFile), "utf8"));
    input.name = "Stedelijke Basisschool De Regenboog — variant met ateliers op vrijdagnamiddag en de PLG op dinsdag";
    writeFileSync(long, JSON.stringify(input));
    const out = join(dir, "long-name.html");
    const args = exportArgs("html", out, "--pages", "classes");
    args[1] = long;
    expect(run(args).status).toBe(0);
    const page = await browser.newPage({ viewport: { width: 1123, height: 794 } }); // A4 landscape at 96 dpi
    try {
      await page.goto(pathToFileURL(out).href);
      const [head, school, title] = await page
        .locator(".print-head")
        .first()
        .evaluate((h) =>
          [h, h.querySelector(".print-school")!, h.querySelector(".print-title")!].map((e) => e.clientWidth),
        );
      expect(school).toBeLessThanOrEqual(0.4 * head + 1);
      expect(title).toBeGreaterThanOrEqual(0.3 * head - 1);
    } finally {
      await page.close();
    }
  });
});

describe("export --format pdf: printed by Chromium", () => {
  it("has one A4 landscape page per printed page", () => {
    const out = join(dir, "city.pdf");
    const r = run(exportArgs("pdf", out));
    expect(r.stderr).toContain("PDF met 48 bladzijden");
    expect(r.status).toBe(0);
    const pdf = readFileSync(out);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pageCount(pdf)).toBe(scenario.groups.length + scenario.staff.length + scenario.releaseGoals.length + 1);
    const boxes = [...pdf.toString("latin1").matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
    expect(boxes.length).toBe(48);
    for (const [, w, h] of boxes) {
      // A4 landscape is 842 × 595 pt (Chromium writes 842.88 × 595.92): within 5 pt.
      expect(Number(w)).toBeCloseTo(842, -1);
      expect(Number(h)).toBeCloseTo(595, -1);
    }
  }, 180_000); // a child process that starts Chromium and prints 48 pages: slow on a busy 2-core machine

  it("without Chromium: exit 2, a Dutch message saying how to get it or to use html, no stack trace, no file", () => {
    const out = join(dir, "none.pdf");
    const r = run(exportArgs("pdf", out), { VRIJROOSTER_CHROMIUM: join(dir, "no-chromium-here") });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("Chromium is niet gevonden");
    expect(r.stderr).toContain("apt-get install chromium");
    expect(r.stderr).toContain("VRIJROOSTER_CHROMIUM");
    expect(r.stderr).toContain("--format html");
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });
});

describe("export html|pdf: bad command lines", () => {
  it("an unknown page kind is exit 2 naming it and the choices", () => {
    const r = run(exportArgs("html", join(dir, "x.html"), "--pages", "classes,rapport"));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("'rapport' bestaat niet");
    expect(r.stderr).toContain("classes, teachers, goals, load");
  });
  it("--pages with another format is exit 2", () => {
    const r = run(exportArgs("xlsx", join(dir, "x.xlsx"), "--pages", "classes"));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--pages hoort bij --format html of pdf");
  });
});
