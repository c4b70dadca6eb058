// `vrijrooster serve` in a child process, killed with SIGKILL: everything acknowledged survives, and a job
// that was running becomes "failed: interrupted" at the next start.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startServer } from "../api/server.js";

const KEY = "crash-test-key-0123456789";
const dataDir = mkdtempSync(join(tmpdir(), "vrijrooster-api-crash-"));
const VILLAGE = JSON.parse(readFileSync(new URL("../fixtures/village-school.json", import.meta.url), "utf8"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const auth = { authorization: `Bearer ${KEY}`, "content-type": "application/json" };

describe("a kill -9 loses nothing acknowledged", () => {
  it("keeps the scenario; the running job becomes failed: interrupted", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "serve", "--port", "0"], {
      cwd: new URL("..", import.meta.url).pathname,
      env: { ...process.env, VRIJROOSTER_DATA_DIR: dataDir, VRIJROOSTER_API_KEY: KEY, PORT: "" },
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
});
