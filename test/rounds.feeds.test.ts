// Issue 14, feeds of a planned round (pure, src/rounds/feeds.ts): the kernreflectie round planned by the real
// planner (HiGHS) on the city school's solved week, its feeds parsed back with node-ical. A support worker's feed
// holds exactly her sessions (lead and note-taker named, attendees, online link); a school's "who is on site"
// feed holds its weekly visits as weekly events on the visit's weekday, on the school days of the window only.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ical, { type VEvent } from "node-ical";
import { beforeAll, describe, expect, it } from "vitest";
import { isSchoolDay, schoolYearCalendar, weekdayOf, addDays } from "../src/calendar/index.js";
import { parseScenario, parseTimetable, type Candidate, type Scenario } from "../src/model/index.js";
import {
  parseRoundsFeedView,
  renderRoundsFeed,
  renderRoundsFeeds,
  roundsFeedViews,
  type RoundsFeedView,
} from "../src/rounds/feeds.js";
import { bindRounds, parseRounds, planRounds, type Context, type RoundsPlan } from "../src/rounds/index.js";
import { BUILT_CLI } from "./helpers/cli.js";

const json = (f: string) => JSON.parse(readFileSync(new URL(`../fixtures/${f}`, import.meta.url), "utf8"));
const events = (ics: string) =>
  Object.values(ical.sync.parseICS(ics)).filter((c): c is VEvent => (c as VEvent)?.type === "VEVENT");
const AT = new Date("2027-02-01T09:00:00Z");
const brussels = (d: Date) =>
  d.toLocaleString("sv-SE", { timeZone: "Europe/Brussels", hour12: false }).slice(0, 16).replace(" ", "T");

let scenario: Scenario;
let week: Candidate;
let ctx: Context;
let plan: RoundsPlan;

beforeAll(async () => {
  scenario = parseScenario(json("city-school.json"));
  week = parseTimetable(json("rounds/city-school.timetable.json")).candidates[0];
  const raw = json("rounds/kernreflectie.json");
  // The interviews have an online link (for whoever joins remotely), and the round's name needs escaping.
  raw.name = "Kernreflectie; voorjaar, 2027";
  for (const s of raw.sessions) if (s.id.startsWith("interview-")) s.onlineLink = "https://meet.example.org/kern";
  const rounds = parseRounds(raw);
  ctx = bindRounds(rounds, scenario, week);
  plan = await planRounds(rounds, scenario, week);
  expect(plan.unplaced).toEqual([]);
}, 120_000);

const view = (text: string) => {
  const v = parseRoundsFeedView(ctx, text);
  if (typeof v === "string") throw new Error(v);
  return v;
};

describe("a participant's feed", () => {
  it("holds exactly the sessions of that support worker, at their planned times", () => {
    const feed = renderRoundsFeed(ctx, plan, view("person:ow01"), AT);
    const mine = plan.sessions.filter((s) => s.participants.some((p) => p.id === "ow01"));
    // practice session, 2 reflections, 2 interviews, focus group
    expect(mine.map((s) => s.session).sort()).toEqual(
      ["focusgroep", "interview-01", "interview-02", "oefensessie", "reflectie-01", "reflectie-02"].sort(),
    );
    const evs = events(feed.ics);
    expect(evs.map((e) => `${brussels(e.start)} ${e.summary}`).sort()).toEqual(
      mine.map((s) => `${s.date}T${s.start} ${s.title}`).sort(),
    );
    expect(feed.events).toBe(6);
    expect(feed.name).toBe("Kernreflectie; voorjaar, 2027 — Lies Vermeulen");
  });

  it("names the lead in the description, lists the attendees by name and carries the online link", () => {
    const feed = renderRoundsFeed(ctx, plan, view("person:ow01"), AT);
    const practice = events(feed.ics).find((e) => e.summary === "Oefensessie kernreflectiescript")!;
    expect(practice.description).toMatch(/^leiding: Dr\. Leen Desmet/);
    expect(practice.description).not.toMatch(/\bow\d\d\b/); // names, not ids
    const attendees = [practice.attendee].flat().map((a) => (typeof a === "string" ? a : a.params.CN));
    expect(attendees).toHaveLength(14);
    expect(attendees).toContain("Lies Vermeulen");
    const interview = events(feed.ics).find((e) => e.summary?.toString().startsWith("Diepte"))!;
    expect(interview.description).toContain("online: https://meet.example.org/kern");
    expect((interview.url as unknown as { val: string }).val).toBe("https://meet.example.org/kern");
  });

  it("escapes the calendar name (RFC 5545 TEXT) and is the same text for the same plan", () => {
    const a = renderRoundsFeed(ctx, plan, view("person:ow01"), AT).ics;
    expect(a).toContain("X-WR-CALNAME:Kernreflectie\\; voorjaar\\, 2027 — Lies Vermeulen");
    expect(renderRoundsFeed(ctx, plan, view("person:ow01"), AT).ics).toBe(a);
    expect(a.endsWith("END:VCALENDAR\r\n")).toBe(true);
  });

  it("a class teacher gets a feed too (staff of the scenario), with only her own duo's sessions", () => {
    const evs = events(renderRoundsFeed(ctx, plan, view("person:kt-l1a"), AT).ics);
    expect(evs.map((e) => String(e.uid).split(".")[0]).sort()).toEqual(
      plan.sessions
        .filter((s) => s.participants.some((p) => p.id === "kt-l1a"))
        .map((s) => `ronde-${s.key}`)
        .sort(),
    );
    expect(evs).toHaveLength(2);
  });
});

