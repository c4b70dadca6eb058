// `vrijrooster import` of Untis GPU exports (hand-written files in the documented GPU layout): classes, teachers,
// subjects and the lessons per class and teacher; the grid comes from the usual week (Untis exports none).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BUILT_CLI } from "./helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "vrijrooster-untis-"));
const root = join(import.meta.dirname, "..");
const run = (...args: string[]) => spawnSync(process.execPath, [BUILT_CLI, ...args], { encoding: "utf8", cwd: root });

describe("vrijrooster import (Untis GPU)", () => {
  it("reads GPU002/003/004/006 (';', UTF-8): class teachers, the LO specialist, names from the master data", () => {
    const out = join(dir, "untis.json");
    const r = run("import", "test/fixtures-import/untis", "--out", out);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/2 klassen, 3 personeelsleden, 1 vakken/);
    const s = JSON.parse(readFileSync(out, "utf8"));
    expect(s.groups.map((g: { id: string; classTeachers: string[] }) => [g.id, g.classTeachers])).toEqual([
      ["1A", ["PEA"]],
      ["1B", ["JAB"]],
    ]);
    expect(s.subjects).toEqual([
      expect.objectContaining({
        id: "LO",
        name: "Bewegingsopvoeding",
        groups: ["1A", "1B"],
        periods: 2,
        taughtBy: { staff: ["MAC"] },
      }),
    ]);
    expect(s.staff.find((x: { id: string }) => x.id === "MAC")).toMatchObject({
      name: "Maes Chris",
      ambt: "leermeester-lo",
      fraction: "4/24",
    });
    const c = run("check", out);
    expect(c.stdout).toMatch(/0 harde overtredingen/);
  });
  it("reads ',' files in Windows-1252 and a kleuter class", () => {
    const out = join(dir, "untis2.json");
    const r = run("import", "test/fixtures-import/untis-1252", "--out", out);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const s = JSON.parse(readFileSync(out, "utf8"));
    expect(s.staff.map((x: { name: string }) => x.name)).toContain("Dumont Céline");
    expect(s.groups[0]).toMatchObject({ id: "K1", level: "kleuter", classTeachers: ["DUC"] });
  });
});
