// The CLI and the user's mistakes (issue 12), run as real processes on real files: a missing output folder
// (checked before the solve), a busy port, a data dir that is a file, a data file that is not a database →
// exit 2 with what to do, never "Interne fout"/exit 3; a UTF-8 BOM is accepted; names with control
// characters and unknown keys are refused naming the field; the same candidate limit as the API.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startServer } from "../api/server.js";
import { SOLVE_LIMITS } from "../src/model/index.js";
import { planCandidate, planInput } from "./plan-school.js";
import { BUILT_CLI } from "./helpers/cli.js";

const ROOT = join(import.meta.dirname, "..");
const dir = mkdtempSync(join(tmpdir(), "vrijrooster-cli-hardening-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const VILLAGE = readFileSync(join(ROOT, "fixtures", "village-school.json"), "utf8");

const run = (...args: string[]) => spawnSync(process.execPath, [BUILT_CLI, ...args], { encoding: "utf8", cwd: ROOT });

/** `vrijrooster serve` until it exits (or 20 s); stdout + stderr and the exit code. */
function serve(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [BUILT_CLI, "serve", ...args], {
      cwd: ROOT,
      env: { ...process.env, VRIJROOSTER_API_KEY: "cli-hardening-key-0123456789", ...env },
    });
    let out = "";
    p.stdout.on("data", (d) => (out += d));
    p.stderr.on("data", (d) => (out += d));
    const timer = setTimeout(() => p.kill("SIGTERM"), 20_000);
    p.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, out });
    });
  });
}

function expectUserError(
  r: { status?: number | null; code?: number | null; stderr?: string; out?: string },
  re: RegExp,
) {
  const text = r.stderr ?? r.out ?? "";
  expect(text).toMatch(re);
  expect(text).not.toMatch(/Interne fout/);
  expect(text).not.toMatch(/at .*\.(ts|js):\d+/);
  expect(r.status ?? r.code).toBe(2);
}

describe("exit 2 with what to do, not 'Interne fout' / exit 3", () => {
  it("solve --out into a missing folder is refused before the solve", () => {
    const file = join(dir, "village.json");
    writeFileSync(file, VILLAGE);
    const t0 = Date.now();
    const r = run("solve", file, "--out", join(dir, "no-such-folder", "rooster.json"), "--time-limit", "60");
    expectUserError(r, /no-such-folder.*bestaat niet.*mkdir -p/s);
    expect(r.stderr).not.toMatch(/\(\d+\.\d+ s\)/); // no solve ran
    expect(Date.now() - t0).toBeLessThan(15_000);
  });

  it("ical --out into a missing folder likewise", () => {
    const r = run(
      "ical",
      join(ROOT, "fixtures", "village-school.json"),
      "--timetable",
      join(ROOT, "fixtures", "village-school.timetable.json"),
      "--view",
      "school",
      "--out",
      join(dir, "nope", "x.ics"),
    );
    expectUserError(r, /bestaat niet/);
  });

  it("serve on a busy port", async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, "127.0.0.1", r));
    const port = (blocker.address() as AddressInfo).port;
    try {
      const r = await serve(["--port", String(port), "--data-dir", join(dir, "data-busy")]);
      expectUserError(r, new RegExp(`Poort ${port} is al in gebruik.*--port`, "s"));
    } finally {
      blocker.close();
    }
  }, 30_000);

  it("serve with a data dir that is a file", async () => {
    const file = join(dir, "data-is-a-file");
    writeFileSync(file, "hello");
    expectUserError(await serve(["--port", "0", "--data-dir", file]), /is een bestand, geen map.*--data-dir/s);
  }, 30_000);

  it("serve with a data file that is not a database", async () => {
    const d = join(dir, "data-not-db");
    mkdirSync(d);
    writeFileSync(join(d, "vrijrooster.sqlite"), "dit is geen database, maar een brief aan de directie\n".repeat(200));
    expectUserError(await serve(["--port", "0", "--data-dir", d]), /geen Vrijrooster-database/);
  }, 30_000);
});

describe("input", () => {
  it("accepts a UTF-8 BOM (Notepad writes one)", () => {
    const plain = join(dir, "plain.json");
    const bom = join(dir, "bom.json");
    writeFileSync(plain, VILLAGE);
    writeFileSync(bom, "\uFEFF" + VILLAGE);
    const a = run("check", plain);
    const b = run("check", bom);
    expect(b.stderr).not.toMatch(/geen geldige JSON/);
    expect(b.status).toBe(a.status);
    expect(b.stdout).toBe(a.stdout);
  });

  it("refuses a name with a line break and an unknown key, naming each field, with the right plural", () => {
    const input = JSON.parse(VILLAGE);
    input.staff[0].name = "An\r\nATTENDEE:mailto:x@example.com";
    input.colour = "blauw";
    const file = join(dir, "bad.json");
    writeFileSync(file, JSON.stringify(input));
    const r = run("check", file);
    expectUserError(r, /staff\[0\]\.name: Gebruik geen regeleinden/);
    expect(r.stderr).toMatch(/colour: Onbekend veld: colour/);
    expect(r.stderr).toMatch(/\(2 problemen\)/);
    expect(r.stderr).not.toMatch(/probleemen/);
  });

  it("uses the API's candidate limit", () => {
    const file = join(dir, "village.json");
    writeFileSync(file, VILLAGE);
    const r = run("solve", file, "--candidates", String(SOLVE_LIMITS.candidates + 1));
    expectUserError(r, new RegExp(`1 tot ${SOLVE_LIMITS.candidates}`));
    expect(SOLVE_LIMITS.candidates).toBe(10);
  });
});