describe("a school's 'who is on site' feed", () => {
  const cal = () => schoolYearCalendar(scenario.schoolYear);
  const schoolTuesdays = () => {
    const out: string[] = [];
    for (let d = ctx.rounds.window.from; d <= ctx.rounds.window.to; d = addDays(d, 1))
      if (weekdayOf(d) === 2 && isSchoolDay(d, cal())) out.push(d);
    return out;
  };

  it("has each visit at De Wilg as a weekly event on its weekday, only on school days of the window", () => {
    const feed = renderRoundsFeed(ctx, plan, view("site:wilg"), AT);
    const evs = events(feed.ics);
    const visits = evs.filter((e) => String(e.uid).startsWith("aanwezig-"));
    expect(visits.map((e) => String(e.uid).split(".")[0]).sort()).toEqual([
      "aanwezig-bezoek-06",
      "aanwezig-bezoek-15",
      "aanwezig-bezoek-16",
    ]);
    const tue = visits.find((e) => String(e.uid).startsWith("aanwezig-bezoek-06."))!;
    expect(tue.summary).toBe("Tom Peeters op bezoek in 4de leerjaar De Wilg");
    expect(tue.location).toBe("Basisschool De Wilg");
    const from = new Date("2027-02-20T00:00:00Z");
    const to = new Date("2027-05-10T00:00:00Z");
    const excluded = new Set(Object.values(tue.exdate ?? {}).map((d) => brussels(d as Date)));
    const dates = tue
      .rrule!.between(from, to, true)
      .map((d) => brussels(new Date(d)))
      .filter((d) => !excluded.has(d));
    const expected = schoolTuesdays();
    // the Easter holidays take some Tuesdays out of the window
    expect(expected.length).toBeLessThan(9);
    expect(expected.length).toBeGreaterThan(4);
    expect(dates).toEqual(expected.map((d) => `${d}T13:20`));
  });

  it("also holds the sessions planned at that school, and nothing from elsewhere", () => {
    const evs = events(renderRoundsFeed(ctx, plan, view("site:wilg"), AT).ics);
    const sessions = evs.filter((e) => String(e.uid).startsWith("ronde-")).map((e) => String(e.uid).split(".")[0]);
    const here = plan.sessions.filter((s) => s.location === "wilg").map((s) => `ronde-${s.key}`);
    expect(here.length).toBe(6); // three duos at De Wilg: reflection and interview each
    expect(sessions.sort()).toEqual(here.sort());
  });
});

describe("which feeds a round has", () => {
  it("one per person with a session and one per site; unknown ones are refused in Dutch", () => {
    const views = roundsFeedViews(ctx, plan);
    expect(views).toContain("person:ow13");
    expect(views).toContain("person:kt-k3a");
    expect(views.filter((v) => v.startsWith("site:")).sort()).toEqual(["site:netwerk", "site:regenboog", "site:wilg"]);
    expect(parseRoundsFeedView(ctx, "person:niemand")).toMatch(/^Onbekende persoon 'niemand'/);
    expect(parseRoundsFeedView(ctx, "site:maan")).toMatch(/^Onbekende locatie 'maan'/);
    expect(parseRoundsFeedView(ctx, "school")).toMatch(/gebruik 'person:<id>'/);
    const all = renderRoundsFeeds(ctx, plan, AT);
    expect(all.map((f) => f.view)).toEqual(views);
    expect(all.every((f) => f.events > 0)).toBe(true);
    expect(parseRoundsFeedView(ctx, "site:netwerk") as RoundsFeedView).toEqual({ kind: "site", id: "netwerk" });
  });
});

describe("vrijrooster rounds --feeds-dir", () => {
  it("writes one calendar per participant and per site", () => {
    const root = join(import.meta.dirname, "..");
    const dir = join(mkdtempSync(join(tmpdir(), "vrijrooster-rounds-feeds-")), "feeds");
    const r = spawnSync(
      process.execPath,
      [
        ...[BUILT_CLI, "rounds", "fixtures/rounds/m-team.json"],
        ...["--scenario", "fixtures/city-school.json", "--timetable", "fixtures/rounds/city-school.timetable.json"],
        ...["--feeds-dir", dir],
      ],
      { encoding: "utf8", cwd: root },
    );
    expect(r.status).toBe(0);
    const files = readdirSync(dir).sort();
    const people = json("rounds/m-team.json").sessions[0].participants.map((p: { id: string }) => `person-${p.id}.ics`);
    expect(files).toEqual([...people, "site-netwerk.ics"].sort());
    expect(r.stderr).toMatch(
      new RegExp(`${files.length} kalenders geschreven naar .*\\(${people.length} personen, 1 locatie\\)`),
    );
    const ann = events(readFileSync(join(dir, "person-m-ann.ics"), "utf8"));
    expect(ann).toHaveLength(6);
    expect(ann.every((e) => e.summary === "M-team intake")).toBe(true);
  }, 60_000);
});
