// The `vrijrooster ical` and `vrijrooster studydays` commands, run as a real process on real files.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ical from "node-ical";
import { describe, expect, it } from "vitest";
import { planCandidate, planInput } from "./plan-school.js";
import { BUILT_CLI } from "./helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "vrijrooster-ical-"));
const scenarioFile = join(dir, "school.json");
const timetableFile = join(dir, "rooster.json");
writeFileSync(scenarioFile, JSON.stringify(planInput()));
writeFileSync(timetableFile, JSON.stringify({ status: "feasible", candidates: [planCandidate()] }));

const run = (...args: string[]) =>
  spawnSync(process.execPath, [BUILT_CLI, ...args], {
    encoding: "utf8",
    cwd: join(import.meta.dirname, ".."),
  });

describe("vrijrooster ical", () => {
  it("writes a goal feed to a file that node-ical reads", () => {
    const out = join(dir, "plg.ics");
    const r = run("ical", scenarioFile, "--timetable", timetableFile, "--view", "goal:plg-taal", "--out", out);
    expect(r.stderr).toMatch(/Kalender 'PLG taal — Basisschool De Linde' \(1 afspraak\) geschreven/);
    expect(r.status).toBe(0);
    const evs = Object.values(ical.sync.parseICS(readFileSync(out, "utf8"))).filter((c) => c?.type === "VEVENT");
    expect(evs).toHaveLength(1);
  });
  it("prints a staff feed on stdout", () => {
    const r = run("ical", scenarioFile, "--timetable", timetableFile, "--view", "staff:kt1");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^BEGIN:VCALENDAR/);
    expect(r.stdout).toMatch(/X-WR-CALNAME:An Peeters — Basisschool De Linde/);
  });
  it("exits 2 with a plain message for an unknown view id or candidate", () => {
    const r = run("ical", scenarioFile, "--timetable", timetableFile, "--view", "staff:nobody");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Onbekend personeelslid 'nobody'/);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
    const c = run("ical", scenarioFile, "--timetable", timetableFile, "--view", "school", "--candidate", "3");
    expect(c.status).toBe(2);
    expect(c.stderr).toMatch(/maar 1 kandidaat/);
  });
});

describe("vrijrooster studydays", () => {
  it("proposes dates and says when a derogation is needed", () => {
    const input = planInput();
    input.calendar = { ...input.calendar, studyDays: [] };
    const f = join(dir, "no-study-days.json");
    writeFileSync(f, JSON.stringify(input));
    const r = run("studydays", f, "--want", "2");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/budget 1,5 dag\(en\), al gepland 0/);
    expect(r.stdout).toMatch(/afwijking nodig, aan te vragen bij AgODi vóór vrijdag 1 mei 2026/);
    const j = run("studydays", f, "--json");
    expect(JSON.parse(j.stdout).proposals).toHaveLength(2);
  });
});
