// Every rule reports through its message table (issue 9): ids in kebab-case, Dutch and English both written,
// with the same placeholders, and no rule text built outside the table. Tests of single rules assert these ids.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RULES } from "../constraints/registry.js";
import { placeholdersOf, report, tag } from "../constraints/rule.js";

const ruleFiles = ["release", "staff", "structure", "week", "year"].flatMap((area) =>
  readdirSync(join("constraints", area))
    .filter((f) => f.endsWith(".ts"))
    .map((f) => join("constraints", area, f)),
);

describe("rule messages", () => {
  it("every rule has a message table", () => {
    expect(RULES.length).toBeGreaterThan(40);
    expect(RULES.filter((r) => !r.messages || Object.keys(r.messages).length === 0).map((r) => r.id)).toEqual([]);
  });

  it("ids are kebab-case; both languages are written and use the same placeholders", () => {
    const problems: string[] = [];
    for (const rule of RULES)
      for (const [id, m] of Object.entries(rule.messages ?? {})) {
        if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(id)) problems.push(`${rule.id}/${id}: id not kebab-case`);
        if (m.nl.trim().length < 10 || m.en.trim().length < 10) problems.push(`${rule.id}/${id}: text missing`);
        const nl = placeholdersOf(m.nl).sort().join(",");
        const en = placeholdersOf(m.en).sort().join(",");
        if (nl !== en) problems.push(`${rule.id}/${id}: placeholders nl {${nl}} vs en {${en}}`);
      }
    expect(problems).toEqual([]);
  });

  it("no rule module builds a violation from free text", () => {
    const freeText = ruleFiles.filter((f) => /\bviolation\(/.test(readFileSync(f, "utf8")));
    expect(ruleFiles.length).toBeGreaterThan(40);
    expect(freeText).toEqual([]);
  });

  it("no encode() tags a constraint with free text: every tag comes from the rule's table (tag())", () => {
    const files = [...ruleFiles, "constraints/encode-util.ts"];
    const freeText = files.filter((f) => /\bmessage:\s*[`"']/.test(readFileSync(f, "utf8")));
    expect(freeText).toEqual([]);
    const tagged = ruleFiles.filter((f) => /\btag\(/.test(readFileSync(f, "utf8")));
    expect(tagged.length).toBeGreaterThan(20);
  });

  it("tag() carries the message id and both languages, and refuses a missing value", () => {
    const rule = {
      id: "x.demo",
      messages: { "encode-max": { nl: "{name} hoogstens {n} lestijden", en: "{name} at most {n} periods" } },
    };
    expect(tag(rule, "encode-max", "person:kt1", { name: "An", n: 24 }, { implied: true })).toEqual({
      rule: "x.demo",
      instance: "person:kt1",
      messageId: "encode-max",
      message: "An hoogstens 24 lestijden",
      messageEn: "An at most 24 periods",
      implied: true,
    });
    expect(() => tag(rule, "encode-max", "person:kt1", { name: "An" })).toThrow(/x\.demo\/encode-max: no value/);
  });

  it("report() fills both languages and refuses a missing value", () => {
    const rule = {
      id: "x.demo",
      severity: "hard" as const,
      messages: { "too-many": { nl: "{name} heeft {n} lestijden.", en: "{name} has {n} periods." } },
    };
    const v = report(rule, "too-many", { staff: "kt1" }, { name: "An", n: 25 });
    expect(v).toMatchObject({ rule: "x.demo", messageId: "too-many", message: "An heeft 25 lestijden." });
    expect(v.messageEn).toBe("An has 25 periods.");
    expect(() => report(rule, "too-many", {}, { name: "An" })).toThrow(/x\.demo\/too-many: no value for \{n\}/);
  });
});
