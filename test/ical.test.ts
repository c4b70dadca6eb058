// iCal feeds: parsed with an independent parser (node-ical), every RRULE/EXDATE expanded and compared with the
// year plan date by date over the whole 2026-2027 school year, both DST changes included; stable UIDs;
// SEQUENCE rises when an event changes.
import { DateTime } from "luxon";
import ical, { type VEvent } from "node-ical";
import { describe, expect, it } from "vitest";
import { parseFeedView, renderFeed, uidOf, type FeedView } from "../src/ical/index.js";
import { InputError, parseScenario } from "../src/model/index.js";
import { yearPlan } from "../src/plan/index.js";
import { planCandidate, planInput, planScenario } from "./plan-school.js";

const scenario = planScenario();
const candidate = planCandidate();
const plan = yearPlan(scenario, candidate);
const NOW = new Date("2026-08-25T08:00:00Z");

function events(ics: string): VEvent[] {
  return Object.values(ical.sync.parseICS(ics)).filter((c): c is VEvent => (c as VEvent)?.type === "VEVENT");
}

/** Occurrences as the subscriber's calendar shows them: local date + local start/end in Brussels. */
function occurrences(e: VEvent): string[] {
  return ical
    .expandRecurringEvent(e, { from: new Date("2026-08-01T00:00:00Z"), to: new Date("2027-08-01T00:00:00Z") })
    .map((i) => {
      if (i.isFullDay) {
        const d = i.start;
        return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")} hele dag`;
      }
      const s = DateTime.fromJSDate(i.start, { zone: "Europe/Brussels" });
      const en = DateTime.fromJSDate(i.end, { zone: "Europe/Brussels" });
      return `${s.toISODate()} ${s.toFormat("HH:mm")}-${en.toFormat("HH:mm")}`;
    });
}

const views: FeedView[] = [
  ...scenario.staff.map((s) => ({ kind: "staff" as const, id: s.id })),
  ...scenario.groups.map((g) => ({ kind: "group" as const, id: g.id })),
  ...scenario.releaseGoals.map((g) => ({ kind: "goal" as const, id: g.id })),
  { kind: "school" },
];

describe("feeds equal the year plan, date by date", () => {
  for (const view of views) {
    it(`${view.kind}${"id" in view ? `:${view.id}` : ""}`, () => {
      const { ics } = renderFeed(scenario, candidate, view, { now: NOW });
      const evs = events(ics);
      expect(evs.length).toBeGreaterThan(0);
      for (const e of evs) {
        const series = plan.series.find((x) => uidOf(scenario.name, x.key) === e.uid);
        expect(series, e.uid).toBeDefined();
        const want = series!.dates.map((d) =>
          series!.allDay ? `${d} hele dag` : `${d} ${series!.start}-${series!.end}`,
        );
        expect(occurrences(e), e.uid).toEqual(want);
      }
    });
  }

  it("holds exactly the view's series", () => {
    const uids = (v: FeedView) =>
      events(renderFeed(scenario, candidate, v, { now: NOW }).ics)
        .map((e) => e.uid)
        .sort();
    const key = (k: string) => uidOf(scenario.name, k);
    // the pedagogical adviser's goal feed: only PLG taal sessions, no lessons
    expect(uids({ kind: "goal", id: "plg-taal" })).toEqual([key("rel:plg-taal:thu:13:20")]);
    const kt1 = uids({ kind: "staff", id: "kt1" });
    expect(kt1).toContain(key("rel:visitatie:tue:13:20"));
    expect(kt1).toContain(key("les:L1:tue:13:20")); // taught by kt1 outside the intern's weeks
    expect(kt1).not.toContain(key("les:L1:tue:13:20:stagiair"));
    expect(kt1).toContain(key("studiedag:2026-10-07:full"));
    expect(kt1).not.toContain(key("les:L2:mon:08:30"));
    const school = uids({ kind: "school" });
    expect(school).toContain(key("rel:team:wed:08:30"));
    expect(school).toContain(key("rel:partners:wed:08:30")); // releases both class teachers = whole team
    expect(school).not.toContain(key("rel:visitatie:tue:13:20"));
    expect(school.filter((u) => u.startsWith("les"))).toEqual([]);
    const l2 = uids({ kind: "group", id: "L2" });
    expect(l2.every((u) => !u.startsWith("rel"))).toBe(true);
    expect(l2).toContain(key("les:L2:fri:10:25"));
  });
});

