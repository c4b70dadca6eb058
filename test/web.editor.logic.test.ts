// The editor's pure logic: field ids from paths, ids from names, the pasted atelier choices, the draft store
// and the scenario the guided start produces (schema-valid, no hard findings for a normal school).
import { describe, expect, it } from "vitest";
import { checkAll } from "../constraints/check.js";
import { Scenario, problemsOf } from "../src/model/index.js";
import { parseChoices } from "../web/src/editor/csv-choices.js";
import { clearDraft, draftKey, readDraft, writeDraft } from "../web/src/editor/draft.js";
import { slugify, uniqueId } from "../web/src/editor/ids.js";
import {
  errorMap,
  errorsUnder,
  fieldId,
  getAt,
  numberOrText,
  parsePath,
  setAt,
  tabOfPath,
} from "../web/src/editor/paths.js";
import { buildScenario, defaultClasses, type NewSchool } from "../web/src/editor/templates.js";

describe("paths", () => {
  it("maps paths to field ids and back from the API's format", () => {
    expect(fieldId(["groups", 2, "pupils"])).toBe("field-groups.2.pupils");
    expect(parsePath("groups[2].classTeachers[0]")).toEqual(["groups", 2, "classTeachers", 0]);
    expect(fieldId(parsePath("settings.plageMax.onderwijzer"))).toBe("field-settings.plageMax.onderwijzer");
  });
  it("gets and sets immutably, deleting a key on undefined", () => {
    const o = { groups: [{ pupils: 3, name: "x" }] };
    const n = setAt(o, ["groups", 0, "pupils"], 4);
    expect(o.groups[0].pupils).toBe(3);
    expect(getAt(n, ["groups", 0, "pupils"])).toBe(4);
    expect(setAt(n, ["groups", 0, "name"], undefined).groups[0]).toEqual({ pupils: 4 });
    expect(getAt(setAt({}, ["cover", "merges"], []), ["cover", "merges"])).toEqual([]);
  });
  it("keeps text that is not a number so the schema reports it", () => {
    expect(numberOrText("21")).toBe(21);
    expect(numberOrText("2,5")).toBe(2.5);
    expect(numberOrText("twintig")).toBe("twintig");
    expect(numberOrText(" ")).toBeUndefined();
  });
  it("puts zod problems at their field, composite controls see those below them", () => {
    const r = Scenario.safeParse({ name: "" });
    expect(r.success).toBe(false);
    const m = errorMap([
      { path: "groups[1].pupils", message: "Te klein" },
      { path: "groups[1].classTeachers[0]", message: "Onbekend" },
    ]);
    expect(errorsUnder(m, ["groups", 1, "pupils"], false)).toBe("Te klein");
    expect(errorsUnder(m, ["groups", 1, "classTeachers"], true)).toBe("Onbekend");
    expect(errorsUnder(m, ["groups", 0, "pupils"], false)).toBeUndefined();
    expect(tabOfPath(["staff", 3, "fraction"])).toBe("staff");
    expect(tabOfPath(["settings", "lessonMinutes"])).toBe("school");
  });
});

describe("ids", () => {
  it("makes readable unique ids from names", () => {
    expect(slugify("Karen Vandenberghe")).toBe("karen-vandenberghe");
    expect(slugify("Zoë Çelik-Öztürk")).toBe("zoe-celik-ozturk");
    expect(uniqueId("Karen Vandenberghe", ["karen-vandenberghe"])).toBe("karen-vandenberghe-2");
    expect(uniqueId("!!!", [], "staff")).toBe("staff");
  });
});

