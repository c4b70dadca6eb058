// A school group's calendars (issue 11): `vrijrooster ical --view school:<id>` as a real process on the two-school
// fixture, read by node-ical; the API publishes a feed per school by default.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ical from "node-ical";
import { beforeAll, describe, expect, it } from "vitest";
import { allViews } from "../api/feeds.js";
import { loadScenario } from "../src/model/index.js";
import { BUILT_CLI } from "./helpers/cli.js";

const FIXTURE = "fixtures/group/two-schools.json";
const dir = mkdtempSync(join(tmpdir(), "vrijrooster-group-"));
const timetable = join(dir, "rooster.json");
const run = (...args: string[]) =>
  spawnSync(process.execPath, [BUILT_CLI, ...args], { encoding: "utf8", cwd: join(import.meta.dirname, "..") });

/** The events of a feed, by summary. */
function feed(view: string) {
  const out = join(dir, `${view.replace(":", "-")}.ics`);
  const r = run("ical", FIXTURE, "--timetable", timetable, "--view", view, "--out", out);
  expect(r.status, r.stderr).toBe(0);
  const cal = ical.sync.parseICS(readFileSync(out, "utf8"));
  const events = Object.values(cal).flatMap((c) => (c?.type === "VEVENT" ? [c] : []));
  return { stderr: r.stderr, summaries: events.map((e) => String(e.summary)) };
}

describe("calendars of a school group", () => {
  beforeAll(() => {
    const r = run("solve", FIXTURE, "--candidates", "1", "--out", timetable);
    expect(r.status, r.stderr).toBe(0);
  }, 60_000);

  it("gives each school its own study days; the group's feed has all of them", () => {
    const noord = feed("school:noord");
    expect(noord.stderr).toMatch(
      /Kalender 'VBS De Noordster — studiedagen en teammomenten — Scholengemeenschap De Brug/,
    );
    expect(noord.summaries.some((s) => s.includes("Studiedag De Noordster"))).toBe(true);
    expect(noord.summaries.some((s) => s.includes("Studievoormiddag van de scholengemeenschap"))).toBe(true);
    const zuid = feed("school:zuid");
    expect(zuid.summaries.some((s) => s.includes("Studiedag De Noordster"))).toBe(false);
    expect(zuid.summaries.some((s) => s.includes("Studievoormiddag van de scholengemeenschap"))).toBe(true);
    const group = feed("school");
    expect(group.summaries.filter((s) => s.includes("Studie"))).toHaveLength(2);
  });

  it("puts the cross-school PLG in the calendars of its members in both schools", () => {
    for (const who of ["staff:kt-n1", "staff:kt-z1"])
      expect(feed(who).summaries.some((s) => s.startsWith("PLG rekenen 1ste leerjaar (Noord en Zuid)"))).toBe(true);
  });

  it("refuses an unknown school with exit code 2 and the schools to choose from", () => {
    const r = run("ical", FIXTURE, "--timetable", timetable, "--view", "school:west");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Onbekende school 'west'/);
    expect(r.stderr).toMatch(/Kies uit: noord, zuid/);
    expect(r.stderr).not.toMatch(/at .*\.[jt]s:\d+/);
  });

  it("shows one school's week grids with solve --school (its classes, the people who work there)", () => {
    const r = run("solve", FIXTURE, "--candidates", "1", "--show", "all", "--school", "zuid");
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("Klas 1de leerjaar Zuid");
    expect(r.stdout).not.toContain("Klas 1de leerjaar Noord");
    expect(r.stdout).toContain("Gert Willems (lo)"); // the shared LO teacher works in both schools
    expect(r.stdout).toContain("Ines Vermeulen (zorg-zuid)");
    expect(r.stdout).not.toContain("Hilde Maes (zorg-noord)");
    const bad = run("solve", FIXTURE, "--school", "west");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/Onbekende school 'west' bij --school: kies uit noord, zuid/);
  }, 60_000);

  it("publishes a feed per school by default (the API's list of views)", () => {
    const views = allViews(loadScenario(FIXTURE));
    expect(views).toEqual(expect.arrayContaining(["school", "school:noord", "school:zuid"]));
    expect(allViews(loadScenario("fixtures/village-school.json")).filter((v) => v.startsWith("school"))).toEqual([
      "school",
    ]);
  });
});
