// The README is the front door: its rule table is the registry's, and it shows the two front-door commands.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rulesMarkdown } from "../src/cli/commands/rules.js";

const readme = readFileSync("README.md", "utf8");

describe("README", () => {
  it("shows the front-door commands", () => {
    expect(readme).toContain("npm ci && npm start");
    expect(readme).toContain("npm test");
  });

  it("has the rule table generated from the registry (regenerate: npx vrijrooster rules --markdown)", () => {
    const table = /<!-- RULES:START -->\n([\s\S]*?)<!-- RULES:END -->/.exec(readme)?.[1].trim();
    expect(table).toBe(rulesMarkdown().trim());
  });
});
