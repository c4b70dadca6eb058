// Files that live beside the print renderer's source and are read at run time: the one stylesheet (print.css) and
// Chromium's launch flags (chromium-args.json, also read by scripts/chromium.mjs for the browser tests). Found next
// to this file when run from source, at the same path under the package root when compiled (dist/src/export/print).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const cache = new Map<string, string>();

export function printAsset(name: "print.css" | "chromium-args.json"): string {
  let text = cache.get(name);
  if (text === undefined) {
    try {
      text = readFileSync(fileURLToPath(new URL(name, import.meta.url)), "utf8");
    } catch {
      text = readFileSync(fileURLToPath(new URL(`../../../../src/export/print/${name}`, import.meta.url)), "utf8");
    }
    cache.set(name, text);
  }
  return text;
}