describe("pasted atelier choices", () => {
  const ctx = {
    groups: ["L5A", "L6A"],
    ateliers: [
      { id: "koken", name: "Koken" },
      { id: "robot", name: "Robotica" },
    ],
  };
  it("reads good lines by atelier name or code, skips a header", () => {
    const r = parseChoices("leerling;klas;keuze1;keuze2\nEmma Peeters;l5a;Koken;robot\nNoah Claes;L6A;Robotica", ctx);
    expect(r.errors).toEqual([]);
    expect(r.choices).toEqual([
      { pupil: "emma-peeters", group: "L5A", choices: ["koken", "robot"] },
      { pupil: "noah-claes", group: "L6A", choices: ["robot"] },
    ]);
  });
  it("names the line and the problem for each bad line", () => {
    const r = parseChoices("Emma;L9;Koken\nNoah;L5A;Dansen\nLiam;L5A\nMila;L5A;Koken;Koken", ctx);
    expect(r.choices).toEqual([]);
    expect(r.errors.map((e) => e.line)).toEqual([1, 2, 3, 4]);
    expect(r.errors[0].message).toContain("L9");
    expect(r.errors[1].message).toContain("Dansen");
    expect(parseChoices("Noah;L5A;Dansen", ctx, "en").errors[0].message).toContain("does not exist");
  });
});

describe("draft store", () => {
  it("keeps { baseVersion, body } under vrijrooster.draft.<id> and survives damage", () => {
    const m = new Map<string, string>();
    const kv = {
      getItem: (k: string) => m.get(k) ?? null,
      setItem: (k: string, v: string) => void m.set(k, v),
      removeItem: (k: string) => void m.delete(k),
    };
    writeDraft(kv, "abc", { baseVersion: 3, body: { name: "x" } });
    expect(draftKey("abc")).toBe("vrijrooster.draft.abc");
    expect(readDraft(kv, "abc")).toMatchObject({ baseVersion: 3, body: { name: "x" } });
    m.set("vrijrooster.draft.abc", "{not json");
    expect(readDraft(kv, "abc")).toBeNull();
    clearDraft(kv, "abc");
    expect(m.size).toBe(0);
  });
});

describe("guided start", () => {
  const base = (template: NewSchool["template"]): NewSchool => ({
    name: "VBS De Regenboog",
    network: "KOV",
    schoolYear: "2026-2027",
    template,
    classes: defaultClasses(2, 4).map((c, i) => ({ ...c, teacher: `Leerkracht ${i + 1}` })),
    loTeacher: "Pieter Willems",
    careTeacher: "Veerle Cools",
    principal: "Griet Van den Broeck",
  });
  for (const template of ["standard", "four-two-thu"] as const) {
    it(`produces a valid 6-class school without hard findings (${template})`, () => {
      const r = Scenario.safeParse(buildScenario(base(template)));
      if (!r.success) throw new Error(JSON.stringify(problemsOf(r.error)));
      const report = checkAll(r.data).scenario;
      // A normal school starts clean: no hard rule broken, and the gate is supervised every day.
      expect(report.violations.map((v) => v.message)).toEqual([]);
      expect(r.data.groups.map((g) => g.id)).toEqual(["K1", "K2", "L1", "L2", "L3", "L4"]);
      expect(r.data.staff.find((p) => p.name === "Pieter Willems")?.id).toBe("pieter-willems");
    });
  }
  it("uses the fractions chosen for the LO and care teacher; by default 2 lestijden per class and 12/24", () => {
    const byName = (n: NewSchool, name: string) => buildScenario(n).staff.find((p) => p.name === name)?.fraction;
    const plain = base("standard");
    expect(byName(plain, "Pieter Willems")).toBe("12/24"); // 6 classes × 2 lestijden
    expect(byName(plain, "Veerle Cools")).toBe("12/24");
    const chosen = { ...plain, loFraction: "24/24", careFraction: "18/24" };
    expect(byName(chosen, "Pieter Willems")).toBe("24/24");
    expect(byName(chosen, "Veerle Cools")).toBe("18/24");
  });
});

