// Feed conformance (issue 12): every view of every fixture, rendered and read by two independent parsers
// (node-ical and ical.js); CRLF line ends (END:VCALENDAR too), folded lines of at most 75 octets, ORGANIZER
// on every event with attendees, days off TRANSPARENT, a byte-identical calendar when nothing changed
// (stable DTSTAMP), and names with ',', ';', '\' and emoji round-tripping intact — the calendar name too.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ICAL from "ical.js";
import ical, { type VEvent } from "node-ical";
import { beforeAll, describe, expect, it } from "vitest";
import { feedName, parseFeedView, renderFeed, uidOf, type FeedView } from "../src/ical/index.js";
import { InputError, parseScenario, type Candidate, type Scenario, type ScenarioInput } from "../src/model/index.js";
import { planCandidate, planInput } from "./plan-school.js";
import { solveHere } from "./helpers/solve.js";

// ical.js knows NAME (RFC 7986) and X-WR-CALNAME only as unknown properties (not unescaped): both are TEXT.
const design = ICAL.design.icalendar.property as Record<string, unknown>;
design["x-wr-calname"] = design.summary;
design.name = design.summary;

const FIXTURES = join(import.meta.dirname, "..", "fixtures");
const NOW = new Date("2026-08-25T08:00:00Z");
const LATER = new Date("2026-09-30T12:34:56Z");

function viewsOf(s: Scenario): FeedView[] {
  return [
    ...s.staff.map((x) => ({ kind: "staff" as const, id: x.id })),
    ...s.groups.map((x) => ({ kind: "group" as const, id: x.id })),
    ...s.releaseGoals.map((x) => ({ kind: "goal" as const, id: x.id })),
    { kind: "school" as const },
  ];
}

/** Content lines, unfolded (RFC 5545 3.1). */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "").split("\r\n");

/** Every property check of issue 12 on one feed; returns the number of events. */
function conforms(ics: string, name: string): number {
  expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
  expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/); // no bare CR or LF anywhere
  for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);

  // ical.js: the calendar, its name (NAME and X-WR-CALNAME unescaped back) and every event.
  const cal = new ICAL.Component(ICAL.parse(ics));
  expect(cal.getFirstPropertyValue("x-wr-calname")).toBe(name);
  expect(cal.getFirstPropertyValue("name")).toBe(name);
  const vevents = cal.getAllSubcomponents("vevent");
  for (const v of vevents) {
    const e = new ICAL.Event(v);
    expect(e.uid).toMatch(/@vrijrooster$/);
    expect(v.getFirstPropertyValue("dtstamp")).toBeTruthy();
    if (v.getAllProperties("attendee").length) expect(v.getFirstPropertyValue("organizer")).toMatch(/^mailto:/i);
  }
  // node-ical: the same events, the same UIDs.
  const nodeEvents = Object.values(ical.sync.parseICS(ics)).filter(
    (c): c is VEvent => (c as VEvent)?.type === "VEVENT",
  );
  expect(nodeEvents.map((e) => e.uid).sort()).toEqual(vevents.map((v) => new ICAL.Event(v).uid).sort());

  // Days off and study days: transparent (they make nobody busy).
  const blocks = ics.split("BEGIN:VEVENT").slice(1);
  for (const b of blocks) {
    const lines = unfold("BEGIN:VEVENT" + b);
    const offDay = lines.some((l) => /^UID:(facultatief|studiedag)/i.test(l));
    if (offDay) expect(lines).toContain("TRANSP:TRANSPARENT");
  }
  return vevents.length;
}

type Case = { file: string; scenario: Scenario; candidate: Candidate };
const cases: Case[] = [];

beforeAll(async () => {
  for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith(".json") && !f.includes("timetable"))) {
    const input = JSON.parse(readFileSync(join(FIXTURES, file), "utf8")) as ScenarioInput;
    // With the school's address, so the attendee and ORGANIZER lines are written and checked too.
    input.settings = { ...input.settings, schoolEmail: "secretariaat@school.example" };
    const scenario = parseScenario(input);
    const result = await solveHere(scenario, { candidates: 1, timeLimitSeconds: 30 });
    if (result.candidates[0]) cases.push({ file, scenario, candidate: result.candidates[0] });
  }
  const plan = planInput();
  plan.settings = { ...plan.settings, schoolEmail: "secretariaat@delinde.example" };
  cases.push({ file: "plan-school", scenario: parseScenario(plan), candidate: planCandidate() });
}, 240_000);

