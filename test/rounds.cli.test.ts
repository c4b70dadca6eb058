// `vrijrooster rounds`, run as a real process on the fixtures: the dated plan in Dutch, JSON, one iCal file,
// and exit 2 with the field path for a bad rounds file.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ical from "node-ical";
import { describe, expect, it } from "vitest";
import { BUILT_CLI } from "./helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "vrijrooster-rounds-"));
const root = join(import.meta.dirname, "..");
const scenario = join(root, "fixtures/city-school.json");
const timetable = join(root, "fixtures/rounds/city-school.timetable.json");
const mteam = join(root, "fixtures/rounds/m-team.json");

const runAs = (command: string, ...args: string[]) =>
  spawnSync(process.execPath, [BUILT_CLI, command, ...args], {
    encoding: "utf8",
    cwd: root,
  });
const run = (...args: string[]) => runAs("rounds", ...args);

describe("vrijrooster rounds", () => {
  it("answers to plan-sessions too (the issue's name for it), with the same plan", () => {
    const r = runAs("plan-sessions", mteam, "--scenario", scenario, "--timetable", timetable);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Ronde 'M-team intake \(om de twee weken\)': 6 van 6 sessies gepland/);
  });

  it("prints the dated plan in Dutch with names, roles and the proof, and writes one calendar", () => {
    const out = join(dir, "mteam.ics");
    const r = run(mteam, "--scenario", scenario, "--timetable", timetable, "--ics", out);
    expect(r.stderr).toMatch(/Kalender met 6 sessies geschreven/);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /^Ronde 'M-team intake \(om de twee weken\)': 6 van 6 sessies gepland op 6 dagen \(bewezen optimaal\)/,
    );
    expect(r.stdout).toMatch(
      /dinsdag 12 januari 2027\n {2}\d\d:\d\d–\d\d:\d\d {2}M-team intake — Ondersteuningsnetwerk Zuid-West/,
    );
    expect(r.stdout).toMatch(/leiding: Ann Bogaert/);
    expect(r.stdout).toMatch(/notulist: Dirk Vanhoutte/);
    expect(r.stdout).not.toMatch(/m-ann|m-dirk/); // names, not ids
    const events = Object.values(ical.sync.parseICS(readFileSync(out, "utf8"))).filter((c) => c?.type === "VEVENT");
    expect(events).toHaveLength(6);
    const first = events.map((e) => e as ical.VEvent).sort((a, b) => +a.start - +b.start)[0];
    expect(first.summary).toBe("M-team intake");
    expect(String(first.location)).toMatch(/Ondersteuningsnetwerk/);
    expect(String(first.description)).toMatch(/leiding: Ann Bogaert/);
    expect(first.start.toISOString().slice(0, 10)).toBe("2027-01-12");
  });

  it("prints JSON with the proof and the checker's verdict", () => {
    const r = run(mteam, "--scenario", scenario, "--timetable", timetable, "--json");
    expect(r.status).toBe(0);
    const plan = JSON.parse(r.stdout);
    expect(plan.status).toBe("optimal");
    expect(plan.proven).toBe(true);
    expect(plan.sessions).toHaveLength(6);
    expect(plan.violations).toEqual([]);
  });

  it("exits 1 and says why when a session cannot be placed", () => {
    const input = JSON.parse(readFileSync(mteam, "utf8"));
    input.externals[1].availability = { fri: [{ from: "08:30", to: "16:30" }] };
    const f = join(dir, "mteam-vrijdag.json");
    writeFileSync(f, JSON.stringify(input));
    const r = run(f, "--scenario", scenario, "--timetable", timetable);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/Niet gepland:/);
    expect(r.stdout).toMatch(
      /geen moment van 90 minuten waarop Ann Bogaert, Dirk Vanhoutte, Saar Lievens allemaal vrij zijn/,
    );
    expect(r.stdout).toMatch(/Dirk Vanhoutte is vrij op vrijdag 08:30–16:30/);
  });

  it("exits 2 with the field path for a bad rounds file, an unknown person, or a missing option", () => {
    const input = JSON.parse(readFileSync(mteam, "utf8"));
    input.sessions[0].duration = "lang";
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify(input));
    let r = run(bad, "--scenario", scenario, "--timetable", timetable);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/sessions\[0\]\.duration/);

    input.sessions[0].duration = 90;
    input.sessions[0].participants[2].id = "niemand";
    writeFileSync(bad, JSON.stringify(input));
    r = run(bad, "--scenario", scenario, "--timetable", timetable);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/sessions\[0\]\.participants\[2\]\.id: Onbekende persoon 'niemand'/);

    r = run(mteam, "--scenario", scenario);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--timetable/);
  });
});
