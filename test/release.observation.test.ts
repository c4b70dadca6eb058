// release.observation (issue 10 item 4): an observer's visit is a release in which the observed teacher is in
// front of their own class. The schema (pairs or a carousel), the visits it becomes, and the rule's verdict on
// a passing and a failing week — each verified against encode().
import { describe, expect, it } from "vitest";
import { releaseObservation as unverified } from "../constraints/release/observation.js";
import { checkCandidate } from "../constraints/check.js";
import { parseScenario, visitsOf, type Candidate, type ScenarioInput } from "../src/model/index.js";
import { verified } from "./helpers/verified.js";
import { problems } from "./helpers/problems.js";
import { tinyVisitCandidate, tinyInput } from "./helpers/tiny.js";

const rule = verified(unverified);

function input(observation: Record<string, unknown> = {}): ScenarioInput {
  const i = tinyInput();
  return {
    ...i,
    observations: [
      { id: "hosp", name: "Hospiteren", pairs: [{ observer: "kt1", observed: "kt2" }], minutes: 50, ...observation },
    ],
  } as ScenarioInput;
}

/** An (kt1) visits Bram (kt2) on Monday 08:30–09:20, while L1 has LO and Bram teaches L2 (the tiny week). */
function visitWeek(): Candidate {
  const c = tinyVisitCandidate("hosp:kt1:kt2", { observation: { observer: "kt1", observed: "kt2", group: "L2" } });
  return c;
}

describe("observation goals in the scenario", () => {
  it("a pair becomes one visit: a release goal of the observer alone, exact length, in lesson time only", () => {
    const s = parseScenario(input());
    const g = s.releaseGoals.find((x) => x.id === "hosp:kt1:kt2")!;
    expect(g).toMatchObject({
      name: "Hospiteren: An Peeters bij Bram Janssens (L2)",
      purpose: "peer-visit",
      members: ["kt1"],
      minBlockMinutes: 50,
      maxBlockMinutes: 50,
      allowAfterSchool: false,
    });
    // Read again (a stored, already read scenario): the same visits, not twice.
    expect(parseScenario(s).releaseGoals).toEqual(s.releaseGoals);
    // Old files: no observations, no extra goals.
    expect(parseScenario(tinyInput()).releaseGoals).toEqual([]);
  });

  it("a carousel: each teacher observes the next one(s) in the list who have a class of their own", () => {
    const i = tinyInput();
    i.staff!.push({ id: "zorg", name: "Cato Maes", ambt: "onderwijzer", flags: { careTeacher: true } } as never);
    const carousel = (each?: number) =>
      visitsOf(
        parseScenario({
          ...i,
          observations: [
            { id: "c", name: "Carrousel", carousel: { teachers: ["kt1", "kt2", "zorg"], each }, minutes: 50 },
          ],
        } as ScenarioInput),
      ).map((v) => `${v.observer}>${v.observed}@${v.group}`);
    expect(carousel(1)).toEqual(["kt1>kt2@L2", "kt2>kt1@L1", "zorg>kt1@L1"]);
    expect(carousel()).toEqual(["kt1>kt2@L2", "kt2>kt1@L1", "zorg>kt1@L1", "zorg>kt2@L2"]);
  });

  it("refuses unknown people, a visit to oneself or to someone without a class, and pairs with a carousel", () => {
    expect(problems(input({ pairs: [{ observer: "nobody", observed: "kt2" }] }))).toEqual([
      "observations[0].pairs[0].observer: Onbekende leerkracht (staff id) 'nobody'",
    ]);
    expect(problems(input({ pairs: [{ observer: "kt1", observed: "kt1" }] }))).toEqual([
      "observations[0].pairs[0].observed: Iemand kan niet bij zichzelf op bezoek gaan",
    ]);
    expect(problems(input({ pairs: [{ observer: "kt1", observed: "lo1" }] }))).toEqual([
      "observations[0].pairs[0].observed: Chris Maes is van geen enkele klas klasleerkracht: bij wie zou je dan op bezoek gaan?",
    ]);
    expect(problems(input({ carousel: { teachers: ["kt1", "kt2"] } }))).toEqual([
      "observations[0].pairs: Geef ofwel paren (pairs) ofwel een carrousel (carousel), niet allebei en niet geen van beide",
    ]);
    expect(problems(input({ minutes: 5 }))[0]).toMatch(/^observations\[0\]\.minutes: /);
  });
});

describe("release.observation", () => {
  it("passes a visit while the observed teacher teaches their own class", () => {
    const s = parseScenario(input());
    expect(rule.check({ scenario: s, candidate: visitWeek() })).toEqual([]);
    expect(checkCandidate(s, visitWeek()).violations.filter((v) => v.severity === "hard")).toEqual([]);
  });

  it("fails a visit while the observed teacher's class has LO, naming both people and the class", () => {
    const s = parseScenario(input());
    const c = visitWeek();
    const l = c.lessons.find((x) => x.group === "L2" && x.day === "mon" && x.start === "08:30")!;
    Object.assign(l, { subject: "LO", staff: ["lo1"] });
    const v = rule.check({ scenario: s, candidate: c });
    expect(v.map((x) => [x.messageId, x.severity, x.where])).toEqual([
      [
        "not-teaching",
        "hard",
        { goal: "hosp:kt1:kt2", staff: "kt2", group: "L2", day: "mon", start: "08:30", end: "09:20" },
      ],
    ]);
    expect(v[0].message).toBe(
      "An Peeters gaat op maandag 08:30–09:20 op bezoek bij Bram Janssens in L2, maar Bram Janssens geeft dan geen les aan die klas (les LO).",
    );
    expect(v[0].messageEn).toContain("Bram Janssens is not teaching that class then (LO lesson)");
  });

  it("fails a visit when the observed teacher's class is taught by someone else", () => {
    const s = parseScenario(input());
    const c = visitWeek();
    c.lessons.find((x) => x.group === "L2" && x.day === "mon" && x.start === "08:30")!.staff = [];
    c.lessons.find((x) => x.group === "L2" && x.day === "mon" && x.start === "08:30")!.interns = ["stagiair"];
    const v = unverified.check({ scenario: s, candidate: c });
    expect(v.map((x) => x.messageId)).toEqual(["not-teaching"]);
    expect(v[0].message).toContain("de klas krijgt les van een stagiair");
  });
});