import { describePath } from "../web/src/editor/describe.js";
describe("paths in words", () => {
  it("names the tab, the item by its name and the field", () => {
    const d = { groups: [{ id: "L5A" }], staff: [{ name: "Evi Mertens" }] };
    const nl = (n: string) => n;
    expect(describePath(d, ["groups", 0, "pupils"], nl)).toBe("Klassen › L5A › leerlingen");
    expect(describePath(d, ["staff", 0, "fraction"], nl)).toBe("Personeel › Evi Mertens › opdracht");
    expect(describePath(d, ["schoolYear"], nl)).toBe("Algemeen › schooljaar");
  });
});

import { diffScenarios } from "../web/src/editor/diff.js";
describe("version differences", () => {
  it("names added, removed and changed items per part", () => {
    const nl = (n: string) => n;
    const a = {
      name: "A",
      staff: [
        { id: "a", name: "Ann" },
        { id: "b", name: "Bert" },
      ],
      groups: [{ id: "L1", pupils: 20 }],
    };
    const b = {
      name: "A",
      staff: [
        { id: "a", name: "Ann" },
        { id: "c", name: "Chris" },
      ],
      groups: [{ id: "L1", pupils: 21 }],
    };
    expect(diffScenarios(a, b, nl)).toEqual([
      { part: "Klassen", added: [], removed: [], changed: ["L1"] },
      { part: "Personeel", added: ["Chris"], removed: ["Bert"], changed: [] },
    ]);
    expect(diffScenarios(a, a, nl)).toEqual([]);
  });
});

import { fieldProblems } from "../web/src/editor/messages.js";
describe("field messages", () => {
  it("says 'Vul een getal in' for text in a number field, at its path", () => {
    const r = Scenario.safeParse(
      {
        name: "x",
        schoolYear: "2026-2027",
        dayGrids: [],
        groups: [{ id: "L1", level: "lager", grades: [1], pupils: "veertig", classTeachers: ["a"] }],
        staff: [],
      },
      { reportInput: true },
    );
    if (r.success) throw new Error("should fail");
    const p = fieldProblems(r.error, "nl").find((x) => x.path === "groups[0].pupils");
    expect(p?.message).toBe("Vul een getal in");
  });
});

import { removeGroup, removePerson } from "../web/src/editor/refs.js";
describe("removing leaves no unknown ids", () => {
  it("takes a person out of classes, subjects, goals and ateliers; a class out of subjects and merges", () => {
    const d = {
      staff: [{ id: "a" }, { id: "b" }],
      groups: [
        { id: "L1", classTeachers: ["a"], coTeachers: ["b"] },
        { id: "L2", classTeachers: ["b"] },
      ],
      subjects: [
        { id: "LO", groups: ["L1", "L2"], taughtBy: { staff: ["b"] } },
        { id: "X", groups: ["L1"], taughtBy: "class" },
      ],
      releaseGoals: [{ id: "g", members: ["a", "b"] }],
      atelierPlans: [
        {
          id: "p",
          groups: ["L1"],
          ateliers: [{ id: "x", leaders: ["b"] }],
          choices: [{ pupil: "e", group: "L1", choices: ["x"] }],
        },
      ],
      cover: { merges: [{ groups: ["L1", "L2"], maxPupils: 30, by: "b" }] },
    };
    const p = removePerson(d, "b");
    expect(p.staff).toEqual([{ id: "a" }]);
    expect(p.groups[0].coTeachers).toEqual([]);
    expect(p.subjects[0].taughtBy.staff).toEqual([]);
    expect(p.releaseGoals[0].members).toEqual(["a"]);
    expect(p.atelierPlans[0].ateliers[0].leaders).toEqual([]);
    expect(p.cover.merges[0].by).toBeUndefined();
    const g = removeGroup(d, "L1");
    expect(g.groups.map((x: { id: string }) => x.id)).toEqual(["L2"]);
    expect(g.subjects.map((s: { groups: string[] }) => s.groups)).toEqual([["L2"], []]);
    expect(g.atelierPlans[0].choices).toEqual([]);
    expect(g.cover.merges).toEqual([]);
  });
});
