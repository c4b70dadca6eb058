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
});