describe("every view of every fixture", () => {
  it("is read by node-ical and ical.js, with CRLF, folding, ORGANIZER and TRANSP as RFC 5545 wants", () => {
    expect(cases.map((c) => c.file)).toEqual(expect.arrayContaining(["village-school.json", "plan-school"]));
    expect(cases.length).toBeGreaterThanOrEqual(5);
    let feeds = 0;
    let events = 0;
    let organizers = 0;
    let transparent = 0;
    for (const { scenario, candidate } of cases) {
      for (const view of viewsOf(scenario)) {
        const { ics, name } = renderFeed(scenario, candidate, view, { now: NOW });
        expect(name).toBe(feedName(scenario, view));
        events += conforms(ics, name);
        organizers += (ics.match(/^ORGANIZER/gm) ?? []).length;
        transparent += (ics.match(/^TRANSP:TRANSPARENT/gm) ?? []).length;
        feeds++;
      }
    }
    console.log(`conformance: ${cases.length} schools, ${feeds} feeds, ${events} events, ${organizers} organizers`);
    expect(events).toBeGreaterThan(100);
    expect(organizers).toBeGreaterThan(0);
    expect(transparent).toBeGreaterThan(0);
  });

  it("without the school's address: no attendees and no ORGANIZER", () => {
    const s = parseScenario(planInput());
    const { ics } = renderFeed(s, planCandidate(), { kind: "goal", id: "plg-taal" }, { now: NOW });
    expect(ics).not.toMatch(/^(ATTENDEE|ORGANIZER)/m);
  });
});

describe("stable content: DTSTAMP only moves with the event", () => {
  it("renders an unchanged calendar byte for byte the same at a later time", () => {
    const { scenario, candidate } = cases.find((c) => c.file === "plan-school")!;
    const view = parseFeedView("staff:kt1", scenario);
    const first = renderFeed(scenario, candidate, view, { now: NOW });
    const again = renderFeed(scenario, candidate, view, { now: LATER, previous: first.state });
    expect(again.ics).toBe(first.ics);
    // One event changes: only its DTSTAMP and SEQUENCE move.
    const changed = structuredClone(candidate);
    changed.releases[0].end = "15:00";
    const third = renderFeed(scenario, changed, view, { now: LATER, previous: again.state });
    const stamps = (ics: string) => [...ics.matchAll(/^DTSTAMP:(\S+)/gm)].map((m) => m[1]);
    const moved = stamps(third.ics).filter((x) => x === "20260930T123456Z");
    expect(moved).toHaveLength(1);
    expect(stamps(third.ics).length).toBe(stamps(first.ics).length);
  });
});

describe("names that need escaping", () => {
  const SCHOOL =
    "Basisschool De Regenboog, Sint-Amandsberg; afdeling A\\B 🌈 — met een lange naam die gevouwen moet worden";
  const STAFF = 'Åsa O\'Neill, juf; \\ 😀 "Zon"';

  it("round-trip intact through both parsers: calendar name, summary, description and attendee", () => {
    const input = planInput();
    input.name = SCHOOL;
    input.staff![0].name = STAFF;
    input.releaseGoals![0].name = "PLG taal, rekenen; lezen \\ 📚";
    input.settings = { ...input.settings, schoolEmail: "secretariaat@regenboog.example" };
    const s = parseScenario(input);
    const view = parseFeedView("goal:plg-taal", s);
    const { ics, name } = renderFeed(s, planCandidate(), view, { now: NOW });
    expect(name).toBe(`PLG taal, rekenen; lezen \\ 📚 — ${SCHOOL}`);
    conforms(ics, name);
    const cal = new ICAL.Component(ICAL.parse(ics));
    const e = new ICAL.Event(cal.getFirstSubcomponent("vevent")!);
    expect(e.summary).toContain(STAFF);
    expect(e.description).toContain(STAFF);
    const cn = e.attendees.map((a) => a.getParameter("cn"));
    expect(cn).toContain(`${STAFF.replace(/"/g, "'")} (klasleerkracht L1)`);
    const n = Object.values(ical.sync.parseICS(ics)).find((c) => (c as VEvent)?.type === "VEVENT") as VEvent;
    expect(String(typeof n.summary === "string" ? n.summary : n.summary.val)).toContain(STAFF);
    // Nothing beyond the one event and the one calendar came out of the names.
    expect(ics.match(/^BEGIN:VEVENT/gm)).toHaveLength(1);
    expect(ics).not.toMatch(/^METHOD/m);
  });

  it("a line break, tab or other control character in a name is refused at the field", () => {
    for (const bad of ["Jan\r\nATTENDEE:mailto:x@y.z", "Jan\tPeeters", "Jan\u0000", "Jan\u2028"]) {
      const input = planInput();
      input.staff![1].name = bad;
      try {
        parseScenario(input);
        expect.unreachable(`accepted ${JSON.stringify(bad)}`);
      } catch (e) {
        expect(e).toBeInstanceOf(InputError);
        expect((e as InputError).problems[0]).toEqual({
          path: "staff[1].name",
          message: "Gebruik geen regeleinden, tabs of andere stuurtekens in dit veld",
        });
      }
    }
  });
});

describe("one UID base for the CLI and the API", () => {
  it("renderFeed's default base is the school name's slug (what the API uses for a new scenario)", () => {
    const s = parseScenario(planInput());
    const { state } = renderFeed(s, planCandidate(), { kind: "goal", id: "plg-taal" }, { now: NOW });
    const uids = Object.keys(state);
    expect(uids.length).toBeGreaterThan(0);
    for (const u of uids) expect(u).toMatch(/\.basisschool-de-linde@vrijrooster$/);
    expect(uids).toContain(uidOf("Basisschool De Linde", uids[0].split(".")[0]));
  });
});
