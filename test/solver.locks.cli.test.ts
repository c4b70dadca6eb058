// `vrijrooster solve --lock`, run as a real process on real files (the solver in its worker, from dist/).
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LOCK_B, lockInput } from "./helpers/locks.js";
import { BUILT_CLI } from "./helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "vrijrooster-locks-"));
const scenarioFile = join(dir, "school.json");
writeFileSync(scenarioFile, JSON.stringify(lockInput()));
const file = (name: string, data: unknown) => {
  const f = join(dir, name);
  writeFileSync(f, typeof data === "string" ? data : JSON.stringify(data));
  return f;
};
const run = (...args: string[]) =>
  spawnSync(process.execPath, [BUILT_CLI, ...args], {
    encoding: "utf8",
    cwd: join(import.meta.dirname, ".."),
  });

describe("vrijrooster solve --lock", () => {
  it("exits 0 with the locked block in the JSON result, which carries the locks", () => {
    const r = run("solve", scenarioFile, "--lock", file("b.json", LOCK_B), "--json", "--candidates", "1");
    // Only progress lines ("[1.2 s] …", printed when a solve takes over a second on a busy machine), no error.
    expect(r.stderr.split("\n").filter((l) => l && !/^\[\d+\.\d s\] /.test(l))).toEqual([]);
    expect(r.status).toBe(0);
    const t = JSON.parse(r.stdout);
    expect(t.status).toBe("optimal");
    expect(t.candidates[0].releases).toMatchObject([{ goal: "visit", day: "thu", start: "08:30", end: "10:10" }]);
    expect(t.locks).toEqual({ ...LOCK_B, lessons: [], forbidden: [] });
  });

  it("exits 2 naming the field path for a bad lock file, without a stack trace", () => {
    const bad = { releases: [{ goal: "plg", day: "mon", start: "08:30", end: "10:10" }] };
    const r = run("solve", scenarioFile, "--lock", file("bad.json", bad));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/- locks\.releases\[0\]\.goal: Onbekende vrijroostering 'plg'/);
    expect(r.stderr).not.toMatch(/at .*\.(ts|js):\d+/);
    const notJson = run("solve", scenarioFile, "--lock", file("broken.json", "{ releases: "));
    expect(notJson.status).toBe(2);
    expect(notJson.stderr).toMatch(/broken\.json is geen geldige JSON/);
  });

  it("exits 1 and names the lock when it makes the week impossible", () => {
    const fri = { releases: [{ goal: "visit", day: "fri", start: "09:20", end: "11:15" }] };
    const r = run("solve", scenarioFile, "--lock", file("fri.json", fri));
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/\[lock\] De vergrendeling van het vastgezette blok 'Hospiteren' op vrijdag 09:20/);
  });
});
