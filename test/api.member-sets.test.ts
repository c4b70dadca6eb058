// A stored school keeps "who" as the principal wrote it (issue 10 + 12): the API stores the validated scenario with
// its defaults, but member sets are resolved only when the school is read for checking or solving — so a kleuter
// teacher added later joins "all kleuter class teachers" without editing the goal.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../api/server.js";
import { parseScenario } from "../src/model/index.js";
import { request } from "./helpers/http.js";

const KEY = "test-key-member-sets-0123456789";
const dataDir = mkdtempSync(join(tmpdir(), "vrijrooster-api-member-sets-"));
let s: RunningServer;
beforeAll(async () => {
  s = await startServer({ port: 0, dataDir, apiKey: KEY, log: () => {} });
});
afterAll(async () => {
  await s?.close();
  rmSync(dataDir, { recursive: true, force: true });
});
const call = (method: string, path: string, body?: unknown) => request(s.url, method, path, { key: KEY, body });

describe("member sets in a stored school", () => {
  it("are stored as written and resolved against the staff of the day", async () => {
    const school = JSON.parse(readFileSync("fixtures/practices/member-sets.json", "utf8"));
    const created = await call("POST", "/api/scenarios", school);
    expect(created.status).toBe(201);
    const id = (created.json as { id: string }).id;
    const stored = (await call("GET", `/api/scenarios/${id}`)).json as { scenario: typeof school };
    const goal = stored.scenario.releaseGoals.find((g: { id: string }) => g.id === "kleuteroverleg");
    expect(goal.memberSets).toEqual([{ level: "kleuter", role: "class-teacher", except: [] }]);
    expect(goal.members).toEqual([]); // not expanded into today's names

    // A new kleuter class with its teacher: the next version's goal includes her, nobody edited the goal.
    const next = structuredClone(stored.scenario);
    next.staff.push({ id: "kt-k1", name: "Nele Wouters", ambt: "kleuteronderwijzer", fraction: "24/24" });
    next.groups.push({
      id: "K1",
      name: "Eerste kleuterklas",
      level: "kleuter",
      grades: [1],
      pupils: 16,
      classTeachers: ["kt-k1"],
    });
    expect((await call("PUT", `/api/scenarios/${id}`, next)).status).toBe(200);
    const v2 = (await call("GET", `/api/scenarios/${id}`)).json as { scenario: unknown };
    const resolved = parseScenario(v2.scenario).releaseGoals.find((g) => g.id === "kleuteroverleg")!;
    expect([...resolved.members].sort()).toEqual(["kt-k1", "kt-k2", "kt-k3"]);
  });
});
