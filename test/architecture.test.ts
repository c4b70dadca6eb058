// The house's one-way data flow (DESIGN: model → constraints → solver → plan/ical → api/cli → web), kept by
// scanning every import: the lower layers never reach up.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, normalize } from "node:path";
import { describe, expect, it } from "vitest";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

/** Every relative import of a file, as a path from the repository root. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s+["'](\.[^"']+)["']/g)].map((m) =>
    normalize(join(file, "..", m[1])),
  );
}

const violations = (dirs: string[], forbidden: string[]) =>
  dirs.flatMap(sources).flatMap((f) =>
    importsOf(f)
      .filter((i) => forbidden.some((x) => i.startsWith(x)))
      .map((i) => `${f} → ${i}`),
  );

describe("one-way data flow", () => {
  it("scans real files (the scan is not empty)", () => {
    expect(sources("src/model").length).toBeGreaterThan(5);
    expect(importsOf("constraints/rule.ts").length).toBeGreaterThan(0);
  });
  it("src/model, src/calendar, src/plan and src/rounds import neither constraints/ nor solver/", () => {
    expect(
      violations(["src/model", "src/calendar", "src/plan", "src/rounds"], ["constraints/", "solver/", "api/"]),
    ).toEqual([]);
  });
  it("src/rounds imports only model, calendar, plan and ical (never the CLI)", () => {
    expect(sources("src/rounds").length).toBeGreaterThan(3);
    expect(violations(["src/rounds"], ["src/cli/"])).toEqual([]);
  });
  it("constraints/ never imports solver/, api/, src/plan or src/ical", () => {
    expect(violations(["constraints"], ["solver/", "api/", "src/plan/", "src/ical/", "src/cli/"])).toEqual([]);
  });
  it("solver/ never imports api/", () => {
    expect(violations(["solver"], ["api/", "src/cli/"])).toEqual([]);
  });
  it("nothing below the web app imports web/", () => {
    expect(violations(["src", "constraints", "solver", "api"], ["web/"])).toEqual([]);
  });
  // The print renderer lives in src/export/print, not in web/, because `vrijrooster export --format html|pdf` and
  // the API render it too (issue 13: one renderer for the web's print page and the export). The web app imports
  // it, so it must stay browser-safe: React and src/model only, no node:*. Only the server side may use node:
  // html.tsx, pdf.ts and assets.ts (the stylesheet from disk, Chromium).
  it("the print renderer the web app shares (src/export/print) is browser-safe", () => {
    const shared = sources("src/export/print").filter((f) => !/(html\.tsx|pdf\.ts|assets\.ts)$/.test(f));
    expect(shared.length).toBeGreaterThanOrEqual(3);
    const outside = shared.flatMap((f) =>
      importsOf(f)
        .filter(
          (i) =>
            !i.startsWith("src/model/") &&
            i !== "src/plan/no-cover.js" &&
            !/^src\/export\/(staff-load|print\/(?!html|pdf|assets))/.test(i),
        )
        .map((i) => `${f} → ${i}`),
    );
    expect(outside).toEqual([]);
    // The one "no cover needed" sentence (src/plan/no-cover.ts) is shared too: it imports src/model only.
    expect(importsOf("src/plan/no-cover.ts")).toEqual(["src/model/browser.js"]);
    const nodeOnly = shared.filter((f) => /from\s+["'](node:|fs|path|url)["']/.test(readFileSync(f, "utf8")));
    expect(nodeOnly).toEqual([]);
  });
});