describe("vrijrooster ical: one UID base with the API, and --previous", () => {
  const uids = (ics: string) => [...ics.matchAll(/^UID:(.+)\r$/gm)].map((m) => m[1]).sort();

  it("writes the same UIDs as the API's feed of the same school and week", async () => {
    const scenarioFile = join(ROOT, "fixtures", "village-school.json");
    const timetableFile = join(ROOT, "fixtures", "village-school.timetable.json");
    const cli = run("ical", scenarioFile, "--timetable", timetableFile, "--view", "school");
    expect(cli.status).toBe(0);
    const key = "cli-uid-key-0123456789abcdef";
    const server = await startServer({ port: 0, dataDir: join(dir, "uid-data"), apiKey: key, log: () => {} });
    try {
      const headers = { authorization: `Bearer ${key}`, "content-type": "application/json" };
      const created = await fetch(`${server.url}/api/scenarios`, { method: "POST", headers, body: VILLAGE });
      const id = ((await created.json()) as { id: string }).id;
      const candidate = JSON.parse(readFileSync(timetableFile, "utf8")).candidates[0];
      const job = server.ctx.store.createJob(id, 1, {});
      server.ctx.store.finishJob(job.id, "done", { resultStatus: "feasible", candidates: [candidate] });
      const cand = server.ctx.store.getJob(job.id)!.candidates[0];
      const pub = await fetch(`${server.url}/api/candidates/${cand}/feeds`, {
        method: "POST",
        headers,
        body: JSON.stringify({ views: ["school"] }),
      });
      const url = ((await pub.json()) as { feeds: { url: string }[] }).feeds[0].url;
      const api = await (await fetch(url)).text();
      expect(uids(api).length).toBeGreaterThan(0);
      expect(uids(api)).toEqual(uids(cli.stdout));
    } finally {
      await server.close();
    }
  }, 60_000);

  it("--previous keeps UIDs, DTSTAMP and SEQUENCE of unchanged events and bumps the changed one", () => {
    const scenarioFile = join(dir, "linde.json");
    const t1 = join(dir, "week1.json");
    const t2 = join(dir, "week2.json");
    writeFileSync(scenarioFile, JSON.stringify(planInput()));
    const week = planCandidate();
    writeFileSync(t1, JSON.stringify({ status: "feasible", candidates: [week] }));
    const moved = structuredClone(week);
    moved.releases[0].end = "15:00";
    writeFileSync(t2, JSON.stringify({ status: "feasible", candidates: [moved] }));
    const old = join(dir, "kt1-old.ics");
    const now = join(dir, "kt1-new.ics");
    expect(run("ical", scenarioFile, "--timetable", t1, "--view", "staff:kt1", "--out", old).status).toBe(0);
    const r = run("ical", scenarioFile, "--timetable", t2, "--view", "staff:kt1", "--out", now, "--previous", old);
    expect(r.stderr).not.toMatch(/Interne fout/);
    expect(r.status).toBe(0);
    const a = readFileSync(old, "utf8");
    const b = readFileSync(now, "utf8");
    expect(uids(b)).toEqual(uids(a));
    const events = (t: string) =>
      new Map(
        t
          .replace(/\r\n[ \t]/g, "")
          .split("BEGIN:VEVENT")
          .slice(1)
          .map((e) => [/^UID:(.+)\r$/m.exec(e)![1], e] as const),
      );
    const before = events(a);
    const after = events(b);
    let bumped = 0;
    for (const [uid, e] of after) {
      const seq = Number(/^SEQUENCE:(\d+)/m.exec(e)![1]);
      const stamp = /^DTSTAMP:(\S+)/m.exec(e)![1];
      const oldStamp = /^DTSTAMP:(\S+)/m.exec(before.get(uid)!)![1];
      if (seq === 1) bumped++;
      else {
        expect(seq).toBe(0);
        expect(stamp).toBe(oldStamp);
      }
    }
    expect(bumped).toBe(1);
    // A file that is not a calendar is a user error.
    writeFileSync(join(dir, "not.ics"), "hallo");
    expectUserError(
      run("ical", scenarioFile, "--timetable", t2, "--view", "staff:kt1", "--previous", join(dir, "not.ics")),
      /geen iCal-bestand/,
    );
  });
});
