// `vrijrooster serve` in a child process, killed with SIGKILL: everything acknowledged survives, and a job
// that was running becomes "failed: interrupted" at the next start.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startServer } from "../api/server.js";
import { BUILT_CLI } from "./helpers/cli.js";

const KEY = "crash-test-key-0123456789";
const dataDir = mkdtempSync(join(tmpdir(), "vrijrooster-api-crash-"));
const VILLAGE = JSON.parse(readFileSync(new URL("../fixtures/village-school.json", import.meta.url), "utf8"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const auth = { authorization: `Bearer ${KEY}`, "content-type": "application/json" };

/** `vrijrooster serve` in a child process on a free port; resolves with the child and its URL. */
async function serve(dir: string) {
  const child = spawn(process.execPath, [BUILT_CLI, "serve", "--port", "0"], {
    cwd: new URL("..", import.meta.url).pathname,
    env: { ...process.env, VRIJROOSTER_DATA_DIR: dir, VRIJROOSTER_API_KEY: KEY, PORT: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
      const m = /Vrijrooster API: (http:\/\/[^\s]+)\/api/.exec(out);
      if (m) resolve(m[1]);
    });
    child.stderr.on("data", (d) => (out += d));
    child.once("exit", (code) => reject(new Error(`serve exited (${code}): ${out}`)));
    setTimeout(() => reject(new Error(`serve did not start: ${out}`)), 30_000);
  });
  return { child, url };
}

describe("a kill -9 loses nothing acknowledged", () => {
  it("keeps the scenario; the running job becomes failed: interrupted", async () => {
    const { child, url } = await serve(dataDir);
    try {
      const sc = await (
        await fetch(`${url}/api/scenarios`, { method: "POST", headers: auth, body: JSON.stringify(VILLAGE) })
      ).json();
      const job = await (
        await fetch(`${url}/api/scenarios/${sc.id}/solve`, { method: "POST", headers: auth, body: "{}" })
      ).json();
      expect(job.status).toBe("running"); // a free slot: it starts at once
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGKILL");
      await exited;

      const lines: string[] = [];
      const s = await startServer({ port: 0, dataDir, apiKey: KEY, log: (l) => lines.push(l) });
      try {
        const got = await fetch(`${s.url}/api/scenarios/${sc.id}`, { headers: auth });
        expect(got.status).toBe(200);
        expect((await got.json()).name).toBe(VILLAGE.name);
        const after = await (await fetch(`${s.url}/api/jobs/${job.id}`, { headers: auth })).json();
        expect(after.status).toBe("failed");
        expect(after.error.code).toBe("interrupted");
        expect(lines.join("\n")).toMatch(/onderbroken/);
      } finally {
        await s.close();
      }
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  });

  it("during a burst of writes: every version the API acknowledged is there, intact, after a restart", async () => {
    const dir = mkdtempSync(join(tmpdir(), "vrijrooster-api-burst-"));
    const { child, url } = await serve(dir);
    const acked: { id: string; version: number; name: string }[] = [];
    try {
      const first = await (
        await fetch(`${url}/api/scenarios`, { method: "POST", headers: auth, body: JSON.stringify(VILLAGE) })
      ).json();
      acked.push({ id: first.id, version: first.version, name: VILLAGE.name });
      // Writers that keep saving new versions (each with its own name) until the server dies under them.
      let stop = false;
      const writer = async (w: number) => {
        for (let k = 0; !stop; k++) {
          const name = `${VILLAGE.name} — schrijver ${w}, versie ${k}`;
          try {
            const r = await fetch(`${url}/api/scenarios/${first.id}`, {
              method: "PUT",
              headers: auth,
              body: JSON.stringify({ ...VILLAGE, name }),
            });
            if (r.status !== 200) return;
            const body = await r.json();
            acked.push({ id: first.id, version: body.version, name });
          } catch {
            return; // the connection died with the server: this write was never acknowledged
          }
        }
      };
      const writers = [0, 1, 2, 3].map(writer);
      await new Promise((r) => setTimeout(r, 1500));
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGKILL");
      await exited;
      stop = true;
      await Promise.all(writers);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
    }
    expect(acked.length).toBeGreaterThan(10); // the burst really happened before the kill

    const s = await startServer({ port: 0, dataDir: dir, apiKey: KEY, log: () => {} });
    try {
      for (const a of acked) {
        const got = await fetch(`${s.url}/api/scenarios/${a.id}?version=${a.version}`, { headers: auth });
        expect(got.status, `version ${a.version}`).toBe(200);
        const body = await got.json();
        expect(body.scenario.name).toBe(a.name);
        expect(body.scenario.groups.length).toBe(VILLAGE.groups.length);
      }
    } finally {
      await s.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