describe("time zone and daylight saving", () => {
  const { ics } = renderFeed(scenario, candidate, { kind: "group", id: "L1" }, { now: NOW });
  it("has a VTIMEZONE for Europe/Brussels and TZID'd start times", () => {
    expect(ics).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Europe\/Brussels/);
    expect(ics).toMatch(/DTSTART;TZID=Europe\/Brussels:20260901T083000/);
  });
  it("keeps 08:30 local across the October and March changes (UTC shifts by an hour)", () => {
    const e = events(ics).find((x) => x.uid === uidOf(scenario.name, "les:L1:tue:08:30"))!;
    const inst = ical.expandRecurringEvent(e, {
      from: new Date("2026-10-01T00:00:00Z"),
      to: new Date("2027-04-30T00:00:00Z"),
    });
    const at = (date: string) =>
      inst.find((i) => DateTime.fromJSDate(i.start, { zone: "Europe/Brussels" }).toISODate() === date)!.start;
    expect(at("2026-10-20").toISOString()).toBe("2026-10-20T06:30:00.000Z"); // CEST, before 25 Oct
    expect(at("2026-10-27").toISOString()).toBe("2026-10-27T07:30:00.000Z"); // CET
    expect(at("2027-03-23").toISOString()).toBe("2027-03-23T07:30:00.000Z"); // CET, before 28 Mar
    expect(at("2027-04-13").toISOString()).toBe("2027-04-13T06:30:00.000Z"); // CEST
  });
});

describe("identity and revisions", () => {
  it("gives the same UIDs (and the same feed) for an equal candidate in another order", () => {
    const shuffled = structuredClone(candidate);
    shuffled.lessons.reverse();
    shuffled.releases.reverse();
    const a = renderFeed(scenario, candidate, { kind: "staff", id: "kt2" }, { now: NOW });
    const b = renderFeed(scenario, shuffled, { kind: "staff", id: "kt2" }, { now: NOW });
    expect(Object.keys(b.state).sort()).toEqual(Object.keys(a.state).sort());
    expect(
      events(b.ics)
        .map((e) => e.uid)
        .sort(),
    ).toEqual(
      events(a.ics)
        .map((e) => e.uid)
        .sort(),
    );
    expect(b.state).toEqual(a.state);
  });
  it("raises SEQUENCE only for the event that changed", () => {
    const view = { kind: "goal" as const, id: "plg-taal" };
    const first = renderFeed(scenario, candidate, view, { now: NOW });
    const uid = uidOf(scenario.name, "rel:plg-taal:thu:13:20");
    expect(first.state[uid].sequence).toBe(0);
    const same = renderFeed(scenario, candidate, view, { now: NOW, previous: first.state });
    expect(same.state[uid].sequence).toBe(0);
    const changed = structuredClone(candidate);
    changed.releases.find((r) => r.goal === "plg-taal")!.end = "14:10";
    const second = renderFeed(scenario, changed, view, { now: NOW, previous: first.state });
    expect(second.state[uid].sequence).toBe(1);
    expect(Number(events(second.ics)[0].sequence)).toBe(1);
    const third = renderFeed(scenario, changed, view, { now: NOW, previous: second.state });
    expect(third.state[uid].sequence).toBe(1);
    // the other events of a staff feed keep SEQUENCE 0
    const s1 = renderFeed(scenario, candidate, { kind: "staff", id: "kt1" }, { now: NOW });
    const s2 = renderFeed(scenario, changed, { kind: "staff", id: "kt1" }, { now: NOW, previous: s1.state });
    const bumped = Object.entries(s2.state)
      .filter(([, v]) => v.sequence > 0)
      .map(([k]) => k);
    expect(bumped).toEqual([uid]);
  });
  it("writes Dutch summaries with names and roles, attendees (with the school's address) and a calendar name", () => {
    const input = planInput();
    input.settings = { ...input.settings, schoolEmail: "secretariaat@delinde.example" };
    const withEmail = parseScenario(input);
    const { ics, name } = renderFeed(withEmail, candidate, { kind: "goal", id: "plg-taal" }, { now: NOW });
    expect(name).toBe("PLG taal — Basisschool De Linde");
    const e = events(ics)[0];
    expect(e.summary).toBe(
      "PLG taal — An Peeters (klasleerkracht L1), Bram Janssens (klasleerkracht L2), Els Claes (pedagogisch begeleider)",
    );
    expect(String(e.description)).toMatch(
      /Opvang: L1 — Bewegingsopvoeding \(Chris Maes\); L2 — Dirk Wouters \(zorgleerkracht\)/,
    );
    expect(ics).toMatch(/X-WR-CALNAME:PLG taal — Basisschool De Linde/);
    const att = ([] as unknown[]).concat(e.attendee ?? []);
    expect(att).toHaveLength(3);
  });
});

describe("parseFeedView", () => {
  it("parses the four views", () => {
    expect(parseFeedView("staff:kt1", scenario)).toEqual({ kind: "staff", id: "kt1" });
    expect(parseFeedView("group:L2")).toEqual({ kind: "group", id: "L2" });
    expect(parseFeedView("goal:plg-taal", scenario)).toEqual({ kind: "goal", id: "plg-taal" });
    expect(parseFeedView("school")).toEqual({ kind: "school" });
  });
  it("refuses bad input and unknown ids with an InputError", () => {
    expect(() => parseFeedView("teacher:kt1")).toThrow(InputError);
    expect(() => parseFeedView("staff:", scenario)).toThrow(InputError);
    expect(() => parseFeedView("staff:nobody", scenario)).toThrow(/Onbekend personeelslid 'nobody'/);
    expect(() => parseFeedView("goal:L1", scenario)).toThrow(InputError);
  });
});
