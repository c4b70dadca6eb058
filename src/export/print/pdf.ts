// The printed week as a PDF: the HTML of html.tsx printed by a headless Chromium (playwright-core drives the
// Chromium that is installed; nothing is downloaded). A4 landscape, backgrounds on (the greys of the meetings).
// The browser: $VRIJROOSTER_CHROMIUM, else /usr/bin/chromium (Debian/Ubuntu: apt-get install chromium).
import { existsSync } from "node:fs";
import { printAsset } from "./assets.js";

export const chromiumPath = () => process.env.VRIJROOSTER_CHROMIUM || "/usr/bin/chromium";

/** No usable Chromium: the message says how to get one, or to take the HTML instead. */
export class NoChromiumError extends Error {}

function noChromium(path: string, why: string): NoChromiumError {
  return new NoChromiumError(
    `Geen PDF: ${why} (${path}). Installeer Chromium (Debian/Ubuntu: sudo apt-get install chromium), ` +
      `of wijs de omgevingsvariabele VRIJROOSTER_CHROMIUM naar een Chromium of Google Chrome. ` +
      `Of gebruik --format html en druk dat bestand af vanuit uw browser (Afdrukken → Opslaan als PDF).`,
  );
}

export async function htmlToPdf(html: string): Promise<Buffer> {
  const path = chromiumPath();
  if (!existsSync(path)) throw noChromium(path, "Chromium is niet gevonden");
  const { chromium } = await import("playwright-core");
  let browser;
  try {
    // The same flags as the browser tests (scripts/chromium.mjs): headless, and no reaching out to a network.
    const args = JSON.parse(printAsset("chromium-args.json")) as string[];
    browser = await chromium.launch({ executablePath: path, args });
  } catch (e) {
    throw noChromium(path, `Chromium start niet: ${(e as Error).message.split("\n")[0]}`);
  }
  try {
    const page = await browser.newPage();
    // Self-contained: nothing to fetch. Anything that would reach out is refused.
    await page.route("**/*", (r) => r.abort());
    await page.setContent(html, { waitUntil: "load" });
    return await page.pdf({ format: "A4", landscape: true, printBackground: true });
  } finally {
    await browser.close();
  }
}
