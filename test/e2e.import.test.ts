// Import in the web app (issue 13), in a real browser against the real server: a principal fills in the template
// (made here with exceljs, as Excel would), chooses it on the import page, reads what was read and what was assumed,
// accepts it as a new school and lands in the editor with the staff by name. A file with bad rows shows the
// row-level problem table (sheet, row, column, problem) and stores nothing. From the editor, "bijwerken uit
// rekenblad" merges a second sheet into the school as a new version.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTemplate } from "../src/import/index.js";
import { editorTab, screenshot, seriousA11yViolations, startE2E, type E2E } from "./e2e/browser.js";
import { fillRows, type Rows } from "./helpers/template.js";

let e: E2E;
beforeAll(async () => {
  e = await startE2E("import");
}, 60_000);
afterAll(async () => {
  await e?.close();
});

async function accessible(name: string, exclude: string[] = []) {
  await screenshot(e.page, name);
  const findings = await seriousA11yViolations(e.page, exclude);
  expect(findings, `${name}: ${JSON.stringify(findings, null, 1)}`).toEqual([]);
}

async function apiGet<T>(path: string): Promise<T> {
  const r = await e.page.request.get(e.server.url + path);
  expect(r.status(), path).toBe(200);
  return (await r.json()) as T;
}

const STAFF = ["Ilse Vermeulen", "Koen Goossens", "Nele Jacobs"];
const SCHOOL: Rows = {
  Personeel: [
    [STAFF[0], "", "onderwijzer", "24/24"],
    [STAFF[1], "", "onderwijzer", "24/24"],
    [STAFF[2], "", "leermeester-lo", "4/24"],
  ],
  Klassen: [
    ["L1", "Eerste leerjaar", "lager", "1", 18, STAFF[0], ""],
    ["L2", "Tweede leerjaar", "lager", "2", 20, STAFF[1], ""],
  ],
  Beschikbaarheid: [[STAFF[2], "ma", "08:30", "15:15"]],
  Vakken: [["LO", "Bewegingsopvoeding", "L1, L2", 2, STAFF[2], 1, 1, "om het even"]],
  Doelen: [["PLG lezen", "", "plg", `${STAFF[0]}, ${STAFF[1]}`, "", "", "digitaal", 90, 1, 1, "nee"]],
};

/** The template as `vrijrooster template` writes it, filled in from row 2 on; other sheets keep their example row. */
async function workbook(rows: Rows): Promise<Buffer> {
  const wb = buildTemplate();
  fillRows(wb, rows);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

describe("import in the web app", () => {
  let scenarioId = "";

  it("a bad file shows each problem at its sheet, row and column, and stores nothing", async () => {
    const { page } = e;
    await page.goto(e.loginLink());
    await page.getByRole("link", { name: "Importeren", exact: true }).click();
    await page.waitForURL(/\/import$/);
    await page.getByRole("heading", { level: 1, name: "Importeren" }).waitFor();
    const bad = await workbook({
      ...SCHOOL,
      Personeel: [...SCHOOL.Personeel, ["Tom Peeters", "", "onderwijzer ", "24/24"]],
      Klassen: [...SCHOOL.Klassen, ["L3", "", "lager", "3", "veel", "Ilse Vermeulen", ""]],
    });
    await page.getByLabel("Bestand of bestanden").setInputFiles({ name: "fout.xlsx", mimeType: XLSX, buffer: bad });
    const alert = page.locator(".import-problems[role=alert]");
    await alert.waitFor();
    expect(await alert.getByRole("heading").innerText()).toBe("2 problemen in fout.xlsx — niets ingelezen");
    const cells = await alert
      .locator("tbody tr")
      .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll("td")].map((td) => td.textContent)));
    expect(cells).toEqual(
      expect.arrayContaining([
        ["Personeel", "5", "Ambt", "'onderwijzer ' bestaat niet — bedoelde je 'onderwijzer'?"],
        ["Klassen", "4", "Leerlingen", expect.stringMatching(/^'veel' is geen geheel getal/)],
      ]),
    );
    expect(cells).toHaveLength(2);
    expect(await page.getByRole("button", { name: "Overnemen als nieuwe school" }).count()).toBe(0);
    expect(await apiGet<unknown[]>("/api/scenarios")).toEqual([]);
    await accessible("60-import-problems");
  });

  it("a file that is no spreadsheet is refused at the field, in words", async () => {
    const { page } = e;
    await page
      .getByLabel("Bestand of bestanden")
      .setInputFiles({ name: "foto.jpg", mimeType: "image/jpeg", buffer: Buffer.from([0xff, 0xd8, 0xff, 1, 2, 3]) });
    const error = page.locator(".field-error[role=alert]");
    await error.waitFor();
    expect(await error.innerText()).toMatch(/^'foto\.jpg': onbekend soort bestand\. Vrijrooster leest het sjabloon/);
    expect(await page.locator(".import-problems").count()).toBe(0);
  });

  it("a filled-in template: the report by name, then 'Overnemen als nieuwe school' opens the editor", async () => {
    const { page } = e;
    await page
      .getByLabel("Bestand of bestanden")
      .setInputFiles({ name: "De Linde.xlsx", mimeType: XLSX, buffer: await workbook(SCHOOL) });
    const result = page.locator(".import-result");
    await result.waitFor();
    expect(await result.getByRole("heading", { level: 2 }).innerText()).toBe(
      "Ingelezen: De Linde.xlsx (Excel-sjabloon)",
    );
    const text = await result.innerText();
    expect(text).toMatch(/2 klassen · 3 personeelsleden · 1 vak · 1 doel/);
    expect(text).toContain("Klassen\nEerste leerjaar (L1), Tweede leerjaar (L2)");
    expect(text).toMatch(/blad Externen, rij 2 is het voorbeeld uit het sjabloon en is overgeslagen/);
    expect(text).toContain(`Personeel\n${STAFF.join(", ")}`);
    expect(text).toMatch(/gewone week 6\/6\/4\/6\/6/); // what was assumed
    expect(text).not.toMatch(/--into|--school-year/);
    // The focus moves to the report, so a screen reader reads it out.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("import-result-title");
    expect(await page.getByLabel("Naam van de school").inputValue()).toBe("De Linde");
    await page.getByLabel("Naam van de school").fill("Basisschool De Linde");
    await accessible("61-import-report");
    expect(await apiGet<unknown[]>("/api/scenarios")).toEqual([]); // not stored before accepting
    await page.getByRole("button", { name: "Overnemen als nieuwe school" }).click();
    await page.waitForURL(/\/s\/[^/]+\/edit/);
    scenarioId = /\/s\/([^/]+)\//.exec(page.url())![1];
    await page.getByRole("heading", { level: 1, name: "Basisschool De Linde" }).waitFor();
    await editorTab(page, "Personeel").click();
    for (const name of STAFF) await page.getByText(name).first().waitFor();
    // The editor's findings panel (aside, not part of the import) scrolls without keyboard access: reported.
    await accessible("62-import-editor", ["aside"]);
    const stored = await apiGet<{ scenario: { name: string; staff: { name: string }[] } }>(
      `/api/scenarios/${scenarioId}`,
    );
    expect(stored.scenario.name).toBe("Basisschool De Linde");
    expect(stored.scenario.staff.map((p) => p.name)).toEqual(STAFF);
  });

  it("from the editor: 'bijwerken uit rekenblad' adds and updates by name and saves a new version", async () => {
    const { page } = e;
    await page.getByRole("link", { name: "Personeel/klassen bijwerken uit rekenblad" }).click();
    await page.waitForURL(/\/import\?into=/);
    await page.getByRole("heading", { level: 1, name: "Bijwerken uit een rekenblad" }).waitFor();
    const more = await workbook({
      Personeel: [
        [STAFF[0], "", "onderwijzer", "20/24"],
        ["Sara Willems", "", "onderwijzer", "24/24"],
      ],
      Klassen: [["L3", "Derde leerjaar", "lager", "3", 19, "Sara Willems", ""]],
    });
    await page.getByLabel("Bestand of bestanden").setInputFiles({ name: "nieuw.xlsx", mimeType: XLSX, buffer: more });
    const merge = page.locator(".import-merge");
    await merge.waitFor();
    const text = await merge.innerText();
    expect(text).toContain("Toegevoegd — personeel (1): Sara Willems");
    expect(text).toContain("Toegevoegd — klassen (1): Derde leerjaar (L3)");
    expect(text).toContain(`Bijgewerkt — personeel (1): ${STAFF[0]}`);
    expect(text).toMatch(/Ongemoeid gelaten \(niet in het bestand\) — personeel \(2\): Koen Goossens, Nele Jacobs/);
    await accessible("63-import-into");
    await page.getByRole("button", { name: "Overnemen in Basisschool De Linde (nieuwe versie)" }).click();
    await page.waitForURL(new RegExp(`/s/${scenarioId}/edit`));
    await page.getByText("Versie 2").first().waitFor();
    const stored = await apiGet<{ scenario: { staff: { name: string }[]; groups: { id: string }[] } }>(
      `/api/scenarios/${scenarioId}`,
    );
    expect(stored.scenario.staff.map((p) => p.name)).toEqual([...STAFF, "Sara Willems"]);
    expect(stored.scenario.groups.map((g) => g.id)).toEqual(["L1", "L2", "L3"]);
  });
});
